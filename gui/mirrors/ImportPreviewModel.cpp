#include "mirrors/ImportPreviewModel.h"

void ImportPreviewModel::setMirrors(QList<MirrorRecord> mirrors, QStringList known)
{
    beginResetModel();
    m_mirrors = std::move(mirrors);
    m_known = std::move(known);
    endResetModel();
}

QList<MirrorRecord> ImportPreviewModel::newMirrors() const
{
    QList<MirrorRecord> fresh;
    for (const MirrorRecord& m : m_mirrors) {
        if (!m_known.contains(m.name))
            fresh << m;
    }
    return fresh;
}

int ImportPreviewModel::knownCount() const
{
    return int(m_mirrors.size() - newMirrors().size());
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_mirrors.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_mirrors.size() || role != Qt::DisplayRole)
        return {};
    const MirrorRecord& m = m_mirrors.at(index.row());
    switch (index.column()) {
    case Name:
        return m.name;
    case Address:
        return m.address;
    case Country:
        return m.country;
    case Admin:
        return m.alertsEmail.isEmpty()
                   ? tr("%1 <%2>").arg(m.adminName, m.adminEmail)
                   : tr("%1 <%2>, alerts to <%3>").arg(m.adminName, m.adminEmail, m.alertsEmail);
    case Status:
        return m_known.contains(m.name) ? tr("already in the inventory: left as it is") : tr("new");
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Mirror");
    case Address:
        return tr("Address");
    case Country:
        return tr("Country");
    case Admin:
        return tr("Admin");
    case Status:
        return tr("Import");
    default:
        return {};
    }
}
