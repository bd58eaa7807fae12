#pragma once

#include "fleet/MirrorFacts.h"
#include "ssh/SshPool.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

class InventoryDatabase;

// Refreshes shell-mode mirrors: one probe (one exec round trip) each through
// the pool, facts read on the worker, stored here: new sync runs, log
// cursors, and the facts in the history. Trigger-only mirrors are skipped:
// any exec there would start a sync.
class FleetRefresher : public QObject
{
    Q_OBJECT

public:
    FleetRefresher(SshPool& pool, InventoryDatabase& database, FactSettings settings,
                   QObject* parent = nullptr);

    void refresh(const QList<MirrorRecord>& mirrors);
    void cancel();
    // Probe and check results older than this are pruned after each sweep.
    void setRetentionDays(int days) { m_retentionDays = days; }
    bool busy() const { return !m_pending.isEmpty(); }

signals:
    // json: facts.toJson(), made once on the worker for every listener.
    void mirrorRefreshed(const MirrorFacts& facts, const QJsonObject& json);
    void mirrorSkipped(const QString& mirror, const QString& why);
    void progress(int done, int total);
    void finished(int refreshed, int failed);

private:
    void finish();
    void onJobFinished(const SshJobResult& result);
    void store(const MirrorFacts& facts, const QJsonObject& json, const ProbeOutput& probe,
               const QJsonObject& traffic);

    SshPool& m_pool;
    InventoryDatabase& m_db;
    FactSettings m_settings;
    QHash<SshJobId, MirrorRecord> m_pending;
    int m_total = 0;
    int m_done = 0;
    int m_failed = 0;
    int m_retentionDays = 400;
};
