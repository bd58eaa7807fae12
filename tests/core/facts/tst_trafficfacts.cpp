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
    void idleCountersNameNoInterface();
    void theLastThirtyDaysCrossTheMonth();
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

void TestTrafficFacts::theLastThirtyDaysCrossTheMonth()
{
    // On the first of a month the daily chart still shows the month before.
    const QDateTime first(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    const QList<HistoryEntry> samples{
        sample(first.addDays(-40), 5, 1), sample(first.addDays(-29), 100, 2),
        sample(first.addDays(-3), 200, 3), sample(first.addSecs(-10 * 3600), 300, 4),
        sample(first, 400, 5)};
    const TrafficSummary summary = TrafficReader::summary(samples, first, QStringLiteral("DE"));
    QCOMPARE(summary.month.bytes, 400);
    QCOMPARE(summary.recentDays.size(), 4);
    const auto dayOf = [](const QDateTime& at) {
        return at.date().startOfDay(Qt::UTC).toSecsSinceEpoch();
    };
    QCOMPARE(summary.recentDays.value(dayOf(first.addDays(-29))), 100);
    QCOMPARE(summary.recentDays.value(dayOf(first.addSecs(-10 * 3600))), 300);
    QCOMPARE(summary.recentDays.value(dayOf(first)), 400);
    QVERIFY(!summary.recentDays.contains(dayOf(first.addDays(-40))));
    QCOMPARE(summary.recentHours.size(), 2);
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

void TestTrafficFacts::idleCountersNameNoInterface()
{
    const QList<HistoryEntry> none{sample(kNow.addDays(-1), 0, 7)};
    QVERIFY(!TrafficReader::monthToDate(none, kNow, QStringLiteral("DE")).interfacesCounted);
    const QList<HistoryEntry> idle{sample(kNow.addDays(-2), 0, 7), sample(kNow.addDays(-1), 0, 7)};
    const MonthTraffic month = TrafficReader::monthToDate(idle, kNow, QStringLiteral("DE"));
    QVERIFY(month.interfacesCounted);
    QVERIFY(month.interfaceName.isEmpty());
    QCOMPARE(month.interfaceSentBytes, 0);
}

QTEST_GUILESS_MAIN(TestTrafficFacts)
#include "tst_trafficfacts.moc"
