#pragma once

#include "inventory/SyncRunStore.h"

#include <QAbstractTableModel>

// The sync runs the console has kept for one mirror, newest first.
class SyncRunTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Outcome,
        Finished,
        Changed,
        Deleted,
        Received,
        Error,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRuns(QList<SyncRun> runs);
    const SyncRun* run(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SyncRun> m_runs;
};
