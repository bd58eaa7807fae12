#include "fleet/LiveSyncRuns.h"

#include "inventory/StoredInventory.h"
#include "monitor/HttpChecker.h"
#include "parsers/SyncRunLog.h"
#include "remote/LiveSyncScript.h"
#include "remote/RemoteValue.h"

#include <QLocale>

QString LiveSyncRun::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Queued:
        return LiveSyncRuns::tr("queued");
    case Stage::Running:
        return LiveSyncRuns::tr("running");
    case Stage::Checking:
        return LiveSyncRuns::tr("checking the result");
    case Stage::Succeeded:
        return LiveSyncRuns::tr("succeeded");
    case Stage::Failed:
        return LiveSyncRuns::tr("failed");
    case Stage::Cancelled:
        return LiveSyncRuns::tr("cancelled");
    }
    return {};
}

LiveSyncRuns::LiveSyncRuns(SshPool& pool, StoredInventory& audit, QObject* parent)
    : QObject(parent), m_pool(pool), m_audit(audit)
{
    connect(&m_pool, &SshPool::started, this, [this](SshJobId id) { onStarted(id); });
    connect(&m_pool, &SshPool::output, this, &LiveSyncRuns::onOutput);
    connect(&m_pool, &SshPool::finished, this, &LiveSyncRuns::onFinished);
}

void LiveSyncRuns::setHttpChecker(HttpChecker* checker)
{
    if (m_http)
        disconnect(m_http, nullptr, this, nullptr);
    m_http = checker;
    if (m_http)
        connect(m_http, &HttpChecker::checked, this, &LiveSyncRuns::onChecked);
}

QString LiveSyncRuns::pushMasterHost(const QString& name)
{
    return name.contains(QLatin1Char('.')) ? name : name + QStringLiteral(".clamav.net");
}

QString LiveSyncRuns::syncHost(const MirrorRecord& mirror, const QString& pushMaster)
{
    return pushMasterHost(pushMaster.isEmpty() ? mirror.rsyncHost : pushMaster);
}

int LiveSyncRuns::add(const MirrorRecord& mirror, LiveSyncRun::Kind kind, const QString& pushMaster)
{
    LiveSyncRun run;
    run.index = count();
    run.mirror = mirror;
    run.kind = kind;
    run.pushMaster = pushMaster;
    m_runs.push_back(run);
    emit added(run.index);
    return run.index;
}

QList<int> LiveSyncRuns::trigger(const QList<MirrorRecord>& mirrors, const QString& pushMaster)
{
    QList<int> indices;
    for (const MirrorRecord& mirror : mirrors) {
        const QString host = syncHost(mirror, pushMaster);
        const int index = add(mirror, LiveSyncRun::Kind::Triggered, host);
        m_jobs.insert(start(mirror, host), index);
        indices << index;
    }
    return indices;
}

SshJobId LiveSyncRuns::startDetached(const MirrorRecord& mirror, const QString& pushMaster)
{
    if (mirror.accessMode != AccessMode::Shell)
        return m_pool.refuse(mirror, tr("%1 is trigger-only: its sync runs only while the "
                                        "connection stays open")
                                         .arg(mirror.name));
    return start(mirror, syncHost(mirror, pushMaster), true);
}

SshJobId LiveSyncRuns::start(const MirrorRecord& mirror, const QString& host, bool detached)
{
    // Checked before anything is sent; refused, it starts nothing to audit.
    if (const QString problem = RemoteValue::pushMasterProblem(host); !problem.isEmpty())
        return m_pool.refuse(mirror, tr("%1: no sync started: %2").arg(mirror.name, problem));
    m_audit.record(mirror.name, QStringLiteral("trigger"), tr("sync from %1").arg(host));
    if (detached)
        return m_pool.exec(mirror, LiveSyncScript::detached(host));
    if (mirror.accessMode == AccessMode::TriggerOnly)
        return m_pool.startSync(mirror, LiveSyncScript::forcedCommand(host), false);
    return m_pool.startSync(mirror, LiveSyncScript::trigger(mirror.homeDir, host), true);
}

int LiveSyncRuns::follow(const MirrorRecord& mirror, qint64 offset)
{
    const int index = add(mirror, LiveSyncRun::Kind::Followed, {});
    m_jobs.insert(
        m_pool.follow(mirror, LiveSyncScript::follow(mirror.homeDir, mirror.confPath, offset)),
        index);
    return index;
}

void LiveSyncRuns::cancel(int index)
{
    LiveSyncRun& run = m_runs.at(size_t(index));
    if (run.isOver())
        return;
    const bool queued = run.stage == LiveSyncRun::Stage::Queued;
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (it.value() != index) {
            ++it;
            continue;
        }
        m_pool.cancel(it.key());
        it = queued ? m_jobs.erase(it) : std::next(it);
    }
    if (queued)
        end(run, LiveSyncRun::Stage::Cancelled, tr("never started"));
    else if (run.stage == LiveSyncRun::Stage::Checking) {
        if (auto it = m_checking.find(run.mirror.name); it != m_checking.end()) {
            it->removeAll(index);
            if (it->isEmpty())
                m_checking.erase(it);
        }
        end(run, LiveSyncRun::Stage::Cancelled, tr("the result was not checked"));
    }
}

void LiveSyncRuns::cancelAll()
{
    for (int i = 0; i < count(); ++i)
        cancel(i);
}

int LiveSyncRuns::latestOf(const QString& mirror) const
{
    for (int i = count() - 1; i >= 0; --i) {
        if (m_runs.at(size_t(i)).mirror.name == mirror)
            return i;
    }
    return -1;
}

int LiveSyncRuns::activeCount() const
{
    return int(std::count_if(m_runs.cbegin(), m_runs.cend(),
                             [](const LiveSyncRun& run) { return !run.isOver(); }));
}

void LiveSyncRuns::onStarted(SshJobId id)
{
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.cend())
        return;
    LiveSyncRun& run = m_runs.at(size_t(*it));
    run.stage = LiveSyncRun::Stage::Running;
    run.started = QDateTime::currentDateTimeUtc();
    emit changed(run.index);
}

void LiveSyncRuns::onOutput(SshJobId id, const QByteArray& chunk, bool isError)
{
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.cend())
        return;
    LiveSyncRun& run = m_runs.at(size_t(*it));
    const bool isLog = !isError && run.mirror.accessMode == AccessMode::Shell;
    if (isLog) {
        run.log += chunk;
        // Trimmed a quarter at a time, not at every chunk once full.
        if (run.log.size() > LiveSyncRun::kLogCap + LiveSyncRun::kLogCap / 4)
            run.log.remove(0, run.log.size() - LiveSyncRun::kLogCap);
        emit output(run.index, chunk);
        return;
    }
    // The script's words come in chunks that need not end a line; the pid
    // marker is taken out of them whole.
    QByteArray& pending = m_stderr[run.index];
    pending += chunk;
    qsizetype newline;
    while ((newline = pending.indexOf('\n')) >= 0) {
        const QByteArray line = pending.left(newline + 1);
        pending.remove(0, newline + 1);
        if (const auto pid = LiveSyncScript::pidMarker(line))
            run.pid = *pid;
        else if (!LiveSyncScript::isProgressMarker(line) &&
                 run.messages.size() < LiveSyncRun::kMessagesCap)
            run.messages += QString::fromUtf8(line);
    }
    if (pending.size() > LiveSyncRun::kMessagesCap)
        pending.clear();
    emit changed(run.index);
}

void LiveSyncRuns::onFinished(const SshJobResult& result)
{
    if (const auto stop = m_stops.constFind(result.id); stop != m_stops.cend()) {
        LiveSyncRun& run = m_runs.at(size_t(*stop));
        m_stops.erase(stop);
        const QString said = result.ok ? QString::fromUtf8(result.outcome.standardOutput).trimmed()
                                       : result.failure.message;
        m_audit.record(run.mirror.name, QStringLiteral("sync-cancel"), said);
        end(run, LiveSyncRun::Stage::Cancelled, said);
        return;
    }
    const auto it = m_jobs.constFind(result.id);
    if (it == m_jobs.cend())
        return;
    LiveSyncRun& run = m_runs.at(size_t(*it));
    m_jobs.erase(it);
    if (const QByteArray rest = m_stderr.take(run.index); !rest.isEmpty())
        run.messages += QString::fromUtf8(rest);
    judge(run, result);
}

void LiveSyncRuns::judge(LiveSyncRun& run, const SshJobResult& result)
{
    const bool shell = run.mirror.accessMode == AccessMode::Shell;
    const QString said = run.messages.trimmed();
    if (!result.ok && result.failure.kind == SshFailure::Kind::Cancelled) {
        if (run.kind == LiveSyncRun::Kind::Triggered && shell && run.pid > 0) {
            m_stops.insert(m_pool.exec(run.mirror, LiveSyncScript::stop(run.pid)), run.index);
            return;
        }
        if (run.kind == LiveSyncRun::Kind::Triggered)
            m_audit.record(run.mirror.name, QStringLiteral("sync-cancel"),
                           tr("stopped waiting; the sync goes on on the mirror"));
        end(run, LiveSyncRun::Stage::Cancelled,
            run.kind == LiveSyncRun::Kind::Followed
                ? tr("stopped following; the sync goes on")
                : tr("stopped waiting; the sync goes on on the mirror"));
        return;
    }
    if (!result.ok) {
        end(run, LiveSyncRun::Stage::Failed, result.failure.message);
        return;
    }
    const int status = result.outcome.exitStatus;
    if (!shell) {
        // The forced command said all it will; the timestamp tells the rest.
        if (status != 0) {
            end(run, LiveSyncRun::Stage::Failed,
                said.isEmpty() ? tr("the forced command exited with %1").arg(status) : said);
        } else if (m_http) {
            run.stage = LiveSyncRun::Stage::Checking;
            // The checker merges checks of one mirror into one answer: a
            // second run of the mirror waits beside the first for it.
            m_checking[run.mirror.name] << run.index;
            emit changed(run.index);
            m_http->check({run.mirror});
        } else {
            end(run, LiveSyncRun::Stage::Succeeded,
                tr("the forced command ended; refresh the freshness to see the result"));
        }
        return;
    }
    if (run.kind == LiveSyncRun::Kind::Followed && status == LiveSyncScript::kNoRun &&
        run.log.isEmpty()) {
        end(run, LiveSyncRun::Stage::Failed, said);
        return;
    }
    if (status != 0 && run.log.isEmpty()) {
        end(run, LiveSyncRun::Stage::Failed,
            said.isEmpty() ? tr("clam-clientsync exited with %1").arg(status) : said);
        return;
    }
    const SyncRunLog log = SyncRunLogParser::parse(run.log);
    switch (log.outcome) {
    case SyncRunLog::Outcome::Success:
        end(run, LiveSyncRun::Stage::Succeeded,
            tr("%n file(s) changed, %1 received", nullptr, int(log.changedFiles.size()))
                .arg(QLocale().formattedDataSize(qMax<qint64>(0, log.bytesReceived))));
        break;
    case SyncRunLog::Outcome::Failed:
        end(run, LiveSyncRun::Stage::Failed,
            log.errors.isEmpty() ? tr("rsync failed") : log.errors.first().text);
        break;
    case SyncRunLog::Outcome::Partial:
        end(run, LiveSyncRun::Stage::Failed,
            tr("partial: %n file(s), some not transferred (%1)", nullptr,
               int(log.changedFiles.size()))
                .arg(SyncRunLogParser::codeMeaning(log.rsyncExitCode)));
        break;
    case SyncRunLog::Outcome::Incomplete:
        end(run, LiveSyncRun::Stage::Failed, tr("the log ends before rsync's totals"));
        break;
    }
}

void LiveSyncRuns::onChecked(const HttpCheck& check)
{
    const QList<int> waiting = m_checking.take(check.mirror);
    for (const int index : waiting) {
        // A listener of the first one's end may have cancelled the next.
        if (!m_runs.at(size_t(index)).isOver())
            judgeCheck(m_runs.at(size_t(index)), check);
    }
}

void LiveSyncRuns::judgeCheck(LiveSyncRun& run, const HttpCheck& check)
{
    if (!check.reachable) {
        end(run, LiveSyncRun::Stage::Failed,
            tr("the forced command ended, but the mirror does not answer over HTTP: %1")
                .arg(check.error));
        return;
    }
    if (!check.timestamp) {
        end(run, LiveSyncRun::Stage::Failed,
            tr("the forced command ended, but the mirror serves no timestamp"));
        return;
    }
    const qint64 minutes = check.timestamp->secsTo(check.checkedAt) / 60;
    const QString daily =
        check.cvdVersions.contains(QStringLiteral("daily"))
            ? tr(", daily %1").arg(check.cvdVersions.value(QStringLiteral("daily")))
            : QString();
    end(run, LiveSyncRun::Stage::Succeeded,
        tr("the forced command ended; timestamp %n minute(s) old%1", nullptr, int(minutes))
            .arg(daily));
}

void LiveSyncRuns::end(LiveSyncRun& run, LiveSyncRun::Stage stage, const QString& result)
{
    run.stage = stage;
    run.result = result;
    run.ended = QDateTime::currentDateTimeUtc();
    emit changed(run.index);
    emit runEnded(run.index);
    if (activeCount() == 0)
        emit allEnded();
}
