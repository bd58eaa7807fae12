#pragma once

#include "app/ConsoleSettings.h"

#include <QHash>
#include <QWidget>

// One page of the preferences: the settings of one kind (SSH, freshness,
// HTTP, syncs, DNS, alerts, mail), each with an editor of its type that
// refuses a bad value while it is typed: a number in its range, a host
// name, a file, an address, one of a few words.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Ssh,
        Freshness,
        Http,
        Syncs,
        Dns,
        Alerts,
        Mail
    };

    SettingsPage(Kind kind, const QString& settingsPath, QWidget* parent = nullptr);

    static QList<Kind> kinds(); // in the list's order
    static QString title(Kind kind);
    // Which page a setting is on, by the first part of its name.
    static Kind kindOf(const QString& settingName);

    // The editor of a setting on this page, null when it is on another.
    QWidget* editor(const QString& settingName) const;
    // A row of the page's own beside the settings (a secret kept elsewhere).
    void addRow(QWidget* label, QWidget* field);
    // Each setting on the page with the text its editor holds.
    QList<std::pair<QString, QString>> values() const;

private:
    QWidget* editorFor(const ConsoleSettings::Key& key, const QVariant& value);

    QHash<QString, QWidget*> m_editors;
};
