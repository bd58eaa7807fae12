#pragma once

#include "facts/DiskFacts.h"

#include <QAbstractTableModel>
#include <QDateTime>

// The database files in a mirror's DocumentRoot (the last refresh's
// disk.files): name, size, when each was written and how long ago.
class DatabaseFileModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Size,
        Modified,
        Age,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setFiles(const QList<DatabaseFile>& files, const QDateTime& now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<DatabaseFile> m_files;
    QDateTime m_now;
};
