#pragma once

#include "dns/DnsPublishing.h"
#include "monitor/FleetExport.h"
#include "monitor/FreshnessSweep.h"
#include "notify/AlertMail.h"
#include "notify/SmtpSender.h"
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
    // What a QString default takes.
    enum class Text
    {
        HostName,
        File,    // a readable file's path, or nothing
        Address, // an e-mail address, or nothing
        Choice,  // one of the words in choices
        Name,    // a user name: printable, no space, or nothing
        Path,    // an absolute path, or nothing (it may not exist yet, or be another's)
        Command  // a command line without control characters, or nothing
    };

    struct Key
    {
        const char* name;
        QVariant defaultValue;
        int minimum; // whole numbers
        int maximum;
        const char* meaning;
        Text text = Text::HostName;
        const char* choices = nullptr; // Text::Choice: the words, space-separated
    };

    // The settings file at path; the system's default location when empty.
    explicit ConsoleSettings(const QString& path = {});

    static const QList<Key>& keys();
    // Why text does not fit a QString key, or nothing when it does.
    static QString refusal(const Key& key, const QString& text);

    QVariant value(const QString& name) const;
    // False with *error naming the key or the allowed range.
    bool setValue(const QString& name, const QString& text, QString* error);

    SshPoolSettings poolSettings() const;
    int historyRetentionDays() const;
    qint64 logFetchBytes() const;
    FreshnessSweepOptions freshnessOptions() const;
    FleetExport::ZoneOptions zoneOptions() const;
    AlertSettings alertSettings() const;
    MailSettings mailSettings() const;
    SmtpSettings smtpSettings() const;
    std::chrono::minutes monitorRefreshInterval() const;
    DnsPublishing dnsPublishing() const;
    int checkerFailedPercent() const;

private:
    std::unique_ptr<QSettings> m_settings;
};
