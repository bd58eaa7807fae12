#pragma once

#include <QSortFilterProxyModel>

// The fleet table's filter: free text over every column, plus country,
// verdict and tag chosen from lists. Sorts by FleetTableModel::SortRole,
// values not known last in either direction, ties by name.
class FleetFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString& text);
    void setCountry(const QString& country); // empty: any
    // Empty: any; "unchecked" for never checked, "not-fresh" for all but fresh.
    void setVerdict(const QString& verdict);
    // Empty: any row; a RowProblem key; anything else ("any"): a row with a problem.
    void setProblem(const QString& problem);
    void setTag(const QString& tag); // empty: any
    // Whether the filter lets this row of the fleet model through.
    bool shows(int sourceRow) const { return filterAcceptsRow(sourceRow, {}); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    QString m_country;
    QString m_verdict;
    QString m_problem;
    QString m_tag;
};
