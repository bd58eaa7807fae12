#include "ssh/SessionWatchdog.h"

#include "ssh/SshSession.h"

namespace {
constexpr std::chrono::milliseconds kTick{100};
}

SessionWatchdog::SessionWatchdog() : m_thread([this] { run(); }) {}

SessionWatchdog::~SessionWatchdog()
{
    {
        const std::lock_guard lock(m_lock);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

quint64 SessionWatchdog::watch(std::shared_ptr<SshSession> session, Clock::time_point deadline,
                               std::shared_ptr<const std::atomic_bool> cancel)
{
    const std::lock_guard lock(m_lock);
    const quint64 id = m_next++;
    m_watched.insert(id, Watched{std::move(session), deadline, std::move(cancel)});
    return id;
}

bool SessionWatchdog::unwatch(quint64 id)
{
    const std::lock_guard lock(m_lock);
    return m_watched.take(id).cutForDeadline;
}

void SessionWatchdog::run()
{
    std::unique_lock lock(m_lock);
    while (!m_stopping) {
        m_wake.wait_for(lock, kTick);
        const auto now = Clock::now();
        for (Watched& w : m_watched) {
            if (w.cut)
                continue;
            if (w.cancel && w.cancel->load() && w.cancelSeen == Clock::time_point{})
                w.cancelSeen = now;
            const bool late = now >= w.deadline;
            const bool cancelIgnored =
                w.cancelSeen != Clock::time_point{} && now - w.cancelSeen >= kCancelGrace;
            if (late || cancelIgnored) {
                w.session->cut();
                w.cut = true;
                w.cutForDeadline = late && !cancelIgnored;
            }
        }
    }
}
