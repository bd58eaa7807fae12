#pragma once

#include "fleet/FleetRefresher.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/MirrorInventory.h"
#include "ssh/HostKeyStore.h"
#include "ssh/SshPool.h"

#include <QHash>
#include <QObject>

#include <functional>
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
    void refresh(const QList<MirrorRecord>& mirrors);
    bool refreshing() const;

    // Acts, each audited; actFinished reports how they ended.
    void breakStaleLock(const MirrorRecord& mirror);
    void triggerSync(const MirrorRecord& mirror, const QString& pushMaster);

signals:
    void inventoryChanged();
    // Forwarded from whichever refresher the open inventory has.
    void mirrorRefreshed(const MirrorFacts& facts);
    void mirrorSkipped(const QString& mirror, const QString& why);
    void refreshProgress(int done, int total);
    void refreshFinished(int refreshed, int failed);
    void actFinished(const QString& mirror, bool ok, const QString& message);

private:
    Result<Done> attach(const QString& path); // open without telling the views
    void startServices(const QString& dataDirectory);
    void onJobFinished(const SshJobResult& result);
    void act(const MirrorRecord& mirror, SshJobId id,
             std::function<QPair<bool, QString>(const SshJobResult&)> judge);

    std::unique_ptr<InventoryDatabase> m_db;
    std::unique_ptr<MirrorInventory> m_inventory;
    std::unique_ptr<HostKeyStore> m_hostKeys;
    std::unique_ptr<SshPool> m_pool;
    std::unique_ptr<FleetRefresher> m_refresher;
    QHash<SshJobId, std::function<void(const SshJobResult&)>> m_acts;
};
