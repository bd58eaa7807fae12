#include "activity/AuditTableModel.h"

#include <QLocale>

void AuditTableModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void AuditTableModel::prepend(const AuditEntry& entry)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return e.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case At:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case Operator:
        return e.operatorName;
    case Mirror:
        return e.mirror;
    case Action:
        return e.action;
    case Detail:
        return e.detail.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case At:
        return tr("When");
    case Operator:
        return tr("Operator");
    case Mirror:
        return tr("Mirror");
    case Action:
        return tr("Act");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}
