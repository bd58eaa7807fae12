#include "fleet/FleetRefresher.h"

#include "facts/TrafficFacts.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/ProbeCursorStore.h"
#include "inventory/ProbeHistory.h"
#include "remote/ProbeOutput.h"
#include "remote/ProbeScript.h"

namespace {

// What a worker makes of one probe: the output (its runs and cursors are
// stored on the refresher's thread), and what is read and encoded from it
// there, off the thread that may be a window's: the facts, their JSON, and
// the traffic tallied from the access log's new lines.
struct ProbeResult
{
    ProbeOutput probe; // a light probe's completed from its baseline
    MirrorFacts facts;
    QJsonObject factsJson;
    QJsonObject traffic;
    bool light = false;
    std::optional<ProbeBaseline> baseline; // of a full probe
};

QString sourceOf(const MirrorRecord& m)
{
    return QStringList{m.address, QString::number(m.sshPort), m.user, m.homeDir, m.confPath}.join(
        QChar(0));
}

} // namespace

Q_DECLARE_METATYPE(ProbeResult)

FleetRefresher::FleetRefresher(SshPool& pool, InventoryDatabase& database, FactSettings settings,
                               QObject* parent)
    : QObject(parent), m_pool(pool), m_db(database), m_settings(std::move(settings))
{
    connect(&m_pool, &SshPool::finished, this, &FleetRefresher::onJobFinished);
}

void FleetRefresher::refresh(const QList<MirrorRecord>& mirrors)
{
    m_total += int(mirrors.size());
    for (const MirrorRecord& mirror : mirrors) {
        if (mirror.accessMode == AccessMode::TriggerOnly || !mirror.enabled) {
            ++m_done;
            emit mirrorSkipped(mirror.name,
                               mirror.enabled
                                   ? tr("trigger-only: the console sends it nothing but a sync")
                                   : tr("disabled"));
            continue;
        }
        ProbeRequest request;
        request.home = mirror.homeDir;
        request.confPath = mirror.confPath;
        request.accessLogPath = mirror.accessLogPath;
        request.rsyncHost = mirror.rsyncHost;
        request.logs.knownRunTimes = SyncRunStore(m_db).knownTimes(mirror.id);
        ProbeCursorStore(m_db).load(mirror.id, &request);
        if (const auto known = m_baselines.constFind(mirror.id);
            known != m_baselines.cend() && known->source == sourceOf(mirror) &&
            known->lightSince < kFullProbeEvery - 1)
            request.baseline = known->probe;
        // The audit's local_test item comes from the last HTTP check, if any.
        std::optional<bool> localTest;
        const auto check = ProbeHistory(m_db).latest(mirror.id, QStringLiteral("freshness"));
        if (check && check->at >= QDateTime::currentDateTimeUtc().addDays(-7)) {
            const QJsonObject vhosts = check->payload.value(QStringLiteral("vhosts")).toObject();
            if (vhosts.contains(QStringLiteral("db.test.clamav.net")))
                localTest = vhosts.value(QStringLiteral("db.test.clamav.net")).toBool();
        }
        const SshJobId id = m_pool.submit(
            mirror, [request, mirror, localTest, settings = m_settings](
                        SshSession& session, const std::atomic_bool* cancel, SshJobResult& result) {
                const ProbeScript script(request);
                auto ran = session.exec(script.text(), {}, cancel);
                if (!ran) {
                    result.failure = ran.error();
                    return;
                }
                auto parsed =
                    ProbeOutputParser::parse(ran->standardOutput, script.marker().toUtf8());
                if (!parsed || !parsed->complete) {
                    result.failure = session.failure(
                        SshFailure::Kind::Remote,
                        tr("the probe's output is incomplete: %1")
                            .arg(parsed ? tr("it stopped early") : parsed.error().describe()));
                    return;
                }
                const bool light = ProbeBaseline::isLight(*parsed);
                if (light && request.baseline.signature.isEmpty()) {
                    result.failure = session.failure(
                        SshFailure::Kind::Remote, tr("the probe's output is incomplete: %1")
                                                      .arg(tr("a light answer to a full probe")));
                    return;
                }
                result.ok = true;
                ProbeResult read;
                read.light = light;
                read.probe = light ? request.baseline.complete(*parsed) : std::move(parsed).value();
                if (!light)
                    read.baseline = ProbeBaseline::of(read.probe);
                read.facts = MirrorFactsReader::read(
                    mirror, read.probe, QDateTime::currentDateTimeUtc(), settings, localTest);
                read.factsJson = read.facts.toJson();
                read.traffic = TrafficReader::read(read.probe).toJson();
                result.payload = QVariant::fromValue(std::move(read));
            });
        m_pending.insert(id, mirror);
    }
    emit progress(m_done, m_total);
    // Every mirror skipped: nothing will finish later.
    if (m_pending.isEmpty())
        finish();
}

void FleetRefresher::finish()
{
    ProbeHistory(m_db).prune(QDateTime::currentDateTimeUtc().addDays(-m_retentionDays));
    // Reset first: a refresh asked for by a listener counts from zero.
    const int refreshed = m_done - m_failed, failed = m_failed;
    m_total = m_done = m_failed = 0;
    emit finished(refreshed, failed);
}

void FleetRefresher::cancel()
{
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        m_pool.cancel(it.key());
}

void FleetRefresher::onJobFinished(const SshJobResult& result)
{
    const auto it = m_pending.constFind(result.id);
    if (it == m_pending.cend())
        return;
    const MirrorRecord mirror = it.value();
    m_pending.erase(it);
    ++m_done;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!result.ok) {
        m_baselines.remove(mirror.id);
        ++m_failed;
        MirrorFacts facts;
        facts.mirror = mirror.name;
        facts.mirrorId = mirror.id;
        facts.probedAt = now;
        facts.error = result.failure.message;
        const QJsonObject json = facts.toJson();
        ProbeHistory(m_db).record({mirror.id, QStringLiteral("probe"), now, json});
        emit mirrorRefreshed(facts, json);
    } else {
        const ProbeResult read = result.payload.value<ProbeResult>();
        if (read.light) {
            ++m_counts.light;
            ++m_baselines[mirror.id].lightSince;
        } else {
            ++m_counts.full;
            if (read.baseline)
                m_baselines.insert(mirror.id, {*read.baseline, sourceOf(mirror), 0});
            else
                m_baselines.remove(mirror.id);
        }
        store(read.facts, read.factsJson, read.probe, read.traffic);
        emit mirrorRefreshed(read.facts, read.factsJson);
    }
    emit progress(m_done, m_total);
    if (m_pending.isEmpty())
        finish();
}

void FleetRefresher::store(const MirrorFacts& facts, const QJsonObject& json,
                           const ProbeOutput& probe, const QJsonObject& traffic)
{
    SyncRunStore runs(m_db);
    for (const SyncRun& run : facts.newRuns)
        runs.add(run);
    ProbeCursorStore cursors(m_db);
    if (const ProbeSection* live = probe.section(QStringLiteral("live"))) {
        // "live <inode> <offset> <size> <mtime>": the next probe goes on from here.
        cursors.save(facts.mirrorId, QStringLiteral("live-inode"),
                     live->args.value(0).toLongLong());
        cursors.save(facts.mirrorId, QStringLiteral("live-offset"),
                     live->args.value(1).toLongLong() + live->content.size());
    }
    if (const ProbeSection* access = probe.section(QStringLiteral("access"));
        access && access->exitStatus == 0) {
        cursors.save(facts.mirrorId, QStringLiteral("access-inode"),
                     access->args.value(0).toLongLong());
        // The cursor stops at the last whole line: a line cut at the probe's
        // cap is read whole next time. A line longer than the cap is skipped.
        qsizetype whole = access->content.lastIndexOf('\n') + 1;
        if (whole == 0 && access->content.size() >= ProbeRequest{}.capPerFile)
            whole = access->content.size();
        cursors.save(facts.mirrorId, QStringLiteral("access-offset"),
                     access->args.value(1).toLongLong() + whole);
    }
    ProbeHistory(m_db).record({facts.mirrorId, QStringLiteral("probe"), facts.probedAt, json});
    ProbeHistory(m_db).record({facts.mirrorId, QStringLiteral("traffic"), facts.probedAt, traffic});
    ProbeHistory(m_db).record({facts.mirrorId, QStringLiteral("disk"), facts.probedAt,
                               facts.disk.trendPoint(facts.probedAt).toJson()});
}
