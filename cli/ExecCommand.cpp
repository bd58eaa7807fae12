#include "ExecCommand.h"

#include "CliContext.h"
#include "PassphrasePrompt.h"
#include "secrets/SecretStore.h"
#include "ssh/SshKeyFile.h"
#include "ssh/SshPool.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QStringDecoder>

#include <optional>

namespace ExecCommand {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ExecCommand", text);
}

// The key's passphrase: from the keychain, else asked on the terminal (and
// stored in the keychain if the operator agrees), else none.
std::optional<QByteArray> passphraseFor(CliContext& context, const QString& keyFile)
{
    if (keyFile.isEmpty() || SshKeyFile::inspect(keyFile) != SshKeyFile::State::NeedsPassphrase)
        return std::nullopt;
    SecretStore secrets;
    const QString secretKey = SecretStore::keyPassphraseKey(keyFile);
    std::optional<QByteArray> stored;
    bool answered = false;
    secrets.read(secretKey, [&](Result<QByteArray> r) {
        if (r)
            stored = r.value();
        answered = true;
        QCoreApplication::quit();
    });
    if (!answered)
        QCoreApplication::exec();
    if (stored && SshKeyFile::opensWith(keyFile, *stored))
        return stored;
    const auto typed = PassphrasePrompt::ask(tr("Passphrase for %1: ").arg(keyFile));
    if (!typed || !SshKeyFile::opensWith(keyFile, *typed)) {
        context.err()
            << tr("mirrorctl: %1 needs a passphrase: none in the keychain, none typed").arg(keyFile)
            << Qt::endl;
        return std::nullopt;
    }
    if (PassphrasePrompt::confirm(tr("Store it in the keychain? [y/N] "))) {
        bool written = false;
        secrets.write(secretKey, *typed, [&](Result<Done> r) {
            if (!r)
                context.err() << "mirrorctl: " << r.error() << Qt::endl;
            written = true;
            QCoreApplication::quit();
        });
        if (!written)
            QCoreApplication::exec();
    }
    return typed;
}

} // namespace

int run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption accept(
        QStringLiteral("accept-host-key"),
        tr("Accept this host key (SHA256:...) if the mirror presents it, "
           "also in place of a changed one."),
        QStringLiteral("FP"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("Private key (default: the mirror's, then ssh-agent)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds the command may run (default 120)."),
                                     QStringLiteral("S"));
    parser.addOptions({accept, key, timeout});
    parser.addPositionalArgument(QStringLiteral("mirror"), tr("The mirror."));
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command, after --."));
    if (const auto end = context.parse(
            parser, arguments,
            QStringLiteral("exec MIRROR [--accept-host-key SHA256:...] -- COMMAND...")))
        return *end;
    const QStringList words = parser.positionalArguments();
    if (words.size() < 2)
        return context.usage(tr("exec needs a mirror and a command"));
    if (!context.openInventory())
        return CliContext::kFailure;
    const auto mirror = context.inventory().find(words.first());
    if (!mirror)
        return context.failure(tr("no mirror %1 in the inventory").arg(words.first()));
    if (mirror->accessMode == AccessMode::TriggerOnly)
        return context.failure(
            tr("%1 is a trigger-only mirror: any command there starts a sync, so exec is refused "
               "(use trigger to start a sync)")
                .arg(mirror->name));

    SshPoolSettings settings = context.settings().poolSettings();
    settings.maxMirrors = 1;
    bool ok = true;
    if (parser.isSet(timeout))
        settings.ssh.operationTimeout = std::chrono::seconds(parser.value(timeout).toInt(&ok));
    if (!ok)
        return context.usage(tr("--timeout takes seconds"));
    settings.identity.keyFile = parser.isSet(key) ? parser.value(key) : mirror->keyFile;
    if (const auto passphrase = passphraseFor(context, settings.identity.keyFile))
        settings.identity.passphraseFor = [p = *passphrase](const QString&) {
            return std::optional<QByteArray>(p);
        };
    context.session().pool().setSettings(settings);
    const QString command = words.mid(1).join(QLatin1Char(' '));
    // Decoded as a stream: a chunk may end inside a character.
    QStringDecoder decoders[2] = {QStringDecoder(QStringDecoder::Utf8),
                                  QStringDecoder(QStringDecoder::Utf8)};
    const auto stream = [&](const QByteArray& chunk, bool isError) {
        if (context.json())
            return;
        const QString text = decoders[isError ? 1 : 0].decode(chunk);
        (isError ? context.err() : context.out()) << context.mirrorText(text) << Qt::flush;
    };
    SshJobResult result = context.wait(context.session().pool().exec(*mirror, command), stream);
    const HostKeyVerdict& verdict = result.failure.hostKey;
    if (!result.ok && result.failure.kind == SshFailure::Kind::HostKey && parser.isSet(accept) &&
        verdict.presentedFingerprint == parser.value(accept) &&
        verdict.status != HostKeyVerdict::Status::Revoked) {
        const bool replacing = verdict.status == HostKeyVerdict::Status::Changed;
        if (auto stored =
                context.session().hostKeys().accept(mirror->address.toUtf8(), mirror->sshPort,
                                                    verdict.keyType, verdict.keyBlob, replacing);
            !stored)
            return context.failure(stored.error());
        context.audit().record(
            mirror->name, QStringLiteral("host-key-accept"),
            replacing ? tr("changed key accepted: %1 replaces %2")
                            .arg(verdict.presentedFingerprint,
                                 verdict.recordedFingerprints.join(QStringLiteral(", ")))
                      : tr("new key accepted: %1").arg(verdict.presentedFingerprint));
        result = context.wait(context.session().pool().exec(*mirror, command), stream);
    }
    if (context.json()) {
        context.printJson(QJsonObject{
            {QStringLiteral("mirror"), mirror->name},
            {QStringLiteral("ok"), result.ok},
            {QStringLiteral("exitStatus"), result.ok ? result.outcome.exitStatus : -1},
            {QStringLiteral("stdout"), QString::fromUtf8(result.outcome.standardOutput)},
            {QStringLiteral("stderr"), QString::fromUtf8(result.outcome.standardError)},
            {QStringLiteral("error"), result.ok ? QString() : result.failure.message}});
    }
    if (!result.ok)
        return context.json() ? CliContext::kFailure : context.failure(result.failure.message);
    if (result.outcome.exitStatus != 0) {
        if (!context.json())
            context.err() << tr("mirrorctl: %1: the command exited with status %2")
                                 .arg(mirror->name)
                                 .arg(result.outcome.exitStatus)
                          << Qt::endl;
        return CliContext::kFailure;
    }
    return CliContext::kOk;
}

} // namespace ExecCommand
