#pragma once

#include "fleet/FleetTableModel.h"

#include <QSet>
#include <QTabWidget>

class BandwidthTab;
class ConfigurationTab;
class DiskTab;
class FreshnessTab;
class LockTab;
class FleetSession;
class FactTab;
class OverviewTab;
class QLabel;
class SyncRunsTab;

// What the console knows of the mirror selected in the fleet table, a tab
// per subject, the mirror named above every tab. Only the tab in view is
// filled at each update (several tabs read the inventory's history); another
// is filled when it comes into view. Unsaved edits of the conf are never
// left behind without a question.
class MirrorDetailPane : public QTabWidget
{
    Q_OBJECT

public:
    explicit MirrorDetailPane(FleetSession& session, QWidget* parent = nullptr);

    // selected: how many rows are selected; the pane shows one of them.
    void showMirror(const FleetRow& row, int selected = 1);
    // Nothing to show: none selected, or the filter hides the selection.
    void showNothing(const QString& why);
    // False when the operator chose to stay with unsaved edits of the conf.
    bool mayLeaveMirror();
    QLabel* title() const { return m_title; }
    // Why nothing is shown; hidden while a mirror is.
    QLabel* nothingShown() const { return m_nothing; }

    SyncRunsTab* syncRuns() const { return m_runs; }
    FactTab* audit() const { return m_audit; }
    FactTab* firewall() const { return m_firewall; }
    OverviewTab* overview() const { return m_overview; }
    ConfigurationTab* configuration() const { return m_configuration; }
    LockTab* lock() const { return m_lock; }
    DiskTab* disk() const { return m_disk; }
    FreshnessTab* freshness() const { return m_freshness; }
    BandwidthTab* bandwidth() const { return m_bandwidth; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fillCurrentTab();
    void onTabChanged(int index);

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
    QLabel* m_title;
    QLabel* m_nothing;
    QWidget* m_previousTab = nullptr;
};
