#include "inventory/InventoryDatabase.h"
#include "monitor/SweepTally.h"
#include "notify/AlertBook.h"
#include "notify/AlertMail.h"
#include "notify/Outbox.h"

#include <QTemporaryDir>
#include <QTest>

// The alerts in the store: states, events and mails written together, read
// back the same after a reopen, and the outbox's life of a mail.
class TestAlertBook : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void statesEventsAndMailsSurviveAReopen();
    void oneFailingPartRecordsNothing();
    void theFleetsOwnAlertNamesNoMirror();
    void theOutboxSendsRetriesHoldsAndDrops();

private:
    MailMessage mail(const QString& id, MailMessage::State state = MailMessage::State::Pending);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<InventoryDatabase> m_db;
};

namespace {

const QDateTime kAt(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);

} // namespace

void TestAlertBook::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<InventoryDatabase>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("inventory.sqlite"))));
}

MailMessage TestAlertBook::mail(const QString& id, MailMessage::State state)
{
    MailMessage m;
    m.createdAt = kAt;
    m.mirror = QStringLiteral("mirror1.example.de");
    m.recipient = QStringLiteral("admin@example.de");
    m.role = MailMessage::Role::Admin;
    m.language = QStringLiteral("de");
    m.subject = QStringLiteral("[ClamAV mirrors] mirror1: Zeitstempel");
    m.body = QStringLiteral("Hallo,\n");
    m.messageId = id;
    m.state = state;
    m.nextAttemptAt = kAt;
    return m;
}

void TestAlertBook::statesEventsAndMailsSurviveAReopen()
{
    AlertBook book(*m_db);
    AlertEvaluator::States states;
    AlertState old;
    old.rule = AlertRule::Old;
    old.active = true;
    old.since = kAt;
    old.notifiedAt = kAt;
    old.evidence = QStringLiteral("timestamp 25.0 h old");
    AlertState unreachable;
    unreachable.rule = AlertRule::Unreachable;
    unreachable.count = 2;
    states.insert(AlertRule::Old, old);
    states.insert(AlertRule::Unreachable, unreachable);
    const AlertTransition raised{7,
                                 QStringLiteral("mirror1.example.de"),
                                 AlertRule::Old,
                                 AlertTransition::Kind::Raised,
                                 kAt,
                                 old.evidence};
    QVERIFY(book.record(7, states, {raised}, {mail(QStringLiteral("<a@m>"))}));

    m_db = std::make_unique<InventoryDatabase>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("inventory.sqlite"))));
    AlertBook reopened(*m_db);
    const auto back = reopened.states(7);
    QVERIFY(back);
    QCOMPARE(back->size(), 2);
    QVERIFY(back->value(AlertRule::Old).active);
    QCOMPARE(back->value(AlertRule::Old).since, kAt);
    QCOMPARE(back->value(AlertRule::Old).evidence, old.evidence);
    QVERIFY(!back->value(AlertRule::Old).pendingSince.isValid());
    QCOMPARE(back->value(AlertRule::Unreachable).count, 2);
    QVERIFY(reopened.states(8)->isEmpty());
    const QList<AlertEvent> events = reopened.events();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].transition.rule, AlertRule::Old);
    QCOMPARE(events[0].transition.mirror, QStringLiteral("mirror1.example.de"));
    QCOMPARE(reopened.active().value(7).size(), 1);
    const QList<MailMessage> due = Outbox(*m_db).due(kAt);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due[0].subject, QStringLiteral("[ClamAV mirrors] mirror1: Zeitstempel"));
    QCOMPARE(due[0].role, MailMessage::Role::Admin);
    QCOMPARE(due[0].language, QStringLiteral("de"));
}

void TestAlertBook::oneFailingPartRecordsNothing()
{
    AlertBook book(*m_db);
    QVERIFY(book.record(7, {}, {}, {mail(QStringLiteral("<same@m>"))}));
    AlertEvaluator::States states;
    AlertState lock;
    lock.rule = AlertRule::StaleLock;
    lock.active = true;
    states.insert(AlertRule::StaleLock, lock);
    const AlertTransition raised{
        7, QStringLiteral("m"), AlertRule::StaleLock, AlertTransition::Kind::Raised, kAt, {}};
    // A second mail with the same Message-ID cannot enter: nor can the rest.
    const auto recorded = book.record(7, states, {raised}, {mail(QStringLiteral("<same@m>"))});
    QVERIFY(!recorded);
    QVERIFY(recorded.error().contains(QStringLiteral("cannot record the alerts")));
    QVERIFY(book.states(7)->isEmpty());
    QVERIFY(book.events().isEmpty());
    QCOMPARE(Outbox(*m_db).due(kAt).size(), 1);
}

void TestAlertBook::theFleetsOwnAlertNamesNoMirror()
{
    AlertBook book(*m_db);
    AlertEvaluator::States states;
    SweepTally blind{6, 3};
    const QList<AlertTransition> raised = AlertEvaluator::afterSweep(blind, 30, kAt, states);
    QCOMPARE(raised.size(), 1);
    QVERIFY(raised.first().mirror.isNull());
    MailSettings team;
    team.teamAddress = QStringLiteral("mirrors@example.net");
    team.from = QStringLiteral("monitor@example.net");
    const QList<MailMessage> mails = AlertMail::compose(raised, nullptr, team, kAt);
    QCOMPARE(mails.size(), 1);
    QVERIFY(book.record(0, states, raised, mails));
    QCOMPARE(Outbox(*m_db).due(kAt).size(), 1);
    const QList<AlertEvent> events = book.events();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].transition.rule, AlertRule::Checker);
    QCOMPARE(events[0].transition.mirrorId, 0);
    QVERIFY(events[0].transition.mirror.isEmpty());
    QVERIFY(book.active().value(0).first().active);
}

void TestAlertBook::theOutboxSendsRetriesHoldsAndDrops()
{
    Outbox outbox(*m_db);
    QVERIFY(outbox.add(mail(QStringLiteral("<1@m>"))));
    QVERIFY(outbox.add(mail(QStringLiteral("<2@m>"), MailMessage::State::Held)));
    QVERIFY(outbox.add(mail(QStringLiteral("<3@m>"), MailMessage::State::Held)));
    QList<MailMessage> due = outbox.due(kAt);
    QCOMPARE(due.size(), 1);
    const qint64 first = due[0].id;
    QVERIFY(outbox.markAttemptFailed(first, QStringLiteral("refused"), kAt.addSecs(300)));
    QVERIFY(outbox.due(kAt.addSecs(299)).isEmpty());
    due = outbox.due(kAt.addSecs(300));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due[0].attempts, 1);
    QCOMPARE(due[0].lastError, QStringLiteral("refused"));
    QVERIFY(outbox.markSent(first, kAt.addSecs(301)));
    QCOMPARE(outbox.mail(first)->state, MailMessage::State::Sent);
    QCOMPARE(outbox.mail(first)->sentAt, kAt.addSecs(301));
    QVERIFY(outbox.due(kAt.addDays(1)).isEmpty());

    const QList<MailMessage> held = outbox.inState(MailMessage::State::Held);
    QCOMPARE(held.size(), 2);
    QCOMPARE(*outbox.release(held[0].id, kAt), true);
    QCOMPARE(*outbox.release(held[0].id, kAt), false); // no longer held
    QCOMPARE(*outbox.drop(held[1].id), true);
    QCOMPARE(*outbox.drop(first), false); // sent: not the operator's to drop
    QCOMPARE(outbox.due(kAt).size(), 1);
    QCOMPARE(outbox.inState(MailMessage::State::Dropped).size(), 1);
    QVERIFY(outbox.markAttemptFailed(held[0].id, QStringLiteral("gave up"), {}));
    QCOMPARE(outbox.mail(held[0].id)->state, MailMessage::State::Failed);
    QVERIFY(!outbox.mail(999));
}

QTEST_GUILESS_MAIN(TestAlertBook)
#include "tst_alertbook.moc"
