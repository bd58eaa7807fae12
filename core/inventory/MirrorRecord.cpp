#include "inventory/MirrorRecord.h"

QString accessModeName(AccessMode mode)
{
    return mode == AccessMode::TriggerOnly ? QStringLiteral("trigger-only")
                                           : QStringLiteral("shell");
}

bool accessModeFromName(const QString& name, AccessMode* mode)
{
    if (name == QLatin1String("shell"))
        *mode = AccessMode::Shell;
    else if (name == QLatin1String("trigger-only"))
        *mode = AccessMode::TriggerOnly;
    else
        return false;
    return true;
}
