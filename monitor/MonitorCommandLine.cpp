#include "MonitorCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MonitorCommandLine", text);
}

} // namespace

Result<MonitorCommandLine> MonitorCommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The monitoring of the ClamAV mirror fleet as a service: refreshes and freshness "
           "checks on schedules, alerts and e-mail to the team and the mirrors' admins."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption foreground(
        QStringLiteral("foreground"),
        tr("run in a terminal: log lines with their time, no systemd expected"));
    const QCommandLineOption state(
        QStringLiteral("state-dir"),
        tr("where the inventory, settings and known hosts are (default: $STATE_DIRECTORY, or "
           "/var/lib/mirror-monitor)"),
        tr("dir"));
    const QCommandLineOption credentials(
        QStringLiteral("credentials"),
        tr("the file holding the SMTP password, readable by its owner alone (default: "
           "$CREDENTIALS_DIRECTORY/smtp-password, or /etc/mirror-monitor/smtp-password)"),
        tr("file"));
    const QCommandLineOption dnsKey(
        QStringLiteral("dns-key"),
        tr("the TSIG key nsupdate signs the DNS updates with, when the setting dns/key-file names "
           "none (default: $CREDENTIALS_DIRECTORY/dns-key, or /etc/mirror-monitor/dns-key)"),
        tr("file"));
    const QCommandLineOption nameserver(
        QStringLiteral("nameserver"),
        tr("the DNS server asked for current.cvd.clamav.net instead of the system's"),
        tr("address"));
    parser.addOptions({foreground, state, credentials, dnsKey, nameserver});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        return fail(parser.helpText());
    if (parser.isSet(QStringLiteral("version")))
        return fail(QString(QCoreApplication::applicationName() + QLatin1Char(' ') +
                            QCoreApplication::applicationVersion()));
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("mirror-monitor takes no arguments, only options: %1")
                        .arg(parser.positionalArguments().join(QLatin1Char(' '))));
    MonitorCommandLine line;
    line.foreground = parser.isSet(foreground);
    const QString stateDirectory =
        qEnvironmentVariable("STATE_DIRECTORY").section(QLatin1Char(':'), 0, 0);
    line.stateDirectory = parser.isSet(state)         ? parser.value(state)
                          : !stateDirectory.isEmpty() ? stateDirectory
                                                      : QStringLiteral("/var/lib/mirror-monitor");
    const QString credentialsDirectory = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    line.credentialsFile = parser.isSet(credentials) ? parser.value(credentials)
                           : !credentialsDirectory.isEmpty()
                               ? credentialsDirectory + QStringLiteral("/smtp-password")
                               : QStringLiteral("/etc/mirror-monitor/smtp-password");
    line.dnsKeyFile = parser.isSet(dnsKey) ? parser.value(dnsKey)
                      : !credentialsDirectory.isEmpty()
                          ? credentialsDirectory + QStringLiteral("/dns-key")
                          : QStringLiteral("/etc/mirror-monitor/dns-key");
    if (parser.isSet(nameserver)) {
        line.nameserver = QHostAddress(parser.value(nameserver));
        if (line.nameserver.isNull())
            return fail(
                tr("--nameserver takes an IP address, not \"%1\"").arg(parser.value(nameserver)));
    }
    return line;
}
