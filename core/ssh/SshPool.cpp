#include "ssh/SshPool.h"

#include "ssh/HostKeyStore.h"
#include "ssh/SftpChannel.h"
#include "util/WorkerPriority.h"

SshPool::SshPool(HostKeyStore& hostKeys, SshPoolSettings settings, QObject* parent)
    : QObject(parent), m_hostKeys(hostKeys), m_settings(std::move(settings))
{
    qRegisterMetaType<SshJobResult>();
    m_threads.setMaxThreadCount(std::max(1, m_settings.maxMirrors));
    m_keepalive.setInterval(m_settings.keepaliveInterval);
    connect(&m_keepalive, &QTimer::timeout, this, &SshPool::keepIdleSessionsAlive);
    m_keepalive.start();
}

SshPool::~SshPool()
{
    cancelAll();
    m_threads.waitForDone();
}

SshJobId SshPool::refuseOnTriggerOnly(const MirrorRecord& mirror, const QString& what)
{
    return refuse(mirror, tr("%1 is a trigger-only mirror: any %2 there starts a sync, so the "
                             "console does not send one")
                              .arg(mirror.name, what));
}

SshJobId SshPool::refuse(const MirrorRecord& mirror, const QString& why)
{
    const SshJobId id = m_nextId++;
    SshJobResult result;
    result.id = id;
    result.mirror = mirror.name;
    result.failure = {SshFailure::Kind::Refused, why, {}};
    QMetaObject::invokeMethod(
        this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
    return id;
}

SshJobId SshPool::exec(const MirrorRecord& mirror, const QString& command)
{
    if (mirror.accessMode == AccessMode::TriggerOnly)
        return refuseOnTriggerOnly(mirror, tr("command"));
    return enqueueExec(mirror, command);
}

SshJobId SshPool::startSync(const MirrorRecord& mirror, const QString& command, bool streamsLog)
{
    // A sync runs as long as its lock allows, not as long as one command may.
    // A forced command says nothing while it runs, so only the lock's
    // lifetime bounds it; a streamed log has a heartbeat while rsync makes
    // progress, so a stall ends it too.
    ExecLimits limits;
    limits.deadline = kSyncLockLifetime + m_settings.ssh.connectTimeout;
    if (!streamsLog)
        return enqueueExec(mirror, command, limits);
    if (mirror.accessMode == AccessMode::TriggerOnly)
        return refuseOnTriggerOnly(mirror, tr("command"));
    limits.stall = m_settings.syncStall;
    return enqueueExec(mirror, command, limits, OutputKept::ErrorOnly);
}

SshJobId SshPool::follow(const MirrorRecord& mirror, const QString& command)
{
    if (mirror.accessMode == AccessMode::TriggerOnly)
        return refuseOnTriggerOnly(mirror, tr("command"));
    ExecLimits limits;
    limits.deadline = kSyncLockLifetime + m_settings.ssh.connectTimeout;
    limits.stall = m_settings.syncStall;
    // The log streams to whoever follows it; the job keeps only stderr.
    return enqueueExec(mirror, command, limits, OutputKept::ErrorOnly);
}

SshJobId SshPool::readFile(const MirrorRecord& mirror, const QString& path)
{
    if (mirror.accessMode == AccessMode::TriggerOnly)
        return refuseOnTriggerOnly(mirror, tr("SFTP request"));
    return enqueue(mirror,
                   [path](SshSession& session, const std::atomic_bool*, SshJobResult& result) {
                       auto read = SftpChannel(session).read(path);
                       result.ok = bool(read);
                       if (read)
                           result.file = std::move(read).value();
                       else
                           result.failure = read.error();
                   });
}

SshJobId SshPool::writeFile(const MirrorRecord& mirror, const QString& path,
                            const QByteArray& content, const QByteArray& expectedSha256,
                            std::optional<quint32> mode)
{
    if (mirror.accessMode == AccessMode::TriggerOnly)
        return refuseOnTriggerOnly(mirror, tr("SFTP request"));
    return enqueue(mirror, [=](SshSession& session, const std::atomic_bool*, SshJobResult& result) {
        auto written = SftpChannel(session).writeAtomically(path, content, expectedSha256, mode);
        result.ok = bool(written);
        if (written)
            result.file = std::move(written).value();
        else
            result.failure = written.error();
    });
}

SshJobId SshPool::submit(const MirrorRecord& mirror, Work work, std::chrono::milliseconds budget)
{
    if (mirror.accessMode == AccessMode::TriggerOnly)
        return refuseOnTriggerOnly(mirror, tr("command"));
    return enqueue(mirror, std::move(work), budget);
}

SshJobId SshPool::enqueueExec(const MirrorRecord& mirror, const QString& command,
                              const ExecLimits& limits, OutputKept kept)
{
    const SshJobId id = m_nextId; // the one enqueue() is about to hand out
    return enqueue(
        mirror,
        [this, id, command, limits, kept](SshSession& session, const std::atomic_bool* cancel,
                                          SshJobResult& result) {
            const auto sink = [this, id](QByteArrayView chunk, bool isError) {
                QMetaObject::invokeMethod(
                    this,
                    [this, id, bytes = chunk.toByteArray(), isError] {
                        emit output(id, bytes, isError);
                    },
                    Qt::QueuedConnection);
            };
            auto ran = session.exec(command, sink, cancel, kept, limits);
            result.ok = bool(ran);
            if (ran)
                result.outcome = std::move(ran).value();
            else
                result.failure = ran.error();
        },
        limits.deadline);
}

SshJobId SshPool::enqueue(const MirrorRecord& mirror, Work work, std::chrono::milliseconds budget)
{
    Job job{m_nextId++, mirror, std::move(work), std::make_shared<std::atomic_bool>(false), budget};
    m_cancels.insert(job.id, job.cancel);
    m_queue.push_back(job);
    QMetaObject::invokeMethod(this, &SshPool::dispatch, Qt::QueuedConnection);
    return job.id;
}

void SshPool::cancel(SshJobId id)
{
    if (const auto flag = m_cancels.value(id))
        flag->store(true);
}

void SshPool::cancelAll()
{
    for (const auto& flag : std::as_const(m_cancels))
        flag->store(true);
}

void SshPool::closeIdleSessions()
{
    m_idle.clear();
}

QString SshPool::endpointKey(const MirrorRecord& mirror)
{
    return QStringList{mirror.name, mirror.address, QString::number(mirror.sshPort), mirror.user,
                       mirror.keyFile}
        .join(QChar(0));
}

void SshPool::retainSessionsOf(const QList<MirrorRecord>& mirrors)
{
    QSet<QString> current;
    for (const MirrorRecord& mirror : mirrors)
        current.insert(endpointKey(mirror));
    for (auto it = m_idle.begin(); it != m_idle.end();)
        it = current.contains(it.key()) ? std::next(it) : m_idle.erase(it);
}

std::chrono::milliseconds SshPool::budgetFor(const Job& job) const
{
    // Connecting (twice when a key is accepted on the way), one command, and
    // room for the command's own deadline to fire first and say why.
    const auto command = job.budget.count() > 0
                             ? job.budget
                             : std::chrono::milliseconds(m_settings.ssh.operationTimeout);
    return 2 * m_settings.ssh.connectTimeout + command + std::chrono::milliseconds(5000);
}

void SshPool::setSettings(const SshPoolSettings& settings)
{
    m_settings = settings;
    m_threads.setMaxThreadCount(std::max(1, m_settings.maxMirrors));
    m_keepalive.setInterval(m_settings.keepaliveInterval);
    closeIdleSessions();
    dispatch();
}

void SshPool::dispatch()
{
    for (auto it = m_queue.begin();
         it != m_queue.end() && runningCount() < m_settings.maxMirrors;) {
        if (m_busy.contains(it->mirror.name)) {
            ++it;
            continue;
        }
        const Job job = *it;
        it = m_queue.erase(it);
        m_busy.insert(job.mirror.name);
        std::shared_ptr<SshSession> session = m_idle.take(endpointKey(job.mirror)).session;
        // A session kept under this mirror's name but to another endpoint
        // (the record was edited) would speak to the old host: close it.
        for (auto idle = m_idle.begin(); idle != m_idle.end();)
            idle = idle->mirror == job.mirror.name ? m_idle.erase(idle) : std::next(idle);
        // Made here, on the pool's thread, so the settings are read nowhere else.
        if (!session || !session->isOpen())
            session = newSession(job.mirror);
        emit started(job.id, job.mirror.name);
        m_threads.start(
            [this, job, session, budget = budgetFor(job)] { runJob(job, session, budget); });
    }
}

std::shared_ptr<SshSession> SshPool::newSession(const MirrorRecord& mirror) const
{
    SshIdentity identity = m_settings.identity;
    if (!mirror.keyFile.isEmpty())
        identity.keyFile = mirror.keyFile;
    return std::make_shared<SshSession>(
        SshEndpoint{mirror.name, mirror.address, mirror.sshPort, mirror.user}, identity,
        m_settings.ssh, m_hostKeys);
}

Result<Done, SshFailure> SshPool::openSession(SshSession& session, const Job& job)
{
    auto opened = session.open(job.cancel.get());
    const HostKeyVerdict& verdict = opened ? HostKeyVerdict{} : opened.error().hostKey;
    if (opened || opened.error().kind != SshFailure::Kind::HostKey ||
        verdict.status != HostKeyVerdict::Status::Unknown || job.mirror.expectedHostKey.isEmpty() ||
        verdict.presentedFingerprint != job.mirror.expectedHostKey)
        return opened;
    const QByteArray host = job.mirror.address.toUtf8();
    if (auto accepted =
            m_hostKeys.accept(host, job.mirror.sshPort, verdict.keyType, verdict.keyBlob, false);
        !accepted)
        return fail(session.failure(SshFailure::Kind::HostKey, accepted.error()));
    QMetaObject::invokeMethod(
        this,
        [this, name = job.mirror.name, fp = verdict.presentedFingerprint] {
            emit hostKeyAccepted(name, fp);
        },
        Qt::QueuedConnection);
    return session.open(job.cancel.get());
}

void SshPool::runJob(const Job& job, std::shared_ptr<SshSession> session,
                     std::chrono::milliseconds budget)
{
    // Dozens of workers reading probes must not take the CPU from the thread
    // that draws the window.
    WorkerPriority::lowerCurrentThread();
    SshJobResult result;
    result.id = job.id;
    result.mirror = job.mirror.name;
    const quint64 watch =
        m_watchdog.watch(session, SessionWatchdog::Clock::now() + budget, job.cancel);
    if (!session->isOpen()) {
        if (auto opened = openSession(*session, job); !opened)
            result.failure = opened.error();
    }
    if (session->isOpen())
        job.work(*session, job.cancel.get(), result);
    if (m_watchdog.unwatch(watch)) {
        result.ok = false;
        result.failure = session->failure(
            SshFailure::Kind::TimedOut,
            tr("no answer within %1 s: the connection was cut")
                .arg(std::chrono::duration_cast<std::chrono::seconds>(budget).count()));
    } else if (session->wasCut() && job.cancel->load()) {
        result.ok = false;
        result.failure =
            session->failure(SshFailure::Kind::Cancelled, tr("cancelled: the connection was cut"));
    }
    if (!result.ok && (!session->isOpen() || result.failure.kind == SshFailure::Kind::Cancelled ||
                       result.failure.kind == SshFailure::Kind::OverLimit))
        session.reset();
    QMetaObject::invokeMethod(
        this, [this, job, session, result] { jobDone(job, session, result); },
        Qt::QueuedConnection);
}

void SshPool::jobDone(const Job& job, std::shared_ptr<SshSession> session,
                      const SshJobResult& result)
{
    m_busy.remove(job.mirror.name);
    m_cancels.remove(job.id);
    if (session && session->isOpen())
        m_idle.insert(endpointKey(job.mirror), IdleSession{job.mirror.name, session});
    if (!result.ok && result.failure.kind == SshFailure::Kind::HostKey &&
        result.failure.hostKey.status != HostKeyVerdict::Status::Revoked &&
        result.failure.hostKey.status != HostKeyVerdict::Status::Known)
        emit hostKeyQuestion(job.mirror, result.failure.hostKey);
    emit finished(result);
    dispatch();
}

void SshPool::keepIdleSessionsAlive()
{
    const QStringList idle = m_idle.keys();
    for (const QString& key : idle) {
        const QString mirror = m_idle.value(key).mirror;
        if (m_busy.contains(mirror) || runningCount() >= m_settings.maxMirrors)
            continue;
        IdleSession kept = m_idle.take(key);
        m_busy.insert(mirror);
        m_threads.start([this, key, kept, allowed = m_settings.ssh.connectTimeout] {
            const quint64 watch =
                m_watchdog.watch(kept.session, SessionWatchdog::Clock::now() + allowed, {});
            const bool alive = bool(kept.session->keepAlive()) && !m_watchdog.unwatch(watch);
            QMetaObject::invokeMethod(
                this,
                [this, key, kept, alive] {
                    m_busy.remove(kept.mirror);
                    if (alive)
                        m_idle.insert(key, kept);
                    dispatch();
                },
                Qt::QueuedConnection);
        });
    }
}
