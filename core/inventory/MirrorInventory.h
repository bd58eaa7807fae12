#pragma once

#include "inventory/MirrorRecord.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

class InventoryDatabase;

// The fleet: every mirror the console manages, in the inventory database.
class MirrorInventory
{
public:
    explicit MirrorInventory(InventoryDatabase& database) : m_db(database) {}

    // Checks the record (name, address, country, ports) and stores it;
    // returns it with its id.
    Result<MirrorRecord> add(MirrorRecord record);
    Result<MirrorRecord> update(const MirrorRecord& record);
    Result<Done> remove(qint64 id);

    QList<MirrorRecord> all() const;
    std::optional<MirrorRecord> find(const QString& name) const;
    std::optional<MirrorRecord> find(qint64 id) const;

    // What is wrong with a record, naming each field; empty when fine.
    static QStringList problemsOf(const MirrorRecord& record);

    InventoryDatabase& database() const { return m_db; }

private:
    InventoryDatabase& m_db;
};
