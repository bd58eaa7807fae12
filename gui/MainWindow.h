#pragma once

#include "inventory/MirrorRecord.h"
#include "monitor/FleetExport.h"
#include "ssh/HostKeyStore.h"

#include <QMainWindow>

class FleetSession;
class FleetView;
struct FleetRow;
class MirrorDetailPane;
class MirrorFormDialog;
struct MirrorRecord;
class ActivityPane;
class ConsoleActions;
class DemoLabBanner;
class QSplitter;
class QDockWidget;
class QMenu;
class SyncActivityPane;

// Composes the console's feature widgets; holds no feature logic itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(FleetSession& session, QWidget* parent = nullptr);

    // The mirrors shown are a demo lab's: the banner above the fleet says so.
    void announceDemoLab(const QString& inventoryPath);
    DemoLabBanner* demoBanner() const { return m_banner; }
    QSplitter* fleetSplitter() const { return m_split; }
    FleetView* fleetView() const { return m_fleet; }
    MirrorDetailPane* detailPane() const { return m_detail; }
    SyncActivityPane* syncActivity() const { return m_syncs; }
    ActivityPane* activity() const { return m_activity; }
    ConsoleActions* acts() const { return m_acts; }
    // The menu of the selected rows, as a right click opens it.
    QMenu* rowMenu();
    // File ▸ Export, once the file is chosen: written off the GUI thread,
    // exported tells how it went (failure empty when written).
    void exportFleet(FleetExport::Format format, const QString& path);
    // Asks which push master, then syncs the mirrors selected in the table.
    void syncSelection();
    void askAboutHostKey(const MirrorRecord& mirror, const HostKeyVerdict& verdict);
    void changeSelection(bool enabled);
    // The record as a form: a new mirror when mirror.id is 0.
    MirrorFormDialog* openMirrorForm(const MirrorRecord& mirror);
    // Asks, naming every mirror, then removes them.
    void removeSelection();

signals:
    void exported(const QString& path, const QString& failure);

protected:
    // The window's layout, docks and fleet columns are kept for the next run.
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void setUpActs(const QList<QDockWidget*>& docks);
    void askWhereToExport(FleetExport::Format format);
    // Into the detail pane, unless the operator stays with unsaved edits.
    void showMirror(const FleetRow& row, int selected);
    void showNothing(const QString& why);
    // Asks about unsaved conf edits; false: the operator stays with them.
    bool leaveEdits();

    FleetSession& m_session;
    DemoLabBanner* m_banner;
    QSplitter* m_split;
    FleetView* m_fleet;
    MirrorDetailPane* m_detail;
    SyncActivityPane* m_syncs;
    ActivityPane* m_activity;
    ConsoleActions* m_acts;
    bool m_asking = false;    // a question about unsaved edits is open
    bool m_splitKept = false; // the split as the operator left it, restored
};
