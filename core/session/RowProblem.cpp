#include "session/RowProblem.h"

#include <algorithm>

namespace RowProblem {

QList<Kind> kinds()
{
    return {Kind::Unreachable,  Kind::StaleLock,       Kind::FailedSync,
            Kind::AuditFailure, Kind::FirewallProblem, Kind::PartialSync};
}

QList<Kind> of(const FleetRow& row)
{
    QList<Kind> found;
    if (row.facts && !row.facts->probed)
        found << Kind::Unreachable;
    if (row.probed()) {
        if (row.facts->lock.kind == LockState::Kind::Stale)
            found << Kind::StaleLock;
        if (row.facts->audit.failed() > 0)
            found << Kind::AuditFailure;
        const auto& checks = row.facts->firewall.checks;
        if (std::any_of(checks.cbegin(), checks.cend(),
                        [](const FirewallCheck& c) { return c.bad(); }))
            found << Kind::FirewallProblem;
    }
    if (row.lastRun && row.lastRun->outcome == SyncRunLog::Outcome::Failed)
        found << Kind::FailedSync;
    if (row.lastRun && row.lastRun->outcome == SyncRunLog::Outcome::Partial)
        found << Kind::PartialSync;
    std::sort(found.begin(), found.end());
    return found;
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

} // namespace RowProblem
