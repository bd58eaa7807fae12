#pragma once

#include <QAbstractTableModel>

class QAction;

// The console's acts with their keys, in menu order; the keys sort as
// their text, the acts by their name without the mnemonic's ampersand.
class ShortcutTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Act,
        Keys,
        ColumnCount
    };

    explicit ShortcutTableModel(const QList<QAction*>& actions, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString act;
        QString keys; // as the desktop writes them
        QString tip;
    };
    QList<Entry> m_entries;
};
