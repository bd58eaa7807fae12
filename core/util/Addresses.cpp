#include "util/Addresses.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace Addresses {

bool isHostName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    return pattern.match(name).hasMatch();
}

bool isIpAddress(const QString& address)
{
    const QHostAddress parsed(address);
    if (parsed.isNull())
        return false;
    // QHostAddress takes inet_aton's shorthands such as "1.2.3"; nobody means those.
    return parsed.protocol() != QAbstractSocket::IPv4Protocol ||
           address.count(QLatin1Char('.')) == 3;
}

QString canonicalIpAddress(const QString& address)
{
    if (!isIpAddress(address))
        return {};
    const QHostAddress parsed(address);
    if (!parsed.scopeId().isEmpty())
        return {};
    if (parsed.protocol() == QAbstractSocket::IPv4Protocol)
        return parsed.toString();
    bool mapped = false;
    parsed.toIPv4Address(&mapped);
    return mapped ? QString() : parsed.toString().toLower();
}

bool isEmailAddress(const QString& address)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$)"));
    return pattern.match(address).hasMatch();
}

} // namespace Addresses
