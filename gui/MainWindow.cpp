#include "MainWindow.h"

#include "Confirmation.h"
#include "DemoLabBanner.h"
#include "HostKeyDialog.h"
#include "SessionStatus.h"
#include "activity/ActivityPane.h"
#include "app/ConsoleSettings.h"
#include "detail/ConfigurationTab.h"
#include "detail/MirrorDetailPane.h"
#include "fleet/FleetEmptyState.h"
#include "fleet/FleetView.h"
#include "help/AboutDialog.h"
#include "help/ShortcutsDialog.h"
#include "inventory/InventoryDatabase.h"
#include "menus/ConsoleActions.h"
#include "menus/ConsoleMenus.h"
#include "menus/ConsoleTheme.h"
#include "mirrors/ImportEmailDialog.h"
#include "mirrors/MaintenanceDialog.h"
#include "mirrors/MirrorFormDialog.h"
#include "preferences/PreferencesDialog.h"
#include "session/FleetSession.h"
#include "sync/SyncActivityPane.h"
#include "sync/SyncDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

MainWindow::MainWindow(FleetSession& session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_banner(new DemoLabBanner(this)),
      m_split(new QSplitter(Qt::Vertical, this)), m_fleet(new FleetView(session, this)),
      m_detail(new MirrorDetailPane(session, this)), m_syncs(new SyncActivityPane(session, this)),
      m_activity(new ActivityPane(session, this)), m_acts(new ConsoleActions(this))
{
    setWindowTitle(tr("Mirror Console"));
    // The table keeps most of the height: a tab's or a mirror's content never
    // moves the split, and docks stop at a table of some ten rows.
    m_split->addWidget(m_fleet);
    m_split->addWidget(m_detail);
    m_split->setChildrenCollapsible(false);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_detail->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_detail->setMinimumHeight(160);
    m_fleet->table()->setMinimumHeight(m_fleet->table()->verticalHeader()->defaultSectionSize() *
                                       10);
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(2);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_split, 1);
    setCentralWidget(central);
    connect(m_fleet, &FleetView::mirrorSelected, this, &MainWindow::showMirror);
    connect(m_fleet, &FleetView::selectionCleared, this, &MainWindow::showNothing);

    auto* dock = new QDockWidget(tr("Syncs"), this);
    dock->setObjectName(QStringLiteral("syncDock"));
    dock->setWidget(m_syncs);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    auto* activityDock = new QDockWidget(tr("Activity"), this);
    activityDock->setObjectName(QStringLiteral("activityDock"));
    activityDock->setWidget(m_activity);
    addDockWidget(Qt::RightDockWidgetArea, activityDock);
    connect(m_activity, &ActivityPane::alertRaised, this,
            [this](const QString& text) { statusBar()->showMessage(text); });
    connect(m_syncs, &SyncActivityPane::runStarted, dock, [dock] {
        dock->show();
        dock->raise();
    });
    setUpActs({dock, activityDock});

    new SessionStatus(m_session, statusBar());
    connect(&m_session, &FleetSession::hostKeyQuestion, this, &MainWindow::askAboutHostKey);
    statusBar()->showMessage(tr("Inventory: %1").arg(m_session.path()));
    const QSettings layout;
    if (!restoreGeometry(layout.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, centred; the table most of the window.
        const QRect screen = this->screen()->availableGeometry();
        const QSize size(screen.width() * 9 / 10, screen.height() * 9 / 10);
        resize(size);
        move(screen.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    restoreState(layout.value(QStringLiteral("window/state")).toByteArray());
    m_splitKept = m_split->restoreState(layout.value(QStringLiteral("window/split")).toByteArray());
    m_fleet->restoreHeaderState(layout.value(QStringLiteral("window/fleet-columns")).toByteArray());
}

void MainWindow::setUpActs(const QList<QDockWidget*>& docks)
{
    ConsoleActions& acts = *m_acts;
    const auto open = [this](QDialog* dialog) {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    };
    for (const auto& [action, format] : {std::pair{acts.exportCsv, FleetExport::Format::Csv},
                                         std::pair{acts.exportJson, FleetExport::Format::Json},
                                         std::pair{acts.exportHtml, FleetExport::Format::Html},
                                         std::pair{acts.exportDns, FleetExport::Format::Zone}})
        connect(action, &QAction::triggered, this,
                [this, format = format] { askWhereToExport(format); });
    connect(acts.quit, &QAction::triggered, this, &QWidget::close);
    connect(acts.find, &QAction::triggered, m_fleet, &FleetView::focusFilter);
    connect(acts.refreshAll, &QAction::triggered, &m_session, &FleetSession::refreshAll);
    connect(acts.refreshSelection, &QAction::triggered, this,
            [this] { m_session.refresh(m_fleet->selectedMirrors()); });
    connect(acts.checkAll, &QAction::triggered, &m_session, &FleetSession::checkFreshness);
    connect(acts.checkSelection, &QAction::triggered, this,
            [this] { m_session.checkFreshnessOf(m_fleet->selectedMirrors()); });
    connect(acts.syncSelection, &QAction::triggered, this, &MainWindow::syncSelection);
    connect(acts.add, &QAction::triggered, this, [this] { openMirrorForm(MirrorRecord{}); });
    connect(acts.edit, &QAction::triggered, this, [this] {
        const QList<MirrorRecord> selected = m_fleet->selectedMirrors();
        if (selected.size() == 1)
            openMirrorForm(selected.first());
    });
    connect(acts.importEmails, &QAction::triggered, this,
            [this, open] { open(new ImportEmailDialog(m_session, this)); });
    connect(acts.maintenance, &QAction::triggered, this, [this, open] {
        if (const QList<MirrorRecord> selected = m_fleet->selectedMirrors(); selected.size() == 1)
            open(new MaintenanceDialog(m_session, selected.first(), this));
    });
    m_fleet->emptyState()->setActs({acts.add, acts.importEmails});
    connect(acts.disable, &QAction::triggered, this, [this] { changeSelection(false); });
    connect(acts.enable, &QAction::triggered, this, [this] { changeSelection(true); });
    connect(acts.remove, &QAction::triggered, this, &MainWindow::removeSelection);
    connect(acts.shortcuts, &QAction::triggered, this,
            [this, open] { open(new ShortcutsDialog(m_acts->all(), this)); });
    connect(acts.about, &QAction::triggered, this, [this, open] { open(new AboutDialog(this)); });
    addActions(acts.all());

    auto* tools = addToolBar(tr("Fleet"));
    tools->setObjectName(QStringLiteral("fleetToolBar"));
    ConsoleMenus::fillToolBar(tools, acts);
    ConsoleMenus::ViewChoices view;
    auto* details = new QAction(tr("Mirror details"), this);
    details->setCheckable(true);
    details->setChecked(true);
    connect(details, &QAction::toggled, m_detail, &QWidget::setVisible);
    view.panes << details;
    for (QDockWidget* dock : docks)
        view.panes << dock->toggleViewAction();
    view.panes << tools->toggleViewAction();
    view.columns = [this](QMenu* menu) {
        m_fleet->fillColumnsMenu(menu);
    };
    auto* themes = new QActionGroup(this);
    for (const ConsoleTheme::Choice choice : ConsoleTheme::choices()) {
        QAction* theme = themes->addAction(ConsoleTheme::title(choice));
        theme->setCheckable(true);
        theme->setChecked(choice == ConsoleTheme::kept());
        theme->setData(int(choice));
        connect(theme, &QAction::triggered, this, [choice] {
            ConsoleTheme::keep(choice);
            ConsoleTheme::apply(choice);
        });
        view.themes << theme;
    }
    connect(acts.preferences, &QAction::triggered, this, [this, open, themes] {
        auto* preferences = new PreferencesDialog(m_session, this);
        // A theme chosen there is the one View ▸ Theme shows.
        connect(preferences, &PreferencesDialog::themeChosen, themes,
                [themes](ConsoleTheme::Choice choice) {
                    for (QAction* theme : themes->actions())
                        theme->setChecked(theme->data().toInt() == int(choice));
                });
        open(preferences);
    });
    ConsoleMenus::fillMenuBar(menuBar(), acts, view);

    const auto follow = [this] {
        m_acts->applyTo(m_fleet->selectedMirrors());
    };
    connect(m_fleet, &FleetView::mirrorSelected, this, follow);
    connect(m_fleet, &FleetView::selectionCleared, this, follow);
    m_fleet->table()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_fleet->table(), &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu* menu = rowMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_fleet->table()->viewport()->mapToGlobal(at));
    });
}

QMenu* MainWindow::rowMenu()
{
    m_acts->applyTo(m_fleet->selectedMirrors());
    auto* menu = new QMenu(this);
    ConsoleMenus::fillRowMenu(menu, *m_acts);
    return menu;
}

void MainWindow::askWhereToExport(FleetExport::Format format)
{
    struct Kind
    {
        FleetExport::Format format;
        const char* name; // %1: today
        const char* filter;
    };
    static constexpr Kind kKinds[] = {
        {FleetExport::Format::Csv, "fleet-%1.csv", QT_TR_NOOP("CSV files (*.csv)")},
        {FleetExport::Format::Json, "fleet-%1.json", QT_TR_NOOP("JSON files (*.json)")},
        {FleetExport::Format::Html, "mirrors-%1.html", QT_TR_NOOP("HTML pages (*.html)")},
        {FleetExport::Format::Zone, "db-clamav-%1.zone", QT_TR_NOOP("Zone fragments (*.zone)")}};
    const Kind& kind = *std::find_if(std::begin(kKinds), std::end(kKinds),
                                     [&](const Kind& k) { return k.format == format; });
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the fleet"),
        QString::fromLatin1(kind.name).arg(QDate::currentDate().toString(Qt::ISODate)),
        tr(kind.filter));
    if (!path.isEmpty())
        exportFleet(format, path);
}

void MainWindow::exportFleet(FleetExport::Format format, const QString& path)
{
    const ConsoleSettings settings(m_session.settingsPath());
    statusBar()->showMessage(tr("Exporting the fleet to %1…").arg(path));
    m_session.stored().exportFleet(
        format, settings.zoneOptions(), path, this, [this, path](const QString& failure) {
            statusBar()->showMessage(failure.isEmpty() ? tr("Fleet exported to %1").arg(path)
                                                       : tr("Not exported: %1").arg(failure));
            emit exported(path, failure);
        });
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // Once laid out, the table takes most of the height the split has.
    if (!m_splitKept) {
        m_splitKept = true;
        const int height = m_split->height();
        m_split->setSizes({height * 62 / 100, height - height * 62 / 100});
    }
}

void MainWindow::announceDemoLab(const QString& inventoryPath)
{
    statusBar()->showMessage(tr("Demo lab running: %1").arg(inventoryPath));
    m_session.storedInventory().mirrors(this, [this](const QList<MirrorRecord>& mirrors) {
        m_banner->announce(int(mirrors.size()), InventoryDatabase::defaultPath());
    });
}

void MainWindow::syncSelection()
{
    const QList<MirrorRecord> mirrors = m_fleet->selectedMirrors();
    if (mirrors.isEmpty()) {
        statusBar()->showMessage(tr("Select the mirrors to sync in the table first"));
        return;
    }
    SyncDialog::open(m_session, mirrors, this);
}

void MainWindow::askAboutHostKey(const MirrorRecord& mirror, const HostKeyVerdict& verdict)
{
    // One question per mirror at a time, however many jobs met the key.
    for (const HostKeyDialog* open : findChildren<HostKeyDialog*>()) {
        if (open->mirror().name == mirror.name)
            return;
    }
    auto* dialog = new HostKeyDialog(m_session, mirror, verdict, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showMirror(const FleetRow& row, int selected)
{
    // A refresh's news of a row while the question is open waits for the answer.
    if (m_asking)
        return;
    const QString edited = m_detail->configuration()->mirror().name;
    if (row.mirror.name == edited || !m_detail->configuration()->hasUnsavedEdits()) {
        m_detail->showMirror(row, selected);
        return;
    }
    const FleetRow wanted = row; // the model may change under a modal question
    if (leaveEdits())
        m_detail->showMirror(wanted, selected);
}

void MainWindow::showNothing(const QString& why)
{
    if (m_asking)
        return;
    if (!m_detail->configuration()->hasUnsavedEdits() || leaveEdits())
        m_detail->showNothing(why);
}

bool MainWindow::leaveEdits()
{
    m_asking = true;
    const bool leave = m_detail->mayLeaveMirror();
    m_asking = false;
    if (leave)
        return true;
    // The operator stays with the edits: the table shows their mirror
    // again, even when a filter had hidden it.
    const QString edited = m_detail->configuration()->mirror().name;
    if (!m_fleet->selectMirror(edited)) {
        m_fleet->clearFilters();
        m_fleet->selectMirror(edited);
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_detail->mayLeaveMirror()) {
        event->ignore();
        return;
    }
    QSettings layout;
    layout.setValue(QStringLiteral("window/geometry"), saveGeometry());
    layout.setValue(QStringLiteral("window/state"), saveState());
    layout.setValue(QStringLiteral("window/split"), m_split->saveState());
    layout.setValue(QStringLiteral("window/fleet-columns"), m_fleet->headerState());
    QMainWindow::closeEvent(event);
}

MirrorFormDialog* MainWindow::openMirrorForm(const MirrorRecord& mirror)
{
    auto* dialog = new MirrorFormDialog(m_session, mirror, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::changeSelection(bool enabled)
{
    m_session.storedInventory().setEnabled(
        m_fleet->selectedMirrors(), enabled, this, [this](const Result<Done>& changed) {
            if (!changed)
                statusBar()->showMessage(tr("Not changed: %1").arg(changed.error()));
        });
}

void MainWindow::removeSelection()
{
    const QList<MirrorRecord> mirrors = m_fleet->selectedMirrors();
    if (mirrors.isEmpty()) {
        statusBar()->showMessage(tr("Select the mirrors to remove in the table first"));
        return;
    }
    QStringList names;
    for (const MirrorRecord& m : mirrors)
        names << m.name;
    if (!Confirmation::ask(this, tr("Remove mirrors"),
                           tr("Remove %n mirror(s) from the inventory?\n\n%1\n\nTheir history and "
                              "sync runs go with them; the audit trail keeps the removal.",
                              nullptr, int(mirrors.size()))
                               .arg(names.join(u'\n')),
                           tr("Remove %n mirror(s)", nullptr, int(mirrors.size()))))
        return;
    m_session.storedInventory().remove(mirrors, this, [this](const Result<Done>& removed) {
        if (!removed)
            statusBar()->showMessage(tr("Not removed: %1").arg(removed.error()));
    });
}
