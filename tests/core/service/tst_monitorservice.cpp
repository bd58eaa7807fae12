#include "LabSmtp.h"
#include "MirrorLab.h"
#include "MirrorctlProcess.h"
#include "MonitorState.h"
#include "app/ConsoleSettings.h"
#include "notify/Outbox.h"
#include "service/MonitorService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void maintenanceSilencesAMirrorUntilItEnds();
    void teamFirstHoldsTheAdminsMailForAnOperator();

private:
    void run(int expectedSent);
    MirrorctlRun mirrorctl(const QStringList& args);

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
    const auto nameserver = MonitorState::make(
        m_lab->directory(), m_state, MonitorState::withAdmins,
        // A busy machine's nginx may be slow, never a mirror that is down here.
        MonitorState::mailTo(*m_smtp) +
            MonitorState::Settings{{QStringLiteral("http/timeout"), QStringLiteral("60")}});
    QVERIFY2(nameserver, qPrintable(nameserver.ok() ? QString() : nameserver.error()));
    m_nameserver = *nameserver;
}

void TestMonitorService::cleanupTestCase()
{
    m_smtp.reset();
    m_lab.reset();
}

void TestMonitorService::run(int expectedSent)
{
    MonitorService service({m_state, LabSmtp::password(), m_nameserver, {}});
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

MirrorctlRun TestMonitorService::mirrorctl(const QStringList& args)
{
    return runMirrorctl(QStringLiteral(MIRRORCTL), m_dir.filePath(QStringLiteral("home")),
                        m_state + QStringLiteral("/inventory.sqlite"), args);
}

void TestMonitorService::maintenanceSilencesAMirrorUntilItEnds()
{
    const QString name = m_lab->mirror(0).identity().name;
    const MirrorctlRun added =
        mirrorctl({QStringLiteral("maintenance"), QStringLiteral("add"), name,
                   QStringLiteral("--until"), QStringLiteral("+2h"), QStringLiteral("--reason"),
                   QStringLiteral("disk swap, told by Kim"), QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QString error;
    QVERIFY2(m_lab->mirror(0).ageTimestamp(30, &error), qPrintable(error));
    const int before = int(m_smtp->mails().size());
    run(0); // a day old, and nobody told
    QCOMPARE(int(m_smtp->mails().size()), before);
    const MirrorctlRun listed = mirrorctl(
        {QStringLiteral("maintenance"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray windows = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(windows.size(), 1);
    QCOMPARE(windows[0][QStringLiteral("reason")].toString(),
             QStringLiteral("disk swap, told by Kim"));
    QVERIFY(windows[0][QStringLiteral("underWay")].toBool());

    const MirrorctlRun ended =
        mirrorctl({QStringLiteral("maintenance"), QStringLiteral("end"), name});
    QVERIFY2(ended.exitCode == 0, ended.err.constData());
    QVERIFY(ended.out.contains("after a fresh check"));
    run(2); // what the window left broken is told once it is over
    const QList<LabSmtp::Mail> mails = m_smtp->mails().mid(before);
    QCOMPARE(mails.size(), 2);
    QVERIFY(mails[0].header("Subject").contains(name.toUtf8()));
    // Bad windows are refused by what is wrong with them.
    const MirrorctlRun backwards =
        mirrorctl({QStringLiteral("maintenance"), QStringLiteral("add"), name,
                   QStringLiteral("--from"), QStringLiteral("+2h"), QStringLiteral("--until"),
                   QStringLiteral("+1h"), QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(backwards.exitCode, 2);
    QVERIFY(backwards.err.contains("must end after it starts"));
    const MirrorctlRun garbled =
        mirrorctl({QStringLiteral("maintenance"), QStringLiteral("add"), name,
                   QStringLiteral("--until"), QStringLiteral("tomorrow")});
    QCOMPARE(garbled.exitCode, 2);
    QVERIFY(garbled.err.contains("--until takes"));
}

void TestMonitorService::teamFirstHoldsTheAdminsMailForAnOperator()
{
    QString error;
    ConsoleSettings settings(m_state + QStringLiteral("/settings.ini"));
    QVERIFY(settings.setValue(QStringLiteral("mail/team-first"), QStringLiteral("1"), &error));
    // Fresh again, both: a recovery each, the admins' held.
    QVERIFY2(m_lab->mirror(0).ageTimestamp(0, &error), qPrintable(error));
    QVERIFY2(m_lab->mirror(1).ageTimestamp(0, &error), qPrintable(error));
    const int before = int(m_smtp->mails().size());
    run(2); // the team's two recovery mails
    const MirrorctlRun pending =
        mirrorctl({QStringLiteral("mail"), QStringLiteral("pending"), QStringLiteral("--json")});
    QVERIFY2(pending.exitCode == 0, pending.err.constData());
    const QJsonArray held = QJsonDocument::fromJson(pending.out).array();
    QCOMPARE(held.size(), 2);
    for (const QJsonValue& mail : held) {
        QCOMPARE(mail[QStringLiteral("state")].toString(), QStringLiteral("held"));
        QCOMPARE(mail[QStringLiteral("role")].toString(), QStringLiteral("admin"));
        // In the admin's language, by the mirror's country.
        const bool german =
            mail[QStringLiteral("mirror")].toString().contains(QStringLiteral(".de."));
        QCOMPARE(mail[QStringLiteral("language")].toString(),
                 german ? QStringLiteral("de") : QStringLiteral("en"));
        QVERIFY2(
            mail[QStringLiteral("subject")].toString().contains(
                german ? QStringLiteral("ist wieder in Ordnung") : QStringLiteral("fine again")),
            qPrintable(mail[QStringLiteral("subject")].toString()));
    }
    const QString passwordFile = m_dir.filePath(QStringLiteral("smtp-password"));
    QFile secret(passwordFile);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write(LabSmtp::password().toUtf8() + '\n');
    secret.close();
    secret.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString sendId = QString::number(held[0][QStringLiteral("id")].toInteger());
    const QString dropId = QString::number(held[1][QStringLiteral("id")].toInteger());
    const MirrorctlRun sent = mirrorctl({QStringLiteral("mail"), QStringLiteral("send"), sendId,
                                         QStringLiteral("--password-file"), passwordFile});
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    const MirrorctlRun dropped =
        mirrorctl({QStringLiteral("mail"), QStringLiteral("drop"), dropId});
    QVERIFY2(dropped.exitCode == 0, dropped.err.constData());
    const QList<LabSmtp::Mail> mails = m_smtp->mails().mid(before);
    QCOMPARE(mails.size(), 3);
    QCOMPARE(mails[2].to.first(), held[0][QStringLiteral("to")].toString());
    const MirrorctlRun again =
        mirrorctl({QStringLiteral("mail"), QStringLiteral("pending"), QStringLiteral("--json")});
    QVERIFY(QJsonDocument::fromJson(again.out).array().isEmpty());
    QCOMPARE(mirrorctl({QStringLiteral("mail"), QStringLiteral("drop"), sendId}).exitCode, 1);

    // The mail settings tried by hand; a password file others may read is refused.
    const MirrorctlRun test = mirrorctl({QStringLiteral("mail"), QStringLiteral("test"),
                                         QStringLiteral("kim@example.net"),
                                         QStringLiteral("--password-file"), passwordFile});
    QVERIFY2(test.exitCode == 0, test.err.constData());
    QCOMPARE(m_smtp->mails().last().header("Subject"), QByteArray("[ClamAV mirrors] Test mail"));
    secret.setPermissions(secret.permissions() | QFileDevice::ReadOther);
    const MirrorctlRun open = mirrorctl({QStringLiteral("mail"), QStringLiteral("test"),
                                         QStringLiteral("kim@example.net"),
                                         QStringLiteral("--password-file"), passwordFile});
    QCOMPARE(open.exitCode, 1);
    QVERIFY(open.err.contains("may be read by others"));
}

QTEST_GUILESS_MAIN(TestMonitorService)
#include "tst_monitorservice.moc"
