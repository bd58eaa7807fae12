#pragma once

#include "inventory/MirrorRecord.h"

#include <QDateTime>
#include <QList>

class InventoryDatabase;

// The console's history of a demo lab, made from the lab's own latest runs:
// each mirror's last real freshness check, disk reading and sync run, written
// back hour by hour (checks) and every three hours (disk, syncs, as the team
// uploads and pushes) over the days before,
// so that every chart of the demo has a month to show. A mirror that is not
// fresh now was fresh before it went bad (its timestamp aged past a day, or
// it stopped answering hours ago); the disk filled by some 6 GB; the timestamp
// was uploaded every three hours; one hour in about 150 did not answer; a
// mirror whose last sync failed synced well until half a day before.
// A mirror that has a history already is left as it is.
namespace DemoHistory {

struct Written
{
    int checks = 0;
    int diskPoints = 0;
    int syncRuns = 0;
};

Written backfill(InventoryDatabase& database, const QList<MirrorRecord>& mirrors, int days,
                 const QDateTime& now);

} // namespace DemoHistory
