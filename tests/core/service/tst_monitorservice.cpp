#include "LabSmtp.h"
#include "MirrorLab.h"
#include "app/ConsoleSettings.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/MirrorInventory.h"
#include "notify/Outbox.h"
#include "service/MonitorService.h"
#include "session/DemoLabInventory.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The monitoring service over a real lab and a real mail server: a mirror
// whose timestamp is a day old makes the team and the mirror's alerts
// address hear of it once, and a restart tells nobody again.
class TestMonitorService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aDayOldMirrorIsMailedOnceAcrossARestart();

private:
    void run(int expectedSent);

    QTemporaryDir m_dir;
    std::unique_ptr<MirrorLab> m_lab;
    std::unique_ptr<LabSmtp> m_smtp;
    QString m_state;
    QHostAddress m_nameserver;
};

void TestMonitorService::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = 2;
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    QVERIFY2(m_lab->mirror(1).ageTimestamp(25, &error), qPrintable(error));
    m_smtp = std::make_unique<LabSmtp>(m_dir.filePath(QStringLiteral("smtp")));
    QVERIFY2(m_smtp->start(&error), qPrintable(error));

    m_state = m_dir.filePath(QStringLiteral("state"));
    const auto lab = DemoLabInventory::read(m_lab->directory() + QStringLiteral("/inventory.json"));
    QVERIFY2(lab, qPrintable(lab.ok() ? QString() : lab.error()));
    m_nameserver = lab->nameserver;
    {
        InventoryDatabase db;
        QVERIFY(db.open(m_state + QStringLiteral("/inventory.sqlite")));
        MirrorInventory inventory(db);
        for (MirrorRecord mirror : lab->mirrors) {
            mirror.adminName = QStringLiteral("Kim");
            mirror.adminEmail = QStringLiteral("admin@%1").arg(mirror.name);
            mirror.alertsEmail = QStringLiteral("alerts@%1").arg(mirror.name);
            QVERIFY(inventory.add(mirror));
        }
    }
    ConsoleSettings settings(m_state + QStringLiteral("/settings.ini"));
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("mail/team-address"), QStringLiteral("mirrors@clamav.example")},
        {QStringLiteral("mail/from"), QStringLiteral("monitor@clamav.example")},
        {QStringLiteral("mail/smtp-host"), m_smtp->address()},
        {QStringLiteral("mail/smtp-port"), QString::number(m_smtp->port())},
        {QStringLiteral("mail/smtp-user"), LabSmtp::user()},
        {QStringLiteral("mail/smtp-ca-file"), m_smtp->caFile()}};
    for (const auto& [name, value] : values)
        QVERIFY2(settings.setValue(name, value, &error), qPrintable(error));
}

void TestMonitorService::cleanupTestCase()
{
    m_smtp.reset();
    m_lab.reset();
}

void TestMonitorService::run(int expectedSent)
{
    MonitorService service({m_state, LabSmtp::password(), m_nameserver});
    QSignalSpy swept(&service, &MonitorService::sweepFinished);
    QSignalSpy mailed(&service, &MonitorService::mailsSent);
    QStringList notes;
    connect(&service, &MonitorService::note, this, [&notes](const QString& n) { notes << n; });
    QVERIFY(service.start());
    QVERIFY(swept.wait(60000));
    // The drain after the sweep has ended, whatever it sent.
    QTRY_VERIFY_WITH_TIMEOUT(
        !mailed.isEmpty() && mailed.last().at(1).toInt() == 0 &&
            Outbox(service.session().database()).due(QDateTime::currentDateTimeUtc()).isEmpty(),
        30000);
    int sent = 0;
    for (const QList<QVariant>& drained : mailed)
        sent += drained.at(0).toInt();
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(QLatin1Char('\n'))));
    QCOMPARE(sent, expectedSent);
}

void TestMonitorService::aDayOldMirrorIsMailedOnceAcrossARestart()
{
    run(2);
    const QString aged = m_lab->mirror(1).identity().name;
    const QList<LabSmtp::Mail> mails = m_smtp->mails();
    QCOMPARE(mails.size(), 2);
    QStringList recipients;
    for (const LabSmtp::Mail& mail : mails) {
        recipients << mail.to;
        QVERIFY2(
            mail.header("Subject").contains(QByteArray(aged.toUtf8() + ": timestamp a day old")),
            mail.header("Subject").constData());
        QVERIFY(mail.body().contains(QStringLiteral("Seen: timestamp 25.")));
    }
    recipients.sort();
    QCOMPARE(recipients, (QStringList{QStringLiteral("alerts@%1").arg(aged),
                                      QStringLiteral("mirrors@clamav.example")}));
    // Started again over the same state: the mirror is still old, and
    // nobody hears of it a second time.
    run(0);
    QCOMPARE(m_smtp->mails().size(), 2);
}

QTEST_GUILESS_MAIN(TestMonitorService)
#include "tst_monitorservice.moc"
