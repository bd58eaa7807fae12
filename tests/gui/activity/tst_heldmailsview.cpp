#include "LabSmtp.h"
#include "MirrorctlProcess.h"
#include "activity/HeldMailsView.h"
#include "activity/OutboxTableModel.h"
#include "app/ConsoleSettings.h"
#include "inventory/AuditTrail.h"
#include "notify/Outbox.h"
#include "preferences/PreferencesDialog.h"
#include "secrets/SecretStore.h"
#include "session/FleetSession.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Team-first from the console: the admins' held mails listed, one sent now
// through a real mail server with the password from a real keychain, one
// dropped, each audited.
class TestHeldMailsView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sendOneDropTheOther();
    void aPasswordTypedInPreferencesSendsTheMail();

private:
    // Each test's own mail server and inventory, the console's mail settings
    // pointed at the server.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LabSmtp> m_smtp;
    std::unique_ptr<FleetSession> m_session;
};

namespace {

MailMessage held(const QString& id, const QString& to)
{
    MailMessage m;
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.mirror = QStringLiteral("mirror1.example.de");
    m.recipient = to;
    m.role = MailMessage::Role::Admin;
    m.language = QStringLiteral("en");
    m.subject = QStringLiteral("[ClamAV mirrors] mirror1.example.de: a stale lock file");
    m.body = QStringLiteral("Hello Kim,\n");
    m.messageId = id;
    m.state = MailMessage::State::Held;
    return m;
}

// The console's mail settings pointed at the lab's server.
bool sendThrough(const LabSmtp& smtp, const FleetSession& session)
{
    ConsoleSettings settings(session.settingsPath());
    QString error;
    for (const auto& [name, value] : QList<std::pair<QString, QString>>{
             {QStringLiteral("mail/from"), QStringLiteral("monitor@clamav.example")},
             {QStringLiteral("mail/smtp-host"), smtp.address()},
             {QStringLiteral("mail/smtp-port"), QString::number(smtp.port())},
             {QStringLiteral("mail/smtp-user"), LabSmtp::user()},
             {QStringLiteral("mail/smtp-ca-file"), smtp.caFile()}}) {
        if (!settings.setValue(name, value, &error))
            return false;
    }
    return true;
}

} // namespace

void TestHeldMailsView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_smtp = std::make_unique<LabSmtp>(m_dir->filePath(QStringLiteral("smtp")));
    QString error;
    QVERIFY2(m_smtp->start(&error), qPrintable(error));
    m_session = std::make_unique<FleetSession>();
    QVERIFY(m_session->open(m_dir->filePath(QStringLiteral("data/inventory.sqlite"))));
    QVERIFY(sendThrough(*m_smtp, *m_session));
}

void TestHeldMailsView::cleanup()
{
    m_session.reset();
    m_smtp.reset();
    m_dir.reset();
}

void TestHeldMailsView::sendOneDropTheOther()
{
    QTemporaryDir& dir = *m_dir;
    LabSmtp& smtp = *m_smtp;
    FleetSession& session = *m_session;
    // Kept as an operator keeps it: mirrorctl reads it from standard input.
    const MirrorctlRun kept =
        runMirrorctl(QStringLiteral(MIRRORCTL), dir.filePath(QStringLiteral("home")),
                     session.path(), {QStringLiteral("mail"), QStringLiteral("keep-password")},
                     LabSmtp::password().toUtf8() + '\n');
    QVERIFY2(kept.exitCode == 0, kept.err.constData());
    Outbox outbox(session.database());
    QVERIFY(outbox.add(held(QStringLiteral("<a@m>"), QStringLiteral("kim@example.net"))));
    QVERIFY(outbox.add(held(QStringLiteral("<b@m>"), QStringLiteral("alerts@example.net"))));

    HeldMailsView view(session);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.reload();
    QTRY_COMPARE(view.model()->rowCount(), 2);
    QVERIFY(!view.sendButton()->isEnabled());
    QCOMPARE(view.model()->index(0, OutboxTableModel::State).data().toString(),
             QStringLiteral("held for you"));
    const QString first = view.model()->mail(0)->recipient;
    view.table()->selectRow(0);
    QVERIFY(view.sendButton()->isEnabled());
    view.sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(view.status()->text().contains(QStringLiteral("sent")), 15000);
    QVERIFY2(view.status()->text().startsWith(QStringLiteral("1 mail")),
             qPrintable(view.status()->text()));
    QCOMPARE(smtp.mails().size(), 1);
    QCOMPARE(smtp.mails().first().to.first(), first);
    QTRY_COMPARE(view.model()->rowCount(), 1);
    view.table()->selectRow(0);
    view.dropButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(view.status()->text().contains(QStringLiteral("dropped")), 10000);
    QTRY_COMPARE(view.model()->rowCount(), 0);
    QCOMPARE(smtp.mails().size(), 1);
    QStringList actions;
    QTRY_VERIFY([&] {
        actions.clear();
        for (const AuditEntry& e : AuditTrail(session.database()).entries())
            actions << e.action;
        return actions.contains(QStringLiteral("mail-send")) &&
               actions.contains(QStringLiteral("mail-drop"));
    }());
}

void TestHeldMailsView::aPasswordTypedInPreferencesSendsTheMail()
{
    LabSmtp& smtp = *m_smtp;
    FleetSession& session = *m_session;
    SecretStore keychain;
    std::optional<Result<Done>> forgotten;
    keychain.remove(SecretStore::smtpPasswordKey(),
                    [&forgotten](Result<Done> done) { forgotten = std::move(done); });
    QTRY_VERIFY(forgotten.has_value());

    PreferencesDialog preferences(session);
    QLineEdit* password = preferences.smtpPassword();
    QVERIFY(preferences.page(SettingsPage::Kind::Mail)->isAncestorOf(password));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, LabSmtp::password());
    QSignalSpy accepted(&preferences, &QDialog::accepted);
    preferences.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 15000);
    // In the keychain, audited, and nowhere in the settings.
    std::optional<Result<QByteArray>> read;
    keychain.read(SecretStore::smtpPasswordKey(),
                  [&read](Result<QByteArray> secret) { read = std::move(secret); });
    QTRY_VERIFY(read.has_value());
    QVERIFY2(read->ok(), qPrintable(read->ok() ? QString() : read->error()));
    QCOMPARE(read->value(), LabSmtp::password().toUtf8());
    QFile settingsFile(session.settingsPath());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains(LabSmtp::password().toUtf8()));
    QTRY_VERIFY([&] {
        const QList<AuditEntry> entries = AuditTrail(session.database()).entries();
        return std::any_of(entries.cbegin(), entries.cend(), [](const AuditEntry& e) {
            return e.action == QLatin1String("smtp-password-kept");
        });
    }());

    QVERIFY(Outbox(session.database())
                .add(held(QStringLiteral("<c@m>"), QStringLiteral("kim@example.net"))));
    HeldMailsView view(session);
    view.reload();
    QTRY_COMPARE(view.model()->rowCount(), 1);
    view.table()->selectRow(0);
    view.sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(view.status()->text().contains(QStringLiteral("sent")), 15000);
    QCOMPARE(smtp.mails().size(), 1);
}

QTEST_MAIN(TestHeldMailsView)
#include "tst_heldmailsview.moc"
