#pragma once

#include "notify/AlertRule.h"
#include "notify/MailMessage.h"

struct MirrorRecord;

// Who hears of alerts, and how.
struct MailSettings
{
    QString teamAddress;    // every alert; none: the team is not mailed
    QString from;           // the From of every mail
    bool teamFirst = false; // a mail to an admin waits for an operator to send or drop it
    bool mailAdmins = true;
    QString teamLanguage = QStringLiteral("en");
};

// The plain-text mails of one mirror's transitions from one observation:
// one to the team, one to the admin (or to the alerts address the mirror
// gave after "||"), in the admin's language where the country tells it,
// each holding the evidence and what to do.
namespace AlertMail {

// de for Germany, Austria, Switzerland and Liechtenstein, ja for Japan,
// en elsewhere.
QString languageOf(const QString& country);

// The address an admin mail goes to; empty when the mirror gave none.
QString adminAddress(const MirrorRecord& mirror);

// mirror null: the transitions are the fleet's own (the checker's).
QList<MailMessage> compose(const QList<AlertTransition>& transitions, const MirrorRecord* mirror,
                           const MailSettings& settings, const QDateTime& now);

// A rule's short title, untranslated: QCoreApplication::translate with
// the context "AlertMail" gives it in the process's language.
const char* titleSource(AlertRule rule);

// One mail's text in a language, for `mirrorctl mail test`.
MailMessage testMail(const QString& recipient, const MailSettings& settings, const QDateTime& now);

} // namespace AlertMail
