#include "fleet/FleetAlerts.h"

#include <QCoreApplication>

std::optional<QString> FleetAlerts::verdict(const QString& mirror, const QString& verdict)
{
    const QString before = std::exchange(m_verdicts[mirror], verdict);
    if (verdict == before)
        return std::nullopt;
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("FleetAlerts", text);
    };
    if (verdict == QLatin1String("old"))
        return tr("%1 turned old: its timestamp is a day old or unavailable").arg(mirror);
    if (verdict == QLatin1String("removed"))
        return tr("%1 has been old for two days: it leaves DNS").arg(mirror);
    if (verdict == QLatin1String("unreachable"))
        return tr("%1 does not answer over HTTP").arg(mirror);
    return std::nullopt;
}

std::optional<QString> FleetAlerts::lock(const QString& mirror, const QString& lockState)
{
    const QString before = std::exchange(m_locks[mirror], lockState);
    if (lockState != QLatin1String("stale") || before == lockState)
        return std::nullopt;
    return QCoreApplication::translate("FleetAlerts",
                                       "%1 has a stale lock: no sync runs, yet the lock stays")
        .arg(mirror);
}
