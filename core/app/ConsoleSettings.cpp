#include "app/ConsoleSettings.h"

#include "notify/MailWireFormat.h"
#include "util/Addresses.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

ConsoleSettings::ConsoleSettings(const QString& path)
    : m_settings(path.isEmpty()
                     ? std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                   QStringLiteral("mirror-console"),
                                                   QStringLiteral("mirror-console"))
                     : std::make_unique<QSettings>(path, QSettings::IniFormat))
{}

const QList<ConsoleSettings::Key>& ConsoleSettings::keys()
{
    static const QList<Key> table{
        {"ssh/connect-timeout", 10, 1, 300,
         QT_TRANSLATE_NOOP("ConsoleSettings", "seconds to connect and get the SSH greeting")},
        {"ssh/operation-timeout", 120, 5, 86400,
         QT_TRANSLATE_NOOP("ConsoleSettings", "seconds any one command or transfer may take")},
        {"ssh/max-mirrors", 32, 1, 512,
         QT_TRANSLATE_NOOP("ConsoleSettings", "mirrors worked on at once")},
        {"ssh/keepalive", 60, 5, 3600,
         QT_TRANSLATE_NOOP("ConsoleSettings", "seconds between keepalives of idle sessions")},
        {"ssh/key-file", QString(), 0, 0,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "private key tried after ssh-agent's keys (empty: the agent only); a "
                           "mirror's own key file takes its place"),
         Text::File},
        {"freshness/old-after-hours", 24, 1, 720,
         QT_TRANSLATE_NOOP("ConsoleSettings", "hours after which a timestamp makes a mirror old")},
        {"freshness/removed-after-hours", 48, 2, 1440,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "hours after which an old mirror is removed from DNS")},
        {"history/retention-days", 400, 1, 36500,
         QT_TRANSLATE_NOOP("ConsoleSettings", "days of probe and check results kept")},
        {"freshness/check-interval-minutes", 60, 1, 1440,
         QT_TRANSLATE_NOOP("ConsoleSettings", "minutes between freshness checks of the fleet")},
        {"http/max-mirrors", 64, 1, 1024,
         QT_TRANSLATE_NOOP("ConsoleSettings", "mirrors checked over HTTP at once")},
        {"http/timeout", 10, 1, 300,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "seconds an HTTP request may take, first byte to last")},
        {"http/max-body-kb", 4, 1, 1024,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "KB a mirror's timestamp or local_test may hold; more is a fault")},
        {"limits/output-mb", 64, 1, 4096,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "MB of output (stdout and stderr) one command on a mirror may send")},
        {"limits/sftp-file-mb", 16, 1, 1024,
         QT_TRANSLATE_NOOP("ConsoleSettings", "MB a file read from a mirror over SFTP may hold")},
        {"limits/log-fetch-mb", 1024, 1, 65536,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "MB of a mirror's sync logs copied to this machine in one fetch")},
        {"sync/stall-minutes", 10, 1, 120,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "minutes a sync followed live may make no progress before the console "
                           "stops waiting (a sync never outlives its lock's two hours)")},
        {"dns/ttl", 300, 30, 86400,
         QT_TRANSLATE_NOOP("ConsoleSettings", "TTL of the exported db.XY.clamav.net records")},
        {"dns/fallback-pool", QStringLiteral("db.local.clamav.net"), 0, 0,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "name a country with no fit mirror falls back to (a CNAME)")},
        {"dns/publish", QStringLiteral("off"), 0, 0,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "how the monitor publishes db.XY after each sweep: off, nsupdate "
                           "(RFC 2136 signed with TSIG) or zone-file (a fragment and a reload)"),
         Text::Choice, "off nsupdate zone-file"},
        {"dns/zone", QStringLiteral("clamav.net"), 0, 0,
         QT_TRANSLATE_NOOP("ConsoleSettings", "the zone the db.XY names are in")},
        {"dns/server", QStringLiteral("127.0.0.1"), 0, 0,
         QT_TRANSLATE_NOOP("ConsoleSettings", "the primary server nsupdate sends the updates to")},
        {"dns/server-port", 53, 1, 65535,
         QT_TRANSLATE_NOOP("ConsoleSettings", "the primary server's port")},
        {"dns/key-file", QString(), 0, 0,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "the TSIG key nsupdate signs with, readable by its owner alone "
                           "(empty: the service's credential dns-key)"),
         Text::Path},
        {"dns/zone-file", QString(), 0, 0,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "the zone fragment written for zone-file, $INCLUDEd by the zone"),
         Text::Path},
        {"dns/reload-command", QString(), 0, 0,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "run after the fragment is written, without a shell (e.g. rndc "
                           "reload clamav.net)"),
         Text::Command},
        {"dns/timeout", 30, 1, 600,
         QT_TRANSLATE_NOOP("ConsoleSettings", "seconds an update or a reload may take")},
        {"dns/max-removals", 3, 1, 10000,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "mirrors judged out of DNS in one sweep at most; the rest wait "
                           "(maintenance and disabling never wait)")},
        {"monitor/checker-failed-percent", 30, 1, 100,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "a sweep with more of the fleet unreachable than this is the "
                           "checker's own failure: no DNS change, one alert")},
        {"alerts/unreachable-checks", 3, 1, 100,
         QT_TRANSLATE_NOOP(
             "ConsoleSettings",
             "checks in a row without an HTTP answer before a mirror is unreachable")},
        {"alerts/lagging-versions", 2, 1, 100,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "daily versions behind the current one that count as lagging")},
        {"alerts/lagging-hours", 6, 1, 720,
         QT_TRANSLATE_NOOP("ConsoleSettings", "hours a mirror lags before an alert")},
        {"alerts/failed-syncs", 3, 1, 100,
         QT_TRANSLATE_NOOP("ConsoleSettings", "failed syncs in a row before an alert")},
        {"alerts/reminder-hours", 24, 0, 8760,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "hours between reminders of an alert that lasts (0: none)")},
        {"mail/team-address", QString(), 0, 0,
         QT_TRANSLATE_NOOP("ConsoleSettings", "the team's address, told of every alert"),
         Text::Address},
        {"mail/from", QString(), 0, 0,
         QT_TRANSLATE_NOOP("ConsoleSettings", "the address alert mails come from"), Text::Address},
        {"mail/team-first", 0, 0, 1,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "1: a mail to a mirror's admin waits until an operator sends it")},
        {"mail/smtp-host", QStringLiteral("localhost"), 0, 0,
         QT_TRANSLATE_NOOP("ConsoleSettings", "the SMTP server that sends the mails")},
        {"mail/smtp-port", 587, 1, 65535,
         QT_TRANSLATE_NOOP("ConsoleSettings", "the SMTP server's port")},
        {"mail/smtp-security", QStringLiteral("starttls"), 0, 0,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "starttls (required), tls (from the first byte) or none"),
         Text::Choice, "starttls tls none"},
        {"mail/smtp-user", QString(), 0, 0,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "the SMTP user (empty: no authentication); the password is kept apart"),
         Text::Name},
        {"mail/smtp-ca-file", QString(), 0, 0,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "certificate authorities the SMTP server's certificate is checked "
                           "against (empty: the system's)"),
         Text::File},
        {"monitor/metrics-address", QStringLiteral("127.0.0.1"), 0, 0,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "where the monitor serves /metrics and /status (loopback unless set)")},
        {"monitor/metrics-port", 9464, 0, 65535,
         QT_TRANSLATE_NOOP("ConsoleSettings", "the port of /metrics and /status (0: none)")},
        {"monitor/refresh-interval-minutes", 60, 5, 1440,
         QT_TRANSLATE_NOOP("ConsoleSettings",
                           "minutes between the monitor's refreshes of shell-mode mirrors")},
    };
    return table;
}

namespace {

bool hasControl(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

} // namespace

QString ConsoleSettings::refusal(const Key& key, const QString& text)
{
    const QString name = QLatin1String(key.name);
    const auto say = [](const char* message) {
        return QCoreApplication::translate("ConsoleSettings", message);
    };
    // Each message is marked where it is written, for the catalogues.
    switch (key.text) {
    case Text::File:
        if (text.isEmpty() || (QFileInfo(text).isFile() && QFileInfo(text).isReadable()))
            return {};
        return say(QT_TRANSLATE_NOOP("ConsoleSettings",
                                     "%1 takes a readable file or nothing, not \"%2\""))
            .arg(name, text);
    case Text::Address:
        if (text.isEmpty() || MailWireFormat::isAddress(text))
            return {};
        return say(QT_TRANSLATE_NOOP("ConsoleSettings",
                                     "%1 takes an e-mail address or nothing, not \"%2\""))
            .arg(name, text);
    case Text::Choice: {
        const QStringList words = QString::fromLatin1(key.choices).split(QLatin1Char(' '));
        if (words.contains(text))
            return {};
        return say(QT_TRANSLATE_NOOP("ConsoleSettings", "%1 takes one of %2, not \"%3\""))
            .arg(name, words.join(QStringLiteral(", ")), text);
    }
    case Text::Name:
        if (text.size() <= 256 &&
            !text.contains(QRegularExpression(QStringLiteral("[\\s\\x00-\\x1f]"))))
            return {};
        return say(QT_TRANSLATE_NOOP("ConsoleSettings",
                                     "%1 takes a name without spaces, not \"%2\""))
            .arg(name, text);
    case Text::Path:
        if (text.isEmpty() || (QFileInfo(text).isAbsolute() && !hasControl(text)))
            return {};
        return say(QT_TRANSLATE_NOOP("ConsoleSettings",
                                     "%1 takes an absolute path or nothing, not \"%2\""))
            .arg(name, text);
    case Text::Command:
        if (text.size() <= 1024 && !hasControl(text))
            return {};
        return say(QT_TRANSLATE_NOOP("ConsoleSettings",
                                     "%1 takes a command on one line, not \"%2\""))
            .arg(name, text);
    case Text::HostName:
        break;
    }
    if (Addresses::isHostName(text) || Addresses::isIpAddress(text))
        return {};
    return say(QT_TRANSLATE_NOOP("ConsoleSettings",
                                 "%1 takes a host name or an IP address, not \"%2\""))
        .arg(name, text);
}

QVariant ConsoleSettings::value(const QString& name) const
{
    for (const Key& key : keys()) {
        if (name != QLatin1String(key.name))
            continue;
        // A file edited by hand is held to what setValue would take: a value
        // it would refuse reads as the default, never reaches a mirror, a
        // DNS update or a command line. A file named is taken as it is: one
        // unreadable now is the reader's error to tell, not a reason to
        // quietly use another.
        const QVariant stored = m_settings->value(name, key.defaultValue);
        if (key.defaultValue.typeId() == QMetaType::QString)
            return key.text == Text::File || refusal(key, stored.toString()).isEmpty()
                       ? QVariant(stored.toString())
                       : key.defaultValue;
        bool whole = false;
        const int number = stored.toInt(&whole);
        return whole && number >= key.minimum && number <= key.maximum ? QVariant(number)
                                                                       : key.defaultValue;
    }
    return {};
}

bool ConsoleSettings::setValue(const QString& name, const QString& text, QString* error)
{
    for (const Key& key : keys()) {
        if (name != QLatin1String(key.name))
            continue;
        if (key.defaultValue.typeId() == QMetaType::QString) {
            if (const QString why = refusal(key, text); !why.isEmpty()) {
                *error = why;
                return false;
            }
            m_settings->setValue(name, text);
            m_settings->sync();
            return true;
        }
        bool ok = false;
        const int number = text.toInt(&ok);
        if (!ok || number < key.minimum || number > key.maximum) {
            *error = QCoreApplication::translate(
                         "ConsoleSettings", "%1 takes a whole number from %2 to %3, not \"%4\"")
                         .arg(name)
                         .arg(key.minimum)
                         .arg(key.maximum)
                         .arg(text);
            return false;
        }
        m_settings->setValue(name, number);
        m_settings->sync();
        return true;
    }
    QStringList names;
    for (const Key& key : keys())
        names << QLatin1String(key.name);
    *error = QCoreApplication::translate("ConsoleSettings", "no setting %1; there are: %2")
                 .arg(name, names.join(QStringLiteral(", ")));
    return false;
}

SshPoolSettings ConsoleSettings::poolSettings() const
{
    SshPoolSettings settings;
    settings.maxMirrors = value(QStringLiteral("ssh/max-mirrors")).toInt();
    settings.ssh.connectTimeout =
        std::chrono::seconds(value(QStringLiteral("ssh/connect-timeout")).toInt());
    settings.ssh.operationTimeout =
        std::chrono::seconds(value(QStringLiteral("ssh/operation-timeout")).toInt());
    settings.keepaliveInterval =
        std::chrono::seconds(value(QStringLiteral("ssh/keepalive")).toInt());
    settings.identity.keyFile = value(QStringLiteral("ssh/key-file")).toString();
    settings.ssh.maxOutputBytes = qint64(value(QStringLiteral("limits/output-mb")).toInt()) << 20;
    settings.ssh.maxFileBytes = qint64(value(QStringLiteral("limits/sftp-file-mb")).toInt()) << 20;
    settings.syncStall = std::chrono::minutes(value(QStringLiteral("sync/stall-minutes")).toInt());
    return settings;
}

qint64 ConsoleSettings::logFetchBytes() const
{
    return qint64(value(QStringLiteral("limits/log-fetch-mb")).toInt()) << 20;
}

int ConsoleSettings::historyRetentionDays() const
{
    return value(QStringLiteral("history/retention-days")).toInt();
}

FreshnessSweepOptions ConsoleSettings::freshnessOptions() const
{
    FreshnessSweepOptions options;
    options.thresholds = {value(QStringLiteral("freshness/old-after-hours")).toDouble(),
                          value(QStringLiteral("freshness/removed-after-hours")).toDouble()};
    options.maxParallelMirrors = value(QStringLiteral("http/max-mirrors")).toInt();
    options.timeout = std::chrono::seconds(value(QStringLiteral("http/timeout")).toInt());
    options.maxBodyBytes = qint64(value(QStringLiteral("http/max-body-kb")).toInt()) << 10;
    return options;
}

FleetExport::ZoneOptions ConsoleSettings::zoneOptions() const
{
    FleetExport::ZoneOptions options;
    options.names = dnsPublishing().names;
    return options;
}

AlertSettings ConsoleSettings::alertSettings() const
{
    AlertSettings settings;
    settings.unreachableChecks = value(QStringLiteral("alerts/unreachable-checks")).toInt();
    settings.laggingVersions = value(QStringLiteral("alerts/lagging-versions")).toInt();
    settings.laggingHours = value(QStringLiteral("alerts/lagging-hours")).toDouble();
    settings.failedSyncsInARow = value(QStringLiteral("alerts/failed-syncs")).toInt();
    settings.reminderHours = value(QStringLiteral("alerts/reminder-hours")).toDouble();
    return settings;
}

MailSettings ConsoleSettings::mailSettings() const
{
    MailSettings settings;
    settings.teamAddress = value(QStringLiteral("mail/team-address")).toString();
    settings.from = value(QStringLiteral("mail/from")).toString();
    settings.teamFirst = value(QStringLiteral("mail/team-first")).toInt() == 1;
    return settings;
}

SmtpSettings ConsoleSettings::smtpSettings() const
{
    SmtpSettings settings;
    settings.host = value(QStringLiteral("mail/smtp-host")).toString();
    settings.port = value(QStringLiteral("mail/smtp-port")).toInt();
    settings.security =
        SmtpSettings::securityFromName(value(QStringLiteral("mail/smtp-security")).toString())
            .value_or(SmtpSettings::Security::StartTls);
    settings.username = value(QStringLiteral("mail/smtp-user")).toString();
    settings.caFile = value(QStringLiteral("mail/smtp-ca-file")).toString();
    return settings;
}

DnsPublishing ConsoleSettings::dnsPublishing() const
{
    DnsPublishing publishing;
    publishing.method =
        DnsPublishing::methodFromName(value(QStringLiteral("dns/publish")).toString())
            .value_or(DnsPublishing::Method::Off);
    publishing.names.zone = value(QStringLiteral("dns/zone")).toString();
    publishing.names.fallbackPool = value(QStringLiteral("dns/fallback-pool")).toString();
    publishing.names.ttl = value(QStringLiteral("dns/ttl")).toInt();
    publishing.server.host = value(QStringLiteral("dns/server")).toString();
    publishing.server.port = quint16(value(QStringLiteral("dns/server-port")).toInt());
    publishing.keyFile = value(QStringLiteral("dns/key-file")).toString();
    publishing.zoneFile = value(QStringLiteral("dns/zone-file")).toString();
    publishing.reloadCommand = value(QStringLiteral("dns/reload-command")).toString();
    publishing.timeout = std::chrono::seconds(value(QStringLiteral("dns/timeout")).toInt());
    publishing.maxRemovals = value(QStringLiteral("dns/max-removals")).toInt();
    return publishing;
}

int ConsoleSettings::checkerFailedPercent() const
{
    return value(QStringLiteral("monitor/checker-failed-percent")).toInt();
}

std::chrono::minutes ConsoleSettings::monitorRefreshInterval() const
{
    return std::chrono::minutes(value(QStringLiteral("monitor/refresh-interval-minutes")).toInt());
}
