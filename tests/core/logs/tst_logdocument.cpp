#include "logs/LogDocument.h"
#include "logs/LogLineKind.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A sync log as the console keeps a mirror's runs: a stamped heading per run
// (one every ten minutes from midnight), rsync -v output, and now and then a
// failed run.
QByteArray runsLog(int runs)
{
    QByteArray log;
    const QDateTime midnight(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    for (int run = 0; run < runs; ++run) {
        log += midnight.addSecs(run * 600).toString(Qt::ISODate).toLatin1() + " sync run " +
               QByteArray::number(run) + "\r\n";
        log += "receiving incremental file list\n";
        for (int file = 0; file < 20; ++file)
            log += "daily-" + QByteArray::number(run * 20 + file) + ".cdiff\n";
        if (run % 50 == 7)
            log += "rsync error: timeout in data send/receive (code 30) at io.c(195)\n";
        log += "sent 1,234 bytes  received 567,890 bytes  37,941.60 bytes/sec\n";
    }
    return log;
}

QByteArray collect(const LogSource& source, qint64 blockSize, bool backward)
{
    QList<QByteArray> blocks;
    const auto visit = [&](QByteArrayView block, qint64 offset) {
        blocks << block.toByteArray();
        return offset >= 0;
    };
    if (backward)
        source.forEachBlockBackward(0, source.size(), blockSize, visit);
    else
        source.forEachBlock(0, source.size(), blockSize, visit);
    if (backward)
        std::reverse(blocks.begin(), blocks.end());
    for (const QByteArray& block : std::as_const(blocks)) {
        if (block.size() > blockSize)
            return "block too long";
    }
    return blocks.join();
}

} // namespace

class LogDocumentTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_log = runsLog(2000);
        m_path = m_dir.filePath(QStringLiteral("rsync.log"));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_log);
    }

    void blocksCoverTheLogOnLineEnds()
    {
        const auto file = LogSource::fromFile(m_path);
        QVERIFY(file.ok());
        const LogSource memory = LogSource::fromBytes(m_log);
        for (const LogSource& source : {*file, memory}) {
            QCOMPARE(collect(source, 4096, false), m_log);
            QCOMPARE(collect(source, 4096, true), m_log);
            QCOMPARE(collect(source, 7, false), m_log); // lines longer than a block
            QCOMPARE(collect(source, 7, true), m_log);
            source.forEachBlock(0, source.size(), 4096,
                                [](QByteArrayView block, qint64) { return block.endsWith('\n'); });
        }
        QCOMPARE(file->read(m_log.size() - 5, 100), m_log.right(5));
        QVERIFY(!LogSource::fromFile(m_dir.filePath(QStringLiteral("none"))).ok());
        QVERIFY(!LogSource::fromFile(m_dir.path()).ok());
    }

    void opensAFileAndReadsItsLines()
    {
        LogDocument document;
        QSignalSpy finished(&document, &LogDocument::indexingFinished);
        document.open(*LogSource::fromFile(m_path));
        QVERIFY(finished.wait(10'000));
        const qint64 expected = m_log.count('\n');
        QCOMPARE(document.lineCount(), expected);
        QCOMPARE(document.lines(0, 2),
                 (QList<QByteArray>{"2026-11-01T00:00:00Z sync run 0", // \r dropped
                                    "receiving incremental file list"}));
        QCOMPARE(document.lines(expected - 1, 5).size(), 1);
        QCOMPARE(document.lines(2, 1, 4), QList<QByteArray>{"dail"});
    }

    void findsForwardAndBackward()
    {
        LogDocument document;
        QSignalSpy finished(&document, &LogDocument::indexingFinished);
        document.open(*LogSource::fromFile(m_path));
        QVERIFY(finished.wait(10'000));
        QSignalSpy found(&document, &LogDocument::found);
        QSignalSpy notFound(&document, &LogDocument::notFound);
        const LogQuery query{QStringLiteral("RSYNC ERROR"), false, false};
        document.find(query, -1, true);
        QVERIFY(found.wait());
        const qint64 first = found.takeFirst().at(0).toLongLong();
        QCOMPARE(document.lines(first, 1).value(0).left(11), QByteArray("rsync error"));
        QCOMPARE(first, 7 * 23 + 22); // after run 7's heading, list line and 20 files
        document.find(query, first, true);
        QVERIFY(found.wait());
        const qint64 second = found.takeFirst().at(0).toLongLong();
        QCOMPARE(second - first, 50 * 23 + 1);
        document.find(query, second, false);
        QVERIFY(found.wait());
        QCOMPARE(found.takeFirst().at(0).toLongLong(), first);
        document.find(query, first, false);
        QVERIFY(notFound.wait());
        QCOMPARE(notFound.takeFirst().at(0).toBool(), false);
        document.find({QStringLiteral("(code 3"), true, false}, 0, true);
        QSignalSpy failed(&document, &LogDocument::failed);
        QVERIFY(failed.wait());
    }

    void findsEveryProblemLine()
    {
        LogDocument document;
        QSignalSpy finished(&document, &LogDocument::indexingFinished);
        document.open(*LogSource::fromFile(m_path));
        QVERIFY(finished.wait(10'000));
        QSignalSpy lines(&document, &LogDocument::linesFound);
        document.findLines(LogLineKinds::problemQuery());
        QVERIFY(lines.wait());
        QList<qint64> all;
        for (const auto& batch : std::as_const(lines))
            all += batch.at(0).value<QList<qint64>>();
        QCOMPARE(all.size(), 2000 / 50);
        for (const qint64 line : std::as_const(all))
            QCOMPARE(LogLineKinds::classify(document.lines(line, 1).value(0)), LogLineKind::Error);
    }

    void jumpsToTime()
    {
        LogDocument document;
        QSignalSpy finished(&document, &LogDocument::indexingFinished);
        document.open(LogSource::fromBytes(m_log));
        QVERIFY(finished.wait(10'000));
        const auto at = [&](QTime time, int day = 1) {
            return document.lineAtTime(QDateTime(QDate(2026, 11, day), time, Qt::UTC));
        };
        QCOMPARE(at(QTime(0, 0)), 0);
        QCOMPARE(at(QTime(1, 0)).value_or(-1) > 0, true);
        // Run 6 starts at 01:00; run 7 (with its error line) is one longer.
        QCOMPARE(document.lines(*at(QTime(1, 0)), 1).value(0),
                 QByteArray("2026-11-01T01:00:00Z sync run 6"));
        QCOMPARE(document.lines(*at(QTime(1, 5)), 1).value(0),
                 QByteArray("2026-11-01T01:10:00Z sync run 7"));
        const qint64 lastRun =
            document.lineAtTime(QDateTime(QDate(2030, 1, 1), QTime(), Qt::UTC)).value_or(-1);
        QVERIFY(document.lines(lastRun, 1).value(0).endsWith("sync run 1999"));
        LogDocument plain;
        QSignalSpy plainDone(&plain, &LogDocument::indexingFinished);
        plain.open(LogSource::fromBytes("daily.cvd\nmain.cvd\n"));
        QVERIFY(plainDone.wait());
        QVERIFY(!plain.lineAtTime(QDateTime::currentDateTimeUtc()));
    }

    void growsWhileARunWrites()
    {
        LogDocument document;
        QSignalSpy grew(&document, &LogDocument::grew);
        QSignalSpy finished(&document, &LogDocument::indexingFinished);
        document.open(LogSource::fromBytes("receiving incremental file list\n"));
        document.append("daily.c"); // while the worker indexes
        QVERIFY(finished.wait());
        QCOMPARE(document.lineCount(), 2);
        document.append("vd\nmain.cvd\n");
        QCOMPARE(document.lineCount(), 3);
        QCOMPARE(document.lines(1, 2), (QList<QByteArray>{"daily.cvd", "main.cvd"}));
        QCOMPARE(grew.last().at(1).toLongLong(), 3);
    }

    void reopeningDropsTheOldLog()
    {
        LogDocument document;
        QSignalSpy finished(&document, &LogDocument::indexingFinished);
        document.open(*LogSource::fromFile(m_path));
        document.open(LogSource::fromBytes("one\ntwo\n"));
        QVERIFY(finished.wait());
        QTest::qWait(50); // a late batch of the first log must not land
        QCOMPARE(document.lineCount(), 2);
        QCOMPARE(finished.size(), 1);
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_log;
    QString m_path;
};

QTEST_GUILESS_MAIN(LogDocumentTest)
#include "tst_logdocument.moc"
