#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

// What turned bad while the console ran, newest first.
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
    const Alert* alert(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Alert> m_alerts;
};
