#include "notify/SmtpSender.h"

#include "notify/MailWireFormat.h"

#include <QCoreApplication>

#include <cstring>
#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SmtpSender", text);
}

struct Upload
{
    const QByteArray* data;
    qsizetype offset = 0;
};

size_t readPayload(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const size_t left = size_t(upload->data->size() - upload->offset);
    const size_t n = std::min(left, size * count);
    std::memcpy(buffer, upload->data->constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

} // namespace

QString SmtpSettings::securityName(Security security)
{
    switch (security) {
    case Security::StartTls:
        break;
    case Security::Tls:
        return QStringLiteral("tls");
    case Security::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("starttls");
}

std::optional<SmtpSettings::Security> SmtpSettings::securityFromName(const QString& name)
{
    for (Security s : {Security::StartTls, Security::Tls, Security::None})
        if (securityName(s) == name)
            return s;
    return std::nullopt;
}

namespace SmtpSender {

Result<Done> send(const QByteArray& wire, const QString& from, const QString& recipient,
                  const SmtpSettings& settings, const QString& password)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    const std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(),
                                                                   &curl_easy_cleanup);
    if (!curl)
        return fail(tr("cannot start libcurl"));
    const QString server = QStringLiteral("%1:%2").arg(settings.host).arg(settings.port);
    const QByteArray url =
        QStringLiteral("%1://%2/%3")
            .arg(settings.security == SmtpSettings::Security::Tls ? QStringLiteral("smtps")
                                                                  : QStringLiteral("smtp"),
                 server, settings.heloName)
            .toUtf8();
    const QByteArray mailFrom = '<' + from.toUtf8() + '>';
    const QByteArray rcpt = '<' + recipient.toUtf8() + '>';
    const std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(
        curl_slist_append(nullptr, rcpt.constData()), &curl_slist_free_all);
    const QByteArray user = settings.username.toUtf8();
    const QByteArray secret = password.toUtf8();
    const QByteArray ca = settings.caFile.toUtf8();
    Upload upload{&wire};
    char error[CURL_ERROR_SIZE] = {};
    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, &readPayload);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(wire.size()));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(settings.timeoutSeconds) * 1000);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(settings.timeoutSeconds) * 1000);
    if (settings.security == SmtpSettings::Security::StartTls)
        curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!ca.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, secret.constData());
    }
    const CURLcode code = curl_easy_perform(c);
    if (code == CURLE_OK)
        return Done{};
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    const QString why = QString::fromUtf8(error[0] ? error : curl_easy_strerror(code));
    return fail(
        status > 0
            ? tr("%1 refused the mail to %2 (%3): %4").arg(server, recipient).arg(status).arg(why)
            : tr("cannot hand the mail to %1 to %2: %3").arg(recipient, server, why));
}

Result<Done> deliver(const MailMessage& mail, const QString& from, const SmtpSettings& settings,
                     const QString& password)
{
    const auto wire = MailWireFormat::render(mail, from, QDateTime::currentDateTimeUtc());
    if (!wire)
        return fail(wire.error());
    return send(*wire, from, mail.recipient, settings, password);
}

} // namespace SmtpSender
