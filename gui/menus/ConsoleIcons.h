#pragma once

#include <QIcon>

// The desktop's icon for an act, by its freedesktop name, or the console's
// own drawing of it where the icon theme has none (Windows, macOS, a bare
// window manager).
namespace ConsoleIcons {

QIcon icon(const QString& themeName);

} // namespace ConsoleIcons
