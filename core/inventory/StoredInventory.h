#pragma once

#include "inventory/AuditTrail.h"
#include "inventory/AuditedInventory.h"
#include "inventory/StoreThread.h"

// The inventory and its audit trail as a session reads and changes them: on a
// store thread, so that neither an operator's edit nor an act's record waits
// for the store on the asker's thread. Work runs in the order asked; each
// answer comes to the asker's thread, unless its context is gone by then.
class StoredInventory : public QObject
{
    Q_OBJECT

public:
    // How a change went; given, done is told unless context was given and is
    // gone by then.
    using Edited = std::function<void(const Result<Done>&)>;

    explicit StoredInventory(const QString& path, QObject* parent = nullptr);

    // Every mirror, by name.
    void mirrors(QObject* context, std::function<void(const QList<MirrorRecord>&)> done);

    // Changes, each audited (AuditedInventory); changed follows each that
    // changed anything.
    void add(const QList<MirrorRecord>& mirrors, const QString& source, QObject* context = nullptr,
             Edited done = {});
    void setEnabled(const QList<MirrorRecord>& mirrors, bool enabled, QObject* context = nullptr,
                    Edited done = {});
    // The audit names the fields that changed.
    void update(const MirrorRecord& mirror, QObject* context = nullptr, Edited done = {});
    void remove(const QList<MirrorRecord>& mirrors, QObject* context = nullptr, Edited done = {});
    void startMaintenance(const MaintenanceWindow& window, QObject* context = nullptr,
                          Edited done = {});
    void endMaintenance(const MaintenanceWindow& window, QObject* context = nullptr,
                        Edited done = {});

    // An act: recorded tells of the entry once it is kept, failed why it was not.
    void record(const QString& mirror, const QString& action, const QString& detail);

signals:
    void changed();
    void recorded(const AuditEntry& entry);
    void failed(const QString& why);

private:
    using Edit = std::function<Result<Done>(AuditedInventory&)>;
    // changedEvenIfFailed: of several mirrors, those before a failing one changed.
    void change(Edit edit, bool changedEvenIfFailed, QObject* context, Edited done);

    StoreThread m_store;
};
