#pragma once

#include "facts/DiskFacts.h"
#include "facts/TrafficFacts.h"
#include "inventory/AuditTrail.h"
#include "inventory/StoreThread.h"
#include "monitor/FleetExport.h"
#include "notify/AlertBook.h"
#include "notify/MetricsExposition.h"
#include "session/FleetRow.h"

// What the faces show from the store, read on a store thread of their own and
// handed back as types: the fleet's rows, a mirror's checks, traffic, disk
// trend and sync runs. Each answer comes to done on the asker's thread,
// unless context is gone by then.
class StoredFacts : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Reply = std::function<void(const T&)>;

    // A refresh older than this is not shown as the mirror's state.
    static constexpr int kFactsShownForDays = 30;

    explicit StoredFacts(const QString& path, QObject* parent = nullptr);

    // Every mirror of the inventory, by name.
    void fleet(QObject* context, Reply<QList<FleetRow>> done);
    // One mirror's row as the store has it now.
    void row(const MirrorRecord& mirror, QObject* context, Reply<FleetRow> done);
    // Oldest first.
    void freshnessChecks(qint64 mirrorId, const QDateTime& since, QObject* context,
                         Reply<QList<FreshnessResult>> done);
    void traffic(const MirrorRecord& mirror, const QDateTime& now, QObject* context,
                 Reply<TrafficSummary> done);
    // Oldest first.
    void diskTrend(qint64 mirrorId, const QDateTime& since, QObject* context,
                   Reply<QList<DiskTrendPoint>> done);
    // Newest first, without their logs.
    void syncRuns(qint64 mirrorId, QObject* context, Reply<QList<SyncRun>> done);
    void syncRun(qint64 mirrorId, const QDateTime& finishedAt, QObject* context,
                 Reply<std::optional<SyncRun>> done);
    // Every run's log the store kept, oldest first.
    void wholeLog(qint64 mirrorId, QObject* context, Reply<QByteArray> done);
    // The audit trail, newest first.
    void auditEntries(QObject* context, Reply<QList<AuditEntry>> done);
    // The alert transitions the monitoring service (or any session keeping
    // alerts) recorded, newest first.
    void alertEvents(QObject* context, Reply<QList<AlertEvent>> done);
    // Every mirror as the dashboards see it, and how many mails are owed.
    struct Metrics
    {
        QList<MirrorMetrics> mirrors;
        qint64 mailsWaiting = 0;
    };
    void metrics(QObject* context, Reply<Metrics> done);
    // The mails owed: held for an operator, then pending, newest first.
    void mailsWaiting(QObject* context, Reply<QList<MailMessage>> done);
    // The fleet as mirrorctl writes it (FleetExport::document), into path
    // whole or not at all; done hears why not, or nothing when it is written.
    void exportFleet(FleetExport::Format format, const FleetExport::ZoneOptions& zone,
                     const QString& path, QObject* context, Reply<QString> done);

private:
    StoreThread m_store;
};
