#include "ImportCommands.h"

#include "CliContext.h"
#include "inventory/InventoryExchange.h"
#include "inventory/MirrorChange.h"
#include "inventory/NewMirrorEmail.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace ImportCommands {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ImportCommands", text, disambiguation, n);
}

struct ImportPolicy
{
    bool partial = false;    // import the good mirrors even when some are bad
    bool replace = false;    // update mirrors already in the inventory
    bool allowShell = false; // an update may turn a trigger-only mirror into a shell one
};

bool readInput(const QString& path, QByteArray* bytes, QString* error)
{
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

// Adds (or with replace, updates) the mirrors once every one of them is
// known to be fine: a problem anywhere leaves the inventory as it was,
// unless partial.
int store(CliContext& context, const QString& source, QList<MirrorRecord> mirrors,
          ParseProblems problems, const ImportPolicy& policy)
{
    if (!context.openInventory())
        return CliContext::kFailure;
    struct Update
    {
        MirrorRecord record;
        QList<FieldChange> changes;
    };
    QList<Update> updates;
    QList<MirrorRecord> additions;
    for (qsizetype i = 0; i < mirrors.size(); ++i) {
        const MirrorRecord& imported = mirrors.at(i);
        const auto existing = context.inventory().find(imported.name);
        if (!existing) {
            additions.append(imported);
            continue;
        }
        if (!policy.replace) {
            problems.append({0, tr("%1 is already in the inventory").arg(imported.name)});
            continue;
        }
        // Read over its stored record: what the file left out is as stored.
        const MirrorRecord& merged = imported;
        const QList<FieldChange> changes = MirrorChange::between(*existing, merged);
        for (const FieldChange& c : changes) {
            if (MirrorChange::mattersToSafety(c))
                context.err() << tr("%1: %2 changes from \"%3\" to \"%4\"")
                                     .arg(imported.name, c.field, c.before, c.after)
                              << '\n';
        }
        if (MirrorChange::opensAShell(*existing, merged) && !policy.allowShell) {
            problems.append({0, tr("%1 would turn from trigger-only to shell, and the console "
                                   "would then run commands there (each one a sync while the "
                                   "key is still the forced one): give --allow-shell if the "
                                   "mirror's admin installed the shell key")
                                    .arg(imported.name)});
            continue;
        }
        updates.append({merged, changes});
    }
    mirrors = additions;
    for (const ParseProblem& p : std::as_const(problems))
        context.err() << source << ':'
                      << (p.line > 0 ? QString::number(p.line) + QLatin1Char(':') : QString())
                      << ' ' << p.reason << '\n';
    context.err().flush();
    if (!problems.isEmpty() && !policy.partial)
        return context.failure(tr("nothing imported: %n problem(s) in %1 (fix them, or import the "
                                  "rest with --partial)",
                                  nullptr, int(problems.size()))
                                   .arg(source));
    QStringList done;
    for (const MirrorRecord& record : std::as_const(mirrors)) {
        const auto added = context.inventory().add(record);
        if (!added)
            return context.failure(added.error());
        context.audit().record(added->name, QStringLiteral("mirror-add"),
                               tr("imported from %1").arg(source));
        done << added->name;
    }
    for (const Update& update : std::as_const(updates)) {
        const auto stored = context.inventory().update(update.record);
        if (!stored)
            return context.failure(stored.error());
        context.audit().record(update.record.name, QStringLiteral("mirror-edit"),
                               update.changes.isEmpty()
                                   ? tr("re-imported from %1: nothing changed").arg(source)
                                   : tr("re-imported from %1: %2")
                                         .arg(source, MirrorChange::describe(update.changes)));
        done << update.record.name;
    }
    if (context.json())
        context.printJson(
            QJsonObject{{QStringLiteral("imported"), QJsonArray::fromStringList(done)},
                        {QStringLiteral("problems"), int(problems.size())}});
    else
        context.out() << tr("imported %n mirror(s)", nullptr, int(done.size())) << Qt::endl;
    return problems.isEmpty() ? CliContext::kOk : CliContext::kFailure;
}

} // namespace

int importEmail(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption partial(QStringLiteral("partial"),
                                     tr("Import the good mirrors even when some are bad."));
    const QCommandLineOption access(
        QStringLiteral("mode"),
        tr("How the console reaches them: trigger-only (the default) or shell."),
        QStringLiteral("mode"), QStringLiteral("trigger-only"));
    const QCommandLineOption sshPort(QStringLiteral("port"),
                                     tr("The port their sshd listens on (22 by default)."),
                                     QStringLiteral("port"), QStringLiteral("22"));
    parser.addOptions({partial, access, sshPort});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The e-mail text, or - for standard input."));
    if (const auto end = context.parse(
            parser, arguments,
            QStringLiteral("import-email FILE|- [--mode trigger-only|shell] [--port N] "
                           "[--partial]")))
        return *end;
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("import-email takes one file (or - for standard input)"));
    NewMirrorAccess how;
    if (!accessModeFromName(parser.value(access), &how.mode))
        return context.usage(
            tr("--mode is shell or trigger-only, not \"%1\"").arg(parser.value(access)));
    bool portOk = false;
    const uint port = parser.value(sshPort).toUInt(&portOk);
    if (!portOk || port < 1 || port > 65535)
        return context.usage(
            tr("--port is a port from 1 to 65535, not \"%1\"").arg(parser.value(sshPort)));
    how.sshPort = quint16(port);
    const QString source = parser.positionalArguments().first();
    QByteArray text;
    QString error;
    if (!readInput(source, &text, &error))
        return context.usage(error);
    NewMirrorEmail parsed = NewMirrorEmailParser::parse(text, how);
    return store(context, source, parsed.mirrors, parsed.problems,
                 ImportPolicy{parser.isSet(partial), false, false});
}

int importLab(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption partial(QStringLiteral("partial"),
                                     tr("Import the good mirrors even when some are bad."));
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        tr("Update mirrors already in the inventory (fields the file leaves out keep their "
           "stored values)."));
    const QCommandLineOption allowShell(
        QStringLiteral("allow-shell"),
        tr("With --replace: let the file turn a trigger-only mirror into a shell one."));
    parser.addOptions({partial, replace, allowShell});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The lab's inventory.json, or a JSON export."));
    if (const auto end = context.parse(
            parser, arguments,
            QStringLiteral("import-lab FILE [--replace [--allow-shell]] [--partial]")))
        return *end;
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("import-lab takes one file"));
    const QString source = parser.positionalArguments().first();
    QByteArray json;
    QString error;
    if (!readInput(source, &json, &error))
        return context.usage(error);
    // With --replace a mirror already kept is read over its stored record.
    InventoryExchange::StoredRecord stored;
    if (parser.isSet(replace)) {
        if (!context.openInventory())
            return CliContext::kFailure;
        stored = [&context](const QString& name) {
            return context.inventory().find(name);
        };
    }
    const InventoryExchange::Imported imported = InventoryExchange::fromJson(json, stored);
    return store(
        context, source, imported.mirrors, imported.problems,
        ImportPolicy{parser.isSet(partial), parser.isSet(replace), parser.isSet(allowShell)});
}

} // namespace ImportCommands
