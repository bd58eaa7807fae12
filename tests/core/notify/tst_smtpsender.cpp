#include "LabSmtp.h"
#include "notify/MailWireFormat.h"
#include "notify/SmtpSender.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// Mails handed to a real SMTP server (aiosmtpd) over STARTTLS with
// authentication, and each way that can fail told as what it is.
class TestSmtpSender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aMailArrivesOverStartTlsWithAuthentication();
    void aWrongPasswordIsRefused();
    void anUntrustedCertificateIsRefused();
    void plainTextIsRefusedWhereTlsIsRequired();
    void aDeadServerFailsWithinTheTimeout();

private:
    SmtpSettings settings() const;
    QByteArray wire(const QString& subject) const;

    QTemporaryDir m_dir;
    std::unique_ptr<LabSmtp> m_smtp;
};

void TestSmtpSender::initTestCase()
{
    m_smtp = std::make_unique<LabSmtp>(m_dir.path());
    QString error;
    QVERIFY2(m_smtp->start(&error), qPrintable(error));
}

void TestSmtpSender::cleanupTestCase()
{
    m_smtp.reset();
}

SmtpSettings TestSmtpSender::settings() const
{
    SmtpSettings s;
    s.host = m_smtp->address();
    s.port = m_smtp->port();
    s.username = LabSmtp::user();
    s.caFile = m_smtp->caFile();
    s.timeoutSeconds = 10;
    return s;
}

QByteArray TestSmtpSender::wire(const QString& subject) const
{
    MailMessage m;
    m.recipient = QStringLiteral("alerts@mirror.example.de");
    m.subject = subject;
    m.body = QStringLiteral("Hallo Kim,\n\nGrüße\n");
    m.messageId = QStringLiteral("<test-1@mirror-monitor>");
    return *MailWireFormat::render(m, QStringLiteral("monitor@clamav.example"),
                                   QDateTime::currentDateTimeUtc());
}

void TestSmtpSender::aMailArrivesOverStartTlsWithAuthentication()
{
    const auto sent = SmtpSender::send(
        wire(QStringLiteral("[ClamAV-Spiegel] m1: Zeitstempel einen Tag alt")),
        QStringLiteral("monitor@clamav.example"), QStringLiteral("alerts@mirror.example.de"),
        settings(), LabSmtp::password());
    QVERIFY2(sent, qPrintable(sent.ok() ? QString() : sent.error()));
    const QList<LabSmtp::Mail> mails = m_smtp->mails();
    QCOMPARE(mails.size(), 1);
    QCOMPARE(mails[0].from, QStringLiteral("monitor@clamav.example"));
    QCOMPARE(mails[0].to, QStringList{QStringLiteral("alerts@mirror.example.de")});
    QCOMPARE(mails[0].header("Message-ID"), QByteArray("<test-1@mirror-monitor>"));
    QCOMPARE(mails[0].body(), QStringLiteral("Hallo Kim,\n\nGrüße\n"));
}

void TestSmtpSender::aWrongPasswordIsRefused()
{
    const auto sent =
        SmtpSender::send(wire(QStringLiteral("s")), QStringLiteral("monitor@clamav.example"),
                         QStringLiteral("a@example.de"), settings(), QStringLiteral("x"));
    QVERIFY(!sent);
    QVERIFY2(
        sent.error().contains(QStringLiteral("%1:%2").arg(m_smtp->address()).arg(m_smtp->port())),
        qPrintable(sent.error()));
    QVERIFY2(sent.error().contains(QStringLiteral("535")) ||
                 sent.error().contains(QStringLiteral("denied")),
             qPrintable(sent.error()));
}

void TestSmtpSender::anUntrustedCertificateIsRefused()
{
    SmtpSettings s = settings();
    s.caFile.clear(); // the system's authorities never signed the lab's
    const auto sent =
        SmtpSender::send(wire(QStringLiteral("s")), QStringLiteral("monitor@clamav.example"),
                         QStringLiteral("a@example.de"), s, LabSmtp::password());
    QVERIFY(!sent);
    QVERIFY2(sent.error().contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
             qPrintable(sent.error()));
}

void TestSmtpSender::plainTextIsRefusedWhereTlsIsRequired()
{
    SmtpSettings s = settings();
    s.security = SmtpSettings::Security::None;
    const int before = int(m_smtp->mails().size());
    const auto sent =
        SmtpSender::send(wire(QStringLiteral("s")), QStringLiteral("monitor@clamav.example"),
                         QStringLiteral("a@example.de"), s, LabSmtp::password());
    QVERIFY(!sent);
    QVERIFY2(sent.error().contains(QStringLiteral("530")), qPrintable(sent.error()));
    QCOMPARE(int(m_smtp->mails().size()), before);
}

void TestSmtpSender::aDeadServerFailsWithinTheTimeout()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    SmtpSettings s = settings();
    s.port = port;
    s.timeoutSeconds = 3;
    QElapsedTimer timer;
    timer.start();
    const auto sent =
        SmtpSender::send(wire(QStringLiteral("s")), QStringLiteral("monitor@clamav.example"),
                         QStringLiteral("a@example.de"), s, LabSmtp::password());
    QVERIFY(!sent);
    QVERIFY2(sent.error().startsWith(QStringLiteral("cannot hand the mail to a@example.de to")),
             qPrintable(sent.error()));
    QVERIFY(timer.elapsed() < 10000);
}

QTEST_GUILESS_MAIN(TestSmtpSender)
#include "tst_smtpsender.moc"
