#include "app/ApplicationInfo.h"

#include "BuildInfo.h"

#include <QCoreApplication>

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

void applyTo(QCoreApplication& app, const QString& executableName)
{
    app.setApplicationName(executableName);
    app.setOrganizationName(organizationName());
    app.setApplicationVersion(version());
}

} // namespace ApplicationInfo
