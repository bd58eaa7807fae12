#include "detail/SyncRunsTab.h"

#include "ConsoleBackend.h"
#include "detail/SyncRunTableModel.h"
#include "sync/LiveLogView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

SyncRunsTab::SyncRunsTab(ConsoleBackend& backend, QWidget* parent)
    : QWidget(parent), m_backend(backend), m_model(new SyncRunTableModel(this)),
      m_table(new QTableView(this)), m_log(new LiveLogView(tr("Sync log"), this)),
      m_live(new QLabel(this)), m_follow(new QPushButton(tr("Follow it live"), this))
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
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_log);
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
            m_backend.syncs().follow(m_mirror);
        m_browsing = false;
        showLive();
    });
    connect(&m_backend, &ConsoleBackend::syncAdded, this, [this] {
        m_browsing = false;
        showLive();
    });
    connect(&m_backend, &ConsoleBackend::syncChanged, this, [this](int index) {
        if (index == m_liveShown || index == liveRun())
            showLive();
    });
    connect(&m_backend, &ConsoleBackend::syncEnded, this, [this](int index) {
        if (index == m_liveShown)
            showLive();
    });
    connect(&m_backend, &ConsoleBackend::syncOutput, this,
            [this](int index, const QByteArray& chunk) {
                if (index == m_liveShown)
                    m_log->appendChunk(chunk);
            });
}

void SyncRunsTab::showMirror(const MirrorRecord& mirror, const QJsonObject& facts)
{
    const bool sameMirror = mirror.id == m_mirror.id;
    m_mirror = mirror;
    const QJsonObject lock = facts.value(QStringLiteral("lock")).toObject();
    m_syncSeenRunning = lock.value(QStringLiteral("state")).toString() == QLatin1String("held") ||
                        !lock.value(QStringLiteral("syncProcesses")).toArray().isEmpty();
    const int selected = sameMirror ? m_table->currentIndex().row() : 0;
    m_model->setRuns(SyncRunStore(m_backend.database()).runs(mirror.id));
    m_table->resizeColumnsToContents();
    if (!sameMirror) {
        m_liveShown = -1;
        m_browsing = false;
    }
    showLive();
    if (m_liveShown >= 0)
        return;
    m_log->clear();
    if (m_model->rowCount() > 0)
        m_table->selectRow(qBound(0, selected, m_model->rowCount() - 1));
}

int SyncRunsTab::liveRun() const
{
    if (m_backend.path().isEmpty())
        return -1;
    const int latest = m_backend.syncs().latestOf(m_mirror.name);
    return latest >= 0 && !m_backend.syncs().run(latest).isOver() ? latest : -1;
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
        const LiveSyncRun& run = m_backend.syncs().run(live);
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
            m_log->setPlainText(QString::fromUtf8(run.log));
            m_log->moveCursor(QTextCursor::End);
        }
        return;
    }
    if (m_liveShown >= 0) {
        const LiveSyncRun& run = m_backend.syncs().run(m_liveShown);
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
        return;
    }
    if (liveRun() >= 0) {
        m_browsing = true;
        showLive();
    }
    m_liveShown = -1;
    const auto full = SyncRunStore(m_backend.database()).run(m_mirror.id, run->finishedAt);
    m_log->setPlainText(full ? QString::fromUtf8(full->log)
                             : tr("The log of this run is not stored."));
}
