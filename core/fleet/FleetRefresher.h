#pragma once

#include "fleet/MirrorFacts.h"
#include "inventory/StoreThread.h"
#include "remote/ProbeBaseline.h"
#include "ssh/SshPool.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

class InventoryDatabase;

// Refreshes shell-mode mirrors: one probe (one exec round trip) each through
// the pool; what the probe needs from the store is read, and what it found
// (new sync runs, log cursors, the facts in the history) written, on the
// worker, with its own connection (ProbeStore). Trigger-only mirrors are skipped:
// any exec there would start a sync. A mirror's first probe is full; the
// next ones are light, completed from its baseline, until every
// kFullProbeEvery-th, a failure, or a change of its record makes one full.
// A light probe reads the disk as its baseline says (readsDiskAt) and
// otherwise carries the last reading on.
class FleetRefresher : public QObject
{
    Q_OBJECT

public:
    // What no stat shows (firewall rules, the push master's reachability) is
    // read again at least this often.
    static constexpr int kFullProbeEvery = 10;

    struct ProbeCounts
    {
        int full = 0;
        int light = 0;
    };

    FleetRefresher(SshPool& pool, InventoryDatabase& database, FactSettings settings,
                   QObject* parent = nullptr);

    void refresh(const QList<MirrorRecord>& mirrors);
    void cancel();
    // Probe and check results older than this are pruned after each sweep.
    void setRetentionDays(int days) { m_retentionDays = days; }
    // Until finished is told: the last records may still be on their way in.
    bool busy() const { return !m_pending.isEmpty() || m_finishing > 0; }
    // How many probes of each kind finished.
    ProbeCounts probeCounts() const { return m_counts; }
    // The next probe of every mirror is full.
    void forgetBaselines() { m_baselines.clear(); }

signals:
    // json: facts.toJson(), made once on the worker for every listener.
    void mirrorRefreshed(const MirrorFacts& facts, const QJsonObject& json);
    void mirrorSkipped(const QString& mirror, const QString& why);
    void progress(int done, int total);
    void finished(int refreshed, int failed);

private:
    void finish();
    void onJobFinished(const SshJobResult& result);

    SshPool& m_pool;
    QString m_path;
    // What the refresh itself writes (failed probes, pruning), in order and
    // off the caller's thread; workers write their own mirror's probe.
    StoreThread m_store;
    FactSettings m_settings;
    struct Baseline
    {
        ProbeBaseline probe;
        QString source; // where the mirror's record said to read: it may change
        int lightSince = 0;
    };

    QHash<SshJobId, MirrorRecord> m_pending;
    QHash<qint64, Baseline> m_baselines;
    ProbeCounts m_counts;
    int m_total = 0;
    int m_done = 0;
    int m_failed = 0;
    int m_finishing = 0;
    int m_retentionDays = 400;
    QDateTime m_pruned;
};
