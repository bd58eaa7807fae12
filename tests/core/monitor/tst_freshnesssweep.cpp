#include "LabProcess.h"
#include "MirrorLab.h"
#include "StallMeter.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/InventoryExchange.h"
#include "inventory/MirrorInventory.h"
#include "inventory/ProbeHistory.h"
#include "monitor/FleetExport.h"
#include "monitor/FreshnessScheduler.h"
#include "monitor/FreshnessSweep.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// The How-to's monitoring against the lab, one mirror per case: fresh, a
// timestamp a day old, two days old with and without the history to show
// it, not synced after a new daily, a stopped vhost, a silent host, a
// redirect; then what is published from the verdicts.
class TestFreshnessSweep : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyCaseGetsTheHowTosVerdict();
    void everyResultReadsBackFromItsJson();
    void exportsFollowTheVerdicts();
    void uptimeComesFromTheHistory();
    void schedulerNeverRunsTwoSweepsAtOnce();
    void aFewMirrorsAreCheckedAtOnceOrRightAfter();
    void aBusyStoreNeverHoldsTheCallersThread();

private:
    QString name(int index) const { return m_mirrors.at(index).name; }

    std::unique_ptr<MirrorLab> m_lab;
    QTemporaryDir m_data;
    std::unique_ptr<InventoryDatabase> m_db;
    QList<MirrorRecord> m_mirrors;
    QHash<QString, FreshnessResult> m_results;
    int m_silentFd = -1;
};

namespace {
enum Case
{
    kFresh,
    kDayOld,
    kRemoved,    // 50 h old, old for more than a day in the history
    kTwoDaysNew, // 50 h old, no history: only old
    kLagging,
    kVhostDown,
    kSilent,
    kRedirect,
    kCases
};
} // namespace

void TestFreshnessSweep::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = kCases;
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    QVERIFY(m_lab->applyFault(kDayOld, QStringLiteral("aged-timestamp=30"), &error));
    QVERIFY(m_lab->applyFault(kRemoved, QStringLiteral("aged-timestamp=50"), &error));
    QVERIFY(m_lab->applyFault(kTwoDaysNew, QStringLiteral("aged-timestamp=50"), &error));
    QVERIFY(m_lab->applyFault(kVhostDown, QStringLiteral("vhost-down"), &error));
    QVERIFY(m_lab->applyFault(kRedirect, QStringLiteral("vhost-redirect"), &error));
    QVERIFY(m_lab->publishDaily(&error));
    for (int synced : {int(kFresh), int(kVhostDown), int(kSilent), int(kRedirect)})
        QCOMPARE(m_lab->mirror(synced).runSync(QStringLiteral("rsync1.clamav.net")).exitStatus, 0);

    m_db = std::make_unique<InventoryDatabase>();
    QVERIFY(m_db->open(m_data.filePath(QStringLiteral("inventory.sqlite"))));
    MirrorInventory inventory(*m_db);
    for (MirrorRecord m :
         InventoryExchange::fromJson(QJsonDocument(m_lab->inventory()).toJson()).mirrors) {
        if (m_mirrors.size() == kSilent) {
            // A host that accepts connections and never answers.
            m.address = m_lab->network().mirrorAddress(241);
            m_silentFd = LabProcess::listenSilently(m.address, m.httpPort);
            QVERIFY(m_silentFd >= 0);
        }
        QVERIFY(inventory.add(m));
        m_mirrors << *inventory.find(m.name);
    }
    // The history: old since 30 h, checked every few hours.
    ProbeHistory history(*m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int hoursAgo : {30, 20, 10, 2})
        QVERIFY(history.record({m_mirrors.at(kRemoved).id, QStringLiteral("freshness"),
                                now.addSecs(-hoursAgo * 3600),
                                QJsonObject{{QStringLiteral("verdict"), QStringLiteral("old")}}}));
    for (int hoursAgo : {30, 20})
        QVERIFY(history.record(
            {m_mirrors.at(kFresh).id, QStringLiteral("freshness"), now.addSecs(-hoursAgo * 3600),
             QJsonObject{{QStringLiteral("verdict"), QStringLiteral("unreachable")}}}));
}

void TestFreshnessSweep::cleanupTestCase()
{
    if (m_silentFd >= 0)
        ::close(m_silentFd);
    m_lab.reset();
}

void TestFreshnessSweep::everyCaseGetsTheHowTosVerdict()
{
    FreshnessSweep sweep(*m_db);
    connect(&sweep, &FreshnessSweep::judged, this,
            [this](const FreshnessResult& r) { m_results.insert(r.check.mirror, r); });
    QSignalSpy finished(&sweep, &FreshnessSweep::finished);
    FreshnessSweepOptions options;
    options.timeout = std::chrono::seconds(3);
    if (m_lab->network().dnsPort() == 53)
        options.nameserver = QHostAddress(m_lab->network().dnsAddress());
    else
        options.referenceMirror = name(kFresh);
    QVERIFY(sweep.start(m_mirrors, options));
    QVERIFY(!sweep.start(m_mirrors, options));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toInt(), int(kCases));
    QCOMPARE(finished.first().at(1).toInt(), int(kCases) - 1);
    QCOMPARE(*sweep.currentDaily(), m_lab->upstream().database().versions().daily);

    auto verdict = [&](int c) {
        return m_results.value(name(c)).verdict;
    };
    QCOMPARE(verdict(kFresh).kind, FreshnessVerdict::Kind::Fresh);
    QCOMPARE(verdict(kDayOld).kind, FreshnessVerdict::Kind::Old);
    QCOMPARE(verdict(kRemoved).kind, FreshnessVerdict::Kind::Removed);
    QVERIFY(verdict(kRemoved).reason.contains(QStringLiteral("old for 30")));
    QCOMPARE(verdict(kTwoDaysNew).kind, FreshnessVerdict::Kind::Old);
    QCOMPARE(verdict(kLagging).kind, FreshnessVerdict::Kind::Lagging);
    QCOMPARE(verdict(kLagging).dailyLag, 1);
    // The lab's nginx listens per mirror address: with the vhost stopped
    // nothing answers there at all.
    QCOMPARE(verdict(kVhostDown).kind, FreshnessVerdict::Kind::Unreachable);
    QVERIFY(!m_results.value(name(kVhostDown)).check.reachable);
    QCOMPARE(verdict(kSilent).kind, FreshnessVerdict::Kind::Unreachable);
    QCOMPARE(verdict(kRedirect).kind, FreshnessVerdict::Kind::Old);
    QVERIFY(verdict(kRedirect).reason.contains(QStringLiteral("redirect")));
    // Every verdict is in the history, for the next sweep to judge removal by.
    ProbeHistory history(*m_db);
    for (const MirrorRecord& m : std::as_const(m_mirrors))
        QCOMPARE(history.latest(m.id, QStringLiteral("freshness"))
                     ->payload.value(QStringLiteral("verdict"))
                     .toString(),
                 FreshnessVerdict::name(m_results.value(m.name).verdict.kind));
}

void TestFreshnessSweep::everyResultReadsBackFromItsJson()
{
    // Every case the sweep met: fresh, old, removed, lagging, unreachable,
    // silent, redirected.
    QCOMPARE(m_results.size(), int(kCases));
    for (const FreshnessResult& result : std::as_const(m_results)) {
        const QJsonObject json = result.toJson();
        const FreshnessResult back = FreshnessResult::fromJson(json);
        QCOMPARE(back.toJson(), json);
        QCOMPARE(back.verdict.kind, result.verdict.kind);
        QCOMPARE(back.check.timestamp, result.check.timestamp);
        QCOMPARE(back.check.cvdVersions, result.check.cvdVersions);
    }
}

void TestFreshnessSweep::exportsFollowTheVerdicts()
{
    QList<MirrorRecord> fleet = m_mirrors;
    MirrorRecord disabled = fleet.at(kFresh);
    disabled.name = QStringLiteral("disabled.lab.test");
    disabled.enabled = false;
    const UptimeReport uptime =
        UptimeReport::build(*m_db, fleet, QDateTime::currentDateTimeUtc().addDays(-2));
    QList<MirrorStatus> statuses = FleetExport::collect(*m_db, fleet, uptime);
    statuses << MirrorStatus{disabled, statuses.first().latest, {}};
    QVERIFY(statuses.at(kFresh).fitToServe());
    QVERIFY(!statuses.last().fitToServe());
    for (int c = kDayOld; c < kCases; ++c)
        QVERIFY2(!statuses.at(c).fitToServe(), qPrintable(name(c)));

    const QDateTime at = QDateTime::currentDateTimeUtc();
    FleetExport::ZoneOptions options;
    options.names.fallbackPool = QStringLiteral("pool.example.net");
    const QString zone = FleetExport::bindZone(statuses, options, at);
    const QString country = m_mirrors.at(kFresh).country.toLower();
    QVERIFY2(zone.contains(QStringLiteral("db.%1.clamav.net. 300 IN A %2 ; %3")
                               .arg(country, m_mirrors.at(kFresh).address, name(kFresh))),
             qPrintable(zone));
    QVERIFY(zone.contains(QStringLiteral("; disabled.lab.test left out: disabled")));
    // A country whose only mirror is old falls back to the pool, and says so.
    const QString oldCountry = m_mirrors.at(kDayOld).country;
    QVERIFY(oldCountry != m_mirrors.at(kFresh).country);
    options.country = oldCountry;
    const QString fallback = FleetExport::bindZone(statuses, options, at);
    QVERIFY2(fallback.contains(QStringLiteral("db.%1.clamav.net. 300 IN CNAME pool.example.net.")
                                   .arg(oldCountry.toLower())),
             qPrintable(fallback));
    QVERIFY(fallback.contains(QStringLiteral("no fit mirror")));
    QVERIFY(!fallback.contains(QStringLiteral("db.%1.clamav.net").arg(country)));

    const QString html = FleetExport::mirrorsHtml(statuses, at);
    QVERIFY(html.contains(QStringLiteral("<td>%1</td><td>fresh</td>").arg(name(kFresh))));
    QVERIFY(html.contains(QStringLiteral("<td>%1</td><td>removed</td>").arg(name(kRemoved))));
    const QList<QByteArray> csv = FleetExport::statusCsv(statuses).trimmed().split('\n');
    QCOMPARE(csv.size(), statuses.size() + 1);
    QVERIFY(csv.first().startsWith("mirror,country,enabled,verdict"));
    QVERIFY(csv.at(1 + kLagging).contains(",lagging,"));
    const QJsonArray json =
        FleetExport::statusJson(statuses, at).value(QStringLiteral("mirrors")).toArray();
    QCOMPARE(json.size(), statuses.size());
    QCOMPARE(json.at(kFresh).toObject().value(QStringLiteral("fitToServe")).toBool(), true);
}

void TestFreshnessSweep::uptimeComesFromTheHistory()
{
    const UptimeReport report =
        UptimeReport::build(*m_db, m_mirrors, QDateTime::currentDateTimeUtc().addDays(-3));
    // Two unreachable checks stored before, then one fresh: a third up.
    const UptimeFigures fresh = report.byMirror.value(name(kFresh));
    QCOMPARE(fresh.checks, 3);
    QCOMPARE(fresh.reachable, 1);
    QCOMPARE(fresh.fresh, 1);
    QCOMPARE(report.byMirror.value(name(kRemoved)).checks, 5);
    QCOMPARE(report.byMirror.value(name(kSilent)).reachable, 0);
    const QString country = m_mirrors.at(kFresh).country;
    QVERIFY(report.byCountry.value(country).checks >= 3);
    int days = 0;
    for (const UptimeFigures& day : report.byMirrorAndDay.value(name(kFresh)))
        days += day.checks;
    QCOMPARE(days, 3);
}

void TestFreshnessSweep::schedulerNeverRunsTwoSweepsAtOnce()
{
    const QList<MirrorRecord> two = m_mirrors.mid(0, 2);
    FreshnessSweepOptions options;
    options.referenceMirror = name(kFresh);
    FreshnessScheduler scheduler(
        *m_db, [&](QObject*, const auto& done) { done(two); }, [&] { return options; });
    QSignalSpy started(&scheduler, &FreshnessScheduler::sweepStarted);
    QSignalSpy finished(&scheduler.sweep(), &FreshnessSweep::finished);
    scheduler.setInterval(std::chrono::minutes(60));
    scheduler.start();
    QVERIFY(scheduler.nextSweep() > QDateTime::currentDateTimeUtc().addSecs(3500));
    scheduler.checkNow();
    scheduler.checkNow(); // while the first runs: done right after it
    QCOMPARE(started.size(), 1);
    QVERIFY(QTest::qWaitFor([&] { return finished.size() == 2; }, 30000));
    QCOMPARE(started.size(), 2);
    QVERIFY(!scheduler.busy());
}

void TestFreshnessSweep::aFewMirrorsAreCheckedAtOnceOrRightAfter()
{
    const QList<MirrorRecord> fleet = m_mirrors.mid(0, kLagging + 1);
    FreshnessSweepOptions options;
    options.referenceMirror = name(kFresh);
    FreshnessScheduler scheduler(
        *m_db, [&](QObject*, const auto& done) { done(fleet); }, [&] { return options; });
    QStringList checked;
    connect(&scheduler.sweep(), &FreshnessSweep::judged, this,
            [&](const FreshnessResult& r) { checked << r.check.mirror; });
    QSignalSpy finished(&scheduler.sweep(), &FreshnessSweep::finished);

    // One mirror, with the reference mirror that gives the current version.
    scheduler.check({fleet.at(kLagging)});
    QVERIFY(scheduler.busy());
    // Asked for while that runs: checked right after it, once.
    scheduler.check({fleet.at(kDayOld)});
    scheduler.check({fleet.at(kDayOld)});
    QVERIFY(QTest::qWaitFor([&] { return finished.size() == 2; }, 30000));
    QTest::qWait(200);
    QCOMPARE(finished.size(), 2);
    checked.sort();
    QStringList expected{name(kFresh), name(kLagging), name(kFresh), name(kDayOld)};
    expected.sort();
    QCOMPARE(checked, expected);
}

QTEST_GUILESS_MAIN(TestFreshnessSweep)
void TestFreshnessSweep::aBusyStoreNeverHoldsTheCallersThread()
{
    // Another writer holds the store: the judgment waits for it on the
    // sweep's own thread while the caller's event loop goes on.
    InventoryDatabase other;
    QVERIFY(other.open(m_db->path()));
    QSqlQuery hold(other.database());
    QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
    FreshnessSweep sweep(*m_db);
    QSignalSpy finished(&sweep, &FreshnessSweep::finished);
    FreshnessSweepOptions options;
    if (m_lab->network().dnsPort() == 53)
        options.nameserver = QHostAddress(m_lab->network().dnsAddress());
    else
        options.referenceMirror = name(kFresh);
    StallMeter stalls;
    stalls.start();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(sweep.start({m_mirrors.at(kFresh)}, options));
    QTest::qWait(1500);
    QVERIFY(finished.isEmpty());
    QVERIFY(hold.exec(QStringLiteral("COMMIT")));
    QVERIFY(finished.wait(10000));
    QVERIFY2(stalls.longestStallMs() < 500, qPrintable(QString::number(stalls.longestStallMs())));
    const auto stored =
        ProbeHistory(*m_db).latest(m_mirrors.at(kFresh).id, QStringLiteral("freshness"));
    QVERIFY(stored && stored->at >= before.addSecs(-1));
}

#include "tst_freshnesssweep.moc"
