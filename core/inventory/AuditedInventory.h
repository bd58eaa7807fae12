#pragma once

#include "inventory/AuditTrail.h"
#include "inventory/MaintenanceWindows.h"
#include "inventory/MirrorInventory.h"

// Changes to the inventory, each written to the audit trail with what it
// changed; the first that fails stops the rest and says why.
class AuditedInventory
{
public:
    AuditedInventory(MirrorInventory& inventory, AuditTrail& audit);

    // source: where they came from ("the e-mail template", "the demo lab").
    Result<Done> add(const QList<MirrorRecord>& mirrors, const QString& source);
    // The audit names the fields that changed.
    Result<Done> update(const MirrorRecord& mirror);
    Result<Done> setEnabled(const QList<MirrorRecord>& mirrors, bool enabled);
    Result<Done> remove(const QList<MirrorRecord>& mirrors);
    // A maintenance window of window.mirrorId, as MaintenanceWindows keeps it.
    Result<MaintenanceWindow> startMaintenance(const MaintenanceWindow& window);
    // Ends the window now, whether under way or to come.
    Result<Done> endMaintenance(const MaintenanceWindow& window);

private:
    MirrorInventory& m_inventory;
    AuditTrail& m_audit;
};
