#include "MailCommand.h"

#include "CliContext.h"
#include "PassphrasePrompt.h"
#include "notify/AlertMail.h"
#include "notify/MailWireFormat.h"
#include "notify/Outbox.h"
#include "secrets/CredentialsFile.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace MailCommand {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MailCommand", text);
}

// The SMTP password from --password-file, or else the keychain; none when
// the server takes no user.
Result<QString> password(CliContext& context, const QCommandLineParser& parser)
{
    if (context.settings().smtpSettings().username.isEmpty())
        return QString();
    if (parser.isSet(QStringLiteral("password-file")))
        return CredentialsFile::read(parser.value(QStringLiteral("password-file")));
    // mirrorctl has no window to keep turning: it waits for the keychain.
    SecretStore store;
    std::optional<Result<QByteArray>> answer;
    QEventLoop loop;
    store.read(SecretStore::smtpPasswordKey(), [&answer, &loop](Result<QByteArray> secret) {
        answer = std::move(secret);
        loop.quit();
    });
    if (!answer)
        loop.exec();
    if (!answer->ok())
        return fail(tr("no SMTP password: %1 (keep it in the keychain, or give --password-file)")
                        .arg(answer->error()));
    return QString::fromUtf8(answer->value());
}

Result<Done> sendNow(CliContext& context, const MailMessage& mail, const QString& secret)
{
    return SmtpSender::deliver(mail, context.settings().mailSettings().from,
                               context.settings().smtpSettings(), secret);
}

QJsonObject toJson(const MailMessage& m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("state"), MailMessage::stateName(m.state)},
            {QStringLiteral("mirror"), m.mirror},
            {QStringLiteral("to"), m.recipient},
            {QStringLiteral("role"), MailMessage::roleName(m.role)},
            {QStringLiteral("language"), m.language},
            {QStringLiteral("subject"), m.subject},
            {QStringLiteral("created"), m.createdAt.toString(Qt::ISODate)},
            {QStringLiteral("attempts"), m.attempts},
            {QStringLiteral("lastError"), m.lastError}};
}

int pending(CliContext& context)
{
    Outbox outbox(context.database());
    QList<MailMessage> mails = outbox.inState(MailMessage::State::Held);
    mails += outbox.inState(MailMessage::State::Pending);
    if (context.json()) {
        QJsonArray all;
        for (const MailMessage& m : mails)
            all.append(toJson(m));
        context.printJson(all);
        return CliContext::kOk;
    }
    for (const MailMessage& m : mails)
        context.out() << QStringLiteral("%1  %2  %3  %4%5\n")
                             .arg(m.id, 5)
                             .arg(MailMessage::stateName(m.state), m.recipient, m.subject,
                                  m.lastError.isEmpty()
                                      ? QString()
                                      : QStringLiteral("  (%1)").arg(m.lastError));
    if (mails.isEmpty())
        context.out() << tr("no mail waits") << '\n';
    context.out().flush();
    return CliContext::kOk;
}

int sendOrDrop(CliContext& context, const QCommandLineParser& parser, const QStringList& ids,
               bool send)
{
    Outbox outbox(context.database());
    QString secret;
    if (send) {
        const auto got = password(context, parser);
        if (!got)
            return context.failure(got.error());
        secret = *got;
    }
    int status = CliContext::kOk;
    for (const QString& word : ids) {
        bool numeric = false;
        const qint64 id = word.toLongLong(&numeric);
        const auto mail = numeric ? outbox.mail(id) : std::nullopt;
        if (!mail || (mail->state != MailMessage::State::Held &&
                      mail->state != MailMessage::State::Pending)) {
            context.err() << tr("no mail %1 waits").arg(word) << '\n';
            status = CliContext::kFailure;
            continue;
        }
        if (!send) {
            // A pending one is the monitor's to send: only a held one is dropped.
            const auto dropped = outbox.drop(id);
            if (!dropped || !*dropped) {
                context.err() << tr("mail %1 is not held: only a held mail is dropped").arg(id)
                              << '\n';
                status = CliContext::kFailure;
                continue;
            }
            context.audit().record(mail->mirror, QStringLiteral("mail-drop"),
                                   tr("to %1: %2").arg(mail->recipient, mail->subject));
            continue;
        }
        // Sent while still held: released first, a running monitor could
        // take it at the same time. A failed one is left to the monitor.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (const auto sent = sendNow(context, *mail, secret); !sent) {
            outbox.markAttemptFailed(id, sent.error(), now.addSecs(300));
            context.err() << tr("mail %1: %2").arg(id).arg(sent.error()) << '\n';
            status = CliContext::kFailure;
            continue;
        }
        outbox.markSent(id, now);
        context.audit().record(mail->mirror, QStringLiteral("mail-send"),
                               tr("to %1: %2").arg(mail->recipient, mail->subject));
    }
    context.err().flush();
    return status;
}

int test(CliContext& context, const QCommandLineParser& parser, const QString& address)
{
    if (!MailWireFormat::isAddress(address))
        return context.usage(tr("\"%1\" is not an e-mail address").arg(address));
    const auto secret = password(context, parser);
    if (!secret)
        return context.failure(secret.error());
    const MailMessage mail = AlertMail::testMail(address, context.settings().mailSettings(),
                                                 QDateTime::currentDateTimeUtc());
    if (const auto sent = sendNow(context, mail, *secret); !sent)
        return context.failure(sent.error());
    context.out() << tr("sent a test mail to %1").arg(address) << '\n' << Qt::flush;
    return CliContext::kOk;
}

int keepPassword(CliContext& context)
{
    // From a terminal without echo, else a line of standard input: never argv.
    const auto password =
        ::isatty(STDIN_FILENO)
            ? PassphrasePrompt::ask(
                  tr("SMTP password for %1: ").arg(context.settings().smtpSettings().username))
            : PassphrasePrompt::standardInputLine();
    if (!password || password->isEmpty())
        return context.usage(tr("mail keep-password reads the password from standard input"));
    std::optional<Result<Done>> kept;
    QEventLoop loop;
    context.session().keepSmtpPassword(QString::fromUtf8(*password), &loop,
                                       [&kept, &loop](Result<Done> done) {
                                           kept = std::move(done);
                                           loop.quit();
                                       });
    if (!kept)
        loop.exec();
    if (!kept->ok())
        return context.failure(tr("the SMTP password was not kept: %1").arg(kept->error()));
    return CliContext::kOk;
}

} // namespace

int run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("what"),
        tr("pending, send ID..., drop ID..., test ADDRESS, or keep-password (from standard "
           "input into the keychain)."),
        QStringLiteral("pending|send|drop|test|keep-password [ID...|ADDRESS]"));
    parser.addOption({QStringLiteral("password-file"),
                      tr("The SMTP password in a file only its owner may read (default: the "
                         "keychain)."),
                      QStringLiteral("FILE")});
    if (const auto exit = context.parse(parser, arguments,
                                        QStringLiteral("mail pending | send ID... | drop ID... | "
                                                       "test ADDRESS | keep-password")))
        return *exit;
    const QStringList words = parser.positionalArguments();
    const QString verb = words.value(0);
    if (verb == QLatin1String("test") && words.size() == 2)
        return test(context, parser, words.at(1));
    if (!context.openInventory())
        return CliContext::kFailure;
    if (verb == QLatin1String("pending") && words.size() == 1)
        return pending(context);
    if (verb == QLatin1String("keep-password") && words.size() == 1)
        return keepPassword(context);
    if ((verb == QLatin1String("send") || verb == QLatin1String("drop")) && words.size() > 1)
        return sendOrDrop(context, parser, words.mid(1), verb == QLatin1String("send"));
    return context.usage(
        tr("mail takes pending, send ID..., drop ID..., test ADDRESS or keep-password"));
}

} // namespace MailCommand
