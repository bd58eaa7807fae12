#include "LabSshd.h"

#include "LabFiles.h"
#include "LabProcess.h"

#include <QCryptographicHash>
#include <QFile>

#include <chrono>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

// OpenSSH's SHA256 fingerprint: the hash of the key blob, base64 unpadded.
QString fingerprintOf(const QByteArray& publicKeyLine)
{
    const QList<QByteArray> fields = publicKeyLine.trimmed().split(' ');
    if (fields.size() < 2)
        return {};
    const QByteArray blob = QByteArray::fromBase64(fields.at(1));
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::OmitTrailingEquals));
}

} // namespace

LabSshd::~LabSshd()
{
    stop();
}

bool LabSshd::prepare(QString* error)
{
    return writeConfig(error) && generateHostKey(error);
}

bool LabSshd::setSftpSilent(bool silent, QString* error)
{
    m_sftpSilent = silent;
    const bool wasRunning = isRunning();
    stop();
    return writeConfig(error) && (!wasRunning || (launch(error) && awaitReady(error)));
}

bool LabSshd::writeConfig(QString* error)
{
    const Settings& s = m_settings;
    const QString config =
        QStringLiteral("ListenAddress %1:%2\n"
                       "HostKey %3\n"
                       "PidFile %4/sshd.pid\n"
                       "AuthorizedKeysFile %5\n"
                       "AllowUsers %6\n"
                       "UsePAM no\n"
                       "StrictModes no\n"
                       "PubkeyAuthentication yes\n"
                       "PasswordAuthentication no\n"
                       "KbdInteractiveAuthentication no\n"
                       "PermitRootLogin prohibit-password\n"
                       "PrintMotd no\n"
                       "LogLevel VERBOSE\n"
                       "MaxStartups 200:30:400\n"
                       "SetEnv HOME=%7 RSYNC_CONNECT_PROG=\"%8\"\n"
                       "Subsystem sftp %9\n")
            .arg(s.address)
            .arg(s.port)
            .arg(hostKeyPath(), s.dir, s.authorizedKeys, s.user, s.home, s.rsyncConnectProgram,
                 // A server that takes the subsystem request and never speaks.
                 m_sftpSilent ? QStringLiteral("/bin/sleep 300") : QStringLiteral("internal-sftp"));
    return LabFiles::makeDirectory(s.dir, 0755, error) &&
           LabFiles::write(s.dir + QStringLiteral("/sshd_config"), config.toUtf8(), 0644, error);
}

bool LabSshd::generateHostKey(QString* error)
{
    QFile::remove(hostKeyPath());
    QFile::remove(hostKeyPath() + QStringLiteral(".pub"));
    QByteArray output;
    if (LabProcess::run(QStringLiteral("ssh-keygen"),
                        {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                         QStringLiteral("-N"), QString(), QStringLiteral("-C"), m_settings.address,
                         QStringLiteral("-f"), hostKeyPath()},
                        &output) != 0) {
        *error = QStringLiteral("ssh-keygen failed: %1").arg(QString::fromLocal8Bit(output));
        return false;
    }
    QFile pub(hostKeyPath() + QStringLiteral(".pub"));
    if (!pub.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(pub.fileName());
        return false;
    }
    m_fingerprint = fingerprintOf(pub.readAll());
    return true;
}

bool LabSshd::launch(QString* error)
{
    closeSilentSocket();
    if (isRunning())
        return true;
    QStringList command = m_launcher;
    command << QStringLiteral("/usr/bin/env") << QStringLiteral("LD_PRELOAD=" LAB_SESSION_SHIM)
            << QStringLiteral("/usr/sbin/sshd") << QStringLiteral("-D") << QStringLiteral("-f")
            << m_settings.dir + QStringLiteral("/sshd_config") << QStringLiteral("-E") << logPath();
    const QString program = command.takeFirst();
    m_pid = LabProcess::spawn(m_settings.labDir, program, command, logPath(), error);
    return m_pid > 0;
}

bool LabSshd::awaitReady(QString* error)
{
    if (LabProcess::waitForTcp(m_settings.address, m_settings.port, "SSH-2.0-", 15s))
        return true;
    *error = QStringLiteral("sshd on %1:%2 did not answer; see %3")
                 .arg(m_settings.address)
                 .arg(m_settings.port)
                 .arg(logPath());
    return false;
}

void LabSshd::stop()
{
    LabProcess::stop(m_pid);
    m_pid = -1;
    closeSilentSocket();
}

bool LabSshd::isRunning() const
{
    return LabProcess::isAlive(m_pid);
}

bool LabSshd::replaceHostKey(QString* error)
{
    const bool wasRunning = isRunning();
    stop();
    if (!generateHostKey(error))
        return false;
    return !wasRunning || (launch(error) && awaitReady(error));
}

bool LabSshd::silence(QString* error)
{
    stop();
    m_silentFd = LabProcess::listenSilently(m_settings.address, m_settings.port);
    if (m_silentFd < 0) {
        *error = QStringLiteral("cannot listen silently on %1:%2")
                     .arg(m_settings.address)
                     .arg(m_settings.port);
        return false;
    }
    return true;
}

void LabSshd::closeSilentSocket()
{
    if (m_silentFd >= 0)
        ::close(m_silentFd);
    m_silentFd = -1;
}
