#include "MirrorLab.h"
#include "inventory/InventoryExchange.h"
#include "remote/LiveSyncScript.h"
#include "ssh/HostKeyStore.h"
#include "ssh/SshPool.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The pool against 50 real mirrors: bounded, reusing sessions, and never
// touching a trigger-only mirror unless asked to sync it.
class TestSshPool : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fiftyMirrorsInOneCall();
    void sessionsAreReused();
    void concurrencyIsBoundedAndOneJobPerMirror();
    void triggerOnlyMirrorRunsNothingButTheTrigger();
    void cancelEndsAJob();
    void anEditedRecordGetsANewSession();

private:
    SshPoolSettings settings(int maxMirrors) const;
    static int count(const QString& path, const QByteArray& needle);
    QList<SshJobResult> waitFor(SshPool& pool, int jobs);

    std::unique_ptr<MirrorLab> m_lab;
    QList<MirrorRecord> m_mirrors;
    QTemporaryDir m_data;
    std::unique_ptr<HostKeyStore> m_hostKeys;
};

namespace {
constexpr int kMirrors = 50;
constexpr int kTriggerOnly = 7;
} // namespace

void TestSshPool::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = kMirrors;
    options.triggerOnly = {kTriggerOnly};
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    const auto imported = InventoryExchange::fromJson(QJsonDocument(m_lab->inventory()).toJson());
    QVERIFY(imported.problems.isEmpty());
    m_mirrors = imported.mirrors;
    m_hostKeys = std::make_unique<HostKeyStore>(m_data.filePath(QStringLiteral("known_hosts")),
                                                QStringList{});
}

void TestSshPool::cleanupTestCase()
{
    m_lab.reset();
}

SshPoolSettings TestSshPool::settings(int maxMirrors) const
{
    SshPoolSettings s;
    s.maxMirrors = maxMirrors;
    s.ssh.connectTimeout = std::chrono::seconds(5);
    s.ssh.operationTimeout = std::chrono::seconds(60);
    s.ssh.readUserConfig = false;
    s.identity.useAgent = false;
    return s;
}

int TestSshPool::count(const QString& path, const QByteArray& needle)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? int(file.readAll().count(needle)) : 0;
}

QList<SshJobResult> TestSshPool::waitFor(SshPool& pool, int jobs)
{
    QList<SshJobResult> results;
    auto connection =
        connect(&pool, &SshPool::finished, this, [&](const SshJobResult& r) { results << r; });
    // Callers compare the count, which names what was missing.
    [[maybe_unused]] const bool all =
        QTest::qWaitFor([&] { return results.size() >= jobs; }, 120000);
    disconnect(connection);
    return results;
}

void TestSshPool::fiftyMirrorsInOneCall()
{
    SshPool pool(*m_hostKeys, settings(32));
    QSignalSpy accepted(&pool, &SshPool::hostKeyAccepted);
    Qt::HANDLE poolThread = nullptr;
    connect(&pool, &SshPool::finished, this, [&] { poolThread = QThread::currentThreadId(); });
    QHash<SshJobId, QString> homes;
    for (const MirrorRecord& m : std::as_const(m_mirrors))
        homes.insert(pool.exec(m, QStringLiteral("echo \"$HOME\"")), m.homeDir);
    const QList<SshJobResult> results = waitFor(pool, kMirrors);
    QCOMPARE(results.size(), kMirrors);
    QCOMPARE(poolThread, QThread::currentThreadId());
    int ok = 0;
    for (const SshJobResult& r : results) {
        if (r.mirror == m_mirrors.at(kTriggerOnly).name) {
            QVERIFY(!r.ok);
            QCOMPARE(r.failure.kind, SshFailure::Kind::Refused);
            continue;
        }
        QVERIFY2(r.ok, qPrintable(r.failure.message));
        QCOMPARE(QString::fromUtf8(r.outcome.standardOutput.trimmed()), homes.value(r.id));
        ++ok;
    }
    QCOMPARE(ok, kMirrors - 1);
    QCOMPARE(accepted.size(), kMirrors - 1);
    QCOMPARE(pool.openSessionCount(), kMirrors - 1);
}

void TestSshPool::sessionsAreReused()
{
    SshPool pool(*m_hostKeys, settings(4));
    const MirrorRecord& mirror = m_mirrors.at(0);
    const QString log = m_lab->mirror(0).sshd().logPath();
    const int before = count(log, "Accepted publickey");
    pool.exec(mirror, QStringLiteral("true"));
    QCOMPARE(waitFor(pool, 1).size(), 1);
    pool.exec(mirror, QStringLiteral("true"));
    pool.exec(mirror, QStringLiteral("true"));
    QCOMPARE(waitFor(pool, 2).size(), 2);
    QCOMPARE(count(log, "Accepted publickey"), before + 1);
}

void TestSshPool::concurrencyIsBoundedAndOneJobPerMirror()
{
    SshPool pool(*m_hostKeys, settings(3));
    int active = 0, most = 0;
    QHash<SshJobId, QString> mirrorOf;
    QSet<QString> activeMirrors;
    bool overlapOnOneMirror = false;
    connect(&pool, &SshPool::started, this, [&](SshJobId, const QString& mirror) {
        most = std::max(most, ++active);
        overlapOnOneMirror |= activeMirrors.contains(mirror);
        activeMirrors.insert(mirror);
    });
    connect(&pool, &SshPool::finished, this, [&](const SshJobResult& r) {
        --active;
        activeMirrors.remove(r.mirror);
    });
    for (int i = 10; i < 19; ++i)
        pool.exec(m_mirrors.at(i), QStringLiteral("sleep 0.3"));
    pool.exec(m_mirrors.at(10), QStringLiteral("sleep 0.3"));
    const QList<SshJobResult> results = waitFor(pool, 10);
    QCOMPARE(results.size(), 10);
    for (const SshJobResult& r : results)
        QVERIFY2(r.ok, qPrintable(r.failure.message));
    QCOMPARE(most, 3);
    QVERIFY(!overlapOnOneMirror);
}

void TestSshPool::triggerOnlyMirrorRunsNothingButTheTrigger()
{
    const MirrorRecord& mirror = m_mirrors.at(kTriggerOnly);
    QCOMPARE(mirror.accessMode, AccessMode::TriggerOnly);
    const LabMirror& lab = m_lab->mirror(kTriggerOnly);
    const QString firstRun = lab.syncLogPath() + QStringLiteral(".0");
    SshPool pool(*m_hostKeys, settings(4));
    for (int i = 0; i < 3; ++i)
        pool.exec(mirror, QStringLiteral("cat ~/etc/clam-clientsync.conf"));
    const QList<SshJobResult> refused = waitFor(pool, 3);
    QCOMPARE(refused.size(), 3);
    for (const SshJobResult& r : refused)
        QCOMPARE(r.failure.kind, SshFailure::Kind::Refused);
    QVERIFY2(!QFile::exists(firstRun), "a refused exec must not have synced");
    QCOMPARE(count(lab.sshd().logPath(), "Accepted publickey"), 0);

    pool.startSync(mirror, LiveSyncScript::forcedCommand(QStringLiteral("rsync2.clamav.net")),
                   false);
    const QList<SshJobResult> done = waitFor(pool, 1);
    QCOMPARE(done.size(), 1);
    const SshJobResult& triggered = done.first();
    QVERIFY2(triggered.ok, qPrintable(triggered.failure.message));
    // The channel stays open until the forced command's sync is over.
    QVERIFY(QFile::exists(firstRun));
    QVERIFY(!QFile::exists(lab.syncLogPath() + QStringLiteral(".1.gz")));
    QCOMPARE(count(lab.sshd().logPath(), "Accepted publickey"), 1);
}

void TestSshPool::cancelEndsAJob()
{
    SshPool pool(*m_hostKeys, settings(4));
    const SshJobId id = pool.exec(m_mirrors.at(20), QStringLiteral("sleep 30"));
    QTimer::singleShot(500, &pool, [&] { pool.cancel(id); });
    QElapsedTimer timer;
    timer.start();
    const QList<SshJobResult> done = waitFor(pool, 1);
    QCOMPARE(done.size(), 1);
    const SshJobResult& r = done.first();
    QCOMPARE(r.failure.kind, SshFailure::Kind::Cancelled);
    QVERIFY(timer.elapsed() < 5000);
}

void TestSshPool::anEditedRecordGetsANewSession()
{
    SshPool pool(*m_hostKeys, settings(4));
    MirrorRecord mirror = m_mirrors.at(0);
    pool.exec(mirror, QStringLiteral("echo \"$HOME\""));
    QList<SshJobResult> r = waitFor(pool, 1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(QString::fromUtf8(r.first().outcome.standardOutput.trimmed()), mirror.homeDir);
    QCOMPARE(pool.openSessionCount(), 1);
    // The same name, now at another mirror's address: the kept session to the
    // old host must not answer for it.
    const MirrorRecord other = m_mirrors.at(1);
    mirror.address = other.address;
    pool.exec(mirror, QStringLiteral("hostname -I 2>/dev/null; echo \"$HOME\""));
    r = waitFor(pool, 1);
    QCOMPARE(r.size(), 1);
    QVERIFY2(r.first().ok, qPrintable(r.first().failure.message));
    QVERIFY2(r.first().outcome.standardOutput.trimmed().endsWith(other.homeDir.toUtf8()),
             r.first().outcome.standardOutput.constData());
    QCOMPARE(pool.openSessionCount(), 1);
    // Gone from the inventory: its session is closed.
    pool.retainSessionsOf({m_mirrors.at(2)});
    QCOMPARE(pool.openSessionCount(), 0);
}

QTEST_GUILESS_MAIN(TestSshPool)
#include "tst_sshpool.moc"
