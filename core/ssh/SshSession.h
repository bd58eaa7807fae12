#pragma once

#include "ssh/SshFailure.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <optional>

class HostKeyStore;
struct ssh_session_struct;

// Where and as whom.
struct SshEndpoint
{
    QString mirror; // shown in every message
    QString address;
    quint16 port = 22;
    QString user = QStringLiteral("clamavdb");

    QString describe() const;
};

// How to log in: the agent first, then a key file whose passphrase comes from
// the keychain through passphraseFor (empty when there is none to give).
struct SshIdentity
{
    bool useAgent = true;
    QString keyFile;
    std::function<std::optional<QByteArray>(const QString& keyFile)> passphraseFor;
};

struct SshSettings
{
    std::chrono::milliseconds connectTimeout{10'000};
    std::chrono::milliseconds operationTimeout{120'000};
    qint64 maxOutputBytes = 64 * 1024 * 1024; // stdout and stderr of one command together
    qint64 maxFileBytes = 16 * 1024 * 1024;   // one file read over SFTP
    QString configFile;                       // ~/.ssh/config by default; empty string: none
    bool readUserConfig = true;
};

// What a finished remote command gave back.
struct ExecOutcome
{
    int exitStatus = 0;
    QByteArray standardOutput;
    QByteArray standardError;
};

// What one remote command may cost the console: a mirror is not trusted, so
// its output has a byte limit (stdout and stderr together) and the command a
// deadline; a long act may also end when no byte came for a stall time.
struct ExecLimits
{
    qint64 maxOutputBytes = 0;             // 0: the session's maxOutputBytes
    std::chrono::milliseconds deadline{0}; // 0: the session's operation timeout
    std::chrono::milliseconds stall{0};    // 0: no stall limit
};

// Receives output as it arrives; stdout when isError is false.
using OutputSink = std::function<void(QByteArrayView chunk, bool isError)>;

// What ExecOutcome keeps of the output that streamed to a sink: all of it, or
// only stderr when stdout may be far too large to hold (a whole log).
enum class OutputKept
{
    All,
    ErrorOnly
};

// One libssh session to one mirror. Blocking with timeouts, checked against a
// cancel flag: run it on a worker thread, one thread at a time.
class SshSession
{
public:
    SshSession(SshEndpoint endpoint, SshIdentity identity, SshSettings settings,
               HostKeyStore& hostKeys);
    ~SshSession();
    SshSession(const SshSession&) = delete;
    SshSession& operator=(const SshSession&) = delete;

    // Connects, checks the host key and logs in. trustOnce accepts an
    // unknown key with that fingerprint for this session without recording it.
    Result<Done, SshFailure> open(const std::atomic_bool* cancel = nullptr,
                                  const QString& trustOnce = {});
    bool isOpen() const;
    void close();

    // Runs command and waits for it to end; the output also streams to sink.
    Result<ExecOutcome, SshFailure> exec(const QString& command, const OutputSink& sink = {},
                                         const std::atomic_bool* cancel = nullptr,
                                         OutputKept kept = OutputKept::All,
                                         const ExecLimits& limits = {});

    // A no-op packet: a dead peer shows as a failure instead of a later hang.
    Result<Done, SshFailure> keepAlive();

    const SshEndpoint& endpoint() const { return m_endpoint; }
    ssh_session_struct* handle() const { return m_session; }
    const SshSettings& settings() const { return m_settings; }
    SshFailure failure(SshFailure::Kind kind, const QString& what) const;

    // From any thread: shuts the connection's socket so that whatever libssh
    // call is blocked on it returns at once. The session is dead afterwards.
    // How a deadline or a cancel ends an operation libssh cannot interrupt.
    void cut();
    bool wasCut() const { return m_cut.load(); }

private:
    Result<Done, SshFailure> connectSocket(const std::atomic_bool* cancel);
    Result<Done, SshFailure> checkHostKey(const QString& trustOnce);
    Result<Done, SshFailure> authenticate();
    QString libsshError() const;

    SshEndpoint m_endpoint;
    SshIdentity m_identity;
    SshSettings m_settings;
    HostKeyStore& m_hostKeys;
    ssh_session_struct* m_session = nullptr;
    mutable std::mutex m_socketLock; // between cut() and the socket's end
    int m_socket = -1;
    std::atomic_bool m_cut{false};
};
