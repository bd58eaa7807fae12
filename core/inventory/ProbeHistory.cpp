#include "inventory/ProbeHistory.h"

#include "inventory/InventoryDatabase.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

Result<Done> ProbeHistory::record(const HistoryEntry& entry)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("INSERT INTO history (mirror_id, kind, at, payload) "
                                 "VALUES (:mirror, :kind, :at, :payload)"));
    query.bindValue(QStringLiteral(":mirror"), entry.mirrorId);
    query.bindValue(QStringLiteral(":kind"), entry.kind);
    query.bindValue(QStringLiteral(":at"), entry.at.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":payload"),
                    QString::fromUtf8(QJsonDocument(entry.payload).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return fail(QCoreApplication::translate("ProbeHistory", "cannot store a %1 result: %2")
                        .arg(entry.kind, query.lastError().text()));
    return Done{};
}

QList<HistoryEntry> ProbeHistory::entries(qint64 mirrorId, const QString& kind,
                                          const QDateTime& since) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT at, payload FROM history WHERE mirror_id = :mirror "
                                 "AND kind = :kind AND at >= :since ORDER BY at"));
    query.bindValue(QStringLiteral(":mirror"), mirrorId);
    query.bindValue(QStringLiteral(":kind"), kind);
    query.bindValue(QStringLiteral(":since"), since.toMSecsSinceEpoch());
    QList<HistoryEntry> result;
    if (!query.exec())
        return result;
    while (query.next())
        result.append({mirrorId, kind,
                       QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC),
                       QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object()});
    return result;
}

std::optional<HistoryEntry> ProbeHistory::latest(qint64 mirrorId, const QString& kind) const
{
    QSqlQuery query(m_db.database());
    query.prepare(
        QStringLiteral("SELECT at, payload FROM history WHERE mirror_id = :mirror AND kind = :kind "
                       "ORDER BY at DESC LIMIT 1"));
    query.bindValue(QStringLiteral(":mirror"), mirrorId);
    query.bindValue(QStringLiteral(":kind"), kind);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return HistoryEntry{mirrorId, kind,
                        QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC),
                        QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object()};
}

Result<int> ProbeHistory::prune(const QDateTime& cutoff)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("DELETE FROM history WHERE at < :cutoff"));
    query.bindValue(QStringLiteral(":cutoff"), cutoff.toMSecsSinceEpoch());
    if (!query.exec())
        return fail(QCoreApplication::translate("ProbeHistory", "cannot prune the history: %1")
                        .arg(query.lastError().text()));
    return query.numRowsAffected();
}
