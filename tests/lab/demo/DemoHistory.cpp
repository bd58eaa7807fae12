#include "DemoHistory.h"

#include "facts/DiskFacts.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/ProbeHistory.h"
#include "inventory/SyncRunStore.h"
#include "monitor/FreshnessSweep.h"

#include <QRandomGenerator>
#include <QSqlDatabase>

#include <optional>

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kUpload = 3 * kHour; // the team uploads `timestamp` every three hours

std::optional<FreshnessResult> latestCheck(ProbeHistory& history, qint64 mirrorId)
{
    const auto entry = history.latest(mirrorId, QStringLiteral("freshness"));
    if (!entry)
        return std::nullopt;
    FreshnessResult result = FreshnessResult::fromJson(entry->payload);
    result.mirrorId = mirrorId;
    result.check.checkedAt = entry->at;
    return result;
}

// How long before its last check a mirror has been as it is now.
qint64 badFor(const FreshnessResult& now)
{
    if (now.verdict.kind == FreshnessVerdict::Kind::Fresh)
        return 0;
    if (const auto age = now.check.timestampAgeHours(); age && *age > 24)
        return qint64((*age - 24) * kHour);
    return now.verdict.kind == FreshnessVerdict::Kind::Unreachable ? 6 * kHour : 12 * kHour;
}

// A check like healthy at another hour: the timestamp of that hour's last
// upload, the daily of that hour.
FreshnessResult freshAt(FreshnessResult healthy, const QString& mirror, const QDateTime& at,
                        int versionsBehind)
{
    healthy.check.mirror = mirror;
    healthy.check.checkedAt = at;
    const qint64 secs = at.toSecsSinceEpoch();
    healthy.check.timestamp = QDateTime::fromSecsSinceEpoch(secs - secs % kUpload, Qt::UTC);
    if (healthy.check.cvdVersions.contains(QStringLiteral("daily")))
        healthy.check.cvdVersions[QStringLiteral("daily")] -= versionsBehind;
    healthy.check.syncInProgress = false;
    return healthy;
}

FreshnessResult silentAt(FreshnessResult result, const QDateTime& at)
{
    result.check.checkedAt = at;
    result.check.reachable = false;
    result.check.error = QStringLiteral("connection timed out");
    result.check.timestamp.reset();
    result.check.cvdVersions.clear();
    result.check.vhosts.clear();
    result.check.latencyMs = -1;
    result.verdict = {FreshnessVerdict::Kind::Unreachable, 0,
                      QStringLiteral("no answer: connection timed out")};
    return result;
}

std::optional<SyncRun> latestRun(SyncRunStore& runs, qint64 mirrorId)
{
    const QList<SyncRun> listed = runs.runs(mirrorId, 1);
    return listed.isEmpty() ? std::nullopt : runs.run(mirrorId, listed.first().finishedAt);
}

} // namespace

DemoHistory::Written DemoHistory::backfill(InventoryDatabase& database,
                                           const QList<MirrorRecord>& mirrors, int days,
                                           const QDateTime& now)
{
    ProbeHistory history(database);
    Written written;
    // What a healthy check looked like in this lab, for mirrors that are not now.
    std::optional<FreshnessResult> healthy;
    for (const MirrorRecord& mirror : mirrors) {
        if (const auto check = latestCheck(history, mirror.id);
            check && check->verdict.kind == FreshnessVerdict::Kind::Fresh) {
            healthy = check;
            break;
        }
    }
    SyncRunStore runs(database);
    std::optional<SyncRun> goodRun;
    for (const MirrorRecord& mirror : mirrors) {
        if (const auto run = latestRun(runs, mirror.id);
            run && run->outcome == SyncRunLog::Outcome::Success) {
            goodRun = run;
            break;
        }
    }
    QSqlDatabase sql = database.database();
    sql.transaction();
    const QDateTime from = now.addDays(-days);
    for (const MirrorRecord& mirror : mirrors) {
        // Made once: a second run (the demo started again) adds nothing.
        if (history.entries(mirror.id, QStringLiteral("freshness"), from).size() > 48)
            continue;
        QRandomGenerator random(quint32(mirror.id * 7919));
        if (const auto last = latestCheck(history, mirror.id); last && healthy) {
            const QDateTime lastAt = last->check.checkedAt;
            const qint64 bad = badFor(*last);
            for (QDateTime at = lastAt.addSecs(-kHour); at > from; at = at.addSecs(-kHour)) {
                const qint64 before = at.secsTo(lastAt);
                FreshnessResult result;
                if (before <= bad) {
                    result = *last;
                    result.check.checkedAt = at;
                    if (result.check.timestamp)
                        result.check.timestamp = result.check.timestamp->addSecs(-before);
                } else if (random.bounded(150) == 0) {
                    result = silentAt(*healthy, at);
                } else {
                    result = freshAt(*healthy, mirror.name, at, int(before / (6 * kHour)));
                }
                result.mirrorId = mirror.id;
                if (history.record({mirror.id, QStringLiteral("freshness"), at, result.toJson()}))
                    ++written.checks;
            }
        }
        if (const auto last = latestRun(runs, mirror.id); last && goodRun) {
            const bool failing = last->outcome != SyncRunLog::Outcome::Success;
            for (QDateTime at = last->finishedAt.addSecs(-kUpload); at > from;
                 at = at.addSecs(-kUpload)) {
                const bool same = !failing || at.secsTo(last->finishedAt) <= 12 * kHour;
                const SyncRun run = SyncRun::from(mirror.id, at, same ? last->log : goodRun->log);
                if (const auto added = runs.add(run); added && *added)
                    ++written.syncRuns;
            }
        }
        if (const auto disk = history.latest(mirror.id, QStringLiteral("disk"))) {
            const DiskTrendPoint last = DiskTrendPoint::fromJson(disk->payload, disk->at);
            // About 6 GB more in use at the end than at the start (logs,
            // other users), a little up and down from reading to reading.
            const double perSecond = 6e9 / 1024 / (double(days) * 24 * kHour);
            for (QDateTime at = disk->at.addSecs(-kUpload); at > from; at = at.addSecs(-kUpload)) {
                DiskTrendPoint point = last;
                const qint64 less =
                    qint64(perSecond * double(at.secsTo(disk->at))) + random.bounded(300'000);
                const auto shift = [less](std::optional<qint64>& used,
                                          std::optional<qint64>& available) {
                    if (used && available && *used > less) {
                        *used -= less;
                        *available += less;
                    }
                };
                shift(point.documentRootUsed, point.documentRootAvailable);
                shift(point.homeUsed, point.homeAvailable);
                if (history.record({mirror.id, QStringLiteral("disk"), at, point.toJson()}))
                    ++written.diskPoints;
            }
        }
    }
    sql.commit();
    return written;
}
