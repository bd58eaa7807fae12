#include "notify/MailWireFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MailWireFormat", text);
}

bool isAscii(const QString& text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// RFC 2047 words, split between characters: 45 bytes of UTF-8 are 60 in
// base64, 72 with the framing, under the limit of 75.
QByteArray encodedWords(const QString& text)
{
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&out, &chunk] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (char32_t c : text.toUcs4()) {
        const QByteArray bytes = QString::fromUcs4(&c, 1).toUtf8();
        if (chunk.size() + bytes.size() > 45)
            flush();
        chunk += bytes;
    }
    flush();
    return out;
}

} // namespace

namespace MailWireFormat {

bool isAddress(const QString& address)
{
    if (address.size() > 254 || !isAscii(address))
        return false;
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1)
        return false;
    for (QChar c : address)
        if (c == QLatin1Char(' ') || c == QLatin1Char('<') || c == QLatin1Char('>') ||
            c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('"') ||
            c == QLatin1Char('\\') || c == QLatin1Char('(') || c == QLatin1Char(')'))
            return false;
    return true;
}

Result<QByteArray> render(const MailMessage& mail, const QString& from, const QDateTime& date)
{
    if (!isAddress(from))
        return fail(tr("the sender's address \"%1\" is not an e-mail address").arg(from));
    if (!isAddress(mail.recipient))
        return fail(tr("\"%1\" is not an e-mail address").arg(mail.recipient));
    QString subject = mail.subject;
    subject.replace(QLatin1Char('\r'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
    QString messageId = mail.messageId;
    if (!isAscii(messageId) || messageId.contains(QLatin1Char(' ')))
        messageId.clear();

    QByteArray out;
    out += "Date: " +
           QLocale::c()
               .toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000"))
               .toLatin1() +
           "\r\n";
    out += "From: " + from.toLatin1() + "\r\n";
    out += "To: " + mail.recipient.toLatin1() + "\r\n";
    out += "Subject: " + (isAscii(subject) ? subject.toLatin1() : encodedWords(subject)) + "\r\n";
    if (!messageId.isEmpty())
        out += "Message-ID: " + messageId.toLatin1() + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Auto-Submitted: auto-generated\r\n";
    QString body = mail.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    bool asciiBody = true;
    for (QChar c : body)
        if (c.unicode() > 0x7e ||
            (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t')))
            asciiBody = false;
    if (asciiBody) {
        out += "Content-Type: text/plain; charset=US-ASCII\r\n";
        out += "Content-Transfer-Encoding: 7bit\r\n\r\n";
        // libcurl stuffs a leading dot itself.
        for (const QString& line : body.split(QLatin1Char('\n')))
            out += line.toLatin1() + "\r\n";
    } else {
        out += "Content-Type: text/plain; charset=UTF-8\r\n";
        out += "Content-Transfer-Encoding: base64\r\n\r\n";
        const QByteArray encoded = body.toUtf8().toBase64();
        for (qsizetype i = 0; i < encoded.size(); i += 76)
            out += encoded.mid(i, 76) + "\r\n";
    }
    return out;
}

} // namespace MailWireFormat
