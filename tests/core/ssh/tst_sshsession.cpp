#include "LabSshClient.h"
#include "MirrorLab.h"
#include "ssh/HostKeyStore.h"
#include "util/ShellQuote.h"
#include "ssh/SshSession.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

// libssh sessions against real OpenSSH servers of the lab.
class TestSshSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void unknownHostKeyIsRefusedWithItsFingerprint();
    void keyTrustedOnceOrAcceptedLetsTheSessionIn();
    void execStreamsOutputAndReturnsTheExitStatus();
    void agentAuthenticationWorks();
    void wrongKeyIsRefusedClearly();
    void quotedWordsReachTheRemoteShellIntact();
    void changedHostKeyIsRefusedNamingBothKeys();
    void deadHostFailsAtOnce();
    void silentHostTimesOut();
    void droppedConnectionMidCommandIsAnError();
    void commandKilledOnTheMirrorIsAnError();
    void cancelEndsARunningCommand();
    void slowCommandTimesOut();

private:
    std::unique_ptr<SshSession> sessionTo(int mirror, SshIdentity identity = {false, {}, {}});
    void acceptKeyOf(int mirror);

    std::unique_ptr<MirrorLab> m_lab;
    QTemporaryDir m_data;
    std::unique_ptr<HostKeyStore> m_hostKeys;
};

namespace {
constexpr int kMain = 0, kChanged = 1, kDead = 2, kSilent = 3;
}

void TestSshSession::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = 4;
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    m_hostKeys = std::make_unique<HostKeyStore>(m_data.filePath(QStringLiteral("known_hosts")),
                                                QStringList{});
}

void TestSshSession::cleanupTestCase()
{
    m_lab.reset();
}

std::unique_ptr<SshSession> TestSshSession::sessionTo(int mirror, SshIdentity identity)
{
    const LabMirror& m = m_lab->mirror(mirror);
    if (identity.keyFile.isEmpty() && !identity.useAgent)
        identity.keyFile = m_lab->teamKeyPath();
    SshSettings settings;
    settings.connectTimeout = std::chrono::seconds(3);
    settings.operationTimeout = std::chrono::seconds(20);
    settings.readUserConfig = false;
    return std::make_unique<SshSession>(SshEndpoint{m.identity().name, m.identity().address,
                                                    m_lab->network().sshPort(),
                                                    m_lab->account().user},
                                        identity, settings, *m_hostKeys);
}

void TestSshSession::acceptKeyOf(int mirror)
{
    auto session = sessionTo(mirror, SshIdentity{false, {}, {}});
    const auto opened = session->open();
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, SshFailure::Kind::HostKey);
    const HostKeyVerdict& v = opened.error().hostKey;
    QVERIFY(m_hostKeys
                ->accept(m_lab->mirror(mirror).identity().address.toUtf8(),
                         m_lab->network().sshPort(), v.keyType, v.keyBlob,
                         v.status == HostKeyVerdict::Status::Changed)
                .ok());
}

void TestSshSession::unknownHostKeyIsRefusedWithItsFingerprint()
{
    auto session = sessionTo(kMain, SshIdentity{false, {}, {}});
    const auto opened = session->open();
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, SshFailure::Kind::HostKey);
    QCOMPARE(opened.error().hostKey.status, HostKeyVerdict::Status::Unknown);
    const QString fingerprint = m_lab->mirror(kMain).sshd().hostKeyFingerprint();
    QCOMPARE(opened.error().hostKey.presentedFingerprint, fingerprint);
    QVERIFY(opened.error().message.contains(fingerprint));
    QVERIFY(opened.error().message.contains(m_lab->mirror(kMain).identity().name));
    QVERIFY(!session->isOpen());
}

void TestSshSession::keyTrustedOnceOrAcceptedLetsTheSessionIn()
{
    auto once = sessionTo(kMain);
    const auto opened = once->open(nullptr, m_lab->mirror(kMain).sshd().hostKeyFingerprint());
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    QVERIFY(!QFile::exists(m_hostKeys->consoleFile()));

    acceptKeyOf(kMain);
    auto remembered = sessionTo(kMain);
    const auto again = remembered->open();
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QVERIFY(remembered->isOpen());
}

void TestSshSession::execStreamsOutputAndReturnsTheExitStatus()
{
    auto session = sessionTo(kMain);
    QVERIFY(session->open());
    QByteArray streamedOut, streamedErr;
    const auto ran =
        session->exec(QStringLiteral("printf out; printf err >&2; echo \"$HOME\"; exit 7"),
                      [&](QByteArrayView chunk, bool isError) {
                          (isError ? streamedErr : streamedOut).append(chunk);
                      });
    QVERIFY2(ran, ran ? "" : qPrintable(ran.error().message));
    QCOMPARE(ran->exitStatus, 7);
    QCOMPARE(ran->standardOutput, "out" + QFile::encodeName(m_lab->mirror(kMain).home()) + '\n');
    QCOMPARE(ran->standardError, QByteArray("err"));
    QCOMPARE(streamedOut, ran->standardOutput);
    QCOMPARE(streamedErr, ran->standardError);
    // The session stays usable for the next command.
    QCOMPARE(session->exec(QStringLiteral("true"))->exitStatus, 0);
}

void TestSshSession::agentAuthenticationWorks()
{
    const QString socket = m_data.filePath(QStringLiteral("agent.sock"));
    QProcess agent;
    agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    QVERIFY(agent.waitForStarted());
    QTRY_VERIFY(QFile::exists(socket));
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
    add.setProcessEnvironment(env);
    add.start(QStringLiteral("ssh-add"), {m_lab->teamKeyPath()});
    QVERIFY(add.waitForFinished());
    QCOMPARE(add.exitCode(), 0);

    const QByteArray previous = qgetenv("SSH_AUTH_SOCK");
    qputenv("SSH_AUTH_SOCK", QFile::encodeName(socket));
    auto session = sessionTo(kMain, SshIdentity{true, {}, {}});
    const auto opened = session->open();
    qputenv("SSH_AUTH_SOCK", previous);
    agent.kill();
    agent.waitForFinished();
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    QCOMPARE(session->exec(QStringLiteral("echo via-agent"))->standardOutput,
             QByteArray("via-agent\n"));
}

void TestSshSession::wrongKeyIsRefusedClearly()
{
    const QString stranger = m_data.filePath(QStringLiteral("stranger"));
    QCOMPARE(
        QProcess::execute(QStringLiteral("ssh-keygen"),
                          {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                           QStringLiteral("-N"), QString(), QStringLiteral("-f"), stranger}),
        0);
    auto session = sessionTo(kMain, SshIdentity{false, stranger, {}});
    const auto opened = session->open();
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, SshFailure::Kind::Authentication);
    QVERIFY(opened.error().message.contains(stranger));

    auto nothing = sessionTo(kMain, SshIdentity{true, {}, {}});
    const QByteArray previous = qgetenv("SSH_AUTH_SOCK");
    qunsetenv("SSH_AUTH_SOCK");
    const auto none = nothing->open();
    qputenv("SSH_AUTH_SOCK", previous);
    QVERIFY(!none);
    QCOMPARE(none.error().kind, SshFailure::Kind::Authentication);
}

void TestSshSession::quotedWordsReachTheRemoteShellIntact()
{
    auto session = sessionTo(kMain);
    QVERIFY(session->open());
    const QString nasty = QStringLiteral("a b; echo pwned $(id) `id` 'q' \"d\"\nnext line\\ * ?");
    const auto ran = session->exec(QStringLiteral("printf '%s' ") + ShellQuote::quote(nasty));
    QVERIFY(ran);
    QCOMPARE(QString::fromUtf8(ran->standardOutput), nasty);
}

void TestSshSession::changedHostKeyIsRefusedNamingBothKeys()
{
    acceptKeyOf(kChanged);
    const QString before = m_lab->mirror(kChanged).sshd().hostKeyFingerprint();
    QString error;
    QVERIFY2(m_lab->applyFault(kChanged, QStringLiteral("changed-host-key"), &error),
             qPrintable(error));
    const QString after = m_lab->mirror(kChanged).sshd().hostKeyFingerprint();
    auto session = sessionTo(kChanged);
    const auto opened = session->open(nullptr, after);
    QVERIFY2(!opened, "trusting once must not override a changed key");
    QCOMPARE(opened.error().hostKey.status, HostKeyVerdict::Status::Changed);
    QVERIFY(opened.error().message.contains(before));
    QVERIFY(opened.error().message.contains(after));
    QVERIFY(opened.error().message.contains(m_lab->mirror(kChanged).identity().name));

    acceptKeyOf(kChanged);
    QVERIFY(sessionTo(kChanged)->open());
}

void TestSshSession::deadHostFailsAtOnce()
{
    QString error;
    QVERIFY2(m_lab->applyFault(kDead, QStringLiteral("host-down"), &error), qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    const auto opened = sessionTo(kDead)->open();
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, SshFailure::Kind::Unreachable);
    QVERIFY2(opened.error().message.contains(QStringLiteral("refused")),
             qPrintable(opened.error().message));
    QVERIFY(timer.elapsed() < 2000);
}

void TestSshSession::silentHostTimesOut()
{
    QString error;
    QVERIFY2(m_lab->applyFault(kSilent, QStringLiteral("host-silent"), &error), qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    const auto opened = sessionTo(kSilent)->open();
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, SshFailure::Kind::TimedOut);
    QVERIFY(opened.error().message.contains(m_lab->mirror(kSilent).identity().name));
    QVERIFY2(timer.elapsed() < 6000, "the connect timeout is 3 s");
}

void TestSshSession::droppedConnectionMidCommandIsAnError()
{
    auto session = sessionTo(kMain);
    QVERIFY(session->open());
    // The shell's parent is the session's sshd: killing it drops the connection.
    const auto ran =
        session->exec(QStringLiteral("echo started; sleep 0.2; kill -9 $PPID; sleep 10"));
    QVERIFY(!ran);
    QCOMPARE(ran.error().kind, SshFailure::Kind::Disconnected);
    QVERIFY(ran.error().message.contains(m_lab->mirror(kMain).identity().name));
    QVERIFY(!session->isOpen());
}

void TestSshSession::commandKilledOnTheMirrorIsAnError()
{
    auto session = sessionTo(kMain);
    QVERIFY(session->open());
    const auto ran = session->exec(QStringLiteral("echo started; kill -9 $$"));
    QVERIFY(!ran);
    QCOMPARE(ran.error().kind, SshFailure::Kind::Killed);
}

void TestSshSession::cancelEndsARunningCommand()
{
    auto session = sessionTo(kMain);
    QVERIFY(session->open());
    std::atomic_bool cancel = false;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    QElapsedTimer timer;
    timer.start();
    const auto ran = session->exec(QStringLiteral("sleep 30"), {}, &cancel);
    canceller.join();
    QVERIFY(!ran);
    QCOMPARE(ran.error().kind, SshFailure::Kind::Cancelled);
    QVERIFY(timer.elapsed() < 3000);
}

void TestSshSession::slowCommandTimesOut()
{
    const LabMirror& m = m_lab->mirror(kMain);
    SshSettings settings;
    settings.connectTimeout = std::chrono::seconds(3);
    settings.operationTimeout = std::chrono::seconds(1);
    settings.readUserConfig = false;
    SshSession session({m.identity().name, m.identity().address, m_lab->network().sshPort(),
                        m_lab->account().user},
                       SshIdentity{false, m_lab->teamKeyPath(), {}}, settings, *m_hostKeys);
    QVERIFY(session.open());
    const auto ran = session.exec(QStringLiteral("sleep 10"));
    QVERIFY(!ran);
    QCOMPARE(ran.error().kind, SshFailure::Kind::TimedOut);
}

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
