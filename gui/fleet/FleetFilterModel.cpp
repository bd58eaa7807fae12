#include "fleet/FleetFilterModel.h"

#include "fleet/FleetTableModel.h"
#include "session/RowProblem.h"

void FleetFilterModel::setText(const QString& text)
{
    m_text = text;
    invalidateFilter();
}

void FleetFilterModel::setCountry(const QString& country)
{
    m_country = country;
    invalidateFilter();
}

void FleetFilterModel::setVerdict(const QString& verdict)
{
    m_verdict = verdict;
    invalidateFilter();
}

void FleetFilterModel::setProblem(const QString& problem)
{
    m_problem = problem;
    invalidateFilter();
}

void FleetFilterModel::setTag(const QString& tag)
{
    m_tag = tag;
    invalidateFilter();
}

bool FleetFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* fleet = qobject_cast<const FleetTableModel*>(sourceModel());
    const FleetRow* row = fleet ? fleet->row(sourceRow) : nullptr;
    if (!row)
        return false;
    if (!m_country.isEmpty() && row->mirror.country != m_country)
        return false;
    if (!m_tag.isEmpty() && !row->mirror.tags.contains(m_tag))
        return false;
    if (!m_verdict.isEmpty()) {
        const QString verdict = row->verdict();
        if (m_verdict == QLatin1String("not-fresh") ? verdict == QLatin1String("fresh")
                                                    : verdict != m_verdict)
            return false;
    }
    if (!m_problem.isEmpty()) {
        const auto kind = RowProblem::fromKey(m_problem);
        if (kind ? !RowProblem::has(*row, *kind) : !RowProblem::worst(*row))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < FleetTableModel::ColumnCount; ++column) {
        if (fleet->index(sourceRow, column).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool FleetFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(FleetTableModel::SortRole);
    const QVariant b = right.data(FleetTableModel::SortRole);
    if (a.isValid() != b.isValid())
        // Descending order reverses this answer: unknown stays last either way.
        return a.isValid() != (sortOrder() == Qt::DescendingOrder);
    if (a.isValid()) {
        if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
            if (const int c = a.toString().localeAwareCompare(b.toString()))
                return c < 0;
        } else if (const auto c = QVariant::compare(a, b); c != QPartialOrdering::Equivalent) {
            return c == QPartialOrdering::Less;
        }
    }
    const auto name = [](const QModelIndex& i) {
        return i.siblingAtColumn(FleetTableModel::Name).data(FleetTableModel::SortRole).toString();
    };
    // Ties read A to Z in either direction, which reverses this answer.
    return (name(left).localeAwareCompare(name(right)) < 0) != (sortOrder() == Qt::DescendingOrder);
}
