#include "logs/LogLineIndex.h"
#include "logs/LogLineKind.h"
#include "logs/LogMatcher.h"

#include <QTest>

// Lines of a real clam-clientsync run against rsync1, failed and succeeded.
static const QByteArray runLog = QByteArrayLiteral(
    "receiving incremental file list\n"
    "daily.cvd\n"
    "@ERROR: auth failed on module clamav\n"
    "rsync error: error starting client-server protocol (code 5) at main.c(1863)\n"
    "sent 1,234 bytes  received 567,890 bytes  37,941.60 bytes/sec\n"
    "file has vanished: \"/clamav/daily.cld\"\n"
    "total size is 225,154,926  speedup is 395.62");

class LogMatcherTest : public QObject
{
    Q_OBJECT

private slots:
    void indexFindsEveryLine()
    {
        LogLineIndex index;
        index.add(QByteArrayView(runLog).first(20));
        index.add(QByteArrayView(runLog).sliced(20));
        QCOMPARE(index.lineCount(), 7);
        QCOMPARE(index.lineStart(1), 32);
        QCOMPARE(runLog.mid(index.lineStart(1), index.lineEnd(1) - index.lineStart(1)),
                 QByteArray("daily.cvd"));
        QCOMPARE(index.lineEnd(6), runLog.size());
        QCOMPARE(index.lineAt(0), 0);
        QCOMPARE(index.lineAt(31), 0); // the line end belongs to its line
        QCOMPARE(index.lineAt(32), 1);
        QCOMPARE(index.lineAt(runLog.size() + 10), 6);

        LogLineIndex ended;
        ended.add("one\ntwo\n");
        QCOMPARE(ended.lineCount(), 2);
        ended.add("thr");
        QCOMPARE(ended.lineCount(), 3);
        ended.add("ee\n");
        QCOMPARE(ended.lineCount(), 3);
        QCOMPARE(ended.lineEnd(2), 13);
    }

    void textMatchesFoldingCaseOnlyWhenAsked()
    {
        const auto folded = LogMatcher::make({QStringLiteral("RSYNC ERROR"), false, false});
        QVERIFY(folded.ok());
        QCOMPARE(folded->indexIn(runLog), runLog.indexOf("rsync error"));
        QCOMPARE(folded->indexIn(runLog, runLog.indexOf("rsync error") + 1), -1);
        const auto exact = LogMatcher::make({QStringLiteral("RSYNC ERROR"), false, true});
        QCOMPARE(exact->indexIn(runLog), -1);
        const auto bytes = LogMatcher::make({QStringLiteral("bytes"), false, true});
        QCOMPARE(bytes->indexIn(runLog), runLog.indexOf("bytes"));
        QCOMPARE(bytes->lastIndexIn(runLog), runLog.lastIndexOf("bytes"));
        const auto eFirst = LogMatcher::make({QStringLiteral("Error"), false, false});
        QCOMPARE(eFirst->indexIn(runLog), runLog.indexOf("ERROR"));
        QCOMPARE(eFirst->lastIndexIn(runLog), runLog.indexOf("error starting"));
    }

    void regexMatchesAtByteOffsets()
    {
        const auto code = LogMatcher::make({QStringLiteral("\\(code \\d+\\)"), true, false});
        QVERIFY(code.ok());
        QCOMPARE(code->indexIn(runLog), runLog.indexOf("(code 5)"));
        const auto anchored = LogMatcher::make({QStringLiteral("^sent"), true, false});
        QCOMPARE(anchored->indexIn(runLog), runLog.indexOf("sent 1,234"));
        // A UTF-8 pattern finds the same bytes, at their offset.
        const QByteArray utf8 = QByteArrayLiteral("ミラー: daily.cvd\nüber\n");
        const auto kana = LogMatcher::make({QStringLiteral("daily"), true, false});
        QCOMPARE(kana->indexIn(utf8), utf8.indexOf("daily"));
        const auto umlaut = LogMatcher::make({QStringLiteral("Über"), false, true});
        QCOMPARE(umlaut->indexIn(utf8), -1);
        const auto umlautRegex = LogMatcher::make({QStringLiteral("über"), true, true});
        QCOMPARE(umlautRegex->indexIn(utf8), utf8.indexOf("über"));
    }

    void everyMatchingLineOnce()
    {
        const auto matcher = LogMatcher::make({QStringLiteral("error"), false, false});
        QList<qsizetype> starts;
        matcher->forEachMatchingLine(runLog, [&](qsizetype start) { starts << start; });
        QCOMPARE(starts,
                 (QList<qsizetype>{runLog.indexOf("@ERROR"), runLog.indexOf("rsync error")}));
        const auto regex = LogMatcher::make(LogLineKinds::problemQuery());
        starts.clear();
        regex->forEachMatchingLine(runLog, [&](qsizetype start) { starts << start; });
        QCOMPARE(starts.size(), 3);
        QCOMPARE(starts.at(2), runLog.indexOf("file has vanished"));
    }

    void spansInsideALine()
    {
        const QByteArray line = "@ERROR: auth failed on module clamav; Auth FAILED again";
        const auto text = LogMatcher::make({QStringLiteral("auth failed"), false, false});
        QCOMPARE(text->spansIn(line), (QList<std::pair<qsizetype, qsizetype>>{{8, 11}, {38, 11}}));
        const auto exact = LogMatcher::make({QStringLiteral("auth failed"), false, true});
        QCOMPARE(exact->spansIn(line), (QList<std::pair<qsizetype, qsizetype>>{{8, 11}}));
        const auto regex = LogMatcher::make({QStringLiteral("mod[a-z]+|x*"), true, false});
        // The empty matches of x* are left out.
        QCOMPARE(regex->spansIn(line), (QList<std::pair<qsizetype, qsizetype>>{{23, 6}}));
        QVERIFY(text->spansIn("daily.cld").isEmpty());
        QVERIFY(text->spansIn({}).isEmpty());
    }

    void badQueriesAreNamed()
    {
        const auto empty = LogMatcher::make({});
        QVERIFY(!empty.ok());
        const auto broken = LogMatcher::make({QStringLiteral("rsync (error"), true, false});
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().contains(QStringLiteral("rsync (error")),
                 qPrintable(broken.error()));
        QVERIFY2(broken.error().contains(QStringLiteral("missing closing parenthesis")),
                 qPrintable(broken.error()));
    }

    void linesAreClassifiedLikeTheProblemQuery()
    {
        const auto problems = LogMatcher::make(LogLineKinds::problemQuery());
        const QDateTime ended(QDate(2026, 11, 24), QTime(21, 0), Qt::UTC);
        // A run's heading names its outcome, but is no problem line itself.
        const QByteArray heading =
            LogLineKinds::separator(ended, QStringLiteral("run 3 of 12, failed, code 5"));
        QVERIFY(heading.startsWith("2026-11-24T21:00:00Z "));
        QCOMPARE(LogLineKinds::classify(heading), LogLineKind::Separator);
        QCOMPARE(problems->indexIn(heading), -1);
        QList<QByteArray> lines = runLog.split('\n');
        lines << heading;
        for (const QByteArray& line : std::as_const(lines)) {
            const LogLineKind kind = LogLineKinds::classify(line);
            QCOMPARE(kind == LogLineKind::Error || kind == LogLineKind::Warning,
                     problems->indexIn(line) >= 0);
        }
        // Only the console's own heading is one: a line that merely starts with a time is not.
        QCOMPARE(LogLineKinds::classify("2026-11-24T21:00:00Z rsync error: timeout"),
                 LogLineKind::Error);
        QCOMPARE(LogLineKinds::classify("@ERROR: max connections (10) reached"),
                 LogLineKind::Error);
        QCOMPARE(LogLineKinds::classify("rsync: read error: Connection reset by peer (104)"),
                 LogLineKind::Error);
        QCOMPARE(LogLineKinds::classify("file has vanished: \"/x\""), LogLineKind::Warning);
        QCOMPARE(LogLineKinds::classify("daily.cld"), LogLineKind::Plain);
    }
};

QTEST_GUILESS_MAIN(LogMatcherTest)
#include "tst_logmatcher.moc"
