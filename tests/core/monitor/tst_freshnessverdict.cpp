#include "inventory/ProbeHistory.h"
#include "monitor/FreshnessVerdict.h"

#include <QTest>

// The How-to's verdicts, on the 24 h and 48 h lines exactly.
class TestFreshnessVerdict : public QObject
{
    Q_OBJECT

private slots:
    void freshAndLagging();
    void oldOnTheLine_data();
    void oldOnTheLine();
    void unavailableOrRedirectedIsOld();
    void removedOnlyAfterADayOfOldInHistory();
    void unreachableIsItsOwnVerdict();

private:
    static HttpCheck checkAged(double hours, int daily = 27001);
    static HistoryEntry entry(const QDateTime& at, const char* verdict);
};

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
}

HttpCheck TestFreshnessVerdict::checkAged(double hours, int daily)
{
    HttpCheck c;
    c.mirror = QStringLiteral("m.example.de");
    c.checkedAt = kNow;
    c.reachable = true;
    c.timestamp = kNow.addSecs(qint64(-hours * 3600));
    c.cvdVersions.insert(QStringLiteral("daily"), daily);
    return c;
}

HistoryEntry TestFreshnessVerdict::entry(const QDateTime& at, const char* verdict)
{
    return {1, QStringLiteral("freshness"), at,
            QJsonObject{{QStringLiteral("verdict"), QLatin1String(verdict)}}};
}

void TestFreshnessVerdict::freshAndLagging()
{
    QCOMPARE(FreshnessJudge::judge(checkAged(2), 27001, {}).kind, FreshnessVerdict::Kind::Fresh);
    const FreshnessVerdict lagging = FreshnessJudge::judge(checkAged(2, 27000), 27001, {});
    QCOMPARE(lagging.kind, FreshnessVerdict::Kind::Lagging);
    QCOMPARE(lagging.dailyLag, 1);
    QCOMPARE(FreshnessJudge::judge(checkAged(2, 27000), std::nullopt, {}).kind,
             FreshnessVerdict::Kind::Fresh);
}

void TestFreshnessVerdict::oldOnTheLine_data()
{
    QTest::addColumn<double>("hours");
    QTest::addColumn<bool>("old");
    QTest::newRow("23h59") << 23.0 + 59.0 / 60 << false;
    QTest::newRow("24h") << 24.0 << true;
    QTest::newRow("30h") << 30.0 << true;
}

void TestFreshnessVerdict::oldOnTheLine()
{
    QFETCH(double, hours);
    QFETCH(bool, old);
    QCOMPARE(FreshnessJudge::judge(checkAged(hours), 27001, {}).kind == FreshnessVerdict::Kind::Old,
             old);
}

void TestFreshnessVerdict::unavailableOrRedirectedIsOld()
{
    HttpCheck c = checkAged(1);
    c.timestamp.reset();
    QCOMPARE(FreshnessJudge::judge(c, 27001, {}).kind, FreshnessVerdict::Kind::Old);
    c.redirects << QStringLiteral("/timestamp -> elsewhere");
    QVERIFY(FreshnessJudge::judge(c, 27001, {}).reason.contains(QStringLiteral("redirect")));
}

void TestFreshnessVerdict::removedOnlyAfterADayOfOldInHistory()
{
    // 50 h old but never seen before: old, not yet removed.
    QCOMPARE(FreshnessJudge::judge(checkAged(50), 27001, {}).kind, FreshnessVerdict::Kind::Old);
    // Old at every hourly check for the last 24 h: removed.
    QList<HistoryEntry> history;
    for (int h = 24; h >= 1; --h)
        history << entry(kNow.addSecs(-h * 3600), "old");
    QCOMPARE(FreshnessJudge::judge(checkAged(48), 27001, history).kind,
             FreshnessVerdict::Kind::Removed);
    // 23 h of old: still old.
    QCOMPARE(FreshnessJudge::judge(checkAged(48), 27001, history.mid(1)).kind,
             FreshnessVerdict::Kind::Old);
    // A fresh check in between breaks the run.
    history[12] = entry(kNow.addSecs(-12 * 3600), "fresh");
    QCOMPARE(FreshnessJudge::judge(checkAged(48), 27001, history).kind,
             FreshnessVerdict::Kind::Old);
}

void TestFreshnessVerdict::unreachableIsItsOwnVerdict()
{
    HttpCheck c;
    c.checkedAt = kNow;
    c.error = QStringLiteral("Connection refused");
    const FreshnessVerdict v = FreshnessJudge::judge(c, 27001, {});
    QCOMPARE(v.kind, FreshnessVerdict::Kind::Unreachable);
    QVERIFY(v.reason.contains(QStringLiteral("refused")));
    QCOMPARE(FreshnessVerdict::fromName(QStringLiteral("removed")),
             FreshnessVerdict::Kind::Removed);
}

QTEST_GUILESS_MAIN(TestFreshnessVerdict)
#include "tst_freshnessverdict.moc"
