#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

// Identity shared by every executable: what `--version` prints and where
// QStandardPaths puts the console's data.
namespace ApplicationInfo {

QString version();
QString organizationName();
QString applicationDisplayName();

// The libraries the console runs on, as About names them.
struct Library
{
    QString name;
    QString version; // the one running where it can tell, else the one built with
};
QList<Library> libraries();

// Sets the name, organisation and version on the running application so
// QSettings and QStandardPaths agree across the GUI and mirrorctl.
void applyTo(QCoreApplication& app, const QString& executableName);

} // namespace ApplicationInfo
