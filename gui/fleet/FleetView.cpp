#include "fleet/FleetView.h"

#include "StatusWords.h"
#include "fleet/FleetEmptyState.h"
#include "fleet/FleetFilterModel.h"
#include "fleet/FleetSummaryStrip.h"
#include "fleet/FleetTableModel.h"
#include "session/FleetSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

FleetView::FleetView(FleetSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new FleetTableModel(this)),
      m_filter(new FleetFilterModel(this)), m_table(new QTableView(this)),
      m_empty(new FleetEmptyState(this)), m_strip(new FleetSummaryStrip(m_model, m_filter, this)),
      m_country(new QComboBox(this)), m_verdict(new QComboBox(this)), m_tag(new QComboBox(this)),
      m_text(new QLineEdit(this))
{
    QLineEdit* text = m_text;
    text->setPlaceholderText(tr("Filter mirrors…"));
    text->setClearButtonEnabled(true);
    text->setAccessibleName(tr("Filter mirrors"));
    for (QComboBox* choice : {m_country, m_verdict, m_tag})
        choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_country->setAccessibleName(tr("Country"));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_tag->setAccessibleName(tr("Tag"));
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(FleetTableModel::SortRole);
    connect(text, &QLineEdit::textChanged, m_filter, &FleetFilterModel::setText);
    connect(m_country, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCountry(m_country->currentData().toString()); });
    connect(m_verdict, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setVerdict(m_verdict->currentData().toString());
        m_filter->setProblem({});
        m_strip->follow(m_verdict->currentData().toString(), {});
    });
    connect(m_tag, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTag(m_tag->currentData().toString()); });
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FleetTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &FleetView::chooseColumns);
    m_table->setAccessibleName(tr("Fleet"));
    m_strip->setAccessibleName(tr("Fleet summary"));
    connect(m_strip, &FleetSummaryStrip::chosen, this,
            [this](const QString& verdict, const QString& problem) {
                const QSignalBlocker quiet(m_verdict);
                m_verdict->setCurrentIndex(qMax(0, m_verdict->findData(verdict)));
                m_filter->setVerdict(verdict);
                m_filter->setProblem(problem);
            });
    // One line per cell: the whole text is in the tooltip and the detail pane.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);

    auto* filters = new QHBoxLayout;
    filters->addWidget(text, 1);
    filters->addWidget(m_country);
    filters->addWidget(m_verdict);
    filters->addWidget(m_tag);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_strip);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);

    connect(&m_session, &FleetSession::inventoryChanged, this, &FleetView::reload);
    const auto follow = [this] {
        followSelection();
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, follow);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, follow);
    // The filter can hide the row shown, or bring it back.
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, follow);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, follow);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, follow);
    connect(m_filter, &QAbstractItemModel::modelReset, this, follow);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                updateSummary();
                if (m_shown >= from.row() && m_shown <= to.row())
                    followSelection(true);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &FleetView::updateSummary);
    connect(&m_session, &FleetSession::mirrorRefreshed, this, [this](const MirrorFacts& facts) {
        m_model->updateFacts(facts.mirror, facts);
        // The runs and traffic the refresh stored follow from the store.
        const FleetRow* row = m_model->row(m_model->rowOf(facts.mirror));
        if (!row)
            return;
        m_session.stored().row(row->mirror, this, [this](const FleetRow& stored) {
            m_model->updateRuns(stored.mirror.name, stored.lastRun, stored.sentToday);
        });
    });
    connect(&m_session, &FleetSession::mirrorSkipped, m_model, &FleetTableModel::setNote);
    connect(&m_session, &FleetSession::mirrorChecked, this,
            [this](const FreshnessResult& r) { m_model->updateFreshness(r.check.mirror, r); });
    reload();
}

void FleetView::followSelection(bool factsChanged)
{
    // The current row if it is selected and in view, else the first selected
    // one in view: never a row the filter hides.
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    QModelIndex shown = m_table->currentIndex();
    if (!shown.isValid() || !m_table->selectionModel()->isRowSelected(shown.row()))
        shown = selected.isEmpty() ? QModelIndex() : selected.first();
    if (!shown.isValid() && !m_hiddenName.isEmpty()) {
        // The filter gave back the mirror it had hidden: shown again.
        if (selectMirror(m_hiddenName))
            return; // selecting it called back here
        if (m_model->rowOf(m_hiddenName) < 0)
            m_hiddenName.clear(); // removed from the inventory
    }
    const FleetRow* row =
        shown.isValid() ? m_model->row(m_filter->mapToSource(shown).row()) : nullptr;
    if (!row) {
        const FleetRow* was = m_model->row(m_shown);
        if (was && !m_filter->shows(m_shown))
            m_hiddenName = was->mirror.name;
        m_shown = -1;
        m_shownOf = 0;
        emit selectionCleared(
            m_hiddenName.isEmpty()
                ? tr("Select a mirror in the table to see it here.")
                : tr("The filter hides %1, which was selected.").arg(m_hiddenName));
        return;
    }
    const int source = m_filter->mapToSource(shown).row();
    const int count = qMax(1, int(selected.size()));
    // Selection and filter signals come in pairs: the pane is filled once.
    if (!factsChanged && source == m_shown && count == m_shownOf)
        return;
    m_shown = source;
    m_shownOf = count;
    m_hiddenName.clear();
    emit mirrorSelected(*row, count);
}

QList<MirrorRecord> FleetView::selectedMirrors() const
{
    QList<MirrorRecord> mirrors;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : std::as_const(rows)) {
        if (const FleetRow* row = m_model->row(m_filter->mapToSource(index).row()))
            mirrors << row->mirror;
    }
    return mirrors;
}

bool FleetView::selectMirror(const QString& name)
{
    const QModelIndex at = m_filter->mapFromSource(m_model->index(m_model->rowOf(name), 0));
    if (!at.isValid())
        return false;
    m_hiddenName.clear();
    m_table->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    return true;
}

void FleetView::clearFilters()
{
    m_text->clear();
    for (QComboBox* choice : {m_country, m_verdict, m_tag})
        choice->setCurrentIndex(0);
    // Also what was set on the filter itself, past the widgets.
    m_filter->setText({});
    m_filter->setCountry({});
    m_filter->setVerdict({});
    m_filter->setTag({});
}

void FleetView::focusFilter()
{
    m_text->setFocus();
    m_text->selectAll();
}

QByteArray FleetView::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void FleetView::restoreHeaderState(const QByteArray& state)
{
    m_table->horizontalHeader()->restoreState(state);
}

void FleetView::fillColumnsMenu(QMenu* menu)
{
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 1; column < FleetTableModel::ColumnCount; ++column) {
        QAction* shown = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        shown->setCheckable(true);
        shown->setChecked(!header->isSectionHidden(column));
        connect(shown, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
}

void FleetView::chooseColumns(const QPoint& at)
{
    QMenu menu(this);
    fillColumnsMenu(&menu);
    menu.exec(m_table->horizontalHeader()->mapToGlobal(at));
}

void FleetView::fillChoices()
{
    QSet<QString> countries;
    QSet<QString> tags;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        countries.insert(m_model->row(r)->mirror.country);
        for (const QString& tag : m_model->row(r)->mirror.tags)
            tags.insert(tag);
    }
    auto fill = [](QComboBox* box, const QString& any, QStringList values) {
        const QString kept = box->currentData().toString();
        const QSignalBlocker quiet(box);
        box->clear();
        box->addItem(any, QString());
        values.sort();
        for (const QString& value : std::as_const(values))
            box->addItem(value, value);
        box->setCurrentIndex(qMax(0, box->findData(kept)));
    };
    fill(m_country, tr("All countries"), countries.values());
    fill(m_tag, tr("All tags"), tags.values());
    m_tag->setVisible(!tags.isEmpty());
    const QString kept = m_verdict->currentData().toString();
    const QSignalBlocker quiet(m_verdict);
    m_verdict->clear();
    m_verdict->addItem(tr("All verdicts"), QString());
    for (const QString& verdict : FleetRow::verdicts())
        m_verdict->addItem(StatusWords::verdict(verdict), verdict);
    m_verdict->addItem(tr("Not fresh"), QStringLiteral("not-fresh"));
    m_verdict->setCurrentIndex(qMax(0, m_verdict->findData(kept)));
}

void FleetView::updateSummary()
{
    m_strip->recount();
}

void FleetView::reload()
{
    m_session.stored().fleet(this, [this](const QList<FleetRow>& rows) { showRows(rows); });
}

void FleetView::showRows(const QList<FleetRow>& rows)
{
    // The mirror shown stays selected across the reload (an edit, an import).
    const FleetRow* shown = m_model->row(m_shown);
    const QString keep = shown ? shown->mirror.name : m_hiddenName;
    m_shown = -1;
    m_shownOf = 0;
    m_hiddenName = keep;
    m_model->setRows(rows);
    fillChoices();
    m_table->resizeColumnsToContents();
    // A long text (a probe's error) widens no column past a fifth of the
    // table; it is whole in the tooltip and the detail pane.
    const int widest = qMax(160, m_table->viewport()->width() / 5);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_table->columnWidth(column) > widest)
            m_table->setColumnWidth(column, widest);
    }
    m_empty->setVisible(rows.isEmpty());
    m_table->setVisible(!rows.isEmpty());
}
