#include "notify/MailWireFormat.h"

#include <QTest>

// A mail on the wire: headers that nothing breaks out of, and text in any
// language arriving whole.
class TestMailWireFormat : public QObject
{
    Q_OBJECT

private slots:
    void asciiMailIsPlain();
    void otherLanguagesAreEncoded();
    void addressesAreChecked();
    void aSubjectCannotAddAHeader();
};

namespace {

const QDateTime kAt(QDate(2026, 11, 20), QTime(8, 5, 9), Qt::UTC);

MailMessage mail(const QString& subject, const QString& body)
{
    MailMessage m;
    m.recipient = QStringLiteral("admin@example.de");
    m.subject = subject;
    m.body = body;
    m.messageId = QStringLiteral("<42@mirror-monitor>");
    return m;
}

} // namespace

void TestMailWireFormat::asciiMailIsPlain()
{
    const auto wire = MailWireFormat::render(
        mail(QStringLiteral("[ClamAV mirrors] m1: old"), QStringLiteral("Hello,\n\n.line\n")),
        QStringLiteral("monitor@clamav.example"), kAt);
    QVERIFY(wire);
    QVERIFY(wire->startsWith("Date: Fri, 20 Nov 2026 08:05:09 +0000\r\n"));
    QVERIFY(wire->contains("\r\nFrom: monitor@clamav.example\r\nTo: admin@example.de\r\n"));
    QVERIFY(wire->contains("\r\nSubject: [ClamAV mirrors] m1: old\r\n"));
    QVERIFY(wire->contains("\r\nMessage-ID: <42@mirror-monitor>\r\n"));
    QVERIFY(wire->contains("Content-Transfer-Encoding: 7bit\r\n\r\nHello,\r\n\r\n.line\r\n"));
    QVERIFY(!wire->contains("\n\n")); // every line ends in CRLF
}

void TestMailWireFormat::otherLanguagesAreEncoded()
{
    const QString subject = QStringLiteral("[ClamAV mirrors] m1: タイムスタンプが一日古い、"
                                           "ミラーを確認してください。ありがとうございます。");
    const QString body = QStringLiteral("こんにちは、\nGrüße\n");
    const auto wire =
        MailWireFormat::render(mail(subject, body), QStringLiteral("monitor@clamav.example"), kAt);
    QVERIFY(wire);
    const QByteArray headers = wire->left(wire->indexOf("\r\n\r\n"));
    QString decoded;
    const qsizetype start = headers.indexOf("Subject: ") + 9;
    const QByteArray field = headers.mid(start, headers.indexOf("\r\nMessage-ID") - start);
    for (QByteArray word : field.split('\n')) {
        word = word.trimmed();
        QVERIFY2(word.startsWith("=?UTF-8?B?") && word.endsWith("?=") && word.size() <= 75,
                 word.constData());
        decoded += QString::fromUtf8(QByteArray::fromBase64(word.mid(10, word.size() - 12)));
    }
    QCOMPARE(decoded, subject);
    QVERIFY(headers.contains("charset=UTF-8"));
    const QByteArray encoded = wire->mid(wire->indexOf("\r\n\r\n") + 4);
    QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(encoded)), body);
}

void TestMailWireFormat::addressesAreChecked()
{
    QVERIFY(MailWireFormat::isAddress(QStringLiteral("alerts+clamav@mirror.example.jp")));
    for (const char* bad :
         {"", "admin", "@example.de", "admin@", "a b@example.de", "a@example.de\r\nBcc: x@y.z",
          "<a@example.de>", "a@example.de, b@x.y", "mü@example.de"})
        QVERIFY2(!MailWireFormat::isAddress(QString::fromUtf8(bad)), bad);
    MailMessage m = mail(QStringLiteral("s"), QStringLiteral("b"));
    m.recipient = QStringLiteral("a@example.de\nBcc: everyone@example.org");
    const auto refused = MailWireFormat::render(m, QStringLiteral("monitor@clamav.example"), kAt);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QStringLiteral("is not an e-mail address")));
    QVERIFY(!MailWireFormat::render(mail(QStringLiteral("s"), QStringLiteral("b")),
                                    QStringLiteral("monitor"), kAt));
}

void TestMailWireFormat::aSubjectCannotAddAHeader()
{
    const auto wire = MailWireFormat::render(
        mail(QStringLiteral("old\r\nBcc: everyone@example.org"), QStringLiteral("b")),
        QStringLiteral("monitor@clamav.example"), kAt);
    QVERIFY(wire);
    QVERIFY(!wire->contains("\r\nBcc:"));
    QVERIFY(wire->contains("Subject: old  Bcc: everyone@example.org\r\n"));
}

QTEST_GUILESS_MAIN(TestMailWireFormat)
#include "tst_mailwireformat.moc"
