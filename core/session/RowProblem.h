#pragma once

#include "session/FleetRow.h"

#include <QList>
#include <QString>

#include <optional>

// What is wrong with a mirror's row besides its verdict, worst first: the
// problems the fleet's summary counts and filters by, and the one its
// Problem column names.
namespace RowProblem {

enum class Kind
{
    Unreachable,     // the last refresh could not probe it
    StaleLock,       // a lock older than clam-clientsync's two hours
    FailedSync,      // the last run failed
    AuditFailure,    // fails an item of the How-to's setup
    FirewallProblem, // a rule the How-to needs is missing or blocks
    PartialSync      // the last run left files behind
};

QList<Kind> kinds(); // worst first
bool has(const FleetRow& row, Kind kind);
QList<Kind> of(const FleetRow& row); // worst first
std::optional<Kind> worst(const FleetRow& row);
// Stable words for a filter or a script: "stale-lock", "failed-sync"...
QString key(Kind kind);
std::optional<Kind> fromKey(const QString& key);

} // namespace RowProblem
