#pragma once

#include <QHash>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

class SshSession;

// The backstop behind every deadline: libssh's blocking calls (SFTP, a
// stalled handshake) cannot be interrupted, so a thread of its own cuts the
// socket of a session whose operation outlived its deadline, or that was
// cancelled and did not stop within a grace period. Neither a silent mirror
// nor closing the pool ever waits longer than that.
class SessionWatchdog
{
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::milliseconds kCancelGrace{1500};

    SessionWatchdog();
    ~SessionWatchdog();
    SessionWatchdog(const SessionWatchdog&) = delete;
    SessionWatchdog& operator=(const SessionWatchdog&) = delete;

    quint64 watch(std::shared_ptr<SshSession> session, Clock::time_point deadline,
                  std::shared_ptr<const std::atomic_bool> cancel);
    // True when the watchdog cut the session for its deadline.
    bool unwatch(quint64 id);

private:
    struct Watched
    {
        std::shared_ptr<SshSession> session;
        Clock::time_point deadline;
        std::shared_ptr<const std::atomic_bool> cancel;
        Clock::time_point cancelSeen{};
        bool cutForDeadline = false;
        bool cut = false;
    };

    void run();

    std::mutex m_lock;
    std::condition_variable m_wake;
    QHash<quint64, Watched> m_watched;
    quint64 m_next = 1;
    bool m_stopping = false;
    std::thread m_thread;
};
