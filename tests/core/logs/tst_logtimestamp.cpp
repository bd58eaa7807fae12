#include "logs/LogTimestamp.h"

#include <QTest>

class LogTimestampTest : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QDateTime>("time");
        const QDateTime at(QDate(2026, 11, 24), QTime(21, 9, 10), Qt::UTC);
        QTest::newRow("rsync daemon")
            << QByteArray("2026/11/24 21:09:10 [812] connect from x") << at;
        QTest::newRow("iso") << QByteArray("2026-11-24T21:09:10Z sync run: succeeded") << at;
        QTest::newRow("iso, space") << QByteArray("2026-11-24 21:09:10 started") << at;
        QTest::newRow("rsync -v") << QByteArray("daily.cvd") << QDateTime();
        QTest::newRow("mixed separators") << QByteArray("2026/11-24 21:09:10 x") << QDateTime();
        QTest::newRow("slash with T") << QByteArray("2026/11/24T21:09:10 x") << QDateTime();
        QTest::newRow("no such day") << QByteArray("2026-02-30 21:09:10") << QDateTime();
        QTest::newRow("hour 24") << QByteArray("2026-11-24 24:00:00") << QDateTime();
        QTest::newRow("short") << QByteArray("2026-11-24 21:09") << QDateTime();
        QTest::newRow("letters") << QByteArray("2026-1a-24 21:09:10") << QDateTime();
    }

    void parse()
    {
        QFETCH(QByteArray, line);
        QFETCH(QDateTime, time);
        const auto parsed = LogTimestampParser::parse(line);
        QCOMPARE(parsed.has_value(), time.isValid());
        if (parsed)
            QCOMPARE(*parsed, time);
    }
};

QTEST_GUILESS_MAIN(LogTimestampTest)
#include "tst_logtimestamp.moc"
