#pragma once

#include <QString>

// What a mirror's names and contacts must look like, wherever they are typed,
// imported or sent.
namespace Addresses {

bool isHostName(const QString& name);
bool isEmailAddress(const QString& address);
// A literal IPv4 (four dotted numbers) or IPv6 address.
bool isIpAddress(const QString& address);
// The one text of a literal address that a DNS record holds (IPv6 in lower
// case, zeros compressed); empty for anything else, an IPv4-mapped IPv6
// address (an A record's) or one with a scope included.
QString canonicalIpAddress(const QString& address);

} // namespace Addresses
