#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

// Rows of check results (the setup audit's items, the firewall's checks),
// as the facts JSON holds them: result, title, evidence, and the fix when
// there is one.
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

    void setItems(const QJsonArray& items);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QJsonArray m_items;
};
