#include "inventory/StoredInventory.h"

StoredInventory::StoredInventory(const QString& path, QObject* parent)
    : QObject(parent), m_store(path, this)
{}

void StoredInventory::mirrors(QObject* context,
                              std::function<void(const QList<MirrorRecord>&)> done)
{
    m_store.run<QList<MirrorRecord>>(
        context, [](InventoryDatabase& db) { return MirrorInventory(db).all(); }, std::move(done));
}

void StoredInventory::add(const QList<MirrorRecord>& mirrors, const QString& source,
                          QObject* context, Edited done)
{
    change([=](AuditedInventory& inventory) { return inventory.add(mirrors, source); }, true,
           context, std::move(done));
}

void StoredInventory::setEnabled(const QList<MirrorRecord>& mirrors, bool enabled, QObject* context,
                                 Edited done)
{
    change([=](AuditedInventory& inventory) { return inventory.setEnabled(mirrors, enabled); },
           true, context, std::move(done));
}

void StoredInventory::update(const MirrorRecord& mirror, QObject* context, Edited done)
{
    change([=](AuditedInventory& inventory) { return inventory.update(mirror); }, false, context,
           std::move(done));
}

void StoredInventory::remove(const QList<MirrorRecord>& mirrors, QObject* context, Edited done)
{
    change([=](AuditedInventory& inventory) { return inventory.remove(mirrors); }, true, context,
           std::move(done));
}

void StoredInventory::startMaintenance(const MaintenanceWindow& window, QObject* context,
                                       Edited done)
{
    change(
        [=](AuditedInventory& inventory) -> Result<Done> {
            if (auto added = inventory.startMaintenance(window); !added)
                return fail(added.error());
            return Done{};
        },
        false, context, std::move(done));
}

void StoredInventory::endMaintenance(const MaintenanceWindow& window, QObject* context, Edited done)
{
    change([=](AuditedInventory& inventory) { return inventory.endMaintenance(window); }, false,
           context, std::move(done));
}

void StoredInventory::change(Edit edit, bool changedEvenIfFailed, QObject* context, Edited done)
{
    struct Change
    {
        bool ran = false; // false: the store could not be opened
        QList<AuditEntry> recorded;
        std::optional<QString> failure;
    };
    m_store.run<Change>(
        this,
        [edit = std::move(edit)](InventoryDatabase& db) {
            Change result;
            result.ran = true;
            MirrorInventory inventory(db);
            AuditTrail audit(db);
            audit.setObserver([&](const AuditEntry& entry) { result.recorded.append(entry); });
            AuditedInventory audited(inventory, audit);
            if (const auto edited = edit(audited); !edited)
                result.failure = edited.error();
            return result;
        },
        [this, changedEvenIfFailed, asker = QPointer<QObject>(context), asked = context != nullptr,
         done = std::move(done)](const Change& result) {
            for (const AuditEntry& entry : result.recorded)
                emit recorded(entry);
            if (result.ran && (!result.failure || changedEvenIfFailed))
                emit changed();
            if (!done || (asked && !asker))
                return;
            if (!result.ran)
                done(fail(StoreThread::unavailable()));
            else if (result.failure)
                done(fail(*result.failure));
            else
                done(Done{});
        });
}

void StoredInventory::record(const QString& mirror, const QString& action, const QString& detail)
{
    struct Kept
    {
        std::optional<AuditEntry> entry;
        QString failure;
    };
    m_store.run<Kept>(
        this,
        [mirror, action, detail](InventoryDatabase& db) {
            const auto kept = AuditTrail(db).record(mirror, action, detail);
            return kept ? Kept{*kept, {}} : Kept{std::nullopt, kept.error()};
        },
        [this](const Kept& kept) {
            if (kept.entry)
                emit recorded(*kept.entry);
            else
                emit failed(kept.failure.isEmpty() ? StoreThread::unavailable() : kept.failure);
        });
}
