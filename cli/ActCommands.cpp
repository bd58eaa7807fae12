#include "ActCommands.h"

#include "CliContext.h"
#include "PassphrasePrompt.h"
#include "fleet/RemoteConfEditor.h"
#include "remote/ConfEdit.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>

namespace ActCommands {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ActCommands", text);
}

} // namespace

int breakStaleLock(CliContext& context, const QString& name)
{
    const auto mirror = context.inventory().find(name);
    if (!mirror)
        return context.failure(tr("no mirror %1 in the inventory").arg(name));
    const auto [broken, said] =
        context.act(mirror->name, [&] { context.session().breakStaleLock(*mirror); });
    if (!broken)
        return context.failure(tr("%1: lock not broken: %2").arg(mirror->name, said));
    context.out() << mirror->name << ": " << context.mirrorText(said) << Qt::endl;
    return CliContext::kOk;
}

int config(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption show(QStringLiteral("show-password"),
                                  tr("get: print RSYNC_PASSWORD instead of masking it."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("set: show the change, write nothing."));
    const QCommandLineOption keep(
        QStringLiteral("keep-password"),
        tr("set: also keep the new RSYNC_PASSWORD in the system keychain."));
    const QCommandLineOption fromKeychain(
        QStringLiteral("password-from-keychain"),
        tr("set: RSYNC_PASSWORD is the one kept in the system keychain for the mirror."));
    const QCommandLineOption unixEndings(
        QStringLiteral("unix-line-endings"),
        tr("set: also save the file with Unix line endings (a file edited on Windows)."));
    parser.addOptions({show, dryRun, keep, fromKeychain, unixEndings});
    parser.addPositionalArgument(QStringLiteral("action"), tr("get or set"));
    parser.addPositionalArgument(QStringLiteral("mirror"), tr("The mirror."));
    parser.addPositionalArgument(
        QStringLiteral("assignments"),
        tr("set: KEY=VALUE ...; the password never on the command line (every user can read "
           "it there): RSYNC_PASSWORD asks for it, RSYNC_PASSWORD=- reads it from standard input"),
        QStringLiteral("[KEY=VALUE...]"));
    if (const auto end = context.parse(
            parser, arguments, QStringLiteral("config get|set MIRROR [KEY=VALUE...] [--dry-run]")))
        return *end;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    const bool keychainPassword = parser.isSet(fromKeychain);
    if (words.size() < 2 || (action != QLatin1String("get") && action != QLatin1String("set")) ||
        (action == QLatin1String("set") && words.size() < 3 && !keychainPassword &&
         !parser.isSet(unixEndings)))
        return context.usage(tr("config get MIRROR, or config set MIRROR KEY=VALUE..."));
    const QString passwordKey = QStringLiteral("RSYNC_PASSWORD");
    QList<QPair<QString, QString>> changes;
    std::optional<QByteArray> password;
    for (const QString& assignment : words.mid(2)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (assignment == passwordKey) {
            password = PassphrasePrompt::ask(tr("New RSYNC_PASSWORD: "));
            if (!password)
                return context.usage(
                    tr("RSYNC_PASSWORD asks on a terminal, and there is none: "
                       "give RSYNC_PASSWORD=- and the password on standard input"));
            continue;
        }
        if (eq <= 0)
            return context.usage(tr("\"%1\" is not KEY=VALUE").arg(assignment));
        if (assignment.left(eq) == passwordKey) {
            if (assignment.mid(eq + 1) != QLatin1String("-"))
                return context.usage(
                    tr("the password is not taken from the command line, where every user of "
                       "this machine can read it: give RSYNC_PASSWORD to be asked, "
                       "RSYNC_PASSWORD=- to read it from standard input, or "
                       "--password-from-keychain"));
            password = PassphrasePrompt::standardInputLine();
            if (!password)
                return context.usage(tr("RSYNC_PASSWORD=-: nothing on standard input"));
            continue;
        }
        changes.append({assignment.left(eq), assignment.mid(eq + 1)});
    }
    if (!context.openInventory())
        return CliContext::kFailure;
    const auto mirror = context.inventory().find(words.at(1));
    if (!mirror)
        return context.failure(tr("no mirror %1 in the inventory").arg(words.at(1)));
    if (keychainPassword) {
        std::optional<Result<QByteArray>> kept;
        SecretStore keychain;
        keychain.read(SecretStore::rsyncPasswordKey(mirror->name), [&](Result<QByteArray> r) {
            kept = std::move(r);
            QCoreApplication::quit();
        });
        QCoreApplication::exec();
        if (!kept || !*kept)
            return context.failure(
                tr("no RSYNC_PASSWORD for %1 in the keychain: %2")
                    .arg(mirror->name, kept ? kept->error() : tr("no answer from the keychain")));
        password = kept->value();
    }
    if (password)
        changes.append({passwordKey, QString::fromUtf8(*password)});
    RemoteConfEditor& editor = context.session().confEditor();
    std::optional<RemoteFile> read;
    QString why;
    QObject guard;
    QObject::connect(&editor, &RemoteConfEditor::readDone, &guard,
                     [&](const QString&, const RemoteFile& file) {
                         read = file;
                         QCoreApplication::quit();
                     });
    auto failed = [&](const QString&, const QString& message) {
        why = message;
        QCoreApplication::quit();
    };
    QObject::connect(&editor, &RemoteConfEditor::readFailed, &guard, failed);
    QObject::connect(&editor, &RemoteConfEditor::writeFailed, &guard, failed);
    editor.read(*mirror);
    QCoreApplication::exec();
    if (!read)
        return context.failure(why);
    const RemoteFile current = *read;

    if (action == QLatin1String("get")) {
        const QString text = QString::fromUtf8(current.content);
        if (parser.isSet(show)) {
            context.out() << context.mirrorText(text);
        } else {
            QStringList lines = text.split(QLatin1Char('\n'));
            if (text.endsWith(QLatin1Char('\n')))
                lines.removeLast();
            for (const QString& line : std::as_const(lines))
                context.out() << context.mirrorText(ConfEdit::mask(line)) << '\n';
        }
        context.out().flush();
        return CliContext::kOk;
    }

    const ConfEdit edit = ConfEdit::plan(
        current.content, changes,
        parser.isSet(unixEndings) ? ConfEdit::LineEndings::Unix : ConfEdit::LineEndings::AsTheyAre);
    for (const QString& line : edit.diff)
        context.out() << context.mirrorText(line) << '\n';
    context.out().flush();
    if (!edit.problems.isEmpty())
        return context.failure(tr("not written: %1").arg(edit.problems.join(QStringLiteral("; "))));
    if (!edit.changes() || parser.isSet(dryRun))
        return CliContext::kOk;
    QString backup;
    QObject::connect(&editor, &RemoteConfEditor::written, &guard,
                     [&](const QString&, const RemoteFile&, const QString& backupPath) {
                         backup = backupPath;
                         QCoreApplication::quit();
                     });
    editor.write(*mirror, current, edit);
    QCoreApplication::exec();
    if (backup.isEmpty())
        return context.failure(why);
    context.out()
        << tr("%1: %2 written, the old one kept as %3").arg(mirror->name, current.path, backup)
        << Qt::endl;
    if (!parser.isSet(keep) || !password || keychainPassword)
        return CliContext::kOk;
    std::optional<Result<Done>> stored;
    context.session().keepRsyncPassword(mirror->name, QString::fromUtf8(*password), &guard,
                                        [&](Result<Done> r) {
                                            stored = std::move(r);
                                            QCoreApplication::quit();
                                        });
    QCoreApplication::exec();
    if (!stored || !*stored)
        return context.failure(
            tr("the file was written, but the password was not kept: %1")
                .arg(stored ? stored->error() : tr("no answer from the keychain")));
    return CliContext::kOk;
}

} // namespace ActCommands
