#include "menus/ConsoleIcons.h"

#include "menus/PaletteIconEngine.h"

namespace ConsoleIcons {

QIcon icon(const QString& themeName)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    // Drawn in the palette's text colour, so that it reads on a dark theme too.
    return QIcon(new PaletteIconEngine(QStringLiteral(":/icons/actions/%1.svg").arg(themeName)));
}

} // namespace ConsoleIcons
