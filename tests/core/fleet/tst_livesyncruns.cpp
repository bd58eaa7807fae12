#include "MirrorLab.h"
#include "fleet/LiveSyncRuns.h"
#include "inventory/AuditTrail.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/InventoryExchange.h"
#include "inventory/MirrorInventory.h"
#include "inventory/StoredInventory.h"
#include "monitor/HttpChecker.h"
#include "ssh/HostKeyStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Syncs started and watched live on real lab mirrors: the log streamed as
// rsync writes it, a hung sync cancelled with its lock removed, a run started
// elsewhere followed to its end, a trigger-only mirror's result read over HTTP.
class TestLiveSyncRuns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void triggerStreamsTheLogAndJudgesTheRun();
    void aDetachedSyncGoesOnAloneAndIsRefusedWhereItCannot();
    void triggerOnlyResultComesFromTheTimestamp();
    void cancelStopsAHungSyncAndItsLock();
    void followWatchesARunStartedElsewhere();
    void followWithoutARunSaysSo();
    void aLockedMirrorFailsWithTheScriptsWords();
    // Last: it leaves the trigger-only mirror's vhost trickling.
    void twoTriggerOnlyRunsOfOneMirrorBothEnd();

private:
    MirrorRecord record(int index) const;
    bool waitEnded(int index, int seconds = 60);
    std::optional<SshJobResult> waitJob(SshJobId id);
    int rsyncProcessesOf(int mirror) const;

    std::unique_ptr<MirrorLab> m_lab;
    QTemporaryDir m_data;
    std::unique_ptr<InventoryDatabase> m_db;
    std::unique_ptr<AuditTrail> m_audit; // what the store kept
    std::unique_ptr<StoredInventory> m_store;
    std::unique_ptr<HostKeyStore> m_hostKeys;
    std::unique_ptr<SshPool> m_pool;
    std::unique_ptr<HttpChecker> m_http;
    std::unique_ptr<LiveSyncRuns> m_runs;
    QList<MirrorRecord> m_mirrors;
};

namespace {
constexpr int kShell = 0;
constexpr int kTriggerOnly = 1;
constexpr int kHung = 2;
constexpr int kFollowed = 3;
constexpr int kLocked = 4;
} // namespace

void TestLiveSyncRuns::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = 5;
    options.triggerOnly = {kTriggerOnly};
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    m_db = std::make_unique<InventoryDatabase>();
    QVERIFY(m_db->open(m_data.filePath(QStringLiteral("inventory.sqlite"))));
    m_audit = std::make_unique<AuditTrail>(*m_db);
    m_store = std::make_unique<StoredInventory>(m_db->path());
    m_mirrors = InventoryExchange::fromJson(QJsonDocument(m_lab->inventory()).toJson()).mirrors;
    m_hostKeys = std::make_unique<HostKeyStore>(m_data.filePath(QStringLiteral("known_hosts")),
                                                QStringList{});
    SshPoolSettings settings;
    settings.ssh.readUserConfig = false;
    settings.identity.useAgent = false;
    m_pool = std::make_unique<SshPool>(*m_hostKeys, settings);
    m_http = std::make_unique<HttpChecker>();
    m_runs = std::make_unique<LiveSyncRuns>(*m_pool, *m_store);
    m_runs->setHttpChecker(m_http.get());
}

void TestLiveSyncRuns::cleanupTestCase()
{
    m_runs.reset();
    m_pool.reset();
    m_lab.reset();
}

MirrorRecord TestLiveSyncRuns::record(int index) const
{
    return m_mirrors.at(index);
}

bool TestLiveSyncRuns::waitEnded(int index, int seconds)
{
    return QTest::qWaitFor([&] { return m_runs->run(index).isOver(); }, seconds * 1000);
}

std::optional<SshJobResult> TestLiveSyncRuns::waitJob(SshJobId id)
{
    std::optional<SshJobResult> ended;
    QObject scope;
    connect(m_pool.get(), &SshPool::finished, &scope, [&](const SshJobResult& result) {
        if (result.id == id)
            ended = result;
    });
    return QTest::qWaitFor([&] { return ended.has_value(); }, 30'000) ? ended : std::nullopt;
}

int TestLiveSyncRuns::rsyncProcessesOf(int mirror) const
{
    QProcess ps;
    ps.start(QStringLiteral("ps"),
             {QStringLiteral("-e"), QStringLiteral("-o"), QStringLiteral("comm=,args=")});
    ps.waitForFinished();
    int count = 0;
    const QByteArray root = m_lab->mirror(mirror).documentRoot().toUtf8();
    for (const QByteArray& line : ps.readAllStandardOutput().split('\n'))
        count += line.startsWith("rsync ") && line.contains(root) ? 1 : 0;
    return count;
}

void TestLiveSyncRuns::triggerStreamsTheLogAndJudgesTheRun()
{
    QString error;
    QVERIFY2(m_lab->publishDaily(&error), qPrintable(error));
    QByteArray streamed;
    QSignalSpy outputs(m_runs.get(), &LiveSyncRuns::output);
    QObject scope;
    connect(m_runs.get(), &LiveSyncRuns::output, &scope,
            [&](int, const QByteArray& chunk) { streamed += chunk; });
    const QList<int> started = m_runs->trigger({record(kShell)}, QStringLiteral("rsync1"));
    QCOMPARE(started.size(), 1);
    QVERIFY(waitEnded(started.first()));
    const LiveSyncRun& run = m_runs->run(started.first());
    QCOMPARE(run.pushMaster, QStringLiteral("rsync1.clamav.net"));
    QVERIFY2(run.stage == LiveSyncRun::Stage::Succeeded, qPrintable(run.result));
    QVERIFY(run.pid > 0);
    QVERIFY(!outputs.isEmpty());
    // What was streamed is the run's whole log, as savelog kept it.
    QFile kept(m_lab->mirror(kShell).syncLogPath() + QStringLiteral(".0"));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(streamed, kept.readAll());
    QVERIFY(streamed.contains("daily"));
    QVERIFY(run.result.contains(QStringLiteral("changed")));
    const auto audited = m_audit->entries(record(kShell).name);
    QVERIFY(!audited.isEmpty());
    QCOMPARE(audited.first().action, QStringLiteral("trigger"));
}

void TestLiveSyncRuns::aDetachedSyncGoesOnAloneAndIsRefusedWhereItCannot()
{
    QString error;
    QVERIFY2(m_lab->publishDaily(&error), qPrintable(error));
    const QByteArray version =
        ':' + QByteArray::number(m_lab->upstream().database().versions().daily) + ':';
    auto daily = [&] {
        QFile file(m_lab->mirror(kShell).documentRoot() + QStringLiteral("/daily.cvd"));
        return file.open(QIODevice::ReadOnly) ? file.read(512) : QByteArray();
    };
    const qsizetype audited = m_audit->entries(record(kShell).name).size();
    const auto started = waitJob(m_runs->startDetached(record(kShell), QStringLiteral("rsync2")));
    QVERIFY(started);
    QVERIFY2(started->ok, qPrintable(started->failure.message));
    QCOMPARE(started->outcome.exitStatus, 0);
    // Nothing watches it: the sync reaches the mirror on its own.
    QTRY_VERIFY_WITH_TIMEOUT(daily().contains(version), 60'000);
    const auto entries = m_audit->entries(record(kShell).name);
    QCOMPARE(entries.size(), audited + 1);
    QCOMPARE(entries.first().detail, QStringLiteral("sync from rsync2.clamav.net"));

    // A trigger-only mirror's sync would end with the connection; a push
    // master that is no host would reach rsync as an option. Neither is sent
    // or audited.
    const auto triggerOnly = waitJob(m_runs->startDetached(record(kTriggerOnly)));
    QVERIFY(triggerOnly && !triggerOnly->ok);
    QVERIFY2(triggerOnly->failure.message.contains(QStringLiteral("trigger-only")),
             qPrintable(triggerOnly->failure.message));
    const auto option = waitJob(m_runs->startDetached(record(kShell), QStringLiteral("-e.sh")));
    QVERIFY(option && !option->ok);
    QVERIFY2(option->failure.message.contains(QStringLiteral("no sync started")),
             qPrintable(option->failure.message));
    QCOMPARE(m_audit->entries(record(kShell).name).size(), audited + 1);
    QVERIFY(m_audit->entries(record(kTriggerOnly).name).isEmpty());
}

void TestLiveSyncRuns::triggerOnlyResultComesFromTheTimestamp()
{
    const int index = m_runs->trigger({record(kTriggerOnly)}).first();
    QVERIFY(waitEnded(index));
    const LiveSyncRun& run = m_runs->run(index);
    QVERIFY2(run.stage == LiveSyncRun::Stage::Succeeded, qPrintable(run.result));
    QVERIFY(run.log.isEmpty());
    QVERIFY2(run.result.contains(QStringLiteral("timestamp")), qPrintable(run.result));
    QVERIFY2(run.result.contains(
                 QStringLiteral("daily %1").arg(m_lab->upstream().database().versions().daily)),
             qPrintable(run.result));
}

void TestLiveSyncRuns::cancelStopsAHungSyncAndItsLock()
{
    QString error;
    QVERIFY2(m_lab->upstream().silenceDaemon(2, &error), qPrintable(error));
    const int index = m_runs->trigger({record(kHung)}, QStringLiteral("rsync2")).first();
    const QString lock = m_lab->mirror(kHung).lockPath();
    QVERIFY(QTest::qWaitFor(
        [&] { return m_runs->run(index).pid > 0 && rsyncProcessesOf(kHung) > 0; }, 20000));
    QVERIFY(QFile::exists(lock));
    QCOMPARE(m_runs->run(index).stage, LiveSyncRun::Stage::Running);
    QCOMPARE(m_runs->activeCount(), 1);
    m_runs->cancel(index);
    QVERIFY(waitEnded(index, 20));
    const LiveSyncRun& run = m_runs->run(index);
    QCOMPARE(run.stage, LiveSyncRun::Stage::Cancelled);
    QVERIFY2(run.result.contains(QStringLiteral("stopped")), qPrintable(run.result));
    QVERIFY(!QFile::exists(lock));
    QCOMPARE(rsyncProcessesOf(kHung), 0);
    QTRY_COMPARE(m_audit->entries(record(kHung).name).first().action,
                 QStringLiteral("sync-cancel"));
    QVERIFY2(m_lab->upstream().stopDaemon(2) && m_lab->upstream().startDaemon(2, &error),
             qPrintable(error));
}

void TestLiveSyncRuns::followWatchesARunStartedElsewhere()
{
    QString error;
    QVERIFY2(m_lab->upstream().silenceDaemon(2, &error), qPrintable(error));
    // Started the way cron would: not by this console.
    const SshJobId started = m_pool->exec(
        record(kFollowed),
        QStringLiteral("nohup bash ~/bin/clam-clientsync rsync2.clamav.net >/dev/null 2>&1 &"));
    QSignalSpy finished(m_pool.get(), &SshPool::finished);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::any_of(finished.cbegin(), finished.cend(), [&](const QList<QVariant>& a) {
                return a.first().value<SshJobResult>().id == started;
            });
        },
        20000));
    QVERIFY(QTest::qWaitFor([&] { return rsyncProcessesOf(kFollowed) > 0; }, 20000));
    const int index = m_runs->follow(record(kFollowed));
    QVERIFY(QTest::qWaitFor([&] { return m_runs->run(index).stage == LiveSyncRun::Stage::Running; },
                            20000));
    QTest::qWait(1500);
    QVERIFY(!m_runs->run(index).isOver());
    // The run ends on the mirror (its rsync killed, as a timeout would end it).
    QProcess::execute(QStringLiteral("pkill"),
                      {QStringLiteral("-TERM"), QStringLiteral("-f"),
                       QStringLiteral("^rsync .*") + m_lab->mirror(kFollowed).documentRoot()});
    QVERIFY(waitEnded(index, 30));
    const LiveSyncRun& run = m_runs->run(index);
    QCOMPARE(run.stage, LiveSyncRun::Stage::Failed);
    QVERIFY2(run.log.contains("rsync"), run.log.constData());
    QFile kept(m_lab->mirror(kFollowed).syncLogPath() + QStringLiteral(".0"));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(run.log, kept.readAll());
    QVERIFY2(m_lab->upstream().stopDaemon(2) && m_lab->upstream().startDaemon(2, &error),
             qPrintable(error));
}

void TestLiveSyncRuns::followWithoutARunSaysSo()
{
    const int index = m_runs->follow(record(kShell));
    QVERIFY(waitEnded(index));
    const LiveSyncRun& run = m_runs->run(index);
    QCOMPARE(run.stage, LiveSyncRun::Stage::Failed);
    QVERIFY2(run.result.startsWith(QStringLiteral("no sync")), qPrintable(run.result));
}

void TestLiveSyncRuns::aLockedMirrorFailsWithTheScriptsWords()
{
    QString error;
    QVERIFY2(m_lab->mirror(kLocked).placeStaleLock(60, &error), qPrintable(error));
    const int index = m_runs->trigger({record(kLocked)}).first();
    QVERIFY(waitEnded(index));
    const LiveSyncRun& run = m_runs->run(index);
    QCOMPARE(run.stage, LiveSyncRun::Stage::Failed);
    QVERIFY2(run.result.contains(QStringLiteral("lock file exists")), qPrintable(run.result));
}

void TestLiveSyncRuns::twoTriggerOnlyRunsOfOneMirrorBothEnd()
{
    // A vhost that answers slowly keeps the first run checking while the
    // second one starts to wait beside it.
    QString error;
    QVERIFY2(m_lab->applyFault(kTriggerOnly, QStringLiteral("trickle-http"), &error),
             qPrintable(error));
    // Long enough for the second run's trigger to end while the first one's
    // check still trickles in, even on a loaded machine.
    m_http->setTimeout(std::chrono::seconds(12));
    const QList<int> runs = m_runs->trigger({record(kTriggerOnly), record(kTriggerOnly)});
    QCOMPARE(runs.size(), 2);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_runs->run(runs.at(0)).stage == LiveSyncRun::Stage::Checking &&
                   m_runs->run(runs.at(1)).stage == LiveSyncRun::Stage::Checking;
        },
        20000));
    for (const int index : runs) {
        QVERIFY2(waitEnded(index, 60), qPrintable(m_runs->run(index).mirror.name));
        QVERIFY2(m_runs->run(index).result.contains(QStringLiteral("HTTP")),
                 qPrintable(m_runs->run(index).result));
    }
}

QTEST_GUILESS_MAIN(TestLiveSyncRuns)
#include "tst_livesyncruns.moc"
