#include "fleet/ProbeStore.h"

#include "inventory/InventoryDatabase.h"
#include "inventory/ProbeCursorStore.h"
#include "inventory/ProbeHistory.h"
#include "monitor/HttpCheck.h"
#include "remote/ProbeOutput.h"

#include <QSqlDatabase>
#include <QThread>

#include <memory>

namespace ProbeStore {

InventoryDatabase* forThisThread(const QString& path)
{
    thread_local std::unique_ptr<InventoryDatabase> db;
    thread_local bool closesWithThread = false;
    if (db && db->path() == path)
        return db.get();
    // A thread_local's destructor runs after QThread::wait() has returned, so
    // a pool joined at exit would race the process's teardown of Qt SQL's
    // connection registry. The thread's own finished signal comes before.
    if (!closesWithThread) {
        QThread* thread = QThread::currentThread();
        QObject::connect(
            thread, &QThread::finished, thread, [] { db.reset(); }, Qt::DirectConnection);
        closesWithThread = true;
    }
    db = std::make_unique<InventoryDatabase>();
    if (!db->open(path))
        db.reset();
    return db.get();
}

Known load(InventoryDatabase& db, const MirrorRecord& mirror)
{
    Known known;
    ProbeRequest& request = known.request;
    request.home = mirror.homeDir;
    request.confPath = mirror.confPath;
    request.accessLogPath = mirror.accessLogPath;
    request.rsyncHost = mirror.rsyncHost;
    request.logs.knownRunTimes = SyncRunStore(db).knownTimes(mirror.id);
    ProbeCursorStore(db).load(mirror.id, &request);
    const auto check = ProbeHistory(db).latest(mirror.id, QStringLiteral("freshness"));
    if (check && check->at >= QDateTime::currentDateTimeUtc().addDays(-7)) {
        const QMap<QString, bool> vhosts = HttpCheck::fromJson(check->payload).vhosts;
        const auto served = vhosts.constFind(QStringLiteral("db.test.clamav.net"));
        if (served != vhosts.cend())
            known.localTestServed = *served;
    }
    return known;
}

void save(InventoryDatabase& db, const MirrorFacts& facts, const QJsonObject& factsJson,
          const ProbeOutput& probe, const QJsonObject& traffic)
{
    QSqlDatabase sql = db.database();
    const bool together = sql.transaction();
    SyncRunStore runs(db);
    for (const SyncRun& run : facts.newRuns)
        runs.add(run);
    ProbeCursorStore cursors(db);
    if (const ProbeSection* live = probe.section(QStringLiteral("live"))) {
        // "live <inode> <offset> <size> <mtime>": the next probe goes on from here.
        cursors.save(facts.mirrorId, QStringLiteral("live-inode"),
                     live->args.value(0).toLongLong());
        cursors.save(facts.mirrorId, QStringLiteral("live-offset"),
                     live->args.value(1).toLongLong() + live->content.size());
    }
    if (const ProbeSection* access = probe.section(QStringLiteral("access"));
        access && access->exitStatus == 0) {
        cursors.save(facts.mirrorId, QStringLiteral("access-inode"),
                     access->args.value(0).toLongLong());
        // The cursor stops at the last whole line: a line cut at the probe's
        // cap is read whole next time. A line longer than the cap is skipped.
        qsizetype whole = access->content.lastIndexOf('\n') + 1;
        if (whole == 0 && access->content.size() >= ProbeRequest{}.capPerFile)
            whole = access->content.size();
        cursors.save(facts.mirrorId, QStringLiteral("access-offset"),
                     access->args.value(1).toLongLong() + whole);
    }
    ProbeHistory history(db);
    history.record({facts.mirrorId, QStringLiteral("probe"), facts.probedAt, factsJson});
    history.record({facts.mirrorId, QStringLiteral("traffic"), facts.probedAt, traffic});
    history.record({facts.mirrorId, QStringLiteral("disk"), facts.probedAt,
                    facts.disk.trendPoint(facts.probedAt).toJson()});
    // A commit that gave up (the store busy past its timeout) leaves nothing
    // half written, and the thread's connection free for the next mirror.
    if (together && !sql.commit())
        sql.rollback();
}

} // namespace ProbeStore
