#include "session/StoredFacts.h"

#include "dns/DnsRecordStore.h"
#include "inventory/MirrorInventory.h"
#include "inventory/ProbeHistory.h"
#include "logs/LogLineKind.h"
#include "notify/Outbox.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace {

// The runs as one log, each under a separator that starts with the time it
// ended, so a log browser can jump to a time, and names the run ("run 3 of
// 12, failed, code 5: its log follows").
QByteArray joined(const QList<SyncRun>& runs)
{
    QByteArray whole;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const SyncRun& run = runs.at(i);
        const QString outcome = run.exitCode > 0
                                    ? QCoreApplication::translate("StoredFacts", "%1, code %2")
                                          .arg(SyncRun::outcomeName(run.outcome))
                                          .arg(run.exitCode)
                                    : SyncRun::outcomeName(run.outcome);
        whole += LogLineKinds::separator(
                     run.finishedAt,
                     QCoreApplication::translate("StoredFacts", "run %1 of %2, %3: its log follows")
                         .arg(i + 1)
                         .arg(runs.size())
                         .arg(outcome)) +
                 '\n' + run.log;
        if (!whole.endsWith('\n'))
            whole += '\n';
    }
    return whole;
}

FleetRow rowOf(InventoryDatabase& db, const MirrorRecord& mirror, const QDateTime& now)
{
    const ProbeHistory history(db);
    FleetRow row;
    row.mirror = mirror;
    if (const auto checked = history.latest(mirror.id, QStringLiteral("freshness"))) {
        row.freshness = FreshnessResult::fromJson(checked->payload);
        row.freshness->mirrorId = mirror.id;
    }
    if (const auto probe = history.latest(mirror.id, QStringLiteral("probe"));
        probe && probe->at >= now.addDays(-StoredFacts::kFactsShownForDays)) {
        row.facts = MirrorFacts::fromJson(probe->payload);
        row.facts->mirrorId = mirror.id;
    }
    row.maintenance = MaintenanceWindows(db).covering(mirror.id, now);
    row.inDns = DnsRecordStore(db).isIn(mirror.id);
    const QList<SyncRun> last = SyncRunStore(db).runs(mirror.id, 1);
    if (!last.isEmpty())
        row.lastRun = last.first();
    const QDate today = now.toUTC().date();
    const QList<HistoryEntry> samples =
        history.entries(mirror.id, QStringLiteral("traffic"), today.startOfDay(Qt::UTC));
    row.sentToday = samples.isEmpty() ? -1 : TrafficReader::sentOn(samples, today);
    return row;
}

MirrorMetrics metricsOf(InventoryDatabase& db, const FleetRow& row, const QDateTime& now,
                        const QList<AlertState>& raised)
{
    MirrorMetrics m;
    m.mirror = row.mirror.name;
    m.country = row.mirror.country;
    m.enabled = row.mirror.enabled;
    m.verdict = row.verdict();
    if (row.freshness) {
        const HttpCheck& check = row.freshness->check;
        m.reachable = check.reachable;
        if (const auto age = check.timestampAgeHours())
            m.timestampAgeSeconds = *age * 3600;
        m.dailyLag = row.freshness->verdict.dailyLag;
        if (check.latencyMs >= 0)
            m.checkSeconds = double(check.latencyMs) / 1000;
    }
    for (const SyncRun& run : SyncRunStore(db).runs(row.mirror.id, 50)) {
        if (run.outcome == SyncRunLog::Outcome::Success) {
            m.lastSuccessfulSync = run.finishedAt;
            break;
        }
    }
    if (row.probed()) {
        m.lock = LockState::kindName(row.facts->lock.kind);
        if (row.facts->disk.documentRoot)
            m.freeBytes = row.facts->disk.documentRoot->available * 1024;
    }
    const QDate today = now.toUTC().date();
    const QDateTime monthStart(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC);
    m.monthSentBytes =
        TrafficReader::monthToDate(
            ProbeHistory(db).entries(row.mirror.id, QStringLiteral("traffic"), monthStart), now,
            row.mirror.country)
            .bytes;
    m.inMaintenance = row.maintenance.has_value();
    m.inDns = row.inDns;
    for (const AlertState& state : raised)
        m.alerts << AlertRules::name(state.rule);
    return m;
}

} // namespace

StoredFacts::StoredFacts(const QString& path, QObject* parent)
    : QObject(parent), m_store(path, this)
{}

void StoredFacts::fleet(QObject* context, Reply<QList<FleetRow>> done)
{
    m_store.run<QList<FleetRow>>(
        context,
        [](InventoryDatabase& db) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QList<FleetRow> rows;
            for (const MirrorRecord& mirror : MirrorInventory(db).all())
                rows.append(rowOf(db, mirror, now));
            return rows;
        },
        std::move(done));
}

void StoredFacts::row(const MirrorRecord& mirror, QObject* context, Reply<FleetRow> done)
{
    m_store.run<FleetRow>(
        context,
        [mirror](InventoryDatabase& db) {
            return rowOf(db, mirror, QDateTime::currentDateTimeUtc());
        },
        std::move(done));
}

void StoredFacts::freshnessChecks(qint64 mirrorId, const QDateTime& since, QObject* context,
                                  Reply<QList<FreshnessResult>> done)
{
    m_store.run<QList<FreshnessResult>>(
        context,
        [mirrorId, since](InventoryDatabase& db) {
            QList<FreshnessResult> checks;
            for (const HistoryEntry& entry :
                 ProbeHistory(db).entries(mirrorId, QStringLiteral("freshness"), since)) {
                FreshnessResult result = FreshnessResult::fromJson(entry.payload);
                result.mirrorId = mirrorId;
                if (!result.check.checkedAt.isValid())
                    result.check.checkedAt = entry.at;
                checks.append(result);
            }
            return checks;
        },
        std::move(done));
}

void StoredFacts::traffic(const MirrorRecord& mirror, const QDateTime& now, QObject* context,
                          Reply<TrafficSummary> done)
{
    m_store.run<TrafficSummary>(
        context,
        [id = mirror.id, country = mirror.country, now](InventoryDatabase& db) {
            // A month and a day: the month so far and the two days of hours.
            return TrafficReader::summary(
                ProbeHistory(db).entries(id, QStringLiteral("traffic"), now.addDays(-31)), now,
                country);
        },
        std::move(done));
}

void StoredFacts::diskTrend(qint64 mirrorId, const QDateTime& since, QObject* context,
                            Reply<QList<DiskTrendPoint>> done)
{
    m_store.run<QList<DiskTrendPoint>>(
        context,
        [mirrorId, since](InventoryDatabase& db) {
            QList<DiskTrendPoint> points;
            for (const HistoryEntry& entry :
                 ProbeHistory(db).entries(mirrorId, QStringLiteral("disk"), since))
                points.append(DiskTrendPoint::fromJson(entry.payload, entry.at));
            return points;
        },
        std::move(done));
}

void StoredFacts::syncRuns(qint64 mirrorId, QObject* context, Reply<QList<SyncRun>> done)
{
    m_store.run<QList<SyncRun>>(
        context, [mirrorId](InventoryDatabase& db) { return SyncRunStore(db).runs(mirrorId); },
        std::move(done));
}

void StoredFacts::syncRun(qint64 mirrorId, const QDateTime& finishedAt, QObject* context,
                          Reply<std::optional<SyncRun>> done)
{
    m_store.run<std::optional<SyncRun>>(
        context,
        [mirrorId, finishedAt](InventoryDatabase& db) {
            return SyncRunStore(db).run(mirrorId, finishedAt);
        },
        std::move(done));
}

void StoredFacts::wholeLog(qint64 mirrorId, QObject* context, Reply<QByteArray> done)
{
    m_store.run<QByteArray>(
        context,
        [mirrorId](InventoryDatabase& db) { return joined(SyncRunStore(db).everyRun(mirrorId)); },
        std::move(done));
}

void StoredFacts::auditEntries(QObject* context, Reply<QList<AuditEntry>> done)
{
    m_store.run<QList<AuditEntry>>(
        context, [](InventoryDatabase& db) { return AuditTrail(db).entries(); }, std::move(done));
}

void StoredFacts::alertEvents(QObject* context, Reply<QList<AlertEvent>> done)
{
    m_store.run<QList<AlertEvent>>(
        context, [](InventoryDatabase& db) { return AlertBook(db).events(); }, std::move(done));
}

void StoredFacts::metrics(QObject* context, Reply<Metrics> done)
{
    m_store.run<Metrics>(
        context,
        [](InventoryDatabase& db) {
            Metrics metrics;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const auto raised = AlertBook(db).active();
            for (const MirrorRecord& mirror : MirrorInventory(db).all())
                metrics.mirrors << metricsOf(db, rowOf(db, mirror, now), now,
                                             raised.value(mirror.id));
            const Outbox outbox(db);
            metrics.mailsWaiting = outbox.inState(MailMessage::State::Held).size() +
                                   outbox.inState(MailMessage::State::Pending).size();
            return metrics;
        },
        std::move(done));
}

void StoredFacts::mailsWaiting(QObject* context, Reply<QList<MailMessage>> done)
{
    m_store.run<QList<MailMessage>>(
        context,
        [](InventoryDatabase& db) {
            const Outbox outbox(db);
            return outbox.inState(MailMessage::State::Held) +
                   outbox.inState(MailMessage::State::Pending);
        },
        std::move(done));
}

void StoredFacts::exportFleet(FleetExport::Format format, const FleetExport::ZoneOptions& zone,
                              const QString& path, QObject* context, Reply<QString> done)
{
    struct Written
    {
        bool ran = false; // false: the store could not be opened
        QString failure;
    };
    m_store.run<Written>(
        context,
        [format, zone, path](InventoryDatabase& db) {
            const QByteArray text = FleetExport::document(db, format, zone, kFactsShownForDays,
                                                          QDateTime::currentDateTimeUtc());
            QSaveFile file(path);
            if (file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.commit())
                return Written{true, {}};
            return Written{true, QCoreApplication::translate("StoredFacts", "cannot write %1: %2")
                                     .arg(path, file.errorString())};
        },
        [done = std::move(done)](const Written& written) {
            done(written.ran ? written.failure : StoreThread::unavailable());
        });
}
