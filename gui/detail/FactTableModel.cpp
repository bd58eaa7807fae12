#include "detail/FactTableModel.h"

#include "StatusColours.h"
#include "StatusWords.h"

#include <QBrush>
#include <QColor>
#include <QJsonObject>

void FactTableModel::setItems(const QJsonArray& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int FactTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int FactTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FactTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const QJsonObject item = m_items.at(index.row()).toObject();
    const QString result = item.value(QStringLiteral("result")).toString();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Result:
            return StatusWords::checkResult(result);
        case Title:
            return item.value(QStringLiteral("title")).toString();
        case Evidence:
            return item.value(QStringLiteral("evidence")).toString();
        case Fix:
            return result == QLatin1String("pass") || result == QLatin1String("ok")
                       ? QString()
                       : item.value(QStringLiteral("fix")).toString();
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Result) {
        // The word says it; the colour only repeats it.
        if (result == QLatin1String("fail") || result == QLatin1String("blocked") ||
            result == QLatin1String("missing"))
            return QBrush(StatusColours::text(StatusColours::Status::Bad));
        if (result == QLatin1String("pass") || result == QLatin1String("ok"))
            return QBrush(StatusColours::text(StatusColours::Status::Good));
    }
    return {};
}

QVariant FactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Result:
        return tr("Result");
    case Title:
        return tr("Requirement");
    case Evidence:
        return tr("Evidence");
    case Fix:
        return tr("Fix");
    }
    return {};
}
