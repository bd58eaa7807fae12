#pragma once

#include "notify/MailMessage.h"
#include "util/Result.h"

#include <QByteArray>

// A mail as it goes over SMTP (RFC 5322 with MIME): CRLF lines, a subject
// in RFC 2047 words when it is not ASCII, the body in base64 then, and no
// header a value can break out of.
namespace MailWireFormat {

// An address fit for an envelope and a header: local@domain, printable
// ASCII, no space, angle bracket, comma or line break.
bool isAddress(const QString& address);

// Refused when from or the recipient is not an address.
Result<QByteArray> render(const MailMessage& mail, const QString& from, const QDateTime& date);

} // namespace MailWireFormat
