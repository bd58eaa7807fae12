#include "activity/AlertTableModel.h"

#include <QLocale>

void AlertTableModel::add(const Alert& alert)
{
    beginInsertRows({}, 0, 0);
    m_alerts.prepend(alert);
    endInsertRows();
}

const AlertTableModel::Alert* AlertTableModel::alert(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts.at(row) : nullptr;
}

int AlertTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant AlertTableModel::data(const QModelIndex& index, int role) const
{
    const Alert* a = alert(index.row());
    if (!a || role != Qt::DisplayRole)
        return {};
    return index.column() == 0 ? QLocale().toString(a->at.toLocalTime(), QLocale::ShortFormat)
                               : a->text;
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("When") : tr("What");
}
