#include "sync/SyncActivityPane.h"

#include "session/FleetSession.h"
#include "logs/LogBrowser.h"
#include "sync/LiveSyncTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

SyncActivityPane::SyncActivityPane(FleetSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new LiveSyncTableModel(this)),
      m_table(new QTableView(this)), m_log(new LogBrowser(tr("Live sync log"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_cancelAll(new QPushButton(tr("Cancel all"), this)), m_clock(new QTimer(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Syncs under way"));
    m_cancel->setToolTip(tr("Stop the selected sync: a queued one never starts, a running one on "
                            "a shell mirror is stopped and its lock removed; a trigger-only "
                            "mirror's sync goes on, the console stops waiting"));
    m_cancelAll->setToolTip(tr("Cancel every sync of this session that has not ended"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_cancelAll);
    buttons->addStretch();
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table);
    leftLayout->addLayout(buttons);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 680});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRun(m_model->runAt(current.row())); });
    connect(m_cancel, &QPushButton::clicked, this, &SyncActivityPane::cancelSelected);
    connect(m_cancelAll, &QPushButton::clicked, this, [this] { m_session.syncs().cancelAll(); });
    connect(m_clock, &QTimer::timeout, m_model, &LiveSyncTableModel::tick);
    m_clock->setInterval(1000);

    connect(&m_session, &FleetSession::inventoryChanged, this, &SyncActivityPane::attach);
    connect(&m_session, &FleetSession::syncAdded, this, [this](int index) {
        m_model->runAdded(index);
        m_clock->start();
        if (m_shown < 0 || m_session.syncs().run(m_shown).isOver())
            selectRun(index);
        updateButtons();
        emit runStarted();
    });
    connect(&m_session, &FleetSession::syncChanged, this, [this](int index) {
        m_model->runChanged(index);
        if (index == m_shown)
            updateButtons();
    });
    connect(&m_session, &FleetSession::syncOutput, this,
            [this](int index, const QByteArray& chunk) {
                if (index == m_shown)
                    m_log->appendChunk(chunk);
            });
    connect(&m_session, &FleetSession::syncEnded, this, [this] {
        if (m_session.syncs().activeCount() == 0)
            m_clock->stop();
        m_model->tick();
        updateButtons();
    });
    if (!m_session.path().isEmpty())
        attach();
    updateButtons();
}

void SyncActivityPane::attach()
{
    m_shown = -1;
    m_log->clear();
    m_model->setRuns(&m_session.syncs());
    updateButtons();
}

void SyncActivityPane::selectRun(int index)
{
    m_table->selectRow(m_model->rowOf(index));
    showRun(index);
}

void SyncActivityPane::showRun(int index)
{
    if (index == m_shown)
        return;
    m_shown = index;
    m_log->clear();
    if (index >= 0) {
        const LiveSyncRun& run = m_session.syncs().run(index);
        m_log->showBytes(run.log);
        m_log->setFollowing(true);
    }
    updateButtons();
}

void SyncActivityPane::updateButtons()
{
    const bool attached = !m_session.path().isEmpty();
    m_cancel->setEnabled(attached && m_shown >= 0 && !m_session.syncs().run(m_shown).isOver());
    m_cancelAll->setEnabled(attached && m_session.syncs().activeCount() > 0);
}

void SyncActivityPane::cancelSelected()
{
    if (m_shown >= 0)
        m_session.syncs().cancel(m_shown);
}
