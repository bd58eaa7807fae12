#include "ssh/SshSession.h"

#include "ssh/HostKeyStore.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshExecChannel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QThread>

#include <fcntl.h>
#include <libssh/libssh.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

QString tr(const char* text)
{
    return QCoreApplication::translate("SshSession", text);
}

bool cancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load();
}

// The kernel notices a silently dead peer of an idle session.
void enableTcpKeepalive(socket_t fd)
{
    const int on = 1, idle = 30, interval = 10, count = 3;
    ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
}

} // namespace

QString SshEndpoint::describe() const
{
    return QStringLiteral("%1@%2:%3").arg(user, address).arg(port);
}

SshSession::SshSession(SshEndpoint endpoint, SshIdentity identity, SshSettings settings,
                       HostKeyStore& hostKeys)
    : m_endpoint(std::move(endpoint)), m_identity(std::move(identity)),
      m_settings(std::move(settings)), m_hostKeys(hostKeys)
{}

SshSession::~SshSession()
{
    close();
}

SshFailure SshSession::failure(SshFailure::Kind kind, const QString& what) const
{
    return SshFailure{
        kind,
        QStringLiteral("%1 (%2): %3").arg(m_endpoint.mirror, m_endpoint.describe(), what),
        {}};
}

QString SshSession::libsshError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
}

bool SshSession::isOpen() const
{
    return m_session && !m_cut.load() && ssh_is_connected(m_session);
}

void SshSession::cut()
{
    const std::lock_guard lock(m_socketLock);
    m_cut.store(true);
    if (m_socket >= 0)
        ::shutdown(m_socket, SHUT_RDWR);
}

void SshSession::close()
{
    if (!m_session)
        return;
    {
        const std::lock_guard lock(m_socketLock);
        if (m_socket >= 0)
            ::close(m_socket);
        m_socket = -1;
    }
    if (ssh_is_connected(m_session))
        ssh_disconnect(m_session);
    ssh_free(m_session);
    m_session = nullptr;
}

Result<Done, SshFailure> SshSession::open(const std::atomic_bool* cancel, const QString& trustOnce)
{
    close();
    if (auto connected = connectSocket(cancel); !connected)
        return connected;
    if (auto checked = checkHostKey(trustOnce); !checked) {
        close();
        return checked;
    }
    if (auto authenticated = authenticate(); !authenticated) {
        close();
        return authenticated;
    }
    return Done{};
}

Result<Done, SshFailure> SshSession::connectSocket(const std::atomic_bool* cancel)
{
    // A cut session stays cut: the watchdog that cut it watches it no more.
    if (m_cut.load())
        return fail(failure(SshFailure::Kind::Disconnected, tr("the connection was cut")));
    m_session = ssh_new();
    if (!m_session)
        return fail(failure(SshFailure::Kind::Unreachable, tr("cannot create an SSH session")));
    const QByteArray address = m_endpoint.address.toUtf8();
    ssh_options_set(m_session, SSH_OPTIONS_HOST, address.constData());
    const bool process = false;
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &process);
    if (m_settings.readUserConfig) {
        const QString config = m_settings.configFile.isNull()
                                   ? QDir::homePath() + QStringLiteral("/.ssh/config")
                                   : m_settings.configFile;
        if (!config.isEmpty() && QFile::exists(config))
            ssh_options_parse_config(m_session, QFile::encodeName(config).constData());
    }
    // The inventory's port and user win over anything the config said.
    const unsigned int port = m_endpoint.port;
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    const QByteArray user = m_endpoint.user.toUtf8();
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    const long connectSeconds = long(std::max<qint64>(1, m_settings.connectTimeout.count() / 1000));
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &connectSeconds);

    // Non-blocking, so a silent host or a cancel ends the wait on our terms.
    ssh_set_blocking(m_session, 0);
    const auto deadline = Clock::now() + m_settings.connectTimeout;
    for (;;) {
        const int rc = ssh_connect(m_session);
        if (rc == SSH_OK)
            break;
        if (rc == SSH_ERROR) {
            const QString why = libsshError();
            close();
            return fail(failure(SshFailure::Kind::Unreachable, tr("cannot connect: %1").arg(why)));
        }
        if (cancelled(cancel)) {
            close();
            return fail(failure(SshFailure::Kind::Cancelled, tr("connecting was cancelled")));
        }
        if (Clock::now() >= deadline) {
            close();
            return fail(failure(SshFailure::Kind::TimedOut,
                                tr("no SSH greeting within %1 s")
                                    .arg(double(m_settings.connectTimeout.count()) / 1000.0)));
        }
        const socket_t fd = ssh_get_fd(m_session);
        if (fd >= 0) {
            // Writable only when libssh has something to write: a connected
            // socket is always writable, and waiting on that would spin.
            short events = POLLIN;
            if (ssh_get_poll_flags(m_session) & SSH_WRITE_PENDING)
                events |= POLLOUT;
            pollfd p{fd, events, 0};
            ::poll(&p, 1, 50);
        } else {
            QThread::msleep(10);
        }
    }
    ssh_set_blocking(m_session, 1);
    const long operationSeconds =
        long(std::max<qint64>(1, m_settings.operationTimeout.count() / 1000));
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &operationSeconds);
    enableTcpKeepalive(ssh_get_fd(m_session));
    // A descriptor of our own for the same socket: libssh closes its own when
    // the peer disconnects, and its number may then belong to anyone.
    const std::lock_guard lock(m_socketLock);
    m_socket = ::fcntl(ssh_get_fd(m_session), F_DUPFD_CLOEXEC, 0);
    if (m_cut.load() && m_socket >= 0)
        ::shutdown(m_socket, SHUT_RDWR);
    return Done{};
}

Result<Done, SshFailure> SshSession::checkHostKey(const QString& trustOnce)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK)
        return fail(failure(SshFailure::Kind::HostKey, tr("the server sent no host key")));
    char* base64 = nullptr;
    const int rc = ssh_pki_export_pubkey_base64(key, &base64);
    ssh_key_free(key);
    if (rc != SSH_OK)
        return fail(failure(SshFailure::Kind::HostKey, tr("cannot read the host key")));
    const QByteArray blob = QByteArray::fromBase64(base64);
    ssh_string_free_char(base64);

    const HostKeyVerdict verdict = m_hostKeys.verify(m_endpoint.address.toUtf8(), m_endpoint.port,
                                                     KnownHosts::keyTypeOf(blob), blob);
    if (verdict.status == HostKeyVerdict::Status::Known)
        return Done{};
    if (verdict.status == HostKeyVerdict::Status::Unknown && !trustOnce.isEmpty() &&
        trustOnce == verdict.presentedFingerprint)
        return Done{};
    SshFailure refused{SshFailure::Kind::HostKey,
                       verdict.explain(m_endpoint.mirror, m_endpoint.describe()), verdict};
    return fail(refused);
}

Result<Done, SshFailure> SshSession::authenticate()
{
    QStringList tried;
    if (m_identity.useAgent && qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
        tried << tr("the ssh-agent's keys");
        if (ssh_userauth_agent(m_session, nullptr) == SSH_AUTH_SUCCESS)
            return Done{};
    }
    if (!m_identity.keyFile.isEmpty()) {
        tried << m_identity.keyFile;
        const QByteArray path = QFile::encodeName(m_identity.keyFile);
        ssh_key key = nullptr;
        int rc = ssh_pki_import_privkey_file(path.constData(), nullptr, nullptr, nullptr, &key);
        if (rc != SSH_OK && m_identity.passphraseFor) {
            if (const auto passphrase = m_identity.passphraseFor(m_identity.keyFile))
                rc = ssh_pki_import_privkey_file(path.constData(), passphrase->constData(), nullptr,
                                                 nullptr, &key);
        }
        if (rc != SSH_OK)
            return fail(failure(SshFailure::Kind::Authentication,
                                tr("cannot load the key %1 (wrong or missing passphrase, or not "
                                   "a private key)")
                                    .arg(m_identity.keyFile)));
        rc = ssh_userauth_publickey(m_session, nullptr, key);
        ssh_key_free(key);
        if (rc == SSH_AUTH_SUCCESS)
            return Done{};
    }
    if (tried.isEmpty())
        return fail(failure(SshFailure::Kind::Authentication,
                            tr("no identity to log in with: no ssh-agent and no key file set")));
    return fail(failure(SshFailure::Kind::Authentication,
                        tr("%1 refused %2").arg(m_endpoint.user, tried.join(tr(" and ")))));
}

Result<ExecOutcome, SshFailure> SshSession::exec(const QString& command, const OutputSink& sink,
                                                 const std::atomic_bool* cancel, OutputKept kept,
                                                 const ExecLimits& limits)
{
    if (!isOpen())
        return fail(failure(SshFailure::Kind::Disconnected, tr("the session is not open")));
    return SshExecChannel(*this).run(command, sink, cancel, kept, limits);
}

Result<Done, SshFailure> SshSession::keepAlive()
{
    if (!isOpen() || ssh_send_ignore(m_session, "keepalive") != SSH_OK ||
        ssh_blocking_flush(m_session, 5000) != SSH_OK || !ssh_is_connected(m_session))
        return fail(failure(SshFailure::Kind::Disconnected,
                            tr("the connection is gone: %1").arg(libsshError())));
    return Done{};
}
