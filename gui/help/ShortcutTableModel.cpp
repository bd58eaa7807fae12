#include "help/ShortcutTableModel.h"

#include <QAction>

ShortcutTableModel::ShortcutTableModel(const QList<QAction*>& actions, QObject* parent)
    : QAbstractTableModel(parent)
{
    for (const QAction* action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        QString act = action->text();
        act.remove(u'&');
        if (act.endsWith(u'…'))
            act.chop(1);
        m_entries.append({act, action->shortcut().toString(QKeySequence::NativeText),
                          action->toolTip() == action->text() ? QString() : action->toolTip()});
    }
}

int ShortcutTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ShortcutTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortcutTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry& entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole)
        return index.column() == Act ? entry.act : entry.keys;
    if (role == Qt::ToolTipRole && !entry.tip.isEmpty())
        return entry.tip;
    return {};
}

QVariant ShortcutTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Act ? tr("Act") : tr("Keys");
}
