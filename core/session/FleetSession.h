#pragma once

#include "fleet/FleetAlerts.h"
#include "fleet/FleetRefresher.h"
#include "fleet/LiveSyncRuns.h"
#include "fleet/RemoteConfEditor.h"
#include "fleet/RemoteLogFetcher.h"
#include "inventory/AuditTrail.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/MirrorInventory.h"
#include "inventory/StoredInventory.h"
#include "monitor/FreshnessScheduler.h"
#include "session/StoredFacts.h"
#include "ssh/HostKeyStore.h"
#include "ssh/SshPool.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

// One session with the fleet, the same for every face (the console,
// mirrorctl): the inventory, host keys, the SSH pool, the fleet refresher, the
// freshness sweep and its schedule, the alerts, the syncs under way, the conf
// editor and the log fetcher. Owns no widget; faces hear of it all through
// its signals, which outlive a change of inventory.
class HttpChecker;

class FleetSession : public QObject
{
    Q_OBJECT

public:
    explicit FleetSession(QObject* parent = nullptr);
    ~FleetSession() override;

    // The inventory at path (the console's own by default).
    Result<Done> open(const QString& path);
    // A demo database beside a running lab's inventory.json, filled from it.
    Result<Done> openDemoLab(const QString& inventoryJson);

    // The store as a script reads and changes it, on the caller's thread; the
    // faces change it through the calls below, which do not wait for it.
    MirrorInventory& inventory() { return *m_inventory; }
    InventoryDatabase& database() { return *m_db; }
    AuditTrail& audit() { return *m_audit; }
    SshPool& pool() { return *m_pool; }
    HostKeyStore& hostKeys() { return *m_hostKeys; }
    LiveSyncRuns& syncs() { return *m_syncs; }
    RemoteConfEditor& confEditor() { return *m_confEditor; }
    RemoteLogFetcher& logFetcher() { return *m_logFetcher; }
    // What the faces show from the store, read off their thread.
    StoredFacts& stored() { return *m_stored; }
    QString path() const { return m_db ? m_db->path() : QString(); }
    QString settingsPath() const { return m_settingsPath; }
    // Reads the settings file again and hands its values to the services.
    void applySettings();

    // A freshness check of every enabled mirror now; one runs every hour
    // (settable) in any case.
    void checkFreshness();
    // These mirrors' freshness now, after a check under way.
    void checkFreshnessOf(const QList<MirrorRecord>& mirrors);
    bool checkingFreshness() const;
    // Where checks take the current versions from instead of the system's
    // DNS: a nameserver, or a reference mirror's daily.cvd. Until the next open.
    void setFreshnessSource(const QHostAddress& nameserver, const QString& referenceMirror);
    // The check itself: what the last one judged lagging against, and where
    // that came from.
    const FreshnessSweep& freshnessSweep() const { return m_freshness->sweep(); }

    // The inventory as the faces read and change it, off their thread; each
    // change is audited, and the views hear inventoryChanged once after it.
    StoredInventory& storedInventory() { return *m_store; }

    void refreshAll();
    // Drops the idle SSH sessions: the next work connects anew and checks
    // each host key again.
    void reconnect();
    // Asked for during a refresh: queued, and done right after it.
    void refresh(const QList<MirrorRecord>& mirrors);
    bool refreshing() const;

    // Acts, each audited; actFinished reports how they ended.
    void breakStaleLock(const MirrorRecord& mirror);
    // pushMaster empty: each mirror's own. Each mirror is refreshed once its
    // run ended, so its history holds the run.
    void triggerSync(const QList<MirrorRecord>& mirrors, const QString& pushMaster = {});
    // Starts a sync on a shell-mode mirror and leaves it running there
    // (pushMaster empty: the mirror's own); nothing follows its log.
    void startDetachedSync(const MirrorRecord& mirror, const QString& pushMaster = {});
    // After an act (a sync, a lock broken, a key accepted) the mirror is
    // refreshed and checked, so that what the faces show follows it. On by
    // default; a script's one command does only what it was asked.
    void setFollowUpActs(bool followUp) { m_followUpActs = followUp; }
    // The operator's answer to hostKeyQuestion: trust the key for this run of
    // the console, or record it (replacing a changed one); audited, and the
    // mirror refreshed with it.
    void acceptHostKey(const MirrorRecord& mirror, const HostKeyVerdict& verdict, bool remember);
    // Keeps a mirror's rsync password in the system keychain, audited once
    // kept; done hears how it went, unless context is gone by then.
    void keepRsyncPassword(const QString& mirror, const QString& password, QObject* context,
                           std::function<void(Result<Done>)> done);
    // The same for the SMTP password the console's mails are sent with.
    void keepSmtpPassword(const QString& password, QObject* context,
                          std::function<void(Result<Done>)> done);

signals:
    void inventoryChanged();
    // Forwarded from whichever refresher the open inventory has.
    void mirrorRefreshed(const MirrorFacts& facts);
    void mirrorSkipped(const QString& mirror, const QString& why);
    void refreshProgress(int done, int total);
    void refreshFinished(int refreshed, int failed);
    void actFinished(const QString& mirror, bool ok, const QString& message);
    void hostKeyQuestion(const MirrorRecord& mirror, const HostKeyVerdict& verdict);
    void auditRecorded(const AuditEntry& entry);
    // A mirror turned old, removed, unreachable or stale-locked (FleetAlerts).
    void alert(const QString& mirror, const QString& text);
    // Forwarded from the freshness scheduler.
    void freshnessStarted();
    // problem: why the current versions are unknown (lagging is then not judged).
    void currentVersionsKnown(std::optional<int> daily, const QString& source,
                              const QString& problem);
    void mirrorChecked(const FreshnessResult& result);
    void freshnessProgress(int done, int total);
    void freshnessFinished(int checked, int notFresh);
    // Forwarded from the syncs under way (LiveSyncRuns).
    void syncAdded(int index);
    void syncChanged(int index);
    void syncOutput(int index, const QByteArray& chunk);
    void syncEnded(int index);
    // Forwarded from the conf editor (RemoteConfEditor).
    void confRead(const QString& mirror, const RemoteFile& file);
    void confReadFailed(const QString& mirror, const QString& why);
    void confWritten(const QString& mirror, const RemoteFile& file, const QString& backupPath);
    void confWriteFailed(const QString& mirror, const QString& why);
    // Forwarded from the log fetcher (RemoteLogFetcher).
    void logFetched(const QString& mirror, const QString& localPath, qint64 bytes);
    void logFetchFailed(const QString& mirror, const QString& why);

private:
    void keepSecret(const QString& key, const QString& mirror, const QString& action,
                    const QString& secret, QObject* context,
                    std::function<void(Result<Done>)> done);
    Result<Done> attach(const QString& path); // open without telling the views
    void startServices(const QString& dataDirectory);
    void onJobFinished(const SshJobResult& result);
    void act(const MirrorRecord& mirror, SshJobId id,
             std::function<QPair<bool, QString>(const SshJobResult&)> judge);

    void stopServices();
    void refreshAfterSync(int index);

    std::unique_ptr<InventoryDatabase> m_db;
    std::unique_ptr<MirrorInventory> m_inventory;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<StoredInventory> m_store; // the faces' reads and changes, off their thread
    std::unique_ptr<StoredFacts> m_stored;
    std::unique_ptr<HostKeyStore> m_hostKeys;
    std::unique_ptr<SshPool> m_pool;
    std::unique_ptr<FleetRefresher> m_refresher;
    std::unique_ptr<HttpChecker> m_http;
    std::unique_ptr<LiveSyncRuns> m_syncs;
    std::unique_ptr<RemoteConfEditor> m_confEditor;
    std::unique_ptr<RemoteLogFetcher> m_logFetcher;
    QString m_logDirectory;
    std::unique_ptr<FreshnessScheduler> m_freshness;
    FreshnessSweepOptions m_freshnessOverrides; // a nameserver or reference mirror
    QList<MirrorRecord> m_refreshAfter;         // asked for while a refresh was running
    bool m_refreshAllAfter = false;
    bool m_readingForRefresh = false; // the inventory, for a refresh of all
    FleetAlerts m_alerts;
    QString m_settingsPath;
    QHash<SshJobId, std::function<void(const SshJobResult&)>> m_acts;
    bool m_followUpActs = true;
};
