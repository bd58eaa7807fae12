#include "inventory/AuditTrail.h"

#include "inventory/InventoryDatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <pwd.h>
#include <unistd.h>

QString AuditTrail::currentOperator()
{
    const passwd* entry = ::getpwuid(::getuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(::getuid());
}

Result<AuditEntry> AuditTrail::record(const QString& mirror, const QString& action,
                                      const QString& detail)
{
    AuditEntry entry{0, QDateTime::currentDateTimeUtc(), currentOperator(), mirror, action, detail};
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("INSERT INTO audit (at, operator, mirror, action, detail) "
                                 "VALUES (:at, :operator, :mirror, :action, :detail)"));
    query.bindValue(QStringLiteral(":at"), entry.at.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":operator"), entry.operatorName);
    query.bindValue(QStringLiteral(":mirror"), mirror.isNull() ? QStringLiteral("") : mirror);
    query.bindValue(QStringLiteral(":action"), action);
    query.bindValue(QStringLiteral(":detail"), detail.isNull() ? QStringLiteral("") : detail);
    if (!query.exec())
        return fail(QCoreApplication::translate("AuditTrail", "cannot write the audit trail: %1")
                        .arg(query.lastError().text()));
    entry.id = query.lastInsertId().toLongLong();
    if (m_observer)
        m_observer(entry);
    return entry;
}

QList<AuditEntry> AuditTrail::entries(const QString& mirror, int limit) const
{
    QSqlQuery query(m_db.database());
    query.prepare(
        QStringLiteral("SELECT id, at, operator, mirror, action, detail FROM audit "
                       "WHERE (:mirror = '' OR mirror = :mirror) ORDER BY id DESC LIMIT :limit"));
    query.bindValue(QStringLiteral(":mirror"), mirror.isNull() ? QStringLiteral("") : mirror);
    query.bindValue(QStringLiteral(":limit"), limit);
    QList<AuditEntry> result;
    if (!query.exec())
        return result;
    while (query.next())
        result.append({query.value(0).toLongLong(),
                       QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC),
                       query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toString(), query.value(5).toString()});
    return result;
}
