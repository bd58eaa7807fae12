#include "help/ShortcutsDialog.h"

#include "help/ShortcutTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent), m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_proxy->setSourceModel(new ShortcutTableModel(actions, this));
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    auto* search = new QLineEdit(this);
    search->setPlaceholderText(tr("Search acts and keys"));
    search->setClearButtonEnabled(true);
    connect(search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // menu order until a header is clicked
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(ShortcutTableModel::Act,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ShortcutTableModel::Keys,
                                                      QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(search);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(480, 520);
}
