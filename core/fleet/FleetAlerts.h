#pragma once

#include <QHash>
#include <QString>

#include <optional>

// Decides when a mirror deserves the operator's attention: when it turns old,
// removed or unreachable, or its lock turns stale. Once per turn: a mirror
// that stays old is not announced again until it was fine in between.
class FleetAlerts
{
public:
    // The alert's text, or nothing.
    std::optional<QString> verdict(const QString& mirror, const QString& verdict);
    std::optional<QString> lock(const QString& mirror, const QString& lockState);

private:
    QHash<QString, QString> m_verdicts;
    QHash<QString, QString> m_locks;
};
