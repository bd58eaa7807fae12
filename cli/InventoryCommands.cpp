#include "InventoryCommands.h"

#include "CliContext.h"
#include "inventory/CountryCodes.h"
#include "inventory/InventoryExchange.h"
#include "inventory/NewMirrorEmail.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace InventoryCommands {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InventoryCommands", text);
}

QCommandLineOption option(const char* name, const char* help, const char* value = nullptr)
{
    return value
               ? QCommandLineOption(QString::fromLatin1(name), tr(help), QString::fromLatin1(value))
               : QCommandLineOption(QString::fromLatin1(name), tr(help));
}

QString describeForAudit(const MirrorRecord& r)
{
    return QStringLiteral("%1 %2 %3 port %4 user %5 %6")
        .arg(r.address, r.country)
        .arg(accessModeName(r.accessMode))
        .arg(r.sshPort)
        .arg(r.user, r.adminEmail);
}

} // namespace

int add(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const auto address = option("address", "The mirror's IP address.", "IP");
    const auto country = option("country", "Country: ISO code or English name.", "CC");
    const auto admin =
        option("admin", "Admin, as in the e-mail: \"Name <mail> || <alerts>\".", "ADMIN");
    const auto port = option("port", "ssh port (default 22).", "PORT");
    const auto user = option("user", "Account (default clamavdb).", "USER");
    const auto mode = option("mode", "Access mode: shell or trigger-only.", "MODE");
    const auto rsyncHost = option("rsync-host", "Push master (default rsync1.clamav.net).", "HOST");
    const auto key = option("key", "Private key for this mirror.", "FILE");
    const auto hostKey = option("host-key", "Expected host key fingerprint (SHA256:...).", "FP");
    const auto tag = option("tag", "A tag; repeat for more.", "TAG");
    const auto notes = option("notes", "Free text.", "TEXT");
    parser.addOptions(
        {address, country, admin, port, user, mode, rsyncHost, key, hostKey, tag, notes});
    parser.addPositionalArgument(QStringLiteral("name"), tr("The mirror's host name."));
    if (const auto end = context.parse(
            parser, arguments, QStringLiteral("add NAME --address IP --country CC [options]")))
        return *end;
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("add takes exactly one mirror name"));

    MirrorRecord record;
    record.name = parser.positionalArguments().first().toLower();
    record.address = parser.value(address);
    record.country = CountryCodes::fromNameOrCode(parser.value(country));
    if (record.country.isEmpty() && parser.isSet(country))
        return context.usage(tr("unknown country \"%1\"").arg(parser.value(country)));
    if (parser.isSet(admin)) {
        QString why;
        if (!NewMirrorEmailParser::parseAdmin(parser.value(admin), &record, &why))
            return context.usage(tr("--admin: %1").arg(why));
    }
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return context.usage(tr("--port %1 is not a port number").arg(parser.value(port)));
        record.sshPort = quint16(value);
    }
    if (parser.isSet(user))
        record.user = parser.value(user);
    if (parser.isSet(mode) && !accessModeFromName(parser.value(mode), &record.accessMode))
        return context.usage(
            tr("--mode is shell or trigger-only, not \"%1\"").arg(parser.value(mode)));
    if (parser.isSet(rsyncHost))
        record.rsyncHost = parser.value(rsyncHost);
    record.keyFile = parser.value(key);
    record.expectedHostKey = parser.value(hostKey);
    record.tags = parser.values(tag);
    record.notes = parser.value(notes);

    if (!context.openInventory())
        return CliContext::kFailure;
    const auto added = context.inventory().add(record);
    if (!added)
        return context.failure(added.error());
    context.audit().record(added->name, QStringLiteral("mirror-add"), describeForAudit(*added));
    if (context.json())
        context.printJson(QJsonDocument::fromJson(InventoryExchange::toJson({*added})).object());
    else
        context.out() << tr("added %1").arg(added->name) << Qt::endl;
    return CliContext::kOk;
}

int remove(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("name"), tr("The mirror to remove."));
    if (const auto end = context.parse(parser, arguments, QStringLiteral("remove NAME")))
        return *end;
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("remove takes exactly one mirror name"));
    if (!context.openInventory())
        return CliContext::kFailure;
    const QString name = parser.positionalArguments().first();
    const auto mirror = context.inventory().find(name);
    if (!mirror)
        return context.failure(tr("no mirror %1 in the inventory").arg(name));
    if (auto removed = context.inventory().remove(mirror->id); !removed)
        return context.failure(removed.error());
    context.audit().record(mirror->name, QStringLiteral("mirror-remove"),
                           describeForAudit(*mirror));
    if (!context.json())
        context.out() << tr("removed %1").arg(mirror->name) << Qt::endl;
    return CliContext::kOk;
}

int list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    if (const auto end = context.parse(parser, arguments, QStringLiteral("list [--json]")))
        return *end;
    if (!context.openInventory())
        return CliContext::kFailure;
    const QList<MirrorRecord> mirrors = context.inventory().all();
    if (context.json()) {
        QJsonArray array;
        for (const MirrorRecord& m : mirrors)
            array.append(InventoryExchange::toJsonObject(m));
        context.printJson(array);
        return CliContext::kOk;
    }
    for (const MirrorRecord& m : mirrors) {
        context.out() << QStringLiteral("%1  %2  %3  %4:%5  %6%7")
                             .arg(m.name.leftJustified(32), m.country,
                                  accessModeName(m.accessMode).leftJustified(12), m.address)
                             .arg(m.sshPort)
                             .arg(m.enabled ? QString() : tr("(disabled) "),
                                  m.tags.join(QLatin1Char(' ')))
                      << '\n';
    }
    context.out().flush();
    return CliContext::kOk;
}

int exportMirrors(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const auto format = option("format", "json (default) or csv.", "FORMAT");
    const auto output = option("output", "Write to FILE instead of standard output.", "FILE");
    parser.addOptions({format, output});
    if (const auto end = context.parse(
            parser, arguments, QStringLiteral("export [--format json|csv] [--output FILE]")))
        return *end;
    const QString kind =
        parser.value(format).isEmpty() ? QStringLiteral("json") : parser.value(format);
    if (kind != QLatin1String("json") && kind != QLatin1String("csv"))
        return context.usage(tr("--format is json or csv, not \"%1\"").arg(kind));
    if (!context.openInventory())
        return CliContext::kFailure;
    const QList<MirrorRecord> mirrors = context.inventory().all();
    const QByteArray bytes = kind == QLatin1String("csv") ? InventoryExchange::toCsv(mirrors)
                                                          : InventoryExchange::toJson(mirrors);
    if (!parser.isSet(output)) {
        context.out() << bytes << Qt::flush;
        return CliContext::kOk;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return context.failure(
            tr("cannot write %1: %2").arg(parser.value(output), file.errorString()));
    return CliContext::kOk;
}

} // namespace InventoryCommands
