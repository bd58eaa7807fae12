#include "app/ConsoleSettings.h"

#include "util/Addresses.h"

#include <QCoreApplication>
#include <QFileInfo>

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
         true},
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
    };
    return table;
}

QVariant ConsoleSettings::value(const QString& name) const
{
    for (const Key& key : keys()) {
        if (name == QLatin1String(key.name))
            return m_settings->value(name, key.defaultValue);
    }
    return {};
}

bool ConsoleSettings::setValue(const QString& name, const QString& text, QString* error)
{
    for (const Key& key : keys()) {
        if (name != QLatin1String(key.name))
            continue;
        if (key.isFile) {
            if (!text.isEmpty() && !(QFileInfo(text).isFile() && QFileInfo(text).isReadable())) {
                *error =
                    QCoreApplication::translate(
                        "ConsoleSettings", "%1 takes a readable key file or nothing, not \"%2\"")
                        .arg(name, text);
                return false;
            }
            m_settings->setValue(name, text);
            m_settings->sync();
            return true;
        }
        if (key.defaultValue.typeId() == QMetaType::QString) {
            if (!Addresses::isHostName(text)) {
                *error = QCoreApplication::translate("ConsoleSettings",
                                                     "%1 takes a host name, not \"%2\"")
                             .arg(name, text);
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
    options.fallbackPool = value(QStringLiteral("dns/fallback-pool")).toString();
    options.ttl = value(QStringLiteral("dns/ttl")).toInt();
    return options;
}
