#include "inventory/SyncRunStore.h"

#include "inventory/InventoryDatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

SyncRun fromQuery(const QSqlQuery& q, bool withLog)
{
    SyncRun run;
    run.mirrorId = q.value(0).toLongLong();
    run.finishedAt = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    run.outcome = SyncRun::outcomeFromName(q.value(2).toString());
    run.exitCode = q.value(3).toInt();
    run.filesChanged = q.value(4).toInt();
    run.filesDeleted = q.value(5).toInt();
    run.bytesReceived = q.value(6).toLongLong();
    run.firstError = q.value(7).toString();
    if (withLog)
        run.log = q.value(8).toByteArray();
    return run;
}

const char* const kColumns =
    "mirror_id, finished_at, outcome, exit_code, files_changed, files_deleted, "
    "bytes_received, first_error";

} // namespace

SyncRunLog::Outcome SyncRun::outcomeFromName(const QString& name)
{
    if (name == QLatin1String("success"))
        return SyncRunLog::Outcome::Success;
    if (name == QLatin1String("failed"))
        return SyncRunLog::Outcome::Failed;
    if (name == QLatin1String("partial"))
        return SyncRunLog::Outcome::Partial;
    return SyncRunLog::Outcome::Incomplete;
}

QString SyncRun::outcomeName(SyncRunLog::Outcome outcome)
{
    switch (outcome) {
    case SyncRunLog::Outcome::Success:
        return QStringLiteral("success");
    case SyncRunLog::Outcome::Failed:
        return QStringLiteral("failed");
    case SyncRunLog::Outcome::Partial:
        return QStringLiteral("partial");
    case SyncRunLog::Outcome::Incomplete:
        break;
    }
    return QStringLiteral("incomplete");
}

SyncRun SyncRun::from(qint64 mirrorId, const QDateTime& finishedAt, const QByteArray& log)
{
    const SyncRunLog parsed = SyncRunLogParser::parse(log);
    SyncRun run;
    run.mirrorId = mirrorId;
    run.finishedAt = finishedAt;
    run.outcome = parsed.outcome;
    run.exitCode = parsed.rsyncExitCode;
    run.filesChanged = int(parsed.changedFiles.size());
    run.filesDeleted = int(parsed.deletedFiles.size());
    run.bytesReceived = parsed.bytesReceived;
    run.firstError = parsed.errors.isEmpty() ? QString() : parsed.errors.first().text;
    run.log = log;
    return run;
}

Result<bool> SyncRunStore::add(const SyncRun& run)
{
    QSqlQuery query(m_db.database());
    query.prepare(
        QStringLiteral(
            "INSERT OR IGNORE INTO sync_runs (%1, log) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(QLatin1String(kColumns)));
    query.addBindValue(run.mirrorId);
    query.addBindValue(run.finishedAt.toSecsSinceEpoch());
    query.addBindValue(SyncRun::outcomeName(run.outcome));
    query.addBindValue(run.exitCode);
    query.addBindValue(run.filesChanged);
    query.addBindValue(run.filesDeleted);
    query.addBindValue(run.bytesReceived);
    query.addBindValue(run.firstError.isNull() ? QStringLiteral("") : run.firstError);
    query.addBindValue(run.log.isNull() ? QByteArray("") : run.log);
    if (!query.exec())
        return fail(QCoreApplication::translate("SyncRunStore", "cannot store a sync run: %1")
                        .arg(query.lastError().text()));
    return query.numRowsAffected() == 1;
}

QList<SyncRun> SyncRunStore::runs(qint64 mirrorId, int limit) const
{
    QSqlQuery query(m_db.database());
    query.prepare(
        QStringLiteral(
            "SELECT %1 FROM sync_runs WHERE mirror_id = ? ORDER BY finished_at DESC LIMIT ?")
            .arg(QLatin1String(kColumns)));
    query.addBindValue(mirrorId);
    query.addBindValue(limit);
    QList<SyncRun> found;
    if (query.exec()) {
        while (query.next())
            found.append(fromQuery(query, false));
    }
    return found;
}

std::optional<SyncRun> SyncRunStore::run(qint64 mirrorId, const QDateTime& finishedAt) const
{
    QSqlQuery query(m_db.database());
    query.prepare(
        QStringLiteral("SELECT %1, log FROM sync_runs WHERE mirror_id = ? AND finished_at = ?")
            .arg(QLatin1String(kColumns)));
    query.addBindValue(mirrorId);
    query.addBindValue(finishedAt.toSecsSinceEpoch());
    if (query.exec() && query.next())
        return fromQuery(query, true);
    return std::nullopt;
}

QList<qint64> SyncRunStore::knownTimes(qint64 mirrorId, int limit) const
{
    QList<qint64> times;
    for (const SyncRun& run : runs(mirrorId, limit))
        times.append(run.finishedAt.toSecsSinceEpoch());
    return times;
}

QList<SyncRun> SyncRunStore::everyRun(qint64 mirrorId) const
{
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, log FROM sync_runs WHERE mirror_id = ? "
                                 "ORDER BY finished_at ASC")
                      .arg(QLatin1String(kColumns)));
    query.addBindValue(mirrorId);
    QList<SyncRun> runs;
    if (query.exec()) {
        while (query.next())
            runs.append(fromQuery(query, true));
    }
    return runs;
}
