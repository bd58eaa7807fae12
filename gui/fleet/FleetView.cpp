#include "fleet/FleetView.h"

#include "ConsoleBackend.h"
#include "fleet/FleetTableModel.h"
#include "inventory/ProbeHistory.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

FleetView::FleetView(ConsoleBackend& backend, QWidget* parent)
    : QWidget(parent), m_backend(backend), m_model(new FleetTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_empty(new QLabel(this))
{
    auto* filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter mirrors…"));
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(tr("Filter mirrors"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FleetTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Fleet"));
    m_empty->setText(tr("The inventory holds no mirrors yet. Add them with mirrorctl add or "
                        "mirrorctl import-email, "
                        "or start the console with the demo lab."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);

    connect(&m_backend, &ConsoleBackend::inventoryChanged, this, &FleetView::reload);
    auto emitSelected = [this] {
        const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
        if (const FleetRow* row = m_model->row(current.row()))
            emit mirrorSelected(*row);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, emitSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this, emitSelected](const QModelIndex& from) {
                if (m_proxy->mapToSource(m_table->currentIndex()).row() == from.row())
                    emitSelected();
            });
    connect(&m_backend, &ConsoleBackend::mirrorRefreshed, this, [this](const MirrorFacts& facts) {
        const auto runs = SyncRunStore(m_backend.database()).runs(facts.mirrorId, 1);
        m_model->updateFacts(facts.mirror, facts.toJson(),
                             runs.isEmpty() ? std::nullopt : std::optional<SyncRun>(runs.first()));
    });
    connect(&m_backend, &ConsoleBackend::mirrorSkipped, m_model, &FleetTableModel::setNote);
    connect(&m_backend, &ConsoleBackend::mirrorChecked, this, [this](const FreshnessResult& r) {
        m_model->updateFreshness(r.check.mirror, r.toJson());
    });
    reload();
}

void FleetView::reload()
{
    QList<FleetRow> rows;
    ProbeHistory history(m_backend.database());
    SyncRunStore runs(m_backend.database());
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-30);
    for (const MirrorRecord& mirror : m_backend.inventory().all()) {
        FleetRow row{mirror, {}, {}, std::nullopt, {}};
        if (const auto checked = history.latest(mirror.id, QStringLiteral("freshness")))
            row.freshness = checked->payload;
        if (const auto probe = history.latest(mirror.id, QStringLiteral("probe"));
            probe && probe->at >= since)
            row.facts = probe->payload;
        const QList<SyncRun> last = runs.runs(mirror.id, 1);
        if (!last.isEmpty())
            row.lastRun = last.first();
        rows.append(row);
    }
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
    m_empty->setVisible(rows.isEmpty());
    m_table->setVisible(!rows.isEmpty());
}

QList<MirrorRecord> FleetView::selectedMirrors() const
{
    QList<MirrorRecord> mirrors;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : std::as_const(rows)) {
        if (const FleetRow* row = m_model->row(m_proxy->mapToSource(index).row()))
            mirrors << row->mirror;
    }
    return mirrors;
}
