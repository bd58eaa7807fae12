#pragma once

#include "notify/MailMessage.h"
#include "service/MailDispatcher.h"

#include <QObject>

#include <functional>

class FleetSession;

// The team-first mode's act in the console: mails held for an operator sent
// now through the mail settings (the SMTP password from the keychain), or
// dropped; each audited.
class HeldMails : public QObject
{
    Q_OBJECT

public:
    explicit HeldMails(FleetSession& session, QObject* parent = nullptr);

    void send(const QList<MailMessage>& mails);
    void drop(const QList<MailMessage>& mails);

signals:
    // How the act ended, in the operator's words.
    void finished(bool ok, const QString& message);

private:
    void withDispatcher(std::function<void(MailDispatcher&)> act);
    void audit(const QList<MailMessage>& mails, const QList<qint64>& changed,
               const QString& action);

    FleetSession& m_session;
};
