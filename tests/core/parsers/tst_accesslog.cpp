#include "parsers/AccessLog.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

// Access logs of nginx (the lab's), Apache combinedrealsize and lighttpd, and
// the traffic totals drawn from them.
class TestAccessLog : public QObject
{
    Q_OBJECT

private slots:
    void readsTheLabsNginxLine();
    void readsApacheCombinedRealSize();
    void readsLighttpdWithItsVhost();
    void refusesMalformedLines_data();
    void refusesMalformedLines();
    void timeZonesAreApplied();
    void tallyLeavesOutTheMirrorCheck();
    void tallyBucketsByHourAndDay();
    void feedKeepsAPartialLastLine();

private:
    static QByteArray sample(const char* name);
};

QByteArray TestAccessLog::sample(const char* name)
{
    QFile file(QStringLiteral(MC_TEST_DATA "/accesslog/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestAccessLog::readsTheLabsNginxLine()
{
    const QByteArray line = sample("nginx-lab.log").split('\n').first();
    AccessLogRecord r;
    QVERIFY(AccessLogParser::parseLine(line, &r));
    QCOMPARE(r.client, QByteArrayView("127.0.0.1"));
    QCOMPARE(r.method, QByteArrayView("GET"));
    QCOMPARE(r.path, QByteArrayView("/daily.cvd"));
    QCOMPARE(r.status, 206);
    QCOMPARE(r.bytes, 788);
    QVERIFY(r.userAgent.startsWith("ClamAV/1.4.6 (OS: Linux"));
    QCOMPARE(r.time, QDateTime(QDate(2026, 11, 24), QTime(16, 31, 37), Qt::UTC).toSecsSinceEpoch());
}

void TestAccessLog::readsApacheCombinedRealSize()
{
    AccessLogTally tally;
    QCOMPARE(tally.feed(sample("apache-combinedrealsize.log")), 0);
    QCOMPARE(tally.malformedLines(), 0);
    QCOMPARE(tally.monitoringRequests(), 1);
    QCOMPARE(tally.total().requests, 4);
    QCOMPARE(tally.total().bytes, 892 + 13894 + 117892267 + 184);
    QCOMPARE(tally.total().cvdBytes, 892 + 117892267 + 184);
    QCOMPARE(tally.total().cdiffBytes, 13894);
}

void TestAccessLog::readsLighttpdWithItsVhost()
{
    const QList<QByteArray> lines = sample("lighttpd.log").split('\n');
    AccessLogRecord r;
    QVERIFY(AccessLogParser::parseLine(lines.at(0), &r));
    QCOMPARE(r.identOrVhost, QByteArrayView("db.jp.clamav.net"));
    QVERIFY(!AccessLogParser::parseLine(lines.at(2), &r));
    QVERIFY(AccessLogParser::parseLine(lines.at(3), &r));
    QCOMPARE(r.bytes, 0);
    QCOMPARE(r.status, 404);
}

void TestAccessLog::refusesMalformedLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no time") << QByteArray("1.2.3.4 - - \"GET / HTTP/1.1\" 200 1");
    QTest::newRow("bad month") << QByteArray(
        "1.2.3.4 - - [01/Foo/2017:10:15:02 +0100] \"GET / HTTP/1.1\" 200 1");
    QTest::newRow("bad status") << QByteArray(
        "1.2.3.4 - - [01/Mar/2017:10:15:02 +0100] \"GET / HTTP/1.1\" OK 1");
    QTest::newRow("bad size") << QByteArray(
        "1.2.3.4 - - [01/Mar/2017:10:15:02 +0100] \"GET / HTTP/1.1\" 200 12x");
    QTest::newRow("open quote") << QByteArray(
        "1.2.3.4 - - [01/Mar/2017:10:15:02 +0100] \"GET / HTTP/1.1");
}

void TestAccessLog::refusesMalformedLines()
{
    QFETCH(QByteArray, line);
    AccessLogRecord r;
    QVERIFY(!AccessLogParser::parseLine(line, &r));
}

void TestAccessLog::timeZonesAreApplied()
{
    QCOMPARE(AccessLogParser::parseTime("01/Mar/2017:11:00:00 +0100"),
             QDateTime(QDate(2017, 3, 1), QTime(10, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(AccessLogParser::parseTime("31/Dec/1999:23:30:00 -0530"),
             QDateTime(QDate(2000, 1, 1), QTime(5, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(AccessLogParser::parseTime("29/Feb/2024:00:00:00 +0000"),
             QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(AccessLogParser::parseTime("1/Mar/2017:11:00:00 +0100"), -1);
}

void TestAccessLog::tallyLeavesOutTheMirrorCheck()
{
    AccessLogTally tally;
    tally.feed(sample("nginx-lab.log"));
    QCOMPARE(tally.monitoringRequests(), 2);
    QCOMPARE(tally.total().requests, 5);
    const auto agents = tally.topUserAgents(10);
    QCOMPARE(agents.size(), 3);
    QCOMPARE(agents.first().second, 2);
    QVERIFY(agents.first().first.startsWith("ClamAV/"));
}

void TestAccessLog::tallyBucketsByHourAndDay()
{
    AccessLogTally tally;
    tally.feed(sample("apache-combinedrealsize.log"));
    const auto hours = tally.hours();
    QCOMPARE(hours.size(), 2); // 09:xx and 10:xx UTC
    const qint64 nine = QDateTime(QDate(2017, 3, 1), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
    QCOMPARE(hours.value(nine).requests, 3);
    QCOMPARE(hours.value(nine + 3600).requests, 1);
    QCOMPARE(tally.days().size(), 1);
    QCOMPARE(tally.days().first().bytes, tally.total().bytes);
}

void TestAccessLog::feedKeepsAPartialLastLine()
{
    const QByteArray text = sample("apache-combinedrealsize.log");
    AccessLogTally tally;
    const qsizetype cut = text.indexOf('\n') + 20;
    const qsizetype rest = tally.feed(QByteArrayView(text).first(cut));
    QCOMPARE(rest, 19);
    QCOMPARE(tally.total().requests, 1);
    tally.feed(QByteArrayView(text).sliced(cut - rest));
    QCOMPARE(tally.total().requests, 4);
    QCOMPARE(tally.malformedLines(), 0);
}

QTEST_GUILESS_MAIN(TestAccessLog)
#include "tst_accesslog.moc"
