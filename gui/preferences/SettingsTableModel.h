#pragma once

#include "app/ConsoleSettings.h"

#include <QAbstractTableModel>
#include <QHash>

// The console's settings as a table: name, value (editable), meaning. Edits
// are held until apply() writes them, each checked by ConsoleSettings.
class SettingsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Value,
        Meaning,
        ColumnCount
    };

    explicit SettingsTableModel(QString settingsPath, QObject* parent = nullptr);

    // Writes every edit; the errors, one per refused key (those stay pending).
    QStringList apply();
    bool hasEdits() const { return !m_edits.isEmpty(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_path;
    QHash<int, QString> m_edits; // row -> text typed
};
