#include "ImportCommands.h"

#include "CliContext.h"
#include "inventory/InventoryExchange.h"
#include "parsers/NewMirrorEmail.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace ImportCommands {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("mirrorctl", text, disambiguation, n);
}

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
          ParseProblems problems, bool partial, bool replace)
{
    if (!context.openInventory())
        return CliContext::kFailure;
    QList<MirrorRecord> updates;
    for (auto it = mirrors.begin(); it != mirrors.end();) {
        const auto existing = context.inventory().find(it->name);
        if (!existing) {
            ++it;
        } else if (replace) {
            it->id = existing->id;
            updates.append(*it);
            it = mirrors.erase(it);
        } else {
            problems.append({0, tr("%1 is already in the inventory").arg(it->name)});
            it = mirrors.erase(it);
        }
    }
    for (const ParseProblem& p : std::as_const(problems))
        context.err() << source << ':'
                      << (p.line > 0 ? QString::number(p.line) + QLatin1Char(':') : QString())
                      << ' ' << p.reason << '\n';
    context.err().flush();
    if (!problems.isEmpty() && !partial)
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
    for (const MirrorRecord& record : std::as_const(updates)) {
        const auto updated = context.inventory().update(record);
        if (!updated)
            return context.failure(updated.error());
        context.audit().record(record.name, QStringLiteral("mirror-edit"),
                               tr("re-imported from %1").arg(source));
        done << record.name;
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
    parser.addOption(partial);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The e-mail text, or - for standard input."));
    if (const auto end =
            context.parse(parser, arguments, QStringLiteral("import-email FILE|- [--partial]")))
        return *end;
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("import-email takes one file (or - for standard input)"));
    const QString source = parser.positionalArguments().first();
    QByteArray text;
    QString error;
    if (!readInput(source, &text, &error))
        return context.usage(error);
    NewMirrorEmail parsed = NewMirrorEmailParser::parse(text);
    return store(context, source, parsed.mirrors, parsed.problems, parser.isSet(partial), false);
}

int importLab(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption partial(QStringLiteral("partial"),
                                     tr("Import the good mirrors even when some are bad."));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Update mirrors already in the inventory."));
    parser.addOptions({partial, replace});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The lab's inventory.json, or a JSON export."));
    if (const auto end = context.parse(parser, arguments,
                                       QStringLiteral("import-lab FILE [--replace] [--partial]")))
        return *end;
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("import-lab takes one file"));
    const QString source = parser.positionalArguments().first();
    QByteArray json;
    QString error;
    if (!readInput(source, &json, &error))
        return context.usage(error);
    InventoryExchange::Imported imported = InventoryExchange::fromJson(json);
    return store(context, source, imported.mirrors, imported.problems, parser.isSet(partial),
                 parser.isSet(replace));
}

} // namespace ImportCommands
