#include "LabHttp.h"
#include "LabProcess.h"
#include "LabSshClient.h"
#include "MirrorLab.h"

#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTest>

// The lab's clam-clientsync behaves as the real script does, driven over
// real ssh into a real sshd, syncing from a real rsync daemon.
class TestClientSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void execRunsOnShellMirror();
    void anyCommandOnTriggerOnlyMirrorRunsTheSync();
    void noArgumentPrintsUsage();
    void syncBringsPublishedDailyServedByNginx();
    void runWhileLockHeldFailsAtOnce();
    void wrongPasswordLeavesAuthErrorInLog();
    void youngStaleLockBlocksAndOldOneIsForcedAway();
    void unwritableDocumentRootSyncsWithoutLock();
    void logHistoryKeepsSevenRunsSomeFailed();
    void unknownPushMasterFailsWithoutAskingAResolver();

private:
    static QByteArray readFile(const QString& path);
    static QByteArray cvdHeaderOf(const QByteArray& file) { return file.left(512); }
    LabSshOutcome sync(int mirror);

    std::unique_ptr<MirrorLab> m_lab;
    std::unique_ptr<LabSshClient> m_ssh;
};

namespace {
constexpr int kShell = 0;
constexpr int kTriggerOnly = 1;
constexpr int kLocking = 2;
constexpr int kPassword = 3;
constexpr int kUnwritable = 4;
constexpr int kHistory = 5;
} // namespace

QByteArray TestClientSync::readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

LabSshOutcome TestClientSync::sync(int mirror)
{
    return m_ssh->run(mirror, QStringLiteral("bash ~/bin/clam-clientsync ") +
                                  m_lab->mirror(mirror).identity().rsyncHost);
}

void TestClientSync::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = 6;
    options.triggerOnly = {kTriggerOnly};
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    m_ssh = std::make_unique<LabSshClient>(*m_lab);
}

void TestClientSync::cleanupTestCase()
{
    m_lab.reset();
}

void TestClientSync::execRunsOnShellMirror()
{
    const LabSshOutcome outcome = m_ssh->run(kShell, QStringLiteral("echo \"$HOME\"; exit 3"));
    QCOMPARE(outcome.exitStatus, 3);
    QCOMPARE(outcome.standardOutput.trimmed(), QFile::encodeName(m_lab->mirror(kShell).home()));
    QVERIFY(!QFile::exists(m_lab->mirror(kShell).syncLogPath() + QStringLiteral(".0")));
}

void TestClientSync::anyCommandOnTriggerOnlyMirrorRunsTheSync()
{
    const LabMirror& mirror = m_lab->mirror(kTriggerOnly);
    QVERIFY(!QFile::exists(mirror.syncLogPath() + QStringLiteral(".0")));
    const LabSshOutcome outcome = m_ssh->run(kTriggerOnly, QStringLiteral("echo not-a-sync"));
    QCOMPARE(outcome.exitStatus, 0);
    QVERIFY(!outcome.standardOutput.contains("not-a-sync"));
    // The channel stays open until the backgrounded script is done.
    const QByteArray log = readFile(mirror.syncLogPath() + QStringLiteral(".0"));
    QVERIFY2(log.contains("receiving incremental file list") || log.contains("total size is"),
             log.constData());
}

void TestClientSync::noArgumentPrintsUsage()
{
    const LabSshOutcome outcome = m_ssh->run(kShell, QStringLiteral("bash ~/bin/clam-clientsync"));
    QCOMPARE(outcome.exitStatus, 0);
    QVERIFY(outcome.standardOutput.startsWith("usage: "));
}

void TestClientSync::syncBringsPublishedDailyServedByNginx()
{
    QString error;
    const int before = m_lab->upstream().database().versions().daily;
    QVERIFY2(m_lab->publishDaily(&error), qPrintable(error));
    const int published = m_lab->upstream().database().versions().daily;
    QCOMPARE(published, before + 1);

    const LabMirror& mirror = m_lab->mirror(kShell);
    const QByteArray versionField = ':' + QByteArray::number(published) + ':';
    QVERIFY(!cvdHeaderOf(readFile(mirror.documentRoot() + QStringLiteral("/daily.cvd")))
                 .contains(versionField));

    const LabSshOutcome outcome = sync(kShell);
    QCOMPARE(outcome.exitStatus, 0);
    QVERIFY(readFile(mirror.syncLogPath() + QStringLiteral(".0")).contains("daily.cvd"));
    QVERIFY(cvdHeaderOf(readFile(mirror.documentRoot() + QStringLiteral("/daily.cvd")))
                .contains(versionField));
    QVERIFY(
        QFile::exists(mirror.documentRoot() + QStringLiteral("/daily-%1.cdiff").arg(published)));
    QVERIFY2(!QFile::exists(mirror.lockPath()), "the lock must be gone after the run");

    const LabHttpReply reply =
        LabHttp::get(mirror.identity().address, m_lab->network().httpPort(),
                     QStringLiteral("/daily.cvd"), "db.test.clamav.net", "bytes=0-511");
    QCOMPARE(reply.status, 206);
    QCOMPARE(reply.body.size(), 512);
    QVERIFY(reply.body.startsWith("ClamAV-VDB:"));
    QVERIFY(reply.body.contains(versionField));
    // nginx logs a request after answering it.
    QTRY_VERIFY(readFile(mirror.accessLogPath()).contains("\"GET /daily.cvd HTTP/1.1\" 206 "));
    const QByteArray access = readFile(mirror.accessLogPath());
    QVERIFY(access.contains("ClamAV/1.4.6"));
    QVERIFY(access.contains("db.test.clamav.net"));

    const LabHttpReply test = LabHttp::get(mirror.identity().address, m_lab->network().httpPort(),
                                           QStringLiteral("/local_test"), "db.test.clamav.net");
    QCOMPARE(test.status, 200);
    QCOMPARE(test.body, QByteArray("Success\n"));
}

void TestClientSync::runWhileLockHeldFailsAtOnce()
{
    LabMirror& mirror = m_lab->mirror(kLocking);
    QString error;
    QVERIFY2(mirror.placeStaleLock(0, &error), qPrintable(error));
    const QDateTime lockTime = QFileInfo(mirror.lockPath()).lastModified();
    QElapsedTimer timer;
    timer.start();
    const LabSshOutcome outcome = sync(kLocking);
    QCOMPARE(outcome.exitStatus, 1);
    QCOMPARE(outcome.standardOutput.trimmed(),
             QSysInfo::machineHostName().toUtf8() + " unable to start rsync, lock file exists");
    QVERIFY2(timer.elapsed() < 10000, "a held lock must fail at once, not wait");
    QVERIFY2(QFile::exists(mirror.lockPath()), "the failed run must leave the holder's lock");
    QCOMPARE(QFileInfo(mirror.lockPath()).lastModified(), lockTime);
    QVERIFY(!QFile::exists(mirror.syncLogPath() + QStringLiteral(".0")));
}

void TestClientSync::wrongPasswordLeavesAuthErrorInLog()
{
    QString error;
    QVERIFY2(m_lab->applyFault(kPassword, QStringLiteral("wrong-password"), &error),
             qPrintable(error));
    sync(kPassword);
    const QByteArray log = readFile(m_lab->mirror(kPassword).syncLogPath() + QStringLiteral(".0"));
    QVERIFY2(log.contains("@ERROR: auth failed on module clamavdb"), log.constData());
    QVERIFY(log.contains("(code 5)"));
    QVERIFY(!QFile::exists(m_lab->mirror(kPassword).lockPath()));
}

void TestClientSync::youngStaleLockBlocksAndOldOneIsForcedAway()
{
    LabMirror& mirror = m_lab->mirror(kLocking);
    QString error;
    QVERIFY2(mirror.placeStaleLock(3600, &error), qPrintable(error));
    QCOMPARE(sync(kLocking).exitStatus, 1);
    QVERIFY(QFile::exists(mirror.lockPath()));

    // lockfile -l 7200 forces away a lock older than two hours, then sleeps
    // its suspend time (16 s) before taking the lock.
    QVERIFY2(mirror.placeStaleLock(2 * 3600 + 120, &error), qPrintable(error));
    const LabSshOutcome outcome = sync(kLocking);
    QCOMPARE(outcome.exitStatus, 0);
    QVERIFY(!outcome.standardOutput.contains("unable to start rsync"));
    QVERIFY(!QFile::exists(mirror.lockPath()));
    QVERIFY(readFile(mirror.syncLogPath() + QStringLiteral(".0")).contains("total size is"));
}

void TestClientSync::unwritableDocumentRootSyncsWithoutLock()
{
    LabMirror& mirror = m_lab->mirror(kUnwritable);
    QString error;
    QVERIFY2(m_lab->applyFault(kUnwritable, QStringLiteral("unwritable-docroot"), &error),
             qPrintable(error));
    m_lab->upstream().database().publishDaily(&error);
    const LabSshOutcome outcome = sync(kUnwritable);
    // lockfile cannot create the lock (exit 69, not inverted by -!), so the
    // script goes on and syncs with no lock at all: what the setup audit warns of.
    QVERIFY2(outcome.standardError.contains("lockfile: Try praying, giving up on"),
             outcome.standardError.constData());
    QVERIFY(!outcome.standardOutput.contains("unable to start rsync"));
    const QByteArray log = readFile(mirror.syncLogPath() + QStringLiteral(".0"));
    QVERIFY2(log.contains("daily.cvd") && log.contains("total size is"), log.constData());
    QVERIFY(!QFile::exists(mirror.lockPath()));
    QVERIFY2(m_lab->applyFault(kUnwritable, QStringLiteral("writable-docroot"), &error),
             qPrintable(error));
}

void TestClientSync::logHistoryKeepsSevenRunsSomeFailed()
{
    QString error;
    QVERIFY2(m_lab->applyFault(kHistory, QStringLiteral("log-history"), &error), qPrintable(error));
    const LabMirror& mirror = m_lab->mirror(kHistory);
    QVERIFY(QFile::exists(mirror.syncLogPath() + QStringLiteral(".0")));
    int failed = 0;
    QDateTime newer = QDateTime::currentDateTimeUtc();
    for (int n = 1; n <= 6; ++n) {
        const QString path = mirror.syncLogPath() + QStringLiteral(".%1.gz").arg(n);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const QDateTime time = QFileInfo(path).lastModified();
        QVERIFY(time < newer);
        newer = time;
        QByteArray plain;
        QVERIFY(LabProcess::run(QStringLiteral("gzip"), {QStringLiteral("-dc"), path}, &plain) ==
                0);
        failed += plain.contains("@ERROR: auth failed") ? 1 : 0;
    }
    QCOMPARE(failed, 2);
    QVERIFY(!QFile::exists(mirror.syncLogPath() + QStringLiteral(".7.gz")));
}

void TestClientSync::unknownPushMasterFailsWithoutAskingAResolver()
{
    m_ssh->run(kShell, QStringLiteral("bash ~/bin/clam-clientsync rsync9.clamav.net"));
    const QByteArray log = readFile(m_lab->mirror(kShell).syncLogPath() + QStringLiteral(".0"));
    QVERIFY2(log.contains("rsync9.clamav.net is not a push master of this lab"), log.constData());
    QVERIFY(log.contains("rsync error: "));
}

QTEST_GUILESS_MAIN(TestClientSync)
#include "tst_clientsync.moc"
