#pragma once

#include <QAbstractTableModel>

class LiveSyncRuns;

// The syncs of this session, newest first: mirror, how it is reached, push
// master, stage, time so far, and how it ended or its latest log line.
class LiveSyncTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Mirror,
        Access,
        PushMaster,
        Stage,
        Elapsed,
        Result,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Follows runs; nullptr shows none.
    void setRuns(LiveSyncRuns* runs);
    // The LiveSyncRuns index shown at row, or -1.
    int runAt(int row) const;
    int rowOf(int runIndex) const;

    void runAdded(int index);
    void runChanged(int index);
    // Elapsed times move on while runs are active.
    void tick();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    LiveSyncRuns* m_runs = nullptr;
};
