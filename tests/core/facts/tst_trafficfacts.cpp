#include "facts/TrafficFacts.h"
#include "inventory/ProbeHistory.h"

#include <QTest>

// Month-to-date traffic from stored samples: access-log buckets and the
// interface counters as a second source, across a counter reset.
class TestTrafficFacts : public QObject
{
    Q_OBJECT

private slots:
    void monthToDateSumsTheMonthOnly();
    void interfaceCountersSurviveAReset();
    void usZoneExpectsMore();
};

namespace {

const QDateTime kNow(QDate(2026, 11, 15), QTime(12, 0), Qt::UTC);

HistoryEntry sample(const QDateTime& at, qint64 bytes, quint64 sentCounter)
{
    TrafficSample s;
    const qint64 hour = at.toSecsSinceEpoch() - at.toSecsSinceEpoch() % 3600;
    s.hours.insert(hour, {bytes, 1, bytes, 0});
    s.interfaces.append({QStringLiteral("eth0"), 0, 0, sentCounter, 0});
    s.interfaces.append({QStringLiteral("lo"), 0, 0, 99999999, 0});
    return {1, QStringLiteral("traffic"), at, s.toJson()};
}

} // namespace

void TestTrafficFacts::monthToDateSumsTheMonthOnly()
{
    const QList<HistoryEntry> samples{sample(kNow.addDays(-20), 777, 10),
                                      sample(kNow.addDays(-2), 1000, 1000),
                                      sample(kNow.addDays(-1), 2000, 5000)};
    const MonthTraffic month = TrafficReader::monthToDate(samples, kNow, QStringLiteral("DE"));
    QCOMPARE(month.bytes, 3000);
    QCOMPARE(month.requests, 2);
    QCOMPARE(month.bytesPerDay.size(), 2);
    QCOMPARE(month.expectedHigh, 2000LL * 1000 * 1000 * 1000);
    QVERIFY(month.verdict.contains(QStringLiteral("below the expected")));
    // Half the month gone: the pace doubles what came so far.
    QVERIFY(qAbs(month.projectedBytes - 3000 * 30 / 14.5) < 100);
}

void TestTrafficFacts::interfaceCountersSurviveAReset()
{
    const QList<HistoryEntry> samples{sample(kNow.addDays(-3), 0, 1000),
                                      sample(kNow.addDays(-2), 0, 5000),
                                      sample(kNow.addDays(-1), 0, 200)};
    const MonthTraffic month = TrafficReader::monthToDate(samples, kNow, QStringLiteral("DE"));
    QCOMPARE(month.interfaceName, QStringLiteral("eth0"));
    QCOMPARE(month.interfaceSentBytes, 4000 + 200);
}

void TestTrafficFacts::usZoneExpectsMore()
{
    QCOMPARE(TrafficReader::monthToDate({}, kNow, QStringLiteral("US")).expectedHigh,
             8000LL * 1000 * 1000 * 1000);
}

QTEST_GUILESS_MAIN(TestTrafficFacts)
#include "tst_trafficfacts.moc"
