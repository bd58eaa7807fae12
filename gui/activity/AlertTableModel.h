#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

// What turned bad while the console ran, and what the monitoring service
// recorded in the store, newest first.
class AlertTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Alert
    {
        QDateTime at;
        QString mirror;
        QString text;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void add(const Alert& alert);
    // The store's alerts, in place of those it gave before.
    void setStored(const QList<Alert>& alerts);
    const Alert* alert(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void merge();

    QList<Alert> m_live;
    QList<Alert> m_stored;
    QList<Alert> m_alerts; // both, newest first
};
