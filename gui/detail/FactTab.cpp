#include "detail/FactTab.h"

#include "detail/FactTableModel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

FactTab::FactTab(const QString& accessibleName, QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_model(new FactTableModel(this)),
      m_table(new QTableView(this)), m_evidence(new QLabel(this)), m_fix(new QPlainTextEdit(this)),
      m_copy(new QPushButton(tr("Copy the fix"), this))
{
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // One line a check; the whole of the chosen one is read below.
    m_table->setWordWrap(false);
    m_table->setColumnHidden(FactTableModel::Fix, true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(accessibleName);
    m_evidence->setWordWrap(true);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence->setAccessibleName(tr("Evidence"));
    m_fix->setReadOnly(true);
    m_fix->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fix->setAccessibleName(tr("Fix"));
    m_copy->setToolTip(tr("Copy the fix to the clipboard, to paste into the mirror's shell or a "
                          "mail to its admin"));

    auto* details = new QWidget(this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    auto* detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_evidence);
    detailLayout->addWidget(m_fix, 1);
    detailLayout->addLayout(buttons);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showDetails(current.row()); });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_fix->toPlainText()); });
    showDetails(-1);
}

void FactTab::showLines(const QString& summary, const QList<FactLine>& lines)
{
    m_summary->setText(summary);
    m_model->setLines(lines);
    m_table->resizeColumnsToContents();
    // The first failure, when there is one: the model lists them first.
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, FactTableModel::Title));
    else
        showDetails(-1);
}

void FactTab::showDetails(int row)
{
    const FactLine* line = m_model->line(row);
    if (!line) {
        m_evidence->setText(tr("Choose a check to read its evidence and fix."));
        m_fix->clear();
        m_fix->setPlaceholderText({});
        m_copy->setEnabled(false);
        return;
    }
    m_evidence->setText(tr("%1: %2").arg(line->title, line->evidence));
    m_fix->setPlainText(line->fix);
    m_fix->setPlaceholderText(line->standing == FactLine::Standing::Good
                                  ? tr("Nothing to fix.")
                                  : tr("No fix is known for this check."));
    m_copy->setEnabled(!line->fix.isEmpty());
}
