#include "preferences/SettingsTableModel.h"

#include <QCoreApplication>
#include <QFont>

SettingsTableModel::SettingsTableModel(QString settingsPath, QObject* parent)
    : QAbstractTableModel(parent), m_path(std::move(settingsPath))
{}

QStringList SettingsTableModel::apply()
{
    ConsoleSettings settings(m_path);
    QStringList errors;
    for (auto it = m_edits.begin(); it != m_edits.end();) {
        QString error;
        const QString name = QLatin1String(ConsoleSettings::keys().at(it.key()).name);
        if (settings.setValue(name, it.value(), &error)) {
            it = m_edits.erase(it);
        } else {
            errors << error;
            ++it;
        }
    }
    emit dataChanged(index(0, Value), index(rowCount() - 1, Value));
    return errors;
}

int SettingsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ConsoleSettings::keys().size());
}

int SettingsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SettingsTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ConsoleSettings::Key& key = ConsoleSettings::keys().at(index.row());
    if (role == Qt::FontRole && index.column() == Value && m_edits.contains(index.row())) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == Value &&
        key.defaultValue.typeId() != QMetaType::QString)
        return tr("%1 to %2; default %3")
            .arg(key.minimum)
            .arg(key.maximum)
            .arg(key.defaultValue.toString());
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name:
        return QLatin1String(key.name);
    case Value:
        return m_edits.contains(index.row())
                   ? m_edits.value(index.row())
                   : ConsoleSettings(m_path).value(QLatin1String(key.name)).toString();
    case Meaning:
        return QCoreApplication::translate("ConsoleSettings", key.meaning);
    default:
        return {};
    }
}

bool SettingsTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Value)
        return false;
    m_edits.insert(index.row(), value.toString().trimmed());
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags SettingsTableModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.column() == Value ? base | Qt::ItemIsEditable : base;
}

QVariant SettingsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Setting");
    case Value:
        return tr("Value");
    case Meaning:
        return tr("Meaning");
    default:
        return {};
    }
}
