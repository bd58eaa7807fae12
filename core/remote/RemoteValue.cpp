#include "remote/RemoteValue.h"

#include "util/Addresses.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace RemoteValue {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RemoteValue", text);
}

bool isHost(const QString& host)
{
    return Addresses::isHostName(host) || Addresses::isIpAddress(host);
}

} // namespace

QString pushMasterProblem(const QString& value)
{
    if (value.startsWith(QLatin1String("rsync://"))) {
        const QUrl url(value, QUrl::StrictMode);
        if (url.isValid() && isHost(url.host()) && url.userInfo().isEmpty() && !url.hasQuery() &&
            !url.hasFragment() && (url.path().isEmpty() || url.path() == QLatin1String("/")))
            return {};
        return tr("push master \"%1\" is not an rsync:// URL of a host").arg(value);
    }
    if (isHost(value))
        return {};
    return tr("push master \"%1\" is not a host name, an IP address or an rsync:// URL").arg(value);
}

QString pathProblem(const QString& path, const QString& what)
{
    if (!path.startsWith(QLatin1Char('/')))
        return tr("%1 \"%2\" is not an absolute path").arg(what, path);
    for (const QChar c : path) {
        if (c == QChar(0) || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            return tr("%1 holds a NUL or a line break").arg(what);
    }
    return {};
}

QString userProblem(const QString& user)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,31}$"));
    if (name.match(user).hasMatch())
        return {};
    return tr("user \"%1\" is not a login name").arg(user);
}

QString systemHostnameProblem(const QString& name)
{
    static const QRegularExpression label(QStringLiteral(
        "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}"
        "[A-Za-z0-9])?)*$"));
    if (name.size() <= 253 && label.match(name).hasMatch())
        return {};
    return tr("system host name \"%1\" is not a host name").arg(name);
}

} // namespace RemoteValue
