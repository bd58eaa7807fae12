#include "detail/SyncRunsTab.h"

#include "ConsoleBackend.h"
#include "detail/SyncRunTableModel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>

SyncRunsTab::SyncRunsTab(ConsoleBackend& backend, QWidget* parent)
    : QWidget(parent), m_backend(backend), m_model(new SyncRunTableModel(this)),
      m_table(new QTableView(this)), m_log(new QPlainTextEdit(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Sync runs"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setAccessibleName(tr("Sync log"));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRun(current.row()); });
}

void SyncRunsTab::showMirror(qint64 mirrorId)
{
    m_mirrorId = mirrorId;
    m_model->setRuns(SyncRunStore(m_backend.database()).runs(mirrorId));
    m_table->resizeColumnsToContents();
    m_log->clear();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void SyncRunsTab::showRun(int row)
{
    const SyncRun* run = m_model->run(row);
    if (!run) {
        m_log->clear();
        return;
    }
    const auto full = SyncRunStore(m_backend.database()).run(m_mirrorId, run->finishedAt);
    m_log->setPlainText(full ? QString::fromUtf8(full->log)
                             : tr("The log of this run is not stored."));
}
