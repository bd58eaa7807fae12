#include "service/DnsStandings.h"

#include <QTest>

// Where a mirror stands for DNS: in when a check since its last
// maintenance finds it fit; out by an operator's act or the monitor's
// judgement; as it was while merely old or lagging.
class TestDnsStandings : public QObject
{
    Q_OBJECT

private slots:
    void aFitMirrorServes();
    void oldAndLaggingHoldAsTheyWere();
    void removedAndUnreachableLeave();
    void aMissingVhostLeaves();
    void maintenanceWithdrawsUntilAFreshCheck();
    void disabledIsWithdrawn();

private:
    using Kind = DnsStanding::Kind;
    const QDateTime m_now = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

    MirrorStatus status(FreshnessVerdict::Kind verdict, const QDateTime& checkedAt) const
    {
        MirrorStatus s;
        s.mirror.id = 4;
        s.mirror.name = QStringLiteral("clamav.example.de");
        s.mirror.country = QStringLiteral("DE");
        s.mirror.address = QStringLiteral("192.0.2.4");
        FreshnessResult r;
        r.mirrorId = 4;
        r.check.checkedAt = checkedAt;
        r.check.reachable = verdict != FreshnessVerdict::Kind::Unreachable;
        r.check.vhosts = {{QStringLiteral("database.clamav.net"), true},
                          {QStringLiteral("db.de.clamav.net"), true}};
        r.verdict.kind = verdict;
        r.verdict.reason = QStringLiteral("the reason");
        s.latest = r;
        return s;
    }
    MaintenanceWindow window(int fromHours, int untilHours) const
    {
        MaintenanceWindow w;
        w.mirrorId = 4;
        w.startsAt = m_now.addSecs(fromHours * 3600);
        w.endsAt = m_now.addSecs(untilHours * 3600);
        w.reason = QStringLiteral("new disks");
        return w;
    }
};

void TestDnsStandings::aFitMirrorServes()
{
    const DnsStanding s =
        DnsStandings::judge(status(FreshnessVerdict::Kind::Fresh, m_now), {}, {}, m_now);
    QCOMPARE(s.kind, Kind::Serves);
    QCOMPARE(s.address, QStringLiteral("192.0.2.4"));
}

void TestDnsStandings::oldAndLaggingHoldAsTheyWere()
{
    for (const auto verdict : {FreshnessVerdict::Kind::Old, FreshnessVerdict::Kind::Lagging,
                               FreshnessVerdict::Kind::Unreachable}) {
        const DnsStanding s = DnsStandings::judge(status(verdict, m_now), {}, {}, m_now);
        QCOMPARE(s.kind, Kind::Holds);
        QVERIFY(s.why.contains(QStringLiteral("in again after a fresh check")));
    }
    MirrorStatus never = status(FreshnessVerdict::Kind::Fresh, m_now);
    never.latest.reset();
    QCOMPARE(DnsStandings::judge(never, {}, {}, m_now).kind, Kind::Holds);
}

void TestDnsStandings::removedAndUnreachableLeave()
{
    QCOMPARE(
        DnsStandings::judge(status(FreshnessVerdict::Kind::Removed, m_now), {}, {}, m_now).kind,
        Kind::Leaves);
    AlertState unreachable;
    unreachable.rule = AlertRule::Unreachable;
    unreachable.active = true;
    unreachable.evidence = QStringLiteral("3 checks in a row without an HTTP answer");
    const DnsStanding s = DnsStandings::judge(status(FreshnessVerdict::Kind::Unreachable, m_now),
                                              {}, {unreachable}, m_now);
    QCOMPARE(s.kind, Kind::Leaves);
    QVERIFY(s.why.contains(unreachable.evidence));
}

void TestDnsStandings::aMissingVhostLeaves()
{
    MirrorStatus s = status(FreshnessVerdict::Kind::Fresh, m_now);
    s.latest->check.vhosts[QStringLiteral("db.de.clamav.net")] = false;
    const DnsStanding standing = DnsStandings::judge(s, {}, {}, m_now);
    QCOMPARE(standing.kind, Kind::Leaves);
    QVERIFY(standing.why.contains(QStringLiteral("db.de.clamav.net")));
}

void TestDnsStandings::maintenanceWithdrawsUntilAFreshCheck()
{
    const MirrorStatus fresh = status(FreshnessVerdict::Kind::Fresh, m_now.addSecs(-600));
    const DnsStanding during = DnsStandings::judge(fresh, {window(-2, 1)}, {}, m_now);
    QCOMPARE(during.kind, Kind::Withdrawn);
    QVERIFY2(during.why.contains(QStringLiteral("in maintenance until 2026-12-07 13:00 UTC: new "
                                                "disks")),
             qPrintable(during.why));
    // Over since the last check: out until the next one.
    const DnsStanding after =
        DnsStandings::judge(fresh, {window(-3, -1), window(-2, 0)}, {}, m_now);
    QCOMPARE(after.kind, Kind::Withdrawn);
    QVERIFY(after.why.contains(QStringLiteral("back after a fresh check")));
    // A fresh check after it: in.
    QCOMPARE(DnsStandings::judge(status(FreshnessVerdict::Kind::Fresh, m_now), {window(-2, 0)}, {},
                                 m_now)
                 .kind,
             Kind::Serves);
}

void TestDnsStandings::disabledIsWithdrawn()
{
    MirrorStatus s = status(FreshnessVerdict::Kind::Fresh, m_now);
    s.mirror.enabled = false;
    QCOMPARE(DnsStandings::judge(s, {}, {}, m_now).kind, Kind::Withdrawn);
}

QTEST_GUILESS_MAIN(TestDnsStandings)
#include "tst_dnsstandings.moc"
