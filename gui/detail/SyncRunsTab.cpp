#include "detail/SyncRunsTab.h"

#include "StatusColours.h"
#include "detail/SyncRunTableModel.h"
#include "logs/LogBrowser.h"
#include "session/FleetSession.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

SyncRunsTab::SyncRunsTab(FleetSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new SyncRunTableModel(this)),
      m_table(new QTableView(this)), m_log(new LogBrowser(tr("Sync log"), this)),
      m_logTitle(new QLabel(this)), m_whole(new QPushButton(tr("All runs kept"), this)),
      m_fetch(new QPushButton(tr("Fetch the mirror's logs"), this)),
      m_openFile(new QPushButton(tr("Open log file…"), this)), m_live(new QLabel(this)),
      m_follow(new QPushButton(tr("Follow it live"), this)), m_refreshFailure(new QLabel(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Sync runs"));
    m_live->setWordWrap(true);
    m_live->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_follow->setToolTip(tr("Read the running sync's log as rsync writes it"));
    auto* liveBar = new QHBoxLayout;
    liveBar->addWidget(m_live, 1);
    liveBar->addWidget(m_follow);
    m_whole->setToolTip(tr("Every run's log the console kept, oldest first, each under the time "
                           "it ended"));
    m_fetch->setToolTip(tr("Copy every sync log the mirror keeps (rsync.log and its rotations) "
                           "and browse them"));
    m_openFile->setToolTip(tr("Browse a log file from this computer, of any size"));
    m_logTitle->setWordWrap(true);
    auto* logBar = new QHBoxLayout;
    logBar->addWidget(m_logTitle, 1);
    logBar->addWidget(m_whole);
    logBar->addWidget(m_fetch);
    logBar->addWidget(m_openFile);
    auto* logPane = new QWidget(this);
    auto* logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    m_refreshFailure->setWordWrap(true);
    m_refreshFailure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    StatusColours::markAsProblems(m_refreshFailure);
    m_refreshFailure->hide();
    logLayout->addWidget(m_refreshFailure);
    logLayout->addLayout(logBar);
    logLayout->addWidget(m_log, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(logPane);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(liveBar);
    layout->addWidget(splitter);
    m_live->hide();
    m_follow->hide();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showRun(current.row());
            });
    connect(m_follow, &QPushButton::clicked, this, [this] {
        if (liveRun() < 0)
            m_session.syncs().follow(m_mirror);
        m_browsing = false;
        showLive();
    });
    connect(m_whole, &QPushButton::clicked, this, &SyncRunsTab::showWholeLog);
    connect(m_openFile, &QPushButton::clicked, this, &SyncRunsTab::openLogFile);
    connect(m_fetch, &QPushButton::clicked, this, [this] {
        m_fetch->setEnabled(false);
        m_logTitle->setText(tr("Copying the sync logs of %1…").arg(m_mirror.name));
        m_session.logFetcher().fetch(m_mirror);
    });
    connect(&m_session, &FleetSession::logFetched, this,
            [this](const QString& mirror, const QString& localPath, qint64 bytes) {
                if (mirror != m_mirror.name)
                    return;
                m_fetch->setEnabled(true);
                leaveRuns();
                if (m_log->openFile(localPath))
                    m_logTitle->setText(tr("The sync logs of %1 (rsync.log and its rotations), "
                                           "copied %2 (%3)")
                                            .arg(mirror,
                                                 QLocale().toString(QDateTime::currentDateTime(),
                                                                    QLocale::ShortFormat),
                                                 QLocale().formattedDataSize(bytes)));
            });
    connect(&m_session, &FleetSession::logFetchFailed, this,
            [this](const QString& mirror, const QString& why) {
                if (mirror != m_mirror.name)
                    return;
                m_fetch->setEnabled(true);
                m_logTitle->setText(tr("Cannot copy the log: %1").arg(why));
            });
    connect(&m_session, &FleetSession::syncAdded, this, [this] {
        m_browsing = false;
        showLive();
    });
    connect(&m_session, &FleetSession::syncChanged, this, [this](int index) {
        if (index == m_liveShown || index == liveRun())
            showLive();
    });
    connect(&m_session, &FleetSession::syncEnded, this, [this](int index) {
        if (index == m_liveShown)
            showLive();
    });
    connect(&m_session, &FleetSession::syncOutput, this,
            [this](int index, const QByteArray& chunk) {
                if (index == m_liveShown)
                    m_log->appendChunk(chunk);
            });
}

void SyncRunsTab::showMirror(const MirrorRecord& mirror, const std::optional<MirrorFacts>& facts)
{
    const bool sameMirror = mirror.id == m_mirror.id;
    m_mirror = mirror;
    const bool failed = facts && !facts->probed;
    m_refreshFailure->setVisible(failed);
    if (failed)
        m_refreshFailure->setText(
            tr("The last refresh of %1 failed (%2): %3. The runs shown were read before it.")
                .arg(mirror.name,
                     QLocale().toString(facts->probedAt.toLocalTime(), QLocale::ShortFormat),
                     facts->error));
    m_syncSeenRunning =
        facts && facts->probed &&
        (facts->lock.kind == LockState::Kind::HeldBySync || !facts->lock.syncProcesses.isEmpty());
    const int selected = sameMirror ? m_table->currentIndex().row() : 0;
    if (!sameMirror) {
        m_model->setRuns({}); // not another mirror's while this one's are read
        m_liveShown = -1;
        m_browsing = false;
    }
    m_session.stored().syncRuns(
        mirror.id, this, [this, id = mirror.id, sameMirror, selected](const QList<SyncRun>& runs) {
            if (id == m_mirror.id)
                showRuns(runs, sameMirror, selected);
        });
}

void SyncRunsTab::showRuns(const QList<SyncRun>& runs, bool sameMirror, int selected)
{
    m_model->setRuns(runs);
    m_table->resizeColumnsToContents();
    showLive();
    if (m_liveShown >= 0)
        return;
    m_fetch->setEnabled(m_mirror.accessMode == AccessMode::Shell);
    if (!sameMirror || m_model->rowCount() == 0) {
        m_log->clear();
        m_logTitle->clear();
    }
    if (m_model->rowCount() > 0 && (!sameMirror || selected >= 0))
        m_table->selectRow(qBound(0, selected, m_model->rowCount() - 1));
}

void SyncRunsTab::showWholeLog()
{
    leaveRuns();
    m_session.stored().wholeLog(m_mirror.id, this, [this, id = m_mirror.id](const QByteArray& log) {
        // Not when another mirror or a run was chosen meanwhile.
        if (id != m_mirror.id || m_table->currentIndex().isValid() || m_liveShown >= 0)
            return;
        m_log->showBytes(log);
        m_logTitle->setText(
            tr("Every run of %1 the console kept, oldest first").arg(m_mirror.name));
    });
}

void SyncRunsTab::openLogFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a log file"));
    if (path.isEmpty())
        return;
    leaveRuns();
    if (m_log->openFile(path))
        m_logTitle->setText(path);
}

int SyncRunsTab::liveRun() const
{
    if (m_session.path().isEmpty())
        return -1;
    const int latest = m_session.syncs().latestOf(m_mirror.name);
    return latest >= 0 && !m_session.syncs().run(latest).isOver() ? latest : -1;
}

void SyncRunsTab::showLive()
{
    const int live = liveRun();
    if (live >= 0 && m_browsing) {
        m_live->setText(tr("A sync is running; an earlier run is shown."));
        m_follow->setText(tr("Show the live log"));
        m_live->show();
        m_follow->show();
        return;
    }
    m_follow->setText(tr("Follow it live"));
    if (live >= 0) {
        const LiveSyncRun& run = m_session.syncs().run(live);
        m_live->setText(
            run.mirror.accessMode == AccessMode::TriggerOnly
                ? tr("A sync from %1 runs through the forced command: a trigger-only mirror shows "
                     "no log; its result is read over HTTP when it ends.")
                      .arg(run.pushMaster)
            : run.kind == LiveSyncRun::Kind::Followed
                ? tr("A sync started elsewhere is running; its log grows below.")
            : run.stage == LiveSyncRun::Stage::Queued
                ? tr("A sync from %1 waits for the mirror's connection.").arg(run.pushMaster)
                : tr("A sync from %1 is running; its log grows below.").arg(run.pushMaster));
        m_live->show();
        m_follow->hide();
        if (live != m_liveShown) {
            m_liveShown = live;
            m_table->clearSelection();
            m_log->showBytes(run.log);
            m_log->setFollowing(true);
            m_logTitle->setText(tr("The running sync's log"));
        }
        return;
    }
    if (m_liveShown >= 0) {
        const LiveSyncRun& run = m_session.syncs().run(m_liveShown);
        m_live->setText(tr("The sync ended: %1 — %2. Its log joins the runs at the next refresh.")
                            .arg(LiveSyncRun::stageName(run.stage), run.result));
        m_live->show();
        m_follow->hide();
        return;
    }
    const bool canFollow = m_syncSeenRunning && m_mirror.accessMode == AccessMode::Shell;
    m_live->setVisible(canFollow);
    m_follow->setVisible(canFollow);
    if (canFollow)
        m_live->setText(tr("The last refresh saw a sync running, started elsewhere."));
}

void SyncRunsTab::showRun(int row)
{
    const SyncRun* run = m_model->run(row);
    if (!run) {
        m_log->clear();
        m_logTitle->clear();
        return;
    }
    if (liveRun() >= 0) {
        m_browsing = true;
        showLive();
    }
    m_liveShown = -1;
    const QDateTime finishedAt = run->finishedAt;
    m_session.stored().syncRun(
        m_mirror.id, finishedAt, this,
        [this, id = m_mirror.id, finishedAt](const std::optional<SyncRun>& full) {
            // Not when another run, a live one or another mirror was chosen meanwhile.
            const SyncRun* current = m_model->run(m_table->currentIndex().row());
            if (id != m_mirror.id || !current || current->finishedAt != finishedAt ||
                m_liveShown >= 0)
                return;
            m_log->showBytes(full ? full->log : QByteArray());
            m_logTitle->setText(
                full ? tr("The run that ended %1")
                           .arg(QLocale().toString(finishedAt.toLocalTime(), QLocale::ShortFormat))
                     : tr("The log of this run is not stored."));
        });
}

void SyncRunsTab::leaveRuns()
{
    // No current run either, so that choosing a run again shows it.
    m_table->setCurrentIndex({});
    m_table->clearSelection();
    m_liveShown = -1;
}
