#include "service/HeldMails.h"

#include "app/ConsoleSettings.h"
#include "secrets/SecretStore.h"
#include "session/FleetSession.h"

HeldMails::HeldMails(FleetSession& session, QObject* parent) : QObject(parent), m_session(session)
{}

void HeldMails::withDispatcher(std::function<void(MailDispatcher&)> act)
{
    const ConsoleSettings settings(m_session.settingsPath());
    const SmtpSettings smtp = settings.smtpSettings();
    const QString from = settings.mailSettings().from;
    const auto start = [this, smtp, from, act](const QString& password) {
        // One for each act, with the settings of the moment; it goes once
        // its work has ended, so no act waits for another's server.
        auto* dispatcher = new MailDispatcher(m_session.path(), from, smtp, password, this);
        connect(dispatcher, &MailDispatcher::drained, dispatcher, &QObject::deleteLater);
        connect(dispatcher, &MailDispatcher::dropped, dispatcher, &QObject::deleteLater);
        act(*dispatcher);
    };
    if (smtp.username.isEmpty()) {
        start({});
        return;
    }
    auto* secrets = new SecretStore(QStringLiteral("mirror-console"), this);
    secrets->read(SecretStore::smtpPasswordKey(), [this, secrets, start](Result<QByteArray> got) {
        secrets->deleteLater();
        if (!got) {
            emit finished(false, tr("No SMTP password in the keychain: %1").arg(got.error()));
            return;
        }
        start(QString::fromUtf8(got.value()));
    });
}

void HeldMails::audit(const QList<MailMessage>& mails, const QList<qint64>& changed,
                      const QString& action)
{
    for (const MailMessage& mail : mails)
        if (changed.contains(mail.id))
            m_session.storedInventory().record(mail.mirror, action,
                                               tr("to %1: %2").arg(mail.recipient, mail.subject));
}

void HeldMails::send(const QList<MailMessage>& mails)
{
    QList<qint64> ids;
    for (const MailMessage& m : mails)
        ids << m.id;
    withDispatcher([this, mails, ids](MailDispatcher& dispatcher) {
        connect(&dispatcher, &MailDispatcher::released, this,
                [this, mails](const QList<qint64>& changed) {
                    audit(mails, changed, QStringLiteral("mail-send"));
                });
        connect(&dispatcher, &MailDispatcher::drained, this,
                [this](int sent, int failed, const QString& why) {
                    emit finished(failed == 0,
                                  failed == 0
                                      ? tr("%n mail(s) sent", nullptr, sent)
                                      : tr("%1 sent, %2 not: %3").arg(sent).arg(failed).arg(why));
                });
        dispatcher.send(ids);
    });
}

void HeldMails::drop(const QList<MailMessage>& mails)
{
    QList<qint64> ids;
    for (const MailMessage& m : mails)
        ids << m.id;
    withDispatcher([this, mails, ids](MailDispatcher& dispatcher) {
        connect(&dispatcher, &MailDispatcher::dropped, this,
                [this, mails](const QList<qint64>& changed) {
                    audit(mails, changed, QStringLiteral("mail-drop"));
                    emit finished(true, tr("%n mail(s) dropped", nullptr, int(changed.size())));
                });
        dispatcher.drop(ids);
    });
}
