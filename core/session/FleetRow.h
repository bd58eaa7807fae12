#pragma once

#include "fleet/MirrorFacts.h"
#include "inventory/MaintenanceWindows.h"
#include "inventory/MirrorRecord.h"
#include "inventory/SyncRunStore.h"
#include "monitor/FreshnessSweep.h"

#include <optional>

// One mirror's line in the fleet, as the session hands it to a face: the
// record, what the last refresh and the last check found, the last run.
struct FleetRow
{
    MirrorRecord mirror;
    std::optional<MirrorFacts> facts;         // the last refresh; none: never refreshed
    std::optional<FreshnessResult> freshness; // the last check; none: never checked
    std::optional<SyncRun> lastRun;
    qint64 sentToday = -1; // bytes in the access log today (UTC); -1: not read
    QString note;          // why it was not refreshed (trigger-only, disabled)
    std::optional<MaintenanceWindow> maintenance; // under way now
    std::optional<bool> inDns; // in its db.XY; none: the monitor publishes no DNS

    bool probed() const { return facts && facts->probed; }
    // The last check's verdict by name, "unchecked" when never checked.
    QString verdict() const
    {
        return freshness ? FreshnessVerdict::name(freshness->verdict.kind)
                         : QStringLiteral("unchecked");
    }
    // Every verdict a row can have, from the best.
    static QStringList verdicts()
    {
        return {QStringLiteral("fresh"),       QStringLiteral("lagging"),
                QStringLiteral("old"),         QStringLiteral("removed"),
                QStringLiteral("unreachable"), QStringLiteral("unchecked")};
    }
};
