#include "MainWindow.h"

#include "Confirmation.h"
#include "HostKeyDialog.h"
#include "activity/ActivityPane.h"
#include "detail/ConfigurationTab.h"
#include "detail/MirrorDetailPane.h"
#include "fleet/FleetView.h"
#include "mirrors/ImportEmailDialog.h"
#include "mirrors/MirrorFormDialog.h"
#include "preferences/PreferencesDialog.h"
#include "session/FleetSession.h"
#include "sync/SyncActivityPane.h"
#include "sync/SyncDialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QCursor>
#include <QDockWidget>
#include <QMenu>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

MainWindow::MainWindow(FleetSession& session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_fleet(new FleetView(session, this)),
      m_detail(new MirrorDetailPane(session, this)), m_progress(new QProgressBar(this)),
      m_syncs(new SyncActivityPane(session, this)), m_activity(new ActivityPane(session, this))
{
    setWindowTitle(tr("Mirror Console"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_fleet);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);
    connect(m_fleet, &FleetView::mirrorSelected, this, &MainWindow::showMirror);
    connect(m_fleet, &FleetView::selectionCleared, this, &MainWindow::showNothing);

    auto* tools = addToolBar(tr("Fleet"));
    tools->setObjectName(QStringLiteral("fleetToolBar"));
    auto* refresh = tools->addAction(tr("Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Probe every shell-mode mirror: one round trip each (F5)"));
    connect(refresh, &QAction::triggered, &m_session, &FleetSession::refreshAll);
    auto* refreshSelected = tools->addAction(tr("Refresh selection"));
    refreshSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    refreshSelected->setToolTip(tr("Probe the selected mirrors only (Ctrl+R)"));
    connect(refreshSelected, &QAction::triggered, this,
            [this] { m_session.refresh(m_fleet->selectedMirrors()); });
    auto* preferences = tools->addAction(tr("Preferences…"));
    preferences->setShortcut(QKeySequence::Preferences);
    connect(preferences, &QAction::triggered, this, [this] {
        auto* dialog = new PreferencesDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    auto* mirrors = tools->addAction(tr("Mirrors"));
    auto* mirrorMenu = new QMenu(this);
    mirrors->setMenu(mirrorMenu);
    connect(mirrors, &QAction::triggered, this,
            [this, mirrors] { mirrors->menu()->popup(QCursor::pos()); });
    auto* add = mirrorMenu->addAction(tr("Add mirror…"));
    add->setShortcut(QKeySequence::New);
    connect(add, &QAction::triggered, this, [this] { openMirrorForm(MirrorRecord{}); });
    auto* edit = mirrorMenu->addAction(tr("Edit mirror…"));
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(edit, &QAction::triggered, this, [this] {
        const QList<MirrorRecord> selected = m_fleet->selectedMirrors();
        if (!selected.isEmpty())
            openMirrorForm(selected.first());
    });
    addActions({add, edit});
    connect(mirrorMenu->addAction(tr("Import new-mirror e-mails…")), &QAction::triggered, this,
            [this] {
                auto* dialog = new ImportEmailDialog(m_session, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->show();
            });
    connect(mirrorMenu->addAction(tr("Disable selection")), &QAction::triggered, this,
            [this] { changeSelection(false); });
    connect(mirrorMenu->addAction(tr("Enable selection")), &QAction::triggered, this,
            [this] { changeSelection(true); });
    connect(mirrorMenu->addAction(tr("Remove selection…")), &QAction::triggered, this,
            &MainWindow::removeSelection);
    auto* find = new QAction(tr("Find mirror"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_fleet, &FleetView::focusFilter);
    addAction(find);
    auto* check = tools->addAction(tr("Check freshness"));
    check->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    check->setToolTip(tr("Check every enabled mirror over HTTP now, trigger-only ones too "
                         "(Shift+F5); it runs every hour in any case"));
    connect(check, &QAction::triggered, &m_session, &FleetSession::checkFreshness);
    auto* sync = tools->addAction(tr("Sync selection…"));
    sync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    sync->setToolTip(tr("Start clam-clientsync on the selected mirrors (Ctrl+Shift+S)"));
    connect(sync, &QAction::triggered, this, &MainWindow::syncSelection);

    auto* dock = new QDockWidget(tr("Syncs"), this);
    dock->setObjectName(QStringLiteral("syncDock"));
    dock->setWidget(m_syncs);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    tools->addAction(dock->toggleViewAction());
    auto* activityDock = new QDockWidget(tr("Activity"), this);
    activityDock->setObjectName(QStringLiteral("activityDock"));
    activityDock->setWidget(m_activity);
    addDockWidget(Qt::RightDockWidgetArea, activityDock);
    tools->addAction(activityDock->toggleViewAction());
    connect(m_activity, &ActivityPane::alertRaised, this,
            [this](const QString& text) { statusBar()->showMessage(text); });
    connect(m_syncs, &SyncActivityPane::runStarted, dock, [dock] {
        dock->show();
        dock->raise();
    });

    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    connect(&m_session, &FleetSession::refreshProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setVisible(done < total);
        statusBar()->showMessage(tr("Refreshing: %1 of %2 mirrors").arg(done).arg(total));
    });
    connect(&m_session, &FleetSession::refreshFinished, this, [this](int refreshed, int failed) {
        m_progress->setVisible(false);
        statusBar()->showMessage(
            failed ? tr("Refreshed %1 mirrors; %2 could not be reached").arg(refreshed).arg(failed)
                   : tr("Refreshed %1 mirrors").arg(refreshed));
    });
    connect(&m_session, &FleetSession::freshnessProgress, this, [this](int done, int total) {
        if (m_session.refreshing())
            return; // the refresh owns the progress bar meanwhile
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setVisible(done < total);
        statusBar()->showMessage(tr("Checking freshness: %1 of %2 mirrors").arg(done).arg(total));
    });
    connect(&m_session, &FleetSession::freshnessFinished, this, [this](int checked, int notFresh) {
        if (!m_session.refreshing())
            m_progress->setVisible(false);
        statusBar()->showMessage(
            tr("Freshness checked on %n mirror(s); %1 not fresh", nullptr, checked).arg(notFresh));
    });
    connect(&m_session, &FleetSession::actFinished, this,
            [this](const QString& mirror, bool ok, const QString& message) {
                statusBar()->showMessage(ok ? tr("%1: %2").arg(mirror, message)
                                            : tr("%1 failed: %2").arg(mirror, message));
            });
    connect(&m_session, &FleetSession::hostKeyQuestion, this, &MainWindow::askAboutHostKey);
    statusBar()->showMessage(tr("Inventory: %1").arg(m_session.path()));
    resize(1200, 760);
    const QSettings layout;
    restoreGeometry(layout.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(layout.value(QStringLiteral("window/state")).toByteArray());
    m_fleet->restoreHeaderState(layout.value(QStringLiteral("window/fleet-columns")).toByteArray());
}

void MainWindow::announceDemoLab(const QString& inventoryPath)
{
    statusBar()->showMessage(tr("Demo lab running: %1").arg(inventoryPath));
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
