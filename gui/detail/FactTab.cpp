#include "detail/FactTab.h"

#include "detail/FactTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

FactTab::FactTab(const QString& accessibleName, QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_model(new FactTableModel(this)),
      m_table(new QTableView(this))
{
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(accessibleName);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
}

void FactTab::showLines(const QString& summary, const QList<FactLine>& lines)
{
    m_summary->setText(summary);
    m_model->setLines(lines);
    m_table->resizeColumnsToContents();
}
