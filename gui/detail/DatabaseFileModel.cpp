#include "detail/DatabaseFileModel.h"

#include <QLocale>

void DatabaseFileModel::setFiles(const QList<DatabaseFile>& files, const QDateTime& now)
{
    beginResetModel();
    m_now = now;
    m_files = files;
    endResetModel();
}

int DatabaseFileModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int DatabaseFileModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatabaseFileModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_files.size())
        return {};
    const DatabaseFile& file = m_files.at(index.row());
    const QLocale locale;
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) // for sorting
        return index.column() == Size ? QVariant(file.bytes) : QVariant(file.modified);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return file.name;
    case Size:
        return locale.formattedDataSize(file.bytes, 1, QLocale::DataSizeSIFormat);
    case Modified:
        return file.modified.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    case Age: {
        const qint64 hours = file.modified.secsTo(m_now) / 3600;
        return hours < 48 ? tr("%n hour(s)", nullptr, int(hours))
                          : tr("%n day(s)", nullptr, int(hours / 24));
    }
    default:
        return {};
    }
}

QVariant DatabaseFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("File");
    case Size:
        return tr("Size");
    case Modified:
        return tr("Written");
    case Age:
        return tr("Age");
    default:
        return {};
    }
}
