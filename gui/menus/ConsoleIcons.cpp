#include "menus/ConsoleIcons.h"

namespace ConsoleIcons {

QIcon icon(const QString& themeName)
{
    return QIcon::fromTheme(themeName,
                            QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(themeName)));
}

} // namespace ConsoleIcons
