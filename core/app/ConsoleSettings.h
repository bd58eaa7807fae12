#pragma once

#include "monitor/FleetExport.h"
#include "monitor/FreshnessSweep.h"
#include "ssh/SshPool.h"

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

// The console's settings, typed, with one table of keys and defaults; shared
// by the console and mirrorctl through the same settings file.
class ConsoleSettings
{
public:
    struct Key
    {
        const char* name;
        QVariant defaultValue;
        int minimum; // whole numbers; a QString default takes a host name
        int maximum;
        const char* meaning;
        bool isFile = false; // a QString default that takes a file's path, or nothing
    };

    // The settings file at path; the system's default location when empty.
    explicit ConsoleSettings(const QString& path = {});

    static const QList<Key>& keys();

    QVariant value(const QString& name) const;
    // False with *error naming the key or the allowed range.
    bool setValue(const QString& name, const QString& text, QString* error);

    SshPoolSettings poolSettings() const;
    int historyRetentionDays() const;
    qint64 logFetchBytes() const;
    FreshnessSweepOptions freshnessOptions() const;
    FleetExport::ZoneOptions zoneOptions() const;

private:
    std::unique_ptr<QSettings> m_settings;
};
