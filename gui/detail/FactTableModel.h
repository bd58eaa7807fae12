#pragma once

#include "facts/FirewallVerdict.h"
#include "facts/SetupAudit.h"

#include <QAbstractTableModel>

// One row of FactTableModel: a setup audit item or a firewall check.
struct FactLine
{
    enum class Standing
    {
        Good,
        Bad,
        Open // unknown, or not needed
    };

    Standing standing = Standing::Open;
    QString result; // the stored word: pass, fail, ok, missing, ...
    QString title;
    QString evidence;
    QString fix; // empty unless the line is Bad

    static FactLine of(const AuditItem& item);
    static FactLine of(const FirewallCheck& check);
};

// Rows of check results (the setup audit's items, the firewall's checks):
// result, title, evidence, and the fix when there is one; failures first,
// then the unknown, then what passed, each in the order given.
class FactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Result,
        Title,
        Evidence,
        Fix,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setLines(QList<FactLine> lines);
    // Null outside the rows.
    const FactLine* line(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<FactLine> m_lines;
};
