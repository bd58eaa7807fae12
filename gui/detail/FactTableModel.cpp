#include "detail/FactTableModel.h"

#include "StatusColours.h"
#include "StatusWords.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

FactLine FactLine::of(const AuditItem& item)
{
    const bool fail = item.result == AuditItem::Result::Fail;
    return {fail                                     ? Standing::Bad
            : item.result == AuditItem::Result::Pass ? Standing::Good
                                                     : Standing::Open,
            AuditItem::resultName(item.result), item.title, item.evidence,
            item.result == AuditItem::Result::Pass ? QString() : item.fix};
}

FactLine FactLine::of(const FirewallCheck& check)
{
    return {check.bad()                                 ? Standing::Bad
            : check.result == FirewallCheck::Result::Ok ? Standing::Good
                                                        : Standing::Open,
            FirewallCheck::resultName(check.result), check.title, check.evidence,
            check.bad() ? check.fix : QString()};
}

void FactTableModel::setLines(QList<FactLine> lines)
{
    const auto rank = [](const FactLine& line) {
        switch (line.standing) {
        case FactLine::Standing::Bad:
            return 0;
        case FactLine::Standing::Open:
            return 1;
        case FactLine::Standing::Good:
            return 2;
        }
        return 1;
    };
    std::stable_sort(lines.begin(), lines.end(),
                     [&rank](const FactLine& a, const FactLine& b) { return rank(a) < rank(b); });
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

const FactLine* FactTableModel::line(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

int FactTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int FactTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FactTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const FactLine& line = m_lines.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Result:
            return StatusWords::checkResult(line.result);
        case Title:
            return line.title;
        case Evidence:
            return line.evidence;
        case Fix:
            return line.fix;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Result) {
        // The word says it; the colour only repeats it.
        if (line.standing == FactLine::Standing::Bad)
            return QBrush(StatusColours::text(StatusColours::Status::Bad));
        if (line.standing == FactLine::Standing::Good)
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
