#pragma once

#include "inventory/MirrorRecord.h"

#include <QAbstractTableModel>

// The mirrors read from a pasted new-mirror e-mail, before anything is
// stored: name, address, country, admin, and whether each is new.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Address,
        Country,
        Admin,
        Status,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // known: names already in the inventory.
    void setMirrors(QList<MirrorRecord> mirrors, QStringList known);
    QList<MirrorRecord> newMirrors() const;
    int knownCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MirrorRecord> m_mirrors;
    QStringList m_known;
};
