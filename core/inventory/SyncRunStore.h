#pragma once

#include "parsers/SyncRunLog.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

class InventoryDatabase;

// One clam-clientsync run as the console keeps it: longer than the seven
// the mirror's savelog keeps.
struct SyncRun
{
    qint64 mirrorId = 0;
    QDateTime finishedAt; // the log file's mtime
    SyncRunLog::Outcome outcome = SyncRunLog::Outcome::Incomplete;
    int exitCode = -1;
    int filesChanged = 0;
    int filesDeleted = 0;
    qint64 bytesReceived = -1;
    QString firstError;
    QByteArray log; // empty in lists; run() fills it

    static SyncRun from(qint64 mirrorId, const QDateTime& finishedAt, const QByteArray& log);
    static QString outcomeName(SyncRunLog::Outcome outcome);
    static SyncRunLog::Outcome outcomeFromName(const QString& name);
};

class SyncRunStore
{
public:
    explicit SyncRunStore(InventoryDatabase& database) : m_db(database) {}

    // False when that run was stored already.
    Result<bool> add(const SyncRun& run);
    QList<SyncRun> runs(qint64 mirrorId, int limit = 200) const; // newest first, without logs
    std::optional<SyncRun> run(qint64 mirrorId, const QDateTime& finishedAt) const;
    QList<qint64> knownTimes(qint64 mirrorId, int limit = 50) const;
    // Every stored run with its log, oldest first.
    QList<SyncRun> everyRun(qint64 mirrorId) const;

private:
    InventoryDatabase& m_db;
};
