#include "notify/AlertRule.h"

#include <iterator>

namespace {

struct Named
{
    AlertRule rule;
    const char* name;
};

constexpr Named kNames[] = {
    {AlertRule::Old, "old"},
    {AlertRule::Removed, "removed"},
    {AlertRule::Unreachable, "unreachable"},
    {AlertRule::Lagging, "lagging"},
    {AlertRule::StaleLock, "stale-lock"},
    {AlertRule::FailedSyncs, "failed-syncs"},
    {AlertRule::LowDisk, "low-disk"},
    {AlertRule::FirewallBad, "firewall"},
    {AlertRule::HostKeyChanged, "host-key"},
    {AlertRule::Checker, "checker"},
};

constexpr const char* kKinds[] = {"raised", "reminder", "cleared"};

} // namespace

namespace AlertRules {

const QList<AlertRule>& all()
{
    static const QList<AlertRule> rules = [] {
        QList<AlertRule> list;
        for (const Named& n : kNames)
            list << n.rule;
        return list;
    }();
    return rules;
}

QString name(AlertRule rule)
{
    for (const Named& n : kNames)
        if (n.rule == rule)
            return QString::fromLatin1(n.name);
    return {};
}

std::optional<AlertRule> fromName(const QString& name)
{
    for (const Named& n : kNames)
        if (name == QLatin1String(n.name))
            return n.rule;
    return std::nullopt;
}

bool tellsAdmin(AlertRule rule)
{
    return rule != AlertRule::HostKeyChanged && rule != AlertRule::Checker;
}

bool fromFreshness(AlertRule rule)
{
    return rule == AlertRule::Old || rule == AlertRule::Removed || rule == AlertRule::Unreachable ||
           rule == AlertRule::Lagging;
}

} // namespace AlertRules

QString AlertTransition::kindName(Kind kind)
{
    return QString::fromLatin1(kKinds[int(kind)]);
}

std::optional<AlertTransition::Kind> AlertTransition::kindFromName(const QString& name)
{
    for (int i = 0; i < int(std::size(kKinds)); ++i)
        if (name == QLatin1String(kKinds[i]))
            return Kind(i);
    return std::nullopt;
}
