#pragma once

#include "fleet/MirrorFacts.h"
#include "remote/ProbeScript.h"

#include <QJsonObject>

class InventoryDatabase;
struct ProbeOutput;

// What a refresh reads from the store before it probes a mirror and writes
// after, on the worker that probes it: the window's thread never waits for
// SQLite while a fleet is refreshed.
namespace ProbeStore {

// The calling thread's own connection to the store at path (SQLite
// connections are per thread), opened on first use; null when it cannot be.
InventoryDatabase* forThisThread(const QString& path);

struct Known
{
    ProbeRequest request;                // the mirror's paths, its logs' cursors, known runs
    std::optional<bool> localTestServed; // from the last HTTP check of the week, if any
};

Known load(InventoryDatabase& db, const MirrorRecord& mirror);

// New runs, the logs' cursors, and the facts, traffic and disk point in the
// history, in one transaction.
void save(InventoryDatabase& db, const MirrorFacts& facts, const QJsonObject& factsJson,
          const ProbeOutput& probe, const QJsonObject& traffic);

} // namespace ProbeStore
