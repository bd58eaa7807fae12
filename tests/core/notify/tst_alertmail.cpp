#include "inventory/MirrorRecord.h"
#include "notify/AlertMail.h"

#include <QTest>

// Who is told of a transition, in which language, with what evidence.
class TestAlertMail : public QObject
{
    Q_OBJECT

private slots:
    void theTeamAndTheAlertsAddress();
    void theAdminReadsTheirLanguage();
    void theTeamAloneHearsOfHostKeys();
    void teamFirstHoldsTheAdminsMail();
    void recoveryIsItsOwnMail();
};

namespace {

const QDateTime kAt(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);

MirrorRecord mirror(const QString& country)
{
    MirrorRecord m;
    m.name = QStringLiteral("mirror1.example.%1").arg(country.toLower());
    m.address = QStringLiteral("192.0.2.7");
    m.country = country;
    m.adminName = QStringLiteral("Kim");
    m.adminEmail = QStringLiteral("kim@example.net");
    return m;
}

AlertTransition raised(AlertRule rule, const QString& evidence)
{
    return {7, QStringLiteral("mirror1"), rule, AlertTransition::Kind::Raised, kAt, evidence};
}

MailSettings team()
{
    MailSettings s;
    s.teamAddress = QStringLiteral("mirrors@clamav.example");
    s.from = QStringLiteral("monitor@clamav.example");
    return s;
}

} // namespace

void TestAlertMail::theTeamAndTheAlertsAddress()
{
    MirrorRecord m = mirror(QStringLiteral("US"));
    QCOMPARE(AlertMail::adminAddress(m), QStringLiteral("kim@example.net"));
    m.alertsEmail = QStringLiteral("alerts@example.net");
    const QList<MailMessage> mails = AlertMail::compose(
        {raised(AlertRule::Old, QStringLiteral("timestamp 25.3 h old"))}, &m, team(), kAt);
    QCOMPARE(mails.size(), 2);
    QCOMPARE(mails[0].recipient, QStringLiteral("mirrors@clamav.example"));
    QCOMPARE(mails[0].role, MailMessage::Role::Team);
    QCOMPARE(mails[1].recipient, QStringLiteral("alerts@example.net"));
    QCOMPARE(mails[1].role, MailMessage::Role::Admin);
    QCOMPARE(mails[1].language, QStringLiteral("en"));
    QCOMPARE(mails[1].subject,
             QStringLiteral("[ClamAV mirrors] mirror1.example.us: timestamp a day old"));
    QVERIFY(mails[1].body.startsWith(QStringLiteral("Hello Kim,\n")));
    QVERIFY(mails[1].body.contains(QStringLiteral("Seen: timestamp 25.3 h old")));
    QVERIFY(mails[1].body.contains(QStringLiteral("~/rsync.log.0")));
    QVERIFY(mails[0].body.startsWith(QStringLiteral("Hello,\n")));
    QVERIFY(mails[0].messageId != mails[1].messageId);
    QCOMPARE(mails[0].state, MailMessage::State::Pending);
}

void TestAlertMail::theAdminReadsTheirLanguage()
{
    QCOMPARE(AlertMail::languageOf(QStringLiteral("at")), QStringLiteral("de"));
    QCOMPARE(AlertMail::languageOf(QStringLiteral("JP")), QStringLiteral("ja"));
    QCOMPARE(AlertMail::languageOf(QStringLiteral("FR")), QStringLiteral("en"));
    const MirrorRecord de = mirror(QStringLiteral("DE"));
    const QList<MailMessage> german = AlertMail::compose(
        {raised(AlertRule::FailedSyncs, QStringLiteral("@ERROR: auth failed on module clamavdb"))},
        &de, team(), kAt);
    QCOMPARE(german[1].language, QStringLiteral("de"));
    QVERIFY2(german[1].body.startsWith(QStringLiteral("Hallo Kim,")), qPrintable(german[1].body));
    QVERIFY(german[1].body.contains(QStringLiteral("@ERROR: auth failed on module clamavdb")));
    QVERIFY(german[0].body.startsWith(QStringLiteral("Hello,"))); // the team's own language
    const MirrorRecord jp = mirror(QStringLiteral("JP"));
    const QList<MailMessage> japanese = AlertMail::compose(
        {raised(AlertRule::LowDisk, QStringLiteral("12 MB free"))}, &jp, team(), kAt);
    QVERIFY2(japanese[1].subject.contains(QStringLiteral("ディスク")),
             qPrintable(japanese[1].subject));
}

void TestAlertMail::theTeamAloneHearsOfHostKeys()
{
    const MirrorRecord m = mirror(QStringLiteral("PL"));
    const QList<MailMessage> mails = AlertMail::compose(
        {raised(AlertRule::HostKeyChanged, QStringLiteral("presented SHA256:x"))}, &m, team(), kAt);
    QCOMPARE(mails.size(), 1);
    QCOMPARE(mails[0].role, MailMessage::Role::Team);
    // Nor is an admin told when the team has no address and the mirror none.
    MirrorRecord none = mirror(QStringLiteral("PL"));
    none.adminEmail.clear();
    QVERIFY(AlertMail::compose({raised(AlertRule::Old, {})}, &none, MailSettings{}, kAt).isEmpty());
    // The fleet's own alert goes to the team.
    QCOMPARE(AlertMail::compose({raised(AlertRule::Checker, {})}, nullptr, team(), kAt).size(), 1);
}

void TestAlertMail::teamFirstHoldsTheAdminsMail()
{
    MailSettings settings = team();
    settings.teamFirst = true;
    const MirrorRecord m = mirror(QStringLiteral("PL"));
    const QList<MailMessage> mails =
        AlertMail::compose({raised(AlertRule::StaleLock, {})}, &m, settings, kAt);
    QCOMPARE(mails.size(), 2);
    QCOMPARE(mails[0].state, MailMessage::State::Pending);
    QCOMPARE(mails[1].state, MailMessage::State::Held);
}

void TestAlertMail::recoveryIsItsOwnMail()
{
    const MirrorRecord m = mirror(QStringLiteral("PL"));
    AlertTransition old = raised(AlertRule::Old, QStringLiteral("timestamp 1.2 h old"));
    old.kind = AlertTransition::Kind::Cleared;
    AlertTransition removed = old;
    removed.rule = AlertRule::Removed;
    const QList<MailMessage> mails =
        AlertMail::compose({old, removed, raised(AlertRule::StaleLock, {})}, &m, team(), kAt);
    QCOMPARE(mails.size(), 4); // what turned bad, and apart from it, what mended
    QCOMPARE(mails[2].subject,
             QStringLiteral("[ClamAV mirrors] mirror1.example.pl is fine again: timestamp a day "
                            "old, taken out of DNS"));
    QVERIFY(mails[3].body.contains(QStringLiteral("fine again")));
    QVERIFY(!mails[3].body.contains(QStringLiteral("~/rsync.log.0"))); // no advice for the mended
}

QTEST_GUILESS_MAIN(TestAlertMail)
#include "tst_alertmail.moc"
