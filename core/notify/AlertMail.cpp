#include "notify/AlertMail.h"

#include "inventory/MirrorRecord.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QTranslator>
#include <QUuid>

#include <memory>

namespace {

// Each language's catalogue, loaded once; the mails do not follow the
// process's own language, which a service under systemd rarely has.
QString say(const QString& language, const char* text)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> catalogues;
    std::shared_ptr<QTranslator> translator;
    {
        QMutexLocker lock(&mutex);
        auto it = catalogues.find(language);
        if (it == catalogues.end()) {
            auto loaded = std::make_shared<QTranslator>();
            // The catalogues Translations installs for the faces, read here
            // beneath it: the mails sit below the application layer.
            if (!loaded->load(QLocale(language), QStringLiteral("mirror-console"),
                              QStringLiteral("_"), QStringLiteral(":/i18n")))
                loaded.reset();
            it = catalogues.insert(language, loaded);
        }
        translator = *it;
    }
    const QString translated = translator ? translator->translate("AlertMail", text) : QString();
    return translated.isEmpty() ? QString::fromUtf8(text) : translated;
}

struct RuleWords
{
    AlertRule rule;
    const char* title;
    const char* advice;
};

const RuleWords kRules[] = {
    {AlertRule::Old, QT_TRANSLATE_NOOP("AlertMail", "timestamp a day old"),
     QT_TRANSLATE_NOOP("AlertMail",
                       "The file timestamp, uploaded by the team every three hours, is a day old "
                       "or cannot be fetched. Check that clam-clientsync runs and ends well: its "
                       "log is ~/rsync.log.0 (or ~/rsync.log). A mirror old for a second day is "
                       "taken out of DNS.")},
    {AlertRule::Removed, QT_TRANSLATE_NOOP("AlertMail", "taken out of DNS"),
     QT_TRANSLATE_NOOP("AlertMail",
                       "The timestamp has been old for two days: the mirror leaves its country's "
                       "DNS record until a check finds it fresh again.")},
    {AlertRule::Unreachable, QT_TRANSLATE_NOOP("AlertMail", "no answer over HTTP"),
     QT_TRANSLATE_NOOP("AlertMail",
                       "Check the web server that serves DocumentRoot as database.clamav.net and "
                       "db.*.clamav.net, and that port 80 is open.")},
    {AlertRule::Lagging, QT_TRANSLATE_NOOP("AlertMail", "serving old database versions"),
     QT_TRANSLATE_NOOP("AlertMail",
                       "The mirror answers, but serves a daily version behind the current one. "
                       "Check that rsync completes and that the web server serves the directory "
                       "clam-clientsync writes (TO in clam-clientsync.conf).")},
    {AlertRule::StaleLock, QT_TRANSLATE_NOOP("AlertMail", "a stale lock file"),
     QT_TRANSLATE_NOOP("AlertMail",
                       "The lock file Archive-Update-in-Progress-<hostname> in DocumentRoot was "
                       "left behind by a sync that no longer runs: no sync starts until it is "
                       "removed, or two hours after it was last touched.")},
    {AlertRule::FailedSyncs, QT_TRANSLATE_NOOP("AlertMail", "syncs failing"),
     QT_TRANSLATE_NOOP("AlertMail",
                       "rsync's error is above. \"auth failed on module\" means a wrong "
                       "RSYNC_PASSWORD in ~/etc/clam-clientsync.conf; \"Connection refused\" or a "
                       "timeout means outgoing 873/tcp is blocked.")},
    {AlertRule::LowDisk, QT_TRANSLATE_NOOP("AlertMail", "little free disk space"),
     QT_TRANSLATE_NOOP("AlertMail",
                       "The How-to asks for at least 200 MB free for the web space; a full disk "
                       "stops the sync halfway.")},
    {AlertRule::FirewallBad, QT_TRANSLATE_NOOP("AlertMail", "a firewall rule missing"),
     QT_TRANSLATE_NOOP("AlertMail",
                       "The How-to's firewall lets 22/tcp in from the push masters and 873/tcp "
                       "and 873/udp out. The commands that mend it are above.")},
    {AlertRule::HostKeyChanged, QT_TRANSLATE_NOOP("AlertMail", "a changed host key"),
     QT_TRANSLATE_NOOP("AlertMail",
                       "Nothing is sent to the mirror until an operator has checked the new key "
                       "with its admin and accepted it.")},
    {AlertRule::Checker, QT_TRANSLATE_NOOP("AlertMail", "the checker's own sweep failed"),
     QT_TRANSLATE_NOOP("AlertMail",
                       "Much of the fleet failed at once, which points at the checker's own "
                       "network: DNS was left as it was.")},
};

const RuleWords& wordsOf(AlertRule rule)
{
    for (const RuleWords& w : kRules)
        if (w.rule == rule)
            return w;
    return kRules[0];
}

QString subjectOf(const QString& lang, const QList<AlertTransition>& batch, const QString& name)
{
    QStringList titles;
    for (const AlertTransition& t : batch)
        titles << say(lang, wordsOf(t.rule).title);
    const QString what = titles.join(QStringLiteral(", "));
    const QString about =
        name.isEmpty() ? say(lang, QT_TRANSLATE_NOOP("AlertMail", "the fleet")) : name;
    switch (batch.first().kind) {
    case AlertTransition::Kind::Raised:
        break;
    case AlertTransition::Kind::Reminder:
        return say(lang, QT_TRANSLATE_NOOP("AlertMail", "[ClamAV mirrors] Reminder: %1: %2"))
            .arg(about, what);
    case AlertTransition::Kind::Cleared:
        return say(lang, QT_TRANSLATE_NOOP("AlertMail", "[ClamAV mirrors] %1 is fine again: %2"))
            .arg(about, what);
    }
    return say(lang, QT_TRANSLATE_NOOP("AlertMail", "[ClamAV mirrors] %1: %2")).arg(about, what);
}

QString bodyOf(const QString& lang, const QList<AlertTransition>& batch, const MirrorRecord* mirror,
               const QString& greetingName)
{
    const auto s = [&lang](const char* text) {
        return say(lang, text);
    };
    QString body = greetingName.isEmpty()
                       ? s(QT_TRANSLATE_NOOP("AlertMail", "Hello,"))
                       : s(QT_TRANSLATE_NOOP("AlertMail", "Hello %1,")).arg(greetingName);
    body += QStringLiteral("\n\n");
    const QString host =
        mirror ? QStringLiteral("%1 (%2, %3)").arg(mirror->name, mirror->address, mirror->country)
               : s(QT_TRANSLATE_NOOP("AlertMail", "the fleet"));
    const AlertTransition::Kind kind = batch.first().kind;
    body += (kind == AlertTransition::Kind::Cleared
                 ? s(QT_TRANSLATE_NOOP("AlertMail",
                                       "the monitoring of the ClamAV database mirrors finds %1 "
                                       "fine again:"))
             : kind == AlertTransition::Kind::Reminder
                 ? s(QT_TRANSLATE_NOOP("AlertMail",
                                       "the monitoring of the ClamAV database mirrors still finds "
                                       "this on %1:"))
                 : s(QT_TRANSLATE_NOOP("AlertMail",
                                       "the monitoring of the ClamAV database mirrors found this "
                                       "on %1:")))
                .arg(host);
    body += QStringLiteral("\n");
    for (const AlertTransition& t : batch) {
        const RuleWords& w = wordsOf(t.rule);
        body += QStringLiteral("\n* %1\n").arg(s(w.title));
        if (!t.evidence.isEmpty())
            body += s(QT_TRANSLATE_NOOP("AlertMail", "  Seen: %1"))
                        .arg(QString(t.evidence)
                                 .replace(QLatin1Char('\n'), QStringLiteral("\n        "))) +
                    QLatin1Char('\n');
        body += s(QT_TRANSLATE_NOOP("AlertMail", "  Since: %1"))
                    .arg(QLocale::c().toString(t.at.toUTC(),
                                               QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))) +
                QLatin1Char('\n');
        if (kind != AlertTransition::Kind::Cleared)
            body += QStringLiteral("  %1\n").arg(s(w.advice));
    }
    body += QStringLiteral("\n-- \n");
    body += s(QT_TRANSLATE_NOOP("AlertMail",
                                "The monitoring system of the ClamAV mirror team. It writes once "
                                "when something changes, and again as a reminder while it lasts."));
    body += QLatin1Char('\n');
    return body;
}

MailMessage mailTo(const QString& recipient, MailMessage::Role role, const QString& language,
                   const QString& mirror, const QDateTime& now, bool held)
{
    MailMessage mail;
    mail.createdAt = now;
    mail.mirror = mirror;
    mail.recipient = recipient;
    mail.role = role;
    mail.language = language;
    mail.messageId = QStringLiteral("<%1@mirror-monitor>")
                         .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    mail.state = held ? MailMessage::State::Held : MailMessage::State::Pending;
    mail.nextAttemptAt = now;
    return mail;
}

} // namespace

namespace AlertMail {

const char* titleSource(AlertRule rule)
{
    return wordsOf(rule).title;
}

QString languageOf(const QString& country)
{
    const QString code = country.toUpper();
    if (code == QLatin1String("DE") || code == QLatin1String("AT") || code == QLatin1String("CH") ||
        code == QLatin1String("LI"))
        return QStringLiteral("de");
    if (code == QLatin1String("JP"))
        return QStringLiteral("ja");
    return QStringLiteral("en");
}

QString adminAddress(const MirrorRecord& mirror)
{
    return mirror.alertsEmail.isEmpty() ? mirror.adminEmail : mirror.alertsEmail;
}

QList<MailMessage> compose(const QList<AlertTransition>& transitions, const MirrorRecord* mirror,
                           const MailSettings& settings, const QDateTime& now)
{
    // One mail per kind of change: what turned bad apart from what mended.
    QList<MailMessage> mails;
    for (AlertTransition::Kind kind :
         {AlertTransition::Kind::Raised, AlertTransition::Kind::Reminder,
          AlertTransition::Kind::Cleared}) {
        QList<AlertTransition> batch;
        QList<AlertTransition> forAdmin;
        for (const AlertTransition& t : transitions) {
            if (t.kind != kind)
                continue;
            batch << t;
            if (AlertRules::tellsAdmin(t.rule))
                forAdmin << t;
        }
        if (batch.isEmpty())
            continue;
        const QString name = mirror ? mirror->name : QString();
        if (!settings.teamAddress.isEmpty()) {
            MailMessage team = mailTo(settings.teamAddress, MailMessage::Role::Team,
                                      settings.teamLanguage, name, now, false);
            team.subject = subjectOf(team.language, batch, name);
            team.body = bodyOf(team.language, batch, mirror, {});
            mails << team;
        }
        const QString admin = mirror ? adminAddress(*mirror) : QString();
        if (settings.mailAdmins && !forAdmin.isEmpty() && !admin.isEmpty()) {
            MailMessage mail = mailTo(admin, MailMessage::Role::Admin, languageOf(mirror->country),
                                      name, now, settings.teamFirst);
            mail.subject = subjectOf(mail.language, forAdmin, name);
            mail.body = bodyOf(mail.language, forAdmin, mirror, mirror->adminName);
            mails << mail;
        }
    }
    return mails;
}

MailMessage testMail(const QString& recipient, const MailSettings& settings, const QDateTime& now)
{
    MailMessage mail =
        mailTo(recipient, MailMessage::Role::Team, settings.teamLanguage, {}, now, false);
    mail.subject = say(mail.language, QT_TRANSLATE_NOOP("AlertMail", "[ClamAV mirrors] Test mail"));
    mail.body =
        say(mail.language,
            QT_TRANSLATE_NOOP("AlertMail", "This is a test of the mail settings of the ClamAV "
                                           "mirror team's monitoring. Nothing else is wrong.")) +
        QLatin1Char('\n');
    return mail;
}

} // namespace AlertMail
