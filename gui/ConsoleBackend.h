#pragma once

#include "fleet/FleetRefresher.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/MirrorInventory.h"
#include "ssh/HostKeyStore.h"
#include "ssh/SshPool.h"

#include <QObject>

#include <memory>

// The core objects one console window works with: the inventory, host keys,
// the SSH pool and the fleet refresher. Owns no widget.
class ConsoleBackend : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleBackend(QObject* parent = nullptr);
    ~ConsoleBackend() override;

    // The inventory at path (the console's own by default).
    Result<Done> open(const QString& path);
    // A demo database beside a running lab's inventory.json, filled from it.
    Result<Done> openDemoLab(const QString& inventoryJson);

    MirrorInventory& inventory() { return *m_inventory; }
    InventoryDatabase& database() { return *m_db; }
    QString path() const { return m_db ? m_db->path() : QString(); }

    void refreshAll();
    bool refreshing() const;

signals:
    void inventoryChanged();
    // Forwarded from whichever refresher the open inventory has.
    void mirrorRefreshed(const MirrorFacts& facts);
    void mirrorSkipped(const QString& mirror, const QString& why);
    void refreshProgress(int done, int total);
    void refreshFinished(int refreshed, int failed);

private:
    void startServices(const QString& dataDirectory);

    std::unique_ptr<InventoryDatabase> m_db;
    std::unique_ptr<MirrorInventory> m_inventory;
    std::unique_ptr<HostKeyStore> m_hostKeys;
    std::unique_ptr<SshPool> m_pool;
    std::unique_ptr<FleetRefresher> m_refresher;
};
