#pragma once

#include <QString>

// What a mirror's names and contacts must look like, wherever they are typed,
// imported or sent.
namespace Addresses {

bool isHostName(const QString& name);
bool isEmailAddress(const QString& address);
// A literal IPv4 (four dotted numbers) or IPv6 address.
bool isIpAddress(const QString& address);

} // namespace Addresses
