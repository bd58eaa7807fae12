#pragma once

#include "inventory/MirrorRecord.h"
#include "ssh/SshPool.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <deque>

class StoredInventory;
class HttpChecker;
struct HttpCheck;

// One sync the console started or watches, as it goes.
struct LiveSyncRun
{
    enum class Kind
    {
        Triggered, // started by this console
        Followed   // started elsewhere (cron, a colleague), watched from its log
    };
    enum class Stage
    {
        Queued,   // waiting for the pool
        Running,  // the script runs, or the forced command's channel is open
        Checking, // a trigger-only mirror's result, read over HTTP
        Succeeded,
        Failed,
        Cancelled
    };

    int index = 0;
    MirrorRecord mirror;
    Kind kind = Kind::Triggered;
    QString pushMaster;
    Stage stage = Stage::Queued;
    QDateTime started;
    QDateTime ended;
    QByteArray log;   // rsync's output so far; its last kLogCap bytes
    QString messages; // what clam-clientsync itself said
    QString result;   // one line: how it ended
    qint64 pid = 0;   // the remote clam-clientsync, once known

    static constexpr qsizetype kLogCap = 4 * 1024 * 1024;
    static constexpr qsizetype kMessagesCap = 64 * 1024; // of the script's own words

    bool isOver() const
    {
        return stage == Stage::Succeeded || stage == Stage::Failed || stage == Stage::Cancelled;
    }
    static QString stageName(Stage stage);
};

// Syncs started on many mirrors at once (the pool bounds how many run
// together) and runs followed live: shell-mode mirrors stream rsync's log as
// it is written; on a trigger-only mirror the forced command is all there is,
// so its result is read afterwards from the timestamp over HTTP. Cancel drops
// queued runs and stops running ones on shell mirrors (rsync first, so the
// script's trap removes the lock); a trigger-only run goes on on the mirror,
// the console only stops waiting for it. Starts and cancels are audited.
class LiveSyncRuns : public QObject
{
    Q_OBJECT

public:
    LiveSyncRuns(SshPool& pool, StoredInventory& audit, QObject* parent = nullptr);

    // Results of trigger-only runs are checked through it when set.
    void setHttpChecker(HttpChecker* checker);

    // pushMaster empty: each mirror's own. Returns the new runs' indices.
    QList<int> trigger(const QList<MirrorRecord>& mirrors, const QString& pushMaster = {});
    // A sync started on a shell-mode mirror and left running there, for a
    // script that does not wait: no run to watch, the pool's job ends once
    // the sync is in the background. Refused on a trigger-only mirror, whose
    // sync lasts only as long as its connection.
    SshJobId startDetached(const MirrorRecord& mirror, const QString& pushMaster = {});
    // A run started elsewhere, from byte offset of its log.
    int follow(const MirrorRecord& mirror, qint64 offset = 0);
    void cancel(int index);
    void cancelAll();

    int count() const { return int(m_runs.size()); }
    const LiveSyncRun& run(int index) const { return m_runs.at(size_t(index)); }
    // The newest run of a mirror, or -1.
    int latestOf(const QString& mirror) const;
    int activeCount() const;

    // "rsync2" -> "rsync2.clamav.net"; full names kept.
    static QString pushMasterHost(const QString& name);
    // The host a sync of mirror pulls from: pushMaster, or the mirror's own.
    static QString syncHost(const MirrorRecord& mirror, const QString& pushMaster);

signals:
    void added(int index);
    void changed(int index);
    void output(int index, const QByteArray& chunk);
    void runEnded(int index);
    void allEnded();

private:
    int add(const MirrorRecord& mirror, LiveSyncRun::Kind kind, const QString& pushMaster);
    // The sync command for the mirror's access mode (or left running on its
    // own), once the push master is checked.
    SshJobId start(const MirrorRecord& mirror, const QString& host, bool detached = false);
    void onStarted(SshJobId id);
    void onOutput(SshJobId id, const QByteArray& chunk, bool isError);
    void onFinished(const SshJobResult& result);
    void onChecked(const HttpCheck& check);
    void judgeCheck(LiveSyncRun& run, const HttpCheck& check);
    void judge(LiveSyncRun& run, const SshJobResult& result);
    void end(LiveSyncRun& run, LiveSyncRun::Stage stage, const QString& result);

    SshPool& m_pool;
    StoredInventory& m_audit;
    HttpChecker* m_http = nullptr;
    std::deque<LiveSyncRun> m_runs;
    QHash<SshJobId, int> m_jobs;           // trigger and follow jobs -> run
    QHash<SshJobId, int> m_stops;          // stop commands -> run
    QHash<int, QByteArray> m_stderr;       // a partial line per run, for the pid marker
    QHash<QString, QList<int>> m_checking; // trigger-only runs waiting for their HTTP check
};
