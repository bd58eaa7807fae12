#include "app/ApplicationInfo.h"

#include "BuildInfo.h"

#include <QCoreApplication>

#include <libssh/libssh.h>

namespace ApplicationInfo {

QString version()
{
    return QStringLiteral(MC_VERSION);
}

QString organizationName()
{
    return QStringLiteral("mirror-console");
}

QString applicationDisplayName()
{
    return QCoreApplication::translate("ApplicationInfo", "Mirror Console");
}

QList<Library> libraries()
{
    // libssh's own string goes on with its crypto backend: "0.10.6/openssl/zlib".
    const QString ssh = QString::fromLatin1(ssh_version(0));
    return {{QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("libssh"), ssh.section(u'/', 0, 0)},
            {QStringLiteral("QtKeychain"), QStringLiteral(MC_QTKEYCHAIN_VERSION)}};
}

void applyTo(QCoreApplication& app, const QString& executableName)
{
    app.setApplicationName(executableName);
    app.setOrganizationName(organizationName());
    app.setApplicationVersion(version());
}

} // namespace ApplicationInfo
