#pragma once

#include <QDialog>

class QAction;
class QSortFilterProxyModel;
class QTableView;

// Help ▸ Keyboard shortcuts: every act that has keys, searchable.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }

private:
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
};
