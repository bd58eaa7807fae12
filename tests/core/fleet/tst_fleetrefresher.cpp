#include "MirrorLab.h"
#include "facts/TrafficFacts.h"
#include "fleet/FleetRefresher.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/InventoryExchange.h"
#include "inventory/MirrorInventory.h"
#include "inventory/ProbeCursorStore.h"
#include "inventory/ProbeHistory.h"
#include "ssh/HostKeyStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// A refresh of 50 real mirrors: one exec each, sessions kept, facts and runs
// stored, trigger-only mirrors left alone.
class TestFleetRefresher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fiftyMirrorsOneExecEach();
    void aSecondRefreshReusesSessionsAndStoresNothingTwice();
    void aLargeAccessLogIsReadFromItsEndAndNoLineIsLost();
    void countersStartAgainWhenEveryMirrorWasSkipped();
    void warmRefreshesAreLightWithTheSameFactsAndSomeAreFull();

private:
    int count(int mirror, const QByteArray& needle) const;
    void refreshAll();
    void refreshOne(const MirrorRecord& mirror);
    TrafficSample latestTraffic(qint64 mirrorId);

    std::unique_ptr<MirrorLab> m_lab;
    QTemporaryDir m_data;
    std::unique_ptr<InventoryDatabase> m_db;
    std::unique_ptr<HostKeyStore> m_hostKeys;
    std::unique_ptr<SshPool> m_pool;
    std::unique_ptr<FleetRefresher> m_refresher;
    QList<MirrorFacts> m_facts;
    QStringList m_skipped;
};

namespace {
constexpr int kMirrors = 50;
constexpr int kTriggerOnly = 9;
constexpr int kHistory = 4;
} // namespace

void TestFleetRefresher::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = kMirrors;
    options.triggerOnly = {kTriggerOnly};
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    QVERIFY2(m_lab->applyFault(kHistory, QStringLiteral("log-history"), &error), qPrintable(error));
    m_db = std::make_unique<InventoryDatabase>();
    QVERIFY(m_db->open(m_data.filePath(QStringLiteral("inventory.sqlite"))));
    MirrorInventory inventory(*m_db);
    for (const MirrorRecord& m :
         InventoryExchange::fromJson(QJsonDocument(m_lab->inventory()).toJson()).mirrors)
        QVERIFY(inventory.add(m));
    m_hostKeys = std::make_unique<HostKeyStore>(m_data.filePath(QStringLiteral("known_hosts")),
                                                QStringList{});
    SshPoolSettings settings;
    settings.ssh.readUserConfig = false;
    settings.identity.useAgent = false;
    m_pool = std::make_unique<SshPool>(*m_hostKeys, settings);
    m_refresher = std::make_unique<FleetRefresher>(*m_pool, *m_db, FactSettings{});
    connect(m_refresher.get(), &FleetRefresher::mirrorRefreshed, this,
            [this](const MirrorFacts& f) { m_facts << f; });
    connect(m_refresher.get(), &FleetRefresher::mirrorSkipped, this,
            [this](const QString& m, const QString&) { m_skipped << m; });
}

void TestFleetRefresher::cleanupTestCase()
{
    m_refresher.reset();
    m_pool.reset();
    m_lab.reset();
}

int TestFleetRefresher::count(int mirror, const QByteArray& needle) const
{
    QFile log(m_lab->mirror(mirror).sshd().logPath());
    return log.open(QIODevice::ReadOnly) ? int(log.readAll().count(needle)) : -1;
}

void TestFleetRefresher::refreshAll()
{
    m_facts.clear();
    m_skipped.clear();
    QSignalSpy finished(m_refresher.get(), &FleetRefresher::finished);
    m_refresher->refresh(MirrorInventory(*m_db).all());
    QVERIFY(finished.wait(120000));
}

void TestFleetRefresher::fiftyMirrorsOneExecEach()
{
    refreshAll();
    QCOMPARE(m_facts.size(), kMirrors - 1);
    QCOMPARE(m_skipped, QStringList{m_lab->mirror(kTriggerOnly).identity().name});
    for (const MirrorFacts& f : std::as_const(m_facts))
        QVERIFY2(f.probed, qPrintable(f.mirror + QStringLiteral(": ") + f.error));
    for (int i = 0; i < kMirrors; ++i) {
        const int expected = i == kTriggerOnly ? 0 : 1;
        QCOMPARE(count(i, "Starting session: command"), expected);
    }
    QVERIFY(!QFile::exists(m_lab->mirror(kTriggerOnly).syncLogPath() + QStringLiteral(".0")));
    const qint64 historyId =
        MirrorInventory(*m_db).find(m_lab->mirror(kHistory).identity().name)->id;
    QCOMPARE(SyncRunStore(*m_db).runs(historyId).size(), 7);
}

void TestFleetRefresher::aSecondRefreshReusesSessionsAndStoresNothingTwice()
{
    refreshAll();
    QCOMPARE(m_facts.size(), kMirrors - 1);
    for (int i = 0; i < kMirrors; ++i) {
        if (i == kTriggerOnly)
            continue;
        QCOMPARE(count(i, "Starting session: command"), 2);
        QCOMPARE(count(i, "Accepted publickey"), 1);
    }
    const qint64 historyId =
        MirrorInventory(*m_db).find(m_lab->mirror(kHistory).identity().name)->id;
    QCOMPARE(SyncRunStore(*m_db).runs(historyId).size(), 7);
    for (const MirrorFacts& f : std::as_const(m_facts))
        QVERIFY(f.newRuns.isEmpty());
    QCOMPARE(ProbeHistory(*m_db)
                 .entries(historyId, QStringLiteral("probe"),
                          QDateTime::currentDateTimeUtc().addDays(-1))
                 .size(),
             2);
}

void TestFleetRefresher::refreshOne(const MirrorRecord& mirror)
{
    QSignalSpy finished(m_refresher.get(), &FleetRefresher::finished);
    m_refresher->refresh({mirror});
    QVERIFY(finished.wait(60000));
}

TrafficSample TestFleetRefresher::latestTraffic(qint64 mirrorId)
{
    const auto entry = ProbeHistory(*m_db).latest(mirrorId, QStringLiteral("traffic"));
    return entry ? TrafficSample::fromJson(entry->payload) : TrafficSample{};
}

void TestFleetRefresher::aLargeAccessLogIsReadFromItsEndAndNoLineIsLost()
{
    const LabMirror& lab = m_lab->mirror(5);
    const MirrorRecord mirror = *MirrorInventory(*m_db).find(lab.identity().name);
    const QByteArray line = "198.51.100.7 - - [01/Mar/2017:10:15:02 +0100] \"GET /daily.cvd "
                            "HTTP/1.0\" 206 892 \"-\" \"ClamAV/0.99.2 (OS: linux-gnu)\"\n";
    QByteArray years;
    while (years.size() < 6 * 1024 * 1024)
        years += line;
    QFile log(lab.accessLogPath());
    QVERIFY(log.open(QIODevice::Append));
    QVERIFY(log.write(years) == years.size() && log.flush());
    // As if the console had never seen this log.
    ProbeCursorStore(*m_db).save(mirror.id, QStringLiteral("access-inode"), -1);
    refreshOne(mirror);
    ProbeRequest cursor;
    ProbeCursorStore(*m_db).load(mirror.id, &cursor);
    QCOMPARE(cursor.accessLogOffset, log.size());
    TrafficSample sample = latestTraffic(mirror.id);
    const qint64 window = ProbeRequest{}.capPerFile;
    QVERIFY2(sample.skippedBytes > log.size() - window && sample.skippedBytes < log.size(),
             qPrintable(QString::number(sample.skippedBytes)));
    qint64 requests = 0;
    for (const auto& bucket : std::as_const(sample.hours))
        requests += bucket.requests;
    QCOMPARE(requests, (log.size() - sample.skippedBytes) / line.size());
    QCOMPARE(sample.malformedLines, 0);

    // Half a line now, the rest later: counted once, whole.
    const qint64 before = log.size();
    QVERIFY(log.write(line.left(40)) == 40 && log.flush());
    refreshOne(mirror);
    ProbeCursorStore(*m_db).load(mirror.id, &cursor);
    QCOMPARE(cursor.accessLogOffset, before);
    QVERIFY(log.write(line.mid(40)) == line.size() - 40 && log.flush());
    refreshOne(mirror);
    ProbeCursorStore(*m_db).load(mirror.id, &cursor);
    QCOMPARE(cursor.accessLogOffset, log.size());
    sample = latestTraffic(mirror.id);
    QCOMPARE(sample.skippedBytes, 0);
    QCOMPARE(sample.malformedLines, 0);
    QCOMPARE(sample.hours.value(sample.hours.firstKey()).requests, 1);
}

void TestFleetRefresher::countersStartAgainWhenEveryMirrorWasSkipped()
{
    const MirrorRecord triggerOnly =
        *MirrorInventory(*m_db).find(m_lab->mirror(kTriggerOnly).identity().name);
    QSignalSpy progress(m_refresher.get(), &FleetRefresher::progress);
    QSignalSpy finished(m_refresher.get(), &FleetRefresher::finished);
    for (int round = 1; round <= 2; ++round) {
        m_refresher->refresh({triggerOnly});
        QVERIFY(m_refresher->busy());
        QTRY_COMPARE(finished.size(), round);
        QCOMPARE(progress.last(), (QVariantList{1, 1}));
        QVERIFY(!m_refresher->busy());
    }
    // And a probe after them counts only itself.
    refreshOne(*MirrorInventory(*m_db).find(m_lab->mirror(0).identity().name));
    QCOMPARE(progress.last(), (QVariantList{1, 1}));
}

void TestFleetRefresher::warmRefreshesAreLightWithTheSameFactsAndSomeAreFull()
{
    const MirrorRecord mirror = *MirrorInventory(*m_db).find(m_lab->mirror(6).identity().name);
    m_refresher->forgetBaselines();
    const FleetRefresher::ProbeCounts before = m_refresher->probeCounts();
    auto counted = [&](int full, int light) {
        const FleetRefresher::ProbeCounts now = m_refresher->probeCounts();
        return now.full - before.full == full && now.light - before.light == light;
    };
    // Compared as stored, but for when and what df said: they move anyway.
    auto comparable = [](MirrorFacts facts) {
        facts.probedAt = {};
        for (auto* usage :
             {&facts.disk.documentRoot, &facts.disk.home, &facts.disk.documentRootInodes}) {
            if (*usage)
                (*usage)->used = (*usage)->available = (*usage)->usedPercent = 0;
        }
        facts.disk.warnings.clear();
        return QJsonDocument(facts.toJson()).toJson();
    };
    refreshOne(mirror);
    QVERIFY(counted(1, 0));
    const MirrorFacts full = m_facts.last();
    refreshOne(mirror);
    QVERIFY(counted(1, 1));
    QCOMPARE(comparable(m_facts.last()), comparable(full));
    for (int i = 2; i < FleetRefresher::kFullProbeEvery; ++i)
        refreshOne(mirror);
    QVERIFY(counted(1, FleetRefresher::kFullProbeEvery - 1));
    // What no stat shows is read again now and then.
    refreshOne(mirror);
    QVERIFY(counted(2, FleetRefresher::kFullProbeEvery - 1));
    QCOMPARE(comparable(m_facts.last()), comparable(full));
    // An edited record (here: the home named, or left to the login) is never
    // completed from the old record's baseline.
    MirrorRecord moved = mirror;
    moved.homeDir = mirror.homeDir.isEmpty() ? m_lab->mirror(6).home() : QString();
    refreshOne(moved);
    QVERIFY(counted(3, FleetRefresher::kFullProbeEvery - 1));
}

QTEST_GUILESS_MAIN(TestFleetRefresher)
#include "tst_fleetrefresher.moc"
