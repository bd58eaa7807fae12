#pragma once

#include "facts/DiskFacts.h"
#include "facts/FirewallVerdict.h"
#include "facts/LockState.h"
#include "facts/SetupAudit.h"
#include "inventory/SyncRunStore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

struct ProbeOutput;
struct MirrorRecord;

// Settings the judgement of facts depends on.
struct FactSettings
{
    QStringList pushMasters = FirewallVerdict::defaultPushMasterAddresses();
    qint64 freeSpaceFloorBytes = 1LL * 1000 * 1000 * 1000;
};

// Everything one refresh learnt of a mirror.
struct MirrorFacts
{
    QString mirror;
    qint64 mirrorId = 0;
    QDateTime probedAt;
    bool probed = false; // false: error says why
    QString error;
    QString systemHostname;
    LockState lock;
    DiskFacts disk;
    SetupAudit audit;
    FirewallVerdict firewall;
    QList<SyncRun> newRuns;      // finished runs this probe saw first
    bool syncLogLive = false;    // ~/rsync.log exists: a run is being written
    QDateTime timestampModified; // DocumentRoot/timestamp, as the mirror's disk has it

    // How old the timestamp file was when probed; none when not seen.
    std::optional<double> timestampAgeHours() const;

    // The store's and --json's form; fromJson reads back what toJson wrote
    // (a stored run's log excepted), and a missing field as not known.
    QJsonObject toJson() const;
    static MirrorFacts fromJson(const QJsonObject& json);
};

namespace MirrorFactsReader {

// localTestServed: what the last HTTP check saw of local_test under
// db.test.clamav.net, when there was one.
MirrorFacts read(const MirrorRecord& mirror, const ProbeOutput& probe, const QDateTime& now,
                 const FactSettings& settings, std::optional<bool> localTestServed = std::nullopt);

} // namespace MirrorFactsReader
