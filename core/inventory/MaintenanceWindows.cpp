#include "inventory/MaintenanceWindows.h"

#include "inventory/InventoryDatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MaintenanceWindows", text);
}

QList<MaintenanceWindow> read(QSqlQuery& q)
{
    QList<MaintenanceWindow> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC),
                     QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC),
                     q.value(5).toString(), q.value(6).toString()});
    return list;
}

const QString kSelect = QStringLiteral(
    "SELECT w.id, w.mirror_id, m.name, w.starts_at, w.ends_at, w.reason, w.operator FROM "
    "maintenance w JOIN mirrors m ON m.id = w.mirror_id ");

} // namespace

Result<MaintenanceWindow> MaintenanceWindows::add(MaintenanceWindow window)
{
    if (!window.startsAt.isValid() || !window.endsAt.isValid() || window.endsAt <= window.startsAt)
        return fail(tr("a maintenance window must end after it starts"));
    window.reason = window.reason.simplified();
    if (window.reason.isEmpty())
        return fail(tr("a maintenance window needs a reason: it is shown beside the mirror"));
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("INSERT INTO maintenance (mirror_id, starts_at, ends_at, reason, "
                             "operator, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(window.mirrorId);
    q.addBindValue(window.startsAt.toSecsSinceEpoch());
    q.addBindValue(window.endsAt.toSecsSinceEpoch());
    q.addBindValue(window.reason);
    q.addBindValue(window.operatorName);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return fail(tr("cannot record the maintenance window: %1").arg(q.lastError().text()));
    window.id = q.lastInsertId().toLongLong();
    return window;
}

QList<MaintenanceWindow> MaintenanceWindows::list(const QDateTime& since) const
{
    QSqlQuery q(m_db.database());
    // One ended before it began lasts nothing: it is no window any more.
    q.prepare(kSelect + QStringLiteral("WHERE w.ends_at > ? AND w.ends_at > w.starts_at ORDER BY "
                                       "w.starts_at, w.id"));
    q.addBindValue(since.isValid() ? since.toSecsSinceEpoch() : qint64(0));
    if (!q.exec())
        return {};
    return read(q);
}

std::optional<MaintenanceWindow> MaintenanceWindows::covering(qint64 mirrorId,
                                                              const QDateTime& at) const
{
    QSqlQuery q(m_db.database());
    q.prepare(kSelect + QStringLiteral("WHERE w.mirror_id = ? AND w.starts_at <= ? AND "
                                       "w.ends_at > ? ORDER BY w.ends_at DESC LIMIT 1"));
    q.addBindValue(mirrorId);
    q.addBindValue(at.toSecsSinceEpoch());
    q.addBindValue(at.toSecsSinceEpoch());
    if (!q.exec())
        return std::nullopt;
    const QList<MaintenanceWindow> one = read(q);
    return one.isEmpty() ? std::nullopt : std::optional<MaintenanceWindow>(one.first());
}

Result<bool> MaintenanceWindows::end(qint64 id, const QDateTime& at)
{
    // One to come is ended by making it as long as nothing.
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("UPDATE maintenance SET ends_at = MAX(starts_at, ?) WHERE id = ? AND "
                             "ends_at > ?"));
    q.addBindValue(at.toSecsSinceEpoch());
    q.addBindValue(id);
    q.addBindValue(at.toSecsSinceEpoch());
    if (!q.exec())
        return fail(tr("cannot end the maintenance window: %1").arg(q.lastError().text()));
    return q.numRowsAffected() == 1;
}
