#pragma once

#include "inventory/MirrorRecord.h"
#include "ssh/RemoteFile.h"
#include "ssh/SessionWatchdog.h"
#include "ssh/SshSession.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QVariant>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class HostKeyStore;

using SshJobId = quint64;

// How one job ended.
struct SshJobResult
{
    SshJobId id = 0;
    QString mirror;
    bool ok = false;
    ExecOutcome outcome;            // exec and trigger, when ok
    std::optional<RemoteFile> file; // readFile and writeFile, when ok
    QVariant payload;               // what a submitted job's work made of its output
    SshFailure failure;             // when not ok
};
Q_DECLARE_METATYPE(SshJobResult)

struct SshPoolSettings
{
    int maxMirrors = 32; // mirrors worked on at once
    SshSettings ssh;
    SshIdentity identity; // a mirror's own key file overrides keyFile
    std::chrono::milliseconds keepaliveInterval{60'000};
    // A sync followed live ends when its log and its rsync made no progress
    // for this long, or at the lock's two hours; never at operationTimeout.
    std::chrono::milliseconds syncStall{10 * 60'000};
};

// The longest a sync can hold its lock: clam-clientsync's `lockfile -l 7200`.
constexpr std::chrono::seconds kSyncLockLifetime{7200};

// Sessions kept open per mirror and reused; at most maxMirrors mirrors worked
// on at once, one job per mirror at a time, all off the calling thread.
// Results come back as queued signals on the pool's thread.
//
// The pool enforces access modes: on a trigger-only mirror any exec starts a
// sync, so it refuses every exec there and only opens a channel for startSync().
class SshPool : public QObject
{
    Q_OBJECT

public:
    SshPool(HostKeyStore& hostKeys, SshPoolSettings settings, QObject* parent = nullptr);
    ~SshPool() override;

    // A command on a shell-mode mirror; refused on a trigger-only one.
    SshJobId exec(const MirrorRecord& mirror, const QString& command);
    // A command that starts a sync (SyncTrigger builds it): the one channel a
    // trigger-only mirror is ever opened for, since its forced command runs
    // whatever is sent. Bounded by the sync lock's lifetime, not by the
    // command timeout; streamsLog (shell-mode only): a log streamed as it
    // grows, ended by a stall too, only stderr kept.
    SshJobId startSync(const MirrorRecord& mirror, const QString& command, bool streamsLog);
    // A job that ends at once with why, reported as any other.
    SshJobId refuse(const MirrorRecord& mirror, const QString& why);
    // A command that watches a sync on a shell-mode mirror: bounded by the
    // sync's stall time and its lock's lifetime, not by the command timeout.
    SshJobId follow(const MirrorRecord& mirror, const QString& command);
    // SFTP on a shell-mode mirror; refused on a trigger-only one.
    SshJobId readFile(const MirrorRecord& mirror, const QString& path);
    SshJobId writeFile(const MirrorRecord& mirror, const QString& path, const QByteArray& content,
                       const QByteArray& expectedSha256,
                       std::optional<quint32> mode = std::nullopt);

    // Any other work on a shell-mode mirror (refused on a trigger-only one),
    // run on a worker thread with the mirror's open session; it fills result.
    // budget: how long the job may hold the mirror's session (connecting
    // included) before its connection is cut; zero: what one command may take.
    using Work = std::function<void(SshSession& session, const std::atomic_bool* cancel,
                                    SshJobResult& result)>;
    SshJobId submit(const MirrorRecord& mirror, Work work,
                    std::chrono::milliseconds budget = std::chrono::milliseconds{0});

    void cancel(SshJobId id);
    void cancelAll();

    int runningCount() const { return int(m_busy.size()); }
    int queuedCount() const { return int(m_queue.size()); }
    int openSessionCount() const { return int(m_idle.size()) + runningCount(); }
    // Drops every idle session, as a settings change or a host-key accept needs.
    void closeIdleSessions();
    // Closes the idle sessions of mirrors no longer in the inventory, or whose
    // address, port, user or key changed since the session was opened.
    void retainSessionsOf(const QList<MirrorRecord>& mirrors);
    // What a session is to: a mirror whose record changes gets a new one.
    static QString endpointKey(const MirrorRecord& mirror);
    // For the connections opened from now on; running jobs keep theirs.
    void setSettings(const SshPoolSettings& settings);

signals:
    void started(SshJobId id, const QString& mirror);
    void output(SshJobId id, const QByteArray& chunk, bool isError);
    void finished(const SshJobResult& result);
    // An unknown key matched the mirror's expected fingerprint and was recorded.
    void hostKeyAccepted(const QString& mirror, const QString& fingerprint);
    // A job failed on an unknown or changed host key: the operator decides.
    void hostKeyQuestion(const MirrorRecord& mirror, const HostKeyVerdict& verdict);

private:
    struct Job
    {
        SshJobId id = 0;
        MirrorRecord mirror;
        Work work;
        std::shared_ptr<std::atomic_bool> cancel;
        std::chrono::milliseconds budget{0};
    };

    SshJobId enqueue(const MirrorRecord& mirror, Work work, std::chrono::milliseconds budget = {});
    SshJobId enqueueExec(const MirrorRecord& mirror, const QString& command,
                         const ExecLimits& limits = {}, OutputKept kept = OutputKept::All);
    std::chrono::milliseconds budgetFor(const Job& job) const;
    SshJobId refuseOnTriggerOnly(const MirrorRecord& mirror, const QString& what);
    void dispatch();
    void runJob(const Job& job, std::shared_ptr<SshSession> session,
                std::chrono::milliseconds budget);
    void jobDone(const Job& job, std::shared_ptr<SshSession> session, const SshJobResult& result);
    void keepIdleSessionsAlive();
    std::shared_ptr<SshSession> newSession(const MirrorRecord& mirror) const;
    Result<Done, SshFailure> openSession(SshSession& session, const Job& job);

    HostKeyStore& m_hostKeys;
    SshPoolSettings m_settings;
    QThreadPool m_threads;
    QTimer m_keepalive;
    SshJobId m_nextId = 1;
    std::deque<Job> m_queue;
    struct IdleSession
    {
        QString mirror;
        std::shared_ptr<SshSession> session;
    };
    QHash<QString, IdleSession> m_idle; // by endpointKey()
    QSet<QString> m_busy;               // mirror names
    SessionWatchdog m_watchdog;
    QHash<SshJobId, std::shared_ptr<std::atomic_bool>> m_cancels;
};
