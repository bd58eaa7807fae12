#include "fleet/FleetRefresher.h"

#include "facts/TrafficFacts.h"
#include "fleet/ProbeStore.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/ProbeHistory.h"
#include "remote/ProbeOutput.h"
#include "remote/ProbeScript.h"

namespace {

// What a worker makes of one probe, off the thread that may be a window's:
// the output, the facts read from it, and, stored there too, their JSON and
// the traffic tallied from the access log's new lines.
struct ProbeResult
{
    ProbeOutput probe; // a light probe's completed from its baseline
    MirrorFacts facts;
    QJsonObject factsJson;
    QJsonObject traffic;
    bool light = false;
    // Of a full probe; of a light one that read the disk, its baseline with
    // that reading.
    std::optional<ProbeBaseline> baseline;
};

QString sourceOf(const MirrorRecord& m)
{
    return QStringList{
        m.address,  QString::number(m.sshPort), m.user, m.homeDir, m.confPath, m.accessLogPath,
        m.rsyncHost}
        .join(QChar(0));
}

} // namespace

Q_DECLARE_METATYPE(ProbeResult)

FleetRefresher::FleetRefresher(SshPool& pool, InventoryDatabase& database, FactSettings settings,
                               QObject* parent)
    : QObject(parent), m_pool(pool), m_path(database.path()), m_store(m_path),
      m_settings(std::move(settings))
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
        ProbeBaseline baseline;
        bool readDisk = true;
        if (const auto known = m_baselines.constFind(mirror.id);
            known != m_baselines.cend() && known->source == sourceOf(mirror) &&
            known->lightSince < kFullProbeEvery - 1) {
            baseline = known->probe;
            readDisk = baseline.readsDiskAt(known->lightSince);
        }
        const SshJobId id = m_pool.submit(
            mirror, [path = m_path, baseline, readDisk, mirror, settings = m_settings](
                        SshSession& session, const std::atomic_bool* cancel, SshJobResult& result) {
                InventoryDatabase* store = ProbeStore::forThisThread(path);
                if (!store) {
                    result.failure =
                        session.failure(SshFailure::Kind::Refused,
                                        tr("the inventory %1 cannot be opened").arg(path));
                    return;
                }
                ProbeStore::Known known = ProbeStore::load(*store, mirror);
                const ProbeRequest& request = known.request;
                known.request.baseline = baseline;
                known.request.readDisk = readDisk;
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
                else if (readDisk)
                    read.baseline = request.baseline.withDiskOf(read.probe);
                read.facts =
                    MirrorFactsReader::read(mirror, read.probe, QDateTime::currentDateTimeUtc(),
                                            settings, known.localTestServed);
                read.factsJson = read.facts.toJson();
                read.traffic = TrafficReader::read(read.probe).toJson();
                ProbeStore::save(*store, read.facts, read.factsJson, read.probe, read.traffic);
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
    // Days of retention are pruned by the hour, not at each refresh's end.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool prune = !m_pruned.isValid() || m_pruned.secsTo(now) >= 3600;
    if (prune)
        m_pruned = now;
    // Reset first: a refresh asked for by a listener counts from zero.
    const int refreshed = m_done - m_failed, failed = m_failed;
    m_total = m_done = m_failed = 0;
    ++m_finishing;
    // Told after the failed probes' records: by then everything is stored.
    m_store.run<bool>(
        this,
        [prune, cutoff = now.addDays(-m_retentionDays)](InventoryDatabase& db) {
            return !prune || bool(ProbeHistory(db).prune(cutoff));
        },
        [this, refreshed, failed](bool) {
            --m_finishing;
            emit finished(refreshed, failed);
        });
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
        // Told once stored, so that whoever reads the store then finds it.
        m_store.run<bool>(
            this,
            [entry = HistoryEntry{mirror.id, QStringLiteral("probe"), now, json}](
                InventoryDatabase& db) { return bool(ProbeHistory(db).record(entry)); },
            [this, facts, json](bool) { emit mirrorRefreshed(facts, json); });
    } else {
        const ProbeResult read = result.payload.value<ProbeResult>();
        if (read.light) {
            ++m_counts.light;
            Baseline& known = m_baselines[mirror.id];
            ++known.lightSince;
            if (read.baseline)
                known.probe = *read.baseline;
        } else {
            ++m_counts.full;
            if (read.baseline)
                m_baselines.insert(mirror.id, {*read.baseline, sourceOf(mirror), 0});
            else
                m_baselines.remove(mirror.id);
        }
        emit mirrorRefreshed(read.facts, read.factsJson);
    }
    emit progress(m_done, m_total);
    if (m_pending.isEmpty())
        finish();
}
