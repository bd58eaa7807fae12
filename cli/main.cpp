#include "ActCommands.h"
#include "CliContext.h"
#include "ExecCommand.h"
#include "FactCommands.h"
#include "ImportCommands.h"
#include "InventoryCommands.h"
#include "MailCommand.h"
#include "MaintenanceCommand.h"
#include "MonitorCommands.h"
#include "SettingsCommand.h"
#include "SyncCommands.h"
#include "app/ApplicationInfo.h"
#include "app/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <map>

namespace {

struct Command
{
    std::function<int(CliContext&, const QStringList&)> run;
    const char* summary;
};

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("add"),
         {InventoryCommands::add, QT_TRANSLATE_NOOP("mirrorctl", "add a mirror")}},
        {QStringLiteral("remove"),
         {InventoryCommands::remove, QT_TRANSLATE_NOOP("mirrorctl", "remove a mirror")}},
        {QStringLiteral("list"),
         {InventoryCommands::list, QT_TRANSLATE_NOOP("mirrorctl", "list the mirrors")}},
        {QStringLiteral("export"),
         {InventoryCommands::exportMirrors,
          QT_TRANSLATE_NOOP("mirrorctl", "export the inventory as JSON or CSV")}},
        {QStringLiteral("import-email"),
         {ImportCommands::importEmail,
          QT_TRANSLATE_NOOP("mirrorctl", "add mirrors from new-mirror e-mails")}},
        {QStringLiteral("import-lab"),
         {ImportCommands::importLab,
          QT_TRANSLATE_NOOP("mirrorctl", "add mirrors from a lab inventory or JSON export")}},
        {QStringLiteral("exec"),
         {ExecCommand::run,
          QT_TRANSLATE_NOOP("mirrorctl", "run a command on a shell-mode mirror")}},
        {QStringLiteral("trigger"),
         {SyncCommands::trigger,
          QT_TRANSLATE_NOOP("mirrorctl", "start clam-clientsync on mirrors")}},
        {QStringLiteral("follow"),
         {SyncCommands::follow,
          QT_TRANSLATE_NOOP("mirrorctl", "the running sync's log as it is written")}},
        {QStringLiteral("config"),
         {ActCommands::config,
          QT_TRANSLATE_NOOP("mirrorctl", "read or change clam-clientsync.conf")}},
        {QStringLiteral("settings"),
         {SettingsCommand::run,
          QT_TRANSLATE_NOOP("mirrorctl", "list, read or change the settings")}},
        {QStringLiteral("refresh"),
         {FactCommands::refresh,
          QT_TRANSLATE_NOOP("mirrorctl", "probe mirrors: one round trip each")}},
        {QStringLiteral("check"),
         {MonitorCommands::check,
          QT_TRANSLATE_NOOP("mirrorctl", "freshness over HTTP: fresh, lagging, old, removed")}},
        {QStringLiteral("verdicts"),
         {MonitorCommands::verdicts,
          QT_TRANSLATE_NOOP("mirrorctl", "the stored verdicts with uptime, as text, JSON or CSV")}},
        {QStringLiteral("export-dns"),
         {MonitorCommands::exportDns,
          QT_TRANSLATE_NOOP("mirrorctl", "BIND lines of db.XY.clamav.net from the verdicts")}},
        {QStringLiteral("export-html"),
         {MonitorCommands::exportHtml,
          QT_TRANSLATE_NOOP("mirrorctl", "the mirrors list page as static HTML")}},
        {QStringLiteral("status"),
         {FactCommands::status,
          QT_TRANSLATE_NOOP("mirrorctl", "what the last refresh learnt, without connecting")}},
        {QStringLiteral("lock"),
         {FactCommands::lock,
          QT_TRANSLATE_NOOP("mirrorctl", "the sync lock: absent, held or stale")}},
        {QStringLiteral("disk"),
         {FactCommands::disk,
          QT_TRANSLATE_NOOP("mirrorctl", "DocumentRoot and home space, database size")}},
        {QStringLiteral("firewall"),
         {FactCommands::firewall,
          QT_TRANSLATE_NOOP("mirrorctl", "the How-to's firewall rules, judged")}},
        {QStringLiteral("audit"),
         {FactCommands::audit,
          QT_TRANSLATE_NOOP("mirrorctl", "the setup checked against the How-to")}},
        {QStringLiteral("bandwidth"),
         {FactCommands::bandwidth,
          QT_TRANSLATE_NOOP("mirrorctl", "traffic this month from the access log")}},
        {QStringLiteral("maintenance"),
         {MaintenanceCommand::run,
          QT_TRANSLATE_NOOP("mirrorctl", "windows without alerts, mails or DNS for a mirror")}},
        {QStringLiteral("mail"),
         {MailCommand::run,
          QT_TRANSLATE_NOOP("mirrorctl", "the alert mails owed: pending, send, drop, test")}},
        {QStringLiteral("log"),
         {FactCommands::log,
          QT_TRANSLATE_NOOP("mirrorctl", "sync runs seen first by this refresh")}},
    };
    return table;
}

QString overview()
{
    QString text = QCoreApplication::translate(
        "mirrorctl", "Usage: mirrorctl COMMAND [options]\n"
                     "Command-line face of Mirror Console, for scripts and monitoring.\n\n"
                     "Commands:\n");
    for (const auto& [name, command] : commands())
        text += QStringLiteral("  %1 %2\n")
                    .arg(name.leftJustified(14),
                         QCoreApplication::translate("mirrorctl", command.summary));
    text += QCoreApplication::translate(
        "mirrorctl", "\nEvery command takes --db PATH and --help; data commands take --json.\n"
                     "mirrorctl --version prints the version.\n"
                     "Exit status: 0 ok, 1 failure on a mirror, 2 usage error.\n");
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ApplicationInfo::applyTo(app, QStringLiteral("mirrorctl"));
    Translations::install(app);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (arguments.isEmpty() || (arguments.first().startsWith(QLatin1Char('-')) &&
                                !QStringList{QStringLiteral("--help"), QStringLiteral("-h"),
                                             QStringLiteral("--version"), QStringLiteral("-v")}
                                     .contains(arguments.first()))) {
        err << QCoreApplication::translate("mirrorctl", "mirrorctl: no command given") << '\n'
            << overview();
        return CliContext::kUsage;
    }
    const QString first = arguments.takeFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        out << overview();
        return CliContext::kOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "mirrorctl " << ApplicationInfo::version() << '\n';
        return CliContext::kOk;
    }
    const auto command = commands().find(first);
    if (command == commands().end()) {
        err << QCoreApplication::translate("mirrorctl", "mirrorctl: unknown command \"%1\"")
                   .arg(first)
            << '\n'
            << overview();
        return CliContext::kUsage;
    }
    CliContext context;
    return command->second.run(context, arguments);
}
