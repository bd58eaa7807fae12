#pragma once

#include "notify/MailMessage.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

// Where mails leave: an SMTP server, over STARTTLS (required) or TLS from
// the first byte (smtps://), plain only when chosen.
struct SmtpSettings
{
    enum class Security
    {
        StartTls,
        Tls,
        None
    };

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString username; // empty: no authentication
    QString caFile;   // empty: the system's certificate authorities
    int timeoutSeconds = 30;
    QString heloName = QStringLiteral("mirror-monitor.invalid");

    static QString securityName(Security security); // starttls, tls, none
    static std::optional<Security> securityFromName(const QString& name);
};

// One mail handed to the server through libcurl: blocking, bounded by the
// settings' timeout, so it runs on a worker. The error names the server
// and what it said.
namespace SmtpSender {

Result<Done> send(const QByteArray& wire, const QString& from, const QString& recipient,
                  const SmtpSettings& settings, const QString& password);
// The mail rendered (MailWireFormat) and sent, dated now.
Result<Done> deliver(const MailMessage& mail, const QString& from, const SmtpSettings& settings,
                     const QString& password);

} // namespace SmtpSender
