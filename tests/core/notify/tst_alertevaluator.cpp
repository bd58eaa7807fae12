#include "fleet/MirrorFacts.h"
#include "monitor/FreshnessSweep.h"
#include "monitor/SweepTally.h"
#include "notify/AlertEvaluator.h"
#include "ssh/HostKeyStore.h"

#include <QTest>

// The rule set, observation by observation: each rule raised once when met,
// cleared once when not, with the thresholds of the settings.
class TestAlertEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void oldThenRemovedThenBackToFresh();
    void unreachableNeedsChecksInARowAndKeepsTheRest();
    void laggingNeedsVersionsForHours();
    void probeRules();
    void failedSyncsInARow();
    void hostKeyChangedUntilAProbeGoesThrough();
    void remindersAfterTheInterval();
    void theCheckerFailsWhenMuchOfTheFleetDoes();
};

namespace {

const QDateTime kStart(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);

FreshnessResult check(FreshnessVerdict::Kind kind, double hoursIn, int lag = 0)
{
    FreshnessResult r;
    r.mirrorId = 7;
    r.check.mirror = QStringLiteral("mirror1.example.de");
    r.check.checkedAt = kStart.addSecs(qint64(hoursIn * 3600));
    r.check.reachable = kind != FreshnessVerdict::Kind::Unreachable;
    r.check.error = r.check.reachable ? QString() : QStringLiteral("connection refused");
    r.verdict.kind = kind;
    r.verdict.dailyLag = lag;
    r.verdict.reason = QStringLiteral("reason %1").arg(hoursIn);
    return r;
}

QList<AlertTransition> run(const FreshnessResult& r, AlertEvaluator::States& s,
                           const AlertSettings& settings = {})
{
    return AlertEvaluator::afterCheck(r, r.check.mirror, s, settings);
}

MirrorFacts probed(double hoursIn)
{
    MirrorFacts f;
    f.mirror = QStringLiteral("mirror1.example.de");
    f.mirrorId = 7;
    f.probed = true;
    f.probedAt = kStart.addSecs(qint64(hoursIn * 3600));
    f.lock.kind = LockState::Kind::Absent;
    return f;
}

DiskUsage disk(qint64 usedKiB, qint64 availableKiB)
{
    DiskUsage d;
    d.filesystem = QStringLiteral("/dev/sda1");
    d.total = usedKiB + availableKiB;
    d.used = usedKiB;
    d.available = availableKiB;
    return d;
}

SyncRun run(SyncRunLog::Outcome outcome, int minute, const QString& error = {})
{
    SyncRun r;
    r.outcome = outcome;
    r.finishedAt = kStart.addSecs(minute * 60);
    r.firstError = error;
    return r;
}

} // namespace

void TestAlertEvaluator::oldThenRemovedThenBackToFresh()
{
    using K = FreshnessVerdict::Kind;
    AlertEvaluator::States s;
    QVERIFY(run(check(K::Fresh, 0), s).isEmpty());
    auto t = run(check(K::Old, 25), s);
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].rule, AlertRule::Old);
    QCOMPARE(t[0].kind, AlertTransition::Kind::Raised);
    QCOMPARE(t[0].evidence, QStringLiteral("reason 25"));
    QVERIFY(run(check(K::Old, 26), s).isEmpty()); // once per turn
    QCOMPARE(s[AlertRule::Old].evidence, QStringLiteral("reason 26"));
    t = run(check(K::Removed, 49), s);
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].rule, AlertRule::Removed);
    QCOMPARE(s[AlertRule::Old].since, kStart.addSecs(25 * 3600));
    t = run(check(K::Fresh, 50), s);
    QCOMPARE(t.size(), 2);
    for (const AlertTransition& c : t)
        QCOMPARE(c.kind, AlertTransition::Kind::Cleared);
    QVERIFY(!s[AlertRule::Old].active && !s[AlertRule::Removed].active);
    QVERIFY(run(check(K::Fresh, 51), s).isEmpty());
}

void TestAlertEvaluator::unreachableNeedsChecksInARowAndKeepsTheRest()
{
    using K = FreshnessVerdict::Kind;
    AlertEvaluator::States s;
    run(check(K::Old, 0), s);
    QVERIFY(run(check(K::Unreachable, 1), s).isEmpty());
    QVERIFY(run(check(K::Unreachable, 2), s).isEmpty());
    auto t = run(check(K::Unreachable, 3), s);
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].rule, AlertRule::Unreachable);
    QVERIFY(t[0].evidence.contains(QStringLiteral("3 checks")));
    QVERIFY(t[0].evidence.contains(QStringLiteral("connection refused")));
    // No answer says nothing of the timestamp: old stays raised.
    QVERIFY(s[AlertRule::Old].active);
    t = run(check(K::Old, 4), s);
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].rule, AlertRule::Unreachable);
    QCOMPARE(t[0].kind, AlertTransition::Kind::Cleared);
    // One miss after an answer starts the count again.
    AlertSettings two;
    two.unreachableChecks = 2;
    QVERIFY(run(check(K::Unreachable, 5), s, two).isEmpty());
    run(check(K::Old, 6), s, two);
    QVERIFY(run(check(K::Unreachable, 7), s, two).isEmpty());
}

void TestAlertEvaluator::laggingNeedsVersionsForHours()
{
    using K = FreshnessVerdict::Kind;
    AlertEvaluator::States s;
    AlertSettings settings; // two versions for six hours
    QVERIFY(run(check(K::Lagging, 0, 1), s, settings).isEmpty());
    QVERIFY(run(check(K::Lagging, 1, 2), s, settings).isEmpty());
    QVERIFY(run(check(K::Lagging, 6.5, 3), s, settings).isEmpty()); // 5.5 h at two or more
    auto t = run(check(K::Lagging, 7, 2), s, settings);
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].rule, AlertRule::Lagging);
    QVERIFY2(t[0].evidence.contains(QStringLiteral("since 2026-11-20 09:00 UTC")),
             qPrintable(t[0].evidence));
    // Old says nothing of the lag; one behind is under the threshold.
    QVERIFY(run(check(K::Old, 30), s, settings).size() == 1);
    QVERIFY(s[AlertRule::Lagging].active);
    t = run(check(K::Lagging, 31, 1), s, settings);
    QCOMPARE(t.size(), 2); // old and lagging cleared
    // A dip below the threshold starts the hours again.
    run(check(K::Lagging, 32, 2), s, settings);
    run(check(K::Fresh, 35), s, settings);
    run(check(K::Lagging, 36, 2), s, settings);
    QVERIFY(run(check(K::Lagging, 40, 2), s, settings).isEmpty());
}

void TestAlertEvaluator::probeRules()
{
    AlertEvaluator::States s;
    AlertSettings settings;
    settings.freeFloorBytes = 1000LL * 1000 * 1000;
    MirrorFacts f = probed(0);
    f.lock.kind = LockState::Kind::Stale;
    f.disk.documentRoot = disk(9'500'000, 500'000);
    f.firewall.checks = {{QStringLiteral("ssh-in"), QStringLiteral("ssh in"),
                          FirewallCheck::Result::Missing, QStringLiteral("no ACCEPT"),
                          QStringLiteral("iptables -A INPUT -p tcp --dport 22 -j ACCEPT")},
                         {QStringLiteral("rsync-out-tcp"),
                          QStringLiteral("rsync out"),
                          FirewallCheck::Result::Ok,
                          {},
                          {}}};
    auto t = AlertEvaluator::afterProbe(f, s, settings);
    QCOMPARE(t.size(), 3);
    QCOMPARE(t[0].rule, AlertRule::StaleLock);
    QCOMPARE(t[1].rule, AlertRule::LowDisk);
    QVERIFY2(t[1].evidence.contains(QStringLiteral("512.0 MB free on /dev/sda1")),
             qPrintable(t[1].evidence));
    QCOMPARE(t[2].rule, AlertRule::FirewallBad);
    QVERIFY(t[2].evidence.contains(QStringLiteral("--dport 22")));
    // An unknown lock and unjudged firewall change nothing; space back, lock gone.
    f = probed(1);
    f.lock.kind = LockState::Kind::Unknown;
    f.disk.documentRoot = disk(1'000'000, 9'000'000);
    f.firewall.checks = {{QStringLiteral("ssh-in"),
                          QStringLiteral("ssh in"),
                          FirewallCheck::Result::Unknown,
                          {},
                          {}}};
    t = AlertEvaluator::afterProbe(f, s, settings);
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].rule, AlertRule::LowDisk);
    QCOMPARE(t[0].kind, AlertTransition::Kind::Cleared);
    QVERIFY(s[AlertRule::StaleLock].active && s[AlertRule::FirewallBad].active);
    // The How-to's 200 MB holds even under a lower floor.
    settings.freeFloorBytes = 0;
    f = probed(2);
    f.disk.documentRoot = disk(9'900'000, 100'000);
    t = AlertEvaluator::afterProbe(f, s, settings);
    QCOMPARE(t.size(), 2); // lock absent: cleared; disk low
    QCOMPARE(t[0].rule, AlertRule::StaleLock);
    QCOMPARE(t[1].rule, AlertRule::LowDisk);
    // A failed probe tells nothing.
    MirrorFacts failed = probed(3);
    failed.probed = false;
    QVERIFY(AlertEvaluator::afterProbe(failed, s, settings).isEmpty());
}

void TestAlertEvaluator::failedSyncsInARow()
{
    using O = SyncRunLog::Outcome;
    AlertEvaluator::States s;
    MirrorFacts f = probed(0);
    f.newRuns = {run(O::Failed, 2, QStringLiteral("auth failed")), run(O::Failed, 1, {})};
    QVERIFY(AlertEvaluator::afterProbe(f, s, {}).isEmpty());
    f = probed(1);
    f.newRuns = {run(O::Incomplete, 61), run(O::Failed, 60, QStringLiteral("@ERROR: auth failed"))};
    auto t = AlertEvaluator::afterProbe(f, s, {});
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].rule, AlertRule::FailedSyncs);
    QVERIFY2(t[0].evidence.contains(QStringLiteral("3 failed syncs in a row; the last: @ERROR")),
             qPrintable(t[0].evidence));
    // No new run: nothing changes; a success ends it.
    QVERIFY(AlertEvaluator::afterProbe(probed(2), s, {}).isEmpty());
    f = probed(3);
    f.newRuns = {run(O::Success, 180)};
    t = AlertEvaluator::afterProbe(f, s, {});
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].kind, AlertTransition::Kind::Cleared);
    QCOMPARE(s[AlertRule::FailedSyncs].count, 0);
}

void TestAlertEvaluator::hostKeyChangedUntilAProbeGoesThrough()
{
    AlertEvaluator::States s;
    HostKeyVerdict v;
    v.status = HostKeyVerdict::Status::Unknown;
    QVERIFY(AlertEvaluator::afterHostKey(7, QStringLiteral("m"), v, kStart, s).isEmpty());
    v.status = HostKeyVerdict::Status::Changed;
    v.presentedFingerprint = QStringLiteral("SHA256:new");
    v.recordedFingerprints = {QStringLiteral("SHA256:old")};
    auto t = AlertEvaluator::afterHostKey(7, QStringLiteral("m"), v, kStart, s);
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].evidence, QStringLiteral("presented SHA256:new; on record: SHA256:old"));
    QVERIFY(AlertEvaluator::afterHostKey(7, QStringLiteral("m"), v, kStart, s).isEmpty());
    t = AlertEvaluator::afterProbe(probed(1), s, {});
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].rule, AlertRule::HostKeyChanged);
    QCOMPARE(t[0].kind, AlertTransition::Kind::Cleared);
}

void TestAlertEvaluator::remindersAfterTheInterval()
{
    AlertEvaluator::States s;
    run(check(FreshnessVerdict::Kind::Old, 0), s);
    AlertSettings settings; // a day
    QVERIFY(
        AlertEvaluator::reminders(7, QStringLiteral("m"), s, settings, kStart.addSecs(23 * 3600))
            .isEmpty());
    auto t =
        AlertEvaluator::reminders(7, QStringLiteral("m"), s, settings, kStart.addSecs(24 * 3600));
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].kind, AlertTransition::Kind::Reminder);
    QCOMPARE(t[0].evidence, QStringLiteral("reason 0"));
    QVERIFY(
        AlertEvaluator::reminders(7, QStringLiteral("m"), s, settings, kStart.addSecs(25 * 3600))
            .isEmpty());
    settings.reminderHours = 0;
    QVERIFY(AlertEvaluator::reminders(7, QStringLiteral("m"), s, settings, kStart.addDays(9))
                .isEmpty());
}

void TestAlertEvaluator::theCheckerFailsWhenMuchOfTheFleetDoes()
{
    // More than the share, and two at least.
    QVERIFY(SweepTally({6, 3}).checkerFailed(30));
    QVERIFY(!SweepTally({6, 3}).checkerFailed(50));
    QVERIFY(SweepTally({6, 4}).checkerFailed(50));
    QVERIFY(!SweepTally({1, 1}).checkerFailed(30));
    QVERIFY(SweepTally({2, 2}).checkerFailed(30));
    QVERIFY(!SweepTally({0, 0}).checkerFailed(30));

    AlertEvaluator::States states;
    auto t = AlertEvaluator::afterSweep({200, 100}, 30, kStart, states);
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].rule, AlertRule::Checker);
    QCOMPARE(t[0].kind, AlertTransition::Kind::Raised);
    QCOMPARE(t[0].mirrorId, 0);
    QVERIFY2(t[0].evidence.startsWith(QStringLiteral("100 of 200 mirrors gave no HTTP answer")),
             qPrintable(t[0].evidence));
    // Told once while it lasts, cleared by a sweep that sees the fleet.
    QVERIFY(AlertEvaluator::afterSweep({200, 120}, 30, kStart.addSecs(3600), states).isEmpty());
    t = AlertEvaluator::afterSweep({200, 3}, 30, kStart.addSecs(7200), states);
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].kind, AlertTransition::Kind::Cleared);
    QVERIFY(AlertEvaluator::afterSweep({200, 3}, 30, kStart.addSecs(9000), states).isEmpty());
}

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "tst_alertevaluator.moc"
