#pragma once

#include "monitor/FreshnessSweep.h"

#include <QAbstractTableModel>

// A mirror's stored freshness checks, newest first.
class VerdictHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        At,
        Verdict,
        TimestampAge,
        Daily,
        Latency,
        Reason,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setChecks(QList<FreshnessResult> oldestFirst);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<FreshnessResult> m_checks; // newest first
};
