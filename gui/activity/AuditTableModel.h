#pragma once

#include "inventory/AuditTrail.h"

#include <QAbstractTableModel>

// The audit trail, newest first: when, who, which mirror, what, the detail's
// first line (all of it as the tooltip).
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        At,
        Operator,
        Mirror,
        Action,
        Detail,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<AuditEntry> entries); // newest first
    void prepend(const AuditEntry& entry);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};
