#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class InventoryDatabase;

// One operator act, as the audit trail keeps it for ever.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString operatorName;
    QString mirror; // empty for acts on no single mirror
    QString action; // trigger, config-edit, lock-break, host-key-accept, mirror-add, ...
    QString detail; // the diff, the fingerprint, the fields changed
};

// Append-only record of operator acts; the database itself refuses to change
// or delete an entry.
class AuditTrail
{
public:
    explicit AuditTrail(InventoryDatabase& database) : m_db(database) {}

    Result<AuditEntry> record(const QString& mirror, const QString& action, const QString& detail);
    // Told of every entry this trail records: how a window shows acts as they happen.
    void setObserver(std::function<void(const AuditEntry&)> observer)
    {
        m_observer = std::move(observer);
    }
    QList<AuditEntry> entries(const QString& mirror = {}, int limit = 1000) const;

    // The local user's name: who did it.
    static QString currentOperator();

private:
    InventoryDatabase& m_db;
    std::function<void(const AuditEntry&)> m_observer;
};
