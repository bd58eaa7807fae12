#pragma once

#include "fleet/FleetTableModel.h"

#include <QSet>
#include <QTabWidget>

class BandwidthTab;
class ConfigurationTab;
class DiskTab;
class FreshnessTab;
class LockTab;
class ConsoleBackend;
class FactTab;
class OverviewTab;
class SyncRunsTab;

// What the console knows of the mirror selected in the fleet table, a tab
// per subject. Only the tab in view is filled at each update (several tabs
// read the inventory's history); another is filled when it comes into view.
class MirrorDetailPane : public QTabWidget
{
    Q_OBJECT

public:
    explicit MirrorDetailPane(ConsoleBackend& backend, QWidget* parent = nullptr);

    void showMirror(const FleetRow& row);
    SyncRunsTab* syncRuns() const { return m_runs; }
    FactTab* audit() const { return m_audit; }
    FactTab* firewall() const { return m_firewall; }
    OverviewTab* overview() const { return m_overview; }
    ConfigurationTab* configuration() const { return m_configuration; }
    LockTab* lock() const { return m_lock; }
    DiskTab* disk() const { return m_disk; }
    FreshnessTab* freshness() const { return m_freshness; }
    BandwidthTab* bandwidth() const { return m_bandwidth; }

private:
    void fillCurrentTab();

    FleetRow m_row;
    QSet<QWidget*> m_stale; // tabs not filled since m_row changed
    OverviewTab* m_overview;
    SyncRunsTab* m_runs;
    FactTab* m_audit;
    FactTab* m_firewall;
    ConfigurationTab* m_configuration;
    LockTab* m_lock;
    DiskTab* m_disk;
    FreshnessTab* m_freshness;
    BandwidthTab* m_bandwidth;
};
