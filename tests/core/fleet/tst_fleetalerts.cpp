#include "fleet/FleetAlerts.h"

#include <QTest>

class TestFleetAlerts : public QObject
{
    Q_OBJECT

private slots:
    void aTurnIsAnnouncedOnce();
    void staleLocksAreAnnouncedOnce();
};

void TestFleetAlerts::aTurnIsAnnouncedOnce()
{
    FleetAlerts alerts;
    QVERIFY(!alerts.verdict(QStringLiteral("m1"), QStringLiteral("fresh")));
    QVERIFY(alerts.verdict(QStringLiteral("m1"), QStringLiteral("old"))->contains(u"m1"));
    QVERIFY(!alerts.verdict(QStringLiteral("m1"), QStringLiteral("old")));
    QVERIFY(alerts.verdict(QStringLiteral("m1"), QStringLiteral("removed"))->contains(u"DNS"));
    QVERIFY(!alerts.verdict(QStringLiteral("m1"), QStringLiteral("fresh")));
    QVERIFY(!alerts.verdict(QStringLiteral("m1"), QStringLiteral("lagging")));
    QVERIFY(alerts.verdict(QStringLiteral("m1"), QStringLiteral("unreachable")));
    QVERIFY(alerts.verdict(QStringLiteral("m2"), QStringLiteral("old")));
}

void TestFleetAlerts::staleLocksAreAnnouncedOnce()
{
    FleetAlerts alerts;
    QVERIFY(!alerts.lock(QStringLiteral("m1"), QStringLiteral("held")));
    QVERIFY(alerts.lock(QStringLiteral("m1"), QStringLiteral("stale")));
    QVERIFY(!alerts.lock(QStringLiteral("m1"), QStringLiteral("stale")));
    QVERIFY(!alerts.lock(QStringLiteral("m1"), QStringLiteral("absent")));
    QVERIFY(alerts.lock(QStringLiteral("m1"), QStringLiteral("stale")));
}

QTEST_GUILESS_MAIN(TestFleetAlerts)
#include "tst_fleetalerts.moc"
