#include "activity/AlertTableModel.h"

#include <QLocale>

#include <algorithm>

void AlertTableModel::add(const Alert& alert)
{
    m_live.prepend(alert);
    merge();
}

void AlertTableModel::setStored(const QList<Alert>& alerts)
{
    m_stored = alerts;
    merge();
}

void AlertTableModel::merge()
{
    beginResetModel();
    m_alerts = m_live + m_stored;
    std::stable_sort(m_alerts.begin(), m_alerts.end(),
                     [](const Alert& a, const Alert& b) { return a.at > b.at; });
    endResetModel();
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
