#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class InventoryDatabase;

// One stored result of a probe or a check.
struct HistoryEntry
{
    qint64 mirrorId = 0;
    QString kind; // probe, freshness, sync-run, ...
    QDateTime at;
    QJsonObject payload;
};

// Every probe and check result with its time, so the console can plot them;
// a retention setting prunes the old ones.
class ProbeHistory
{
public:
    explicit ProbeHistory(InventoryDatabase& database) : m_db(database) {}

    Result<Done> record(const HistoryEntry& entry);
    QList<HistoryEntry> entries(qint64 mirrorId, const QString& kind, const QDateTime& since) const;
    // The newest entry of that kind: one row read, whatever the history holds.
    std::optional<HistoryEntry> latest(qint64 mirrorId, const QString& kind) const;
    // Deletes entries older than cutoff; returns how many went.
    Result<int> prune(const QDateTime& cutoff);

private:
    InventoryDatabase& m_db;
};
