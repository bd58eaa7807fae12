#include "LabProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace LabProcess {
namespace {

using Clock = std::chrono::steady_clock;

std::vector<char*> pointersTo(std::vector<QByteArray>& strings)
{
    std::vector<char*> pointers;
    pointers.reserve(strings.size() + 1);
    for (QByteArray& s : strings)
        pointers.push_back(s.data());
    pointers.push_back(nullptr);
    return pointers;
}

QByteArray markerEntry(const QString& labDir)
{
    return QByteArray(kMarkerVariable) + '=' + QFile::encodeName(labDir);
}

bool isOurChild(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 1 && fields.at(1).toInt() == getpid();
}

bool openSocket(const QString& address, quint16 port, int* fd, sockaddr_in* where)
{
    *where = {};
    where->sin_family = AF_INET;
    where->sin_port = htons(port);
    if (inet_pton(AF_INET, address.toLatin1().constData(), &where->sin_addr) != 1)
        return false;
    *fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    return *fd >= 0;
}

bool connectsAndGreets(const QString& address, quint16 port, const QByteArray& banner,
                       Clock::time_point deadline)
{
    int fd = -1;
    sockaddr_in where;
    if (!openSocket(address, port, &fd, &where))
        return false;
    auto remainingMs = [&] {
        return int(std::max<qint64>(
            0, std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now())
                   .count()));
    };
    bool ok = false;
    if (::connect(fd, reinterpret_cast<sockaddr*>(&where), sizeof where) == 0 ||
        errno == EINPROGRESS) {
        pollfd p{fd, POLLOUT, 0};
        int soError = 0;
        socklen_t len = sizeof soError;
        if (::poll(&p, 1, remainingMs()) == 1 &&
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len) == 0 && soError == 0) {
            ok = banner.isEmpty();
            if (!ok) {
                QByteArray seen;
                while (seen.size() < banner.size()) {
                    p = {fd, POLLIN, 0};
                    if (::poll(&p, 1, remainingMs()) != 1)
                        break;
                    char buffer[64];
                    const ssize_t n = ::read(fd, buffer, sizeof buffer);
                    if (n <= 0)
                        break;
                    seen.append(buffer, n);
                }
                ok = seen.startsWith(banner);
            }
        }
    }
    ::close(fd);
    return ok;
}

} // namespace

pid_t spawn(const QString& labDir, const QString& program, const QStringList& args,
            const QString& logPath, QString* error)
{
    std::vector<QByteArray> argStrings{QFile::encodeName(program)};
    for (const QString& a : args)
        argStrings.push_back(QFile::encodeName(a));
    std::vector<QByteArray> envStrings;
    const QByteArray marker = markerEntry(labDir);
    const QByteArray markerName = QByteArray(kMarkerVariable) + '=';
    for (char** e = environ; *e; ++e) {
        if (!QByteArray(*e).startsWith(markerName))
            envStrings.emplace_back(*e);
    }
    envStrings.push_back(marker);
    std::vector<char*> argv = pointersTo(argStrings);
    std::vector<char*> envp = pointersTo(envStrings);

    const int logFd = ::open(QFile::encodeName(logPath).constData(),
                             O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    const int nullFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (logFd < 0 || nullFd < 0) {
        *error = QStringLiteral("cannot open %1: %2")
                     .arg(logPath, QString::fromLocal8Bit(strerror(errno)));
        if (logFd >= 0)
            ::close(logFd);
        if (nullFd >= 0)
            ::close(nullFd);
        return -1;
    }
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid == 0) {
        // Only async-signal-safe calls from here to exec: the parent may have threads.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(127);
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::signal(SIGPIPE, SIG_DFL);
        // The lab stands in for machines elsewhere, which would take none of
        // the console's CPU: its daemons and what they run yield to the
        // console under test as far as nice goes, and still always progress.
        ::setpriority(PRIO_PROCESS, 0, 19);
        ::dup2(nullFd, STDIN_FILENO);
        ::dup2(logFd, STDOUT_FILENO);
        ::dup2(logFd, STDERR_FILENO);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(logFd);
    ::close(nullFd);
    if (pid < 0) {
        *error = QStringLiteral("cannot fork for %1: %2")
                     .arg(program, QString::fromLocal8Bit(strerror(errno)));
        return -1;
    }
    return pid;
}

int run(const QString& program, const QStringList& args, QByteArray* output,
        std::chrono::milliseconds timeout)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForStarted())
        return -1;
    process.closeWriteChannel();
    if (!process.waitForFinished(int(timeout.count()))) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool isAlive(pid_t pid)
{
    if (pid <= 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const int close = line.lastIndexOf(')');
    return close > 0 && line.size() > close + 2 && line.at(close + 2) != 'Z';
}

void stop(pid_t pid, std::chrono::milliseconds grace)
{
    if (pid <= 0)
        return;
    const bool child = isOurChild(pid);
    ::kill(pid, SIGTERM);
    const auto deadline = Clock::now() + grace;
    while (isAlive(pid) && Clock::now() < deadline)
        QThread::msleep(5);
    if (isAlive(pid))
        ::kill(pid, SIGKILL);
    if (child)
        ::waitpid(pid, nullptr, 0);
}

QList<pid_t> processesOf(const QString& labDir)
{
    const QByteArray marker = markerEntry(labDir);
    const QByteArray inside = QFile::encodeName(labDir) + '/';
    const QByteArray homePrefix = "HOME=" + inside;
    auto read = [](pid_t pid, const char* what) {
        QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(what)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QList<pid_t> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& entry : entries) {
        bool numeric = false;
        const pid_t pid = entry.toInt(&numeric);
        if (!numeric || pid == ::getpid())
            continue;
        // sshd and nginx write their titles over their environment, so the
        // lab's directory in the command line counts as well.
        bool ours = read(pid, "cmdline").contains(inside);
        const QList<QByteArray> variables = read(pid, "environ").split('\0');
        for (auto v = variables.cbegin(); !ours && v != variables.cend(); ++v)
            ours = *v == marker || v->startsWith(homePrefix);
        if (ours && isAlive(pid))
            found.append(pid);
    }
    return found;
}

void stopAll(const QString& labDir)
{
    QList<pid_t> pids = processesOf(labDir);
    for (pid_t pid : pids)
        ::kill(pid, SIGTERM);
    const auto deadline = Clock::now() + std::chrono::seconds(3);
    while (!pids.isEmpty() && Clock::now() < deadline) {
        QThread::msleep(10);
        for (pid_t pid : std::as_const(pids)) {
            if (isOurChild(pid))
                ::waitpid(pid, nullptr, WNOHANG);
        }
        pids = processesOf(labDir);
    }
    for (pid_t pid : std::as_const(pids)) {
        ::kill(pid, SIGKILL);
        if (isOurChild(pid))
            ::waitpid(pid, nullptr, 0);
    }
}

bool waitForTcp(const QString& address, quint16 port, const QByteArray& bannerPrefix,
                std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    while (Clock::now() < deadline) {
        if (connectsAndGreets(address, port, bannerPrefix, deadline))
            return true;
        QThread::msleep(10);
    }
    return false;
}

int listenSilently(const QString& address, quint16 port)
{
    int fd = -1;
    sockaddr_in where;
    if (!openSocket(address, port, &fd, &where))
        return -1;
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&where), sizeof where) != 0 ||
        ::listen(fd, 64) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool canBind(const QString& address, quint16 port)
{
    int fd = -1;
    sockaddr_in where;
    if (!openSocket(address, port, &fd, &where))
        return false;
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&where), sizeof where) == 0;
    ::close(fd);
    return ok;
}

} // namespace LabProcess
