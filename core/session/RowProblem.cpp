#include "session/RowProblem.h"

#include <algorithm>

namespace RowProblem {

QList<Kind> kinds()
{
    return {Kind::Unreachable,  Kind::StaleLock,       Kind::FailedSync,
            Kind::AuditFailure, Kind::FirewallProblem, Kind::PartialSync};
}

bool has(const FleetRow& row, Kind kind)
{
    switch (kind) {
    case Kind::Unreachable:
        return row.facts && !row.facts->probed;
    case Kind::StaleLock:
        return row.probed() && row.facts->lock.kind == LockState::Kind::Stale;
    case Kind::FailedSync:
        return row.lastRun && row.lastRun->outcome == SyncRunLog::Outcome::Failed;
    case Kind::AuditFailure:
        return row.probed() && row.facts->audit.failed() > 0;
    case Kind::FirewallProblem: {
        if (!row.probed())
            return false;
        const auto& checks = row.facts->firewall.checks;
        return std::any_of(checks.cbegin(), checks.cend(),
                           [](const FirewallCheck& c) { return c.bad(); });
    }
    case Kind::PartialSync:
        return row.lastRun && row.lastRun->outcome == SyncRunLog::Outcome::Partial;
    }
    return false;
}

QList<Kind> of(const FleetRow& row)
{
    QList<Kind> found = kinds();
    found.removeIf([&](Kind kind) { return !has(row, kind); });
    return found;
}

std::optional<Kind> worst(const FleetRow& row)
{
    for (const Kind kind : kinds())
        if (has(row, kind))
            return kind;
    return std::nullopt;
}

QString key(Kind kind)
{
    switch (kind) {
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::StaleLock:
        return QStringLiteral("stale-lock");
    case Kind::FailedSync:
        return QStringLiteral("failed-sync");
    case Kind::AuditFailure:
        return QStringLiteral("audit-failure");
    case Kind::FirewallProblem:
        return QStringLiteral("firewall-problem");
    case Kind::PartialSync:
        return QStringLiteral("partial-sync");
    }
    return {};
}

std::optional<Kind> fromKey(const QString& key)
{
    for (const Kind kind : kinds())
        if (RowProblem::key(kind) == key)
            return kind;
    return std::nullopt;
}

} // namespace RowProblem
