#include "LabSmtp.h"
#include "MirrorLab.h"
#include "MonitorState.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// mirror-monitor killed with SIGKILL in the middle of a sweep, and started
// again over the same state: every transition is told once, none twice.
class TestMonitorRestart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aKilledSweepLosesAndRepeatsNothing();

private:
    void startMonitor(QProcess& monitor);

    QTemporaryDir m_dir;
    std::unique_ptr<MirrorLab> m_lab;
    std::unique_ptr<LabSmtp> m_smtp;
    QString m_state;
    QString m_password;
    QString m_nameserver;
};

void TestMonitorRestart::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = 3;
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    // One a day old, told at once; one whose HTTP trickles, which keeps the
    // sweep going for the check's whole timeout.
    QVERIFY2(m_lab->mirror(0).ageTimestamp(25, &error), qPrintable(error));
    QVERIFY2(m_lab->applyFault(2, QStringLiteral("trickle-http"), &error), qPrintable(error));
    m_smtp = std::make_unique<LabSmtp>(m_dir.filePath(QStringLiteral("smtp")));
    QVERIFY2(m_smtp->start(&error), qPrintable(error));

    m_state = m_dir.filePath(QStringLiteral("state"));
    const auto nameserver = MonitorState::make(
        m_lab->directory(), m_state,
        [](MirrorRecord& mirror) {
            mirror.alertsEmail = QStringLiteral("alerts@%1").arg(mirror.name);
        },
        MonitorState::mailTo(*m_smtp) +
            MonitorState::Settings{
                {QStringLiteral("alerts/unreachable-checks"), QStringLiteral("1")},
                {QStringLiteral("http/timeout"), QStringLiteral("5")}});
    QVERIFY2(nameserver, qPrintable(nameserver.ok() ? QString() : nameserver.error()));
    m_nameserver = nameserver->toString();
    m_password = m_dir.filePath(QStringLiteral("smtp-password"));
    QFile secret(m_password);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write(LabSmtp::password().toUtf8());
    secret.close();
    QVERIFY(secret.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void TestMonitorRestart::cleanupTestCase()
{
    m_smtp.reset();
    m_lab.reset();
}

void TestMonitorRestart::startMonitor(QProcess& monitor)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_state);
    monitor.setProcessEnvironment(env);
    monitor.start(QStringLiteral(MIRROR_MONITOR),
                  {QStringLiteral("--foreground"), QStringLiteral("--state-dir"), m_state,
                   QStringLiteral("--credentials"), m_password, QStringLiteral("--nameserver"),
                   m_nameserver});
    QVERIFY(monitor.waitForStarted());
}

void TestMonitorRestart::aKilledSweepLosesAndRepeatsNothing()
{
    QProcess first;
    startMonitor(first);
    QByteArray log;
    // The day-old mirror is told; the trickling one still holds the sweep.
    QTRY_VERIFY_WITH_TIMEOUT(m_smtp->mails().size() >= 2, 30000);
    QTest::qWait(300);
    log += first.readAllStandardError();
    QVERIFY2(!log.contains("checked 3 mirrors"), log.constData());
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);

    QProcess second;
    startMonitor(second);
    QByteArray again;
    QTRY_VERIFY_WITH_TIMEOUT((again += second.readAllStandardError()).contains("checked 3 mirrors"),
                             60000);
    // The trickling mirror's transition, cut off by the kill, is told now.
    QTRY_COMPARE_WITH_TIMEOUT(m_smtp->mails().size(), 4, 20000);
    QTest::qWait(1000);
    const QList<LabSmtp::Mail> mails = m_smtp->mails();
    QCOMPARE(mails.size(), 4);
    QSet<QByteArray> ids;
    QStringList told; // who, of which mirror, in whichever language
    for (const LabSmtp::Mail& mail : mails) {
        ids.insert(mail.header("Message-ID"));
        const QString subject = mail.subject();
        told << mail.to.first() + QLatin1Char(' ') +
                    subject.section(QStringLiteral("] "), 1).section(QLatin1Char(':'), 0, 0);
    }
    QCOMPARE(ids.size(), 4);
    told.sort();
    const QString aged = m_lab->mirror(0).identity().name;
    const QString trickling = m_lab->mirror(2).identity().name;
    QStringList expected{QStringLiteral("alerts@%1 %1").arg(aged),
                         QStringLiteral("alerts@%1 %1").arg(trickling),
                         QStringLiteral("mirrors@clamav.example %1").arg(aged),
                         QStringLiteral("mirrors@clamav.example %1").arg(trickling)};
    expected.sort();
    QCOMPARE(told, expected);
    second.terminate();
    QVERIFY(second.waitForFinished(15000));
    QCOMPARE(second.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestMonitorRestart)
#include "tst_monitorrestart.moc"
