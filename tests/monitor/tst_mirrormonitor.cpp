#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

// mirror-monitor as systemd runs it: the packaged unit passes
// systemd-analyze verify, and the program, started as the unit's ExecStart
// would be (the unit's user, its state directory, NOTIFY_SOCKET and the
// watchdog set), says READY=1, pings the watchdog and stops on SIGTERM.
// With MC_INSTALLED_ROOT set (the package's test), the unit and the program
// are those the Debian package installed there.
class TestMirrorMonitor : public QObject
{
    Q_OBJECT

private slots:
    void theUnitVerifies();
    void readyWatchdogAndStop();

private:
    static QString installedRoot() { return qEnvironmentVariable("MC_INSTALLED_ROOT"); }
    // The program the unit starts: the package's, where it installed it.
    static QString program()
    {
        return installedRoot().isEmpty() ? QStringLiteral(MIRROR_MONITOR)
                                         : installedRoot() + unitValue(QStringLiteral("ExecStart"));
    }
    static QString unitFile()
    {
        return installedRoot().isEmpty()
                   ? QStringLiteral(MC_UNIT_FILE)
                   : installedRoot() +
                         QStringLiteral("/usr/lib/systemd/system/mirror-monitor.service");
    }
    // The value of a [Service] line of the unit, such as ExecStart or User.
    static QString unitValue(const QString& key)
    {
        QFile unit(unitFile());
        if (!unit.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray& line : unit.readAll().split('\n')) {
            if (line.startsWith(QByteArray(key.toUtf8() + '=')))
                return QString::fromUtf8(line.mid(key.size() + 1)).trimmed();
        }
        return {};
    }
};

void TestMirrorMonitor::theUnitVerifies()
{
    QFile unit(unitFile());
    QVERIFY(unit.open(QIODevice::ReadOnly));
    const QByteArray text = unit.readAll();
    for (const char* line :
         {"Type=notify\n", "ExecStart=/usr/bin/mirror-monitor\n", "User=mirror-monitor\n",
          "StateDirectory=mirror-monitor\n", "WatchdogSec="})
        QVERIFY2(text.contains(line), line);
    // Verified with the program this build (or the package) put where the unit runs it.
    QTemporaryDir dir;
    QFile copy(dir.filePath(QStringLiteral("mirror-monitor.service")));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(QByteArray(text).replace("ExecStart=/usr/bin/mirror-monitor",
                                        QByteArray("ExecStart=" + QFile::encodeName(program()))));
    copy.close();
    QProcess verify;
    verify.setProcessChannelMode(QProcess::MergedChannels);
    verify.start(QStringLiteral("systemd-analyze"),
                 {QStringLiteral("verify"), QStringLiteral("--man=no"), copy.fileName()});
    QVERIFY(verify.waitForFinished(60000));
    QVERIFY2(verify.exitCode() == 0, verify.readAll().constData());
}

void TestMirrorMonitor::readyWatchdogAndStop()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state"));
    QVERIFY(QDir().mkpath(state));
    const QByteArray socketPath = QFile::encodeName(dir.filePath(QStringLiteral("notify")));
    const int listener = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    QVERIFY(listener >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, socketPath.constData(), size_t(socketPath.size()));
    QVERIFY(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);

    QProcess monitor;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NOTIFY_SOCKET"), QString::fromLocal8Bit(socketPath));
    env.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("200000"));
    env.insert(QStringLiteral("STATE_DIRECTORY"), state);
    env.insert(QStringLiteral("HOME"), state);
    monitor.setProcessEnvironment(env);
    monitor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // The lab's loopback, never the system's resolver.
    const QStringList args{QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1"),
                           QStringLiteral("--credentials"), dir.filePath(QStringLiteral("none"))};
    const QString program = TestMirrorMonitor::program();
    QVERIFY2(QFileInfo(program).isExecutable(), qPrintable(program));
    if (::geteuid() == 0) {
        // As the unit's own user, made as systemd-sysusers would make it.
        const QString user = unitValue(QStringLiteral("User"));
        QCOMPARE(user, QStringLiteral("mirror-monitor"));
        if (!::getpwnam(user.toLocal8Bit().constData()))
            QCOMPARE(QProcess::execute(
                         QStringLiteral("useradd"),
                         {QStringLiteral("--system"), QStringLiteral("--no-create-home"),
                          QStringLiteral("--home-dir"), QStringLiteral("/var/lib/mirror-monitor"),
                          QStringLiteral("--shell"), QStringLiteral("/usr/sbin/nologin"), user}),
                     0);
        const passwd* account = ::getpwnam(user.toLocal8Bit().constData());
        QVERIFY(account);
        QVERIFY(QProcess::execute(QStringLiteral("chown"),
                                  {QStringLiteral("-R"), user, dir.path()}) == 0);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ExeOther);
        const uid_t uid = account->pw_uid;
        const gid_t gid = account->pw_gid;
        monitor.setChildProcessModifier([uid, gid] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(126);
        });
    }
    monitor.start(program, args);
    QVERIFY(monitor.waitForStarted());
    bool ready = false;
    int pings = 0;
    QDeadlineTimer deadline(20000);
    while ((!ready || pings < 3) && !deadline.hasExpired()) {
        pollfd p{listener, POLLIN, 0};
        if (::poll(&p, 1, 200) <= 0)
            continue;
        char buffer[4096];
        const ssize_t n = ::recv(listener, buffer, sizeof buffer, 0);
        const QByteArray message(buffer, int(std::max<ssize_t>(n, 0)));
        ready = ready || message.contains("READY=1");
        if (message.contains("WATCHDOG=1"))
            ++pings;
    }
    QVERIFY2(ready, "no READY=1");
    QVERIFY2(pings >= 3, qPrintable(QString::number(pings)));
    QVERIFY(QFile::exists(state + QStringLiteral("/inventory.sqlite")));
    ::kill(pid_t(monitor.processId()), SIGTERM);
    QVERIFY(monitor.waitForFinished(15000));
    QCOMPARE(monitor.exitStatus(), QProcess::NormalExit);
    QCOMPARE(monitor.exitCode(), 0);
    ::close(listener);
}

QTEST_GUILESS_MAIN(TestMirrorMonitor)
#include "tst_mirrormonitor.moc"
