#pragma once

#include <QString>

class QCoreApplication;

// Identity shared by every executable: what `--version` prints and where
// QStandardPaths puts the console's data.
namespace ApplicationInfo {

QString version();
QString organizationName();
QString applicationDisplayName();

// Sets the name, organisation and version on the running application so
// QSettings and QStandardPaths agree across the GUI and mirrorctl.
void applyTo(QCoreApplication& app, const QString& executableName);

} // namespace ApplicationInfo
