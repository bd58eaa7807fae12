#include "session/FleetSession.h"

#include "app/ConsoleSettings.h"
#include "inventory/AuditTrail.h"
#include "monitor/HttpChecker.h"
#include "remote/LockBreak.h"
#include "secrets/SecretStore.h"
#include "session/DemoLabInventory.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>

#include <algorithm>

FleetSession::FleetSession(QObject* parent) : QObject(parent) {}

FleetSession::~FleetSession()
{
    stopServices();
}

void FleetSession::stopServices()
{
    // Everything here listens to the pool; the pool's workers must end first.
    m_freshness.reset();
    m_confEditor.reset();
    m_logFetcher.reset();
    m_syncs.reset();
    m_refresher.reset();
    m_pool.reset();
    m_refreshAfter.clear();
    m_refreshAllAfter = false;
    m_readingForRefresh = false;
}

Result<Done> FleetSession::open(const QString& path)
{
    auto opened = attach(path);
    if (opened)
        emit inventoryChanged();
    return opened;
}

Result<Done> FleetSession::attach(const QString& path)
{
    auto db = std::make_unique<InventoryDatabase>();
    if (auto opened = db->open(path); !opened)
        return opened;
    stopServices();
    m_acts.clear();
    m_db = std::move(db);
    m_inventory = std::make_unique<MirrorInventory>(*m_db);
    m_audit = std::make_unique<AuditTrail>(*m_db);
    m_audit->setObserver([this](const AuditEntry& entry) { emit auditRecorded(entry); });
    m_store = std::make_unique<StoredInventory>(m_db->path());
    connect(m_store.get(), &StoredInventory::recorded, this, &FleetSession::auditRecorded);
    connect(m_store.get(), &StoredInventory::changed, this, &FleetSession::inventoryChanged);
    connect(m_store.get(), &StoredInventory::failed, this,
            [this](const QString& why) { emit alert({}, tr("audit trail: %1").arg(why)); });
    m_stored = std::make_unique<StoredFacts>(m_db->path());
    m_alerts = {};
    startServices(QFileInfo(path).absolutePath());
    return Done{};
}

Result<Done> FleetSession::openDemoLab(const QString& inventoryJson)
{
    const auto lab = DemoLabInventory::read(inventoryJson);
    if (!lab)
        return fail(lab.error());
    // Views hear of the inventory once, when the lab's mirrors are in it. Like
    // the store's opening, this is done before any face shows it.
    if (auto opened = attach(lab->databasePath); !opened)
        return opened;
    setFreshnessSource(lab->nameserver, lab->referenceMirror);
    for (const MirrorRecord& mirror : lab->mirrors) {
        if (auto existing = m_inventory->find(mirror.name)) {
            MirrorRecord updated = mirror;
            updated.id = existing->id;
            m_inventory->update(updated);
        } else if (m_inventory->add(mirror)) {
            m_audit->record(mirror.name, QStringLiteral("mirror-add"), tr("from the demo lab"));
        }
    }
    emit inventoryChanged();
    return Done{};
}

void FleetSession::startServices(const QString& dataDirectory)
{
    m_hostKeys = std::make_unique<HostKeyStore>(
        dataDirectory + QStringLiteral("/known_hosts"),
        QStringList{QDir::homePath() + QStringLiteral("/.ssh/known_hosts")});
    m_settingsPath = dataDirectory + QStringLiteral("/settings.ini");
    m_logDirectory = dataDirectory + QStringLiteral("/logs");
    const ConsoleSettings settings(m_settingsPath);
    m_pool = std::make_unique<SshPool>(*m_hostKeys, settings.poolSettings());
    connect(m_pool.get(), &SshPool::hostKeyAccepted, this,
            [this](const QString& mirror, const QString& fingerprint) {
                m_store->record(mirror, QStringLiteral("host-key-accept"),
                                tr("%1, as expected by the inventory").arg(fingerprint));
            });
    connect(m_pool.get(), &SshPool::finished, this, &FleetSession::onJobFinished);
    connect(m_pool.get(), &SshPool::hostKeyQuestion, this, &FleetSession::hostKeyQuestion);
    // An edited or removed mirror's idle session would speak to the old host.
    connect(this, &FleetSession::inventoryChanged, this, [this] {
        m_store->mirrors(m_pool.get(),
                         [this](const QList<MirrorRecord>& all) { m_pool->retainSessionsOf(all); });
    });
    m_refresher = std::make_unique<FleetRefresher>(*m_pool, *m_db, FactSettings{});
    m_refresher->setRetentionDays(settings.historyRetentionDays());
    connect(m_refresher.get(), &FleetRefresher::mirrorRefreshed, this,
            &FleetSession::mirrorRefreshed);
    connect(m_refresher.get(), &FleetRefresher::mirrorRefreshed, this,
            [this](const MirrorFacts& facts) {
                if (!facts.probed)
                    return;
                if (const auto text =
                        m_alerts.lock(facts.mirror, LockState::kindName(facts.lock.kind)))
                    emit alert(facts.mirror, *text);
            });
    connect(m_refresher.get(), &FleetRefresher::mirrorSkipped, this, &FleetSession::mirrorSkipped);
    connect(m_refresher.get(), &FleetRefresher::progress, this, &FleetSession::refreshProgress);
    connect(m_refresher.get(), &FleetRefresher::finished, this, &FleetSession::refreshFinished);
    connect(m_refresher.get(), &FleetRefresher::finished, this, [this] {
        if (std::exchange(m_refreshAllAfter, false))
            refreshAll();
        else if (!m_refreshAfter.isEmpty())
            refresh(std::exchange(m_refreshAfter, {}));
    });

    m_http = std::make_unique<HttpChecker>();
    m_http->setTimeout(settings.poolSettings().ssh.connectTimeout);
    m_syncs = std::make_unique<LiveSyncRuns>(*m_pool, *m_store);
    m_syncs->setHttpChecker(m_http.get());
    connect(m_syncs.get(), &LiveSyncRuns::added, this, &FleetSession::syncAdded);
    connect(m_syncs.get(), &LiveSyncRuns::changed, this, &FleetSession::syncChanged);
    connect(m_syncs.get(), &LiveSyncRuns::output, this, &FleetSession::syncOutput);
    connect(m_syncs.get(), &LiveSyncRuns::runEnded, this, &FleetSession::syncEnded);
    connect(m_syncs.get(), &LiveSyncRuns::runEnded, this, &FleetSession::refreshAfterSync);

    m_freshnessOverrides = {};
    m_freshness = std::make_unique<FreshnessScheduler>(
        *m_db,
        [this](QObject* context, std::function<void(const QList<MirrorRecord>&)> done) {
            m_store->mirrors(context, [done](const QList<MirrorRecord>& all) {
                QList<MirrorRecord> enabled;
                for (const MirrorRecord& m : all)
                    if (m.enabled)
                        enabled << m;
                done(enabled);
            });
        },
        [this] {
            FreshnessSweepOptions options = ConsoleSettings(m_settingsPath).freshnessOptions();
            options.nameserver = m_freshnessOverrides.nameserver;
            options.referenceMirror = m_freshnessOverrides.referenceMirror;
            return options;
        });
    m_freshness->setInterval(std::chrono::minutes(
        settings.value(QStringLiteral("freshness/check-interval-minutes")).toInt()));
    m_freshness->start();
    connect(m_freshness.get(), &FreshnessScheduler::sweepStarted, this,
            &FleetSession::freshnessStarted);
    connect(&m_freshness->sweep(), &FreshnessSweep::currentVersionsKnown, this,
            &FleetSession::currentVersionsKnown);
    connect(&m_freshness->sweep(), &FreshnessSweep::judged, this, &FleetSession::mirrorChecked);
    connect(&m_freshness->sweep(), &FreshnessSweep::judged, this, [this](const FreshnessResult& r) {
        if (const auto text =
                m_alerts.verdict(r.check.mirror, FreshnessVerdict::name(r.verdict.kind)))
            emit alert(r.check.mirror, *text);
    });
    connect(&m_freshness->sweep(), &FreshnessSweep::progress, this,
            &FleetSession::freshnessProgress);
    connect(&m_freshness->sweep(), &FreshnessSweep::finished, this,
            &FleetSession::freshnessFinished);

    m_confEditor = std::make_unique<RemoteConfEditor>(*m_pool, *m_store);
    connect(m_confEditor.get(), &RemoteConfEditor::readDone, this, &FleetSession::confRead);
    connect(m_confEditor.get(), &RemoteConfEditor::readFailed, this, &FleetSession::confReadFailed);
    connect(m_confEditor.get(), &RemoteConfEditor::written, this, &FleetSession::confWritten);
    connect(m_confEditor.get(), &RemoteConfEditor::writeFailed, this,
            &FleetSession::confWriteFailed);

    m_logFetcher =
        std::make_unique<RemoteLogFetcher>(*m_pool, m_logDirectory, settings.logFetchBytes());
    connect(m_logFetcher.get(), &RemoteLogFetcher::fetched, this, &FleetSession::logFetched);
    connect(m_logFetcher.get(), &RemoteLogFetcher::fetchFailed, this,
            &FleetSession::logFetchFailed);
}

void FleetSession::refreshAfterSync(int index)
{
    if (!m_followUpActs)
        return;
    const LiveSyncRun& run = m_syncs->run(index);
    // What it synced is served now: its freshness need not wait for the sweep.
    if (run.stage == LiveSyncRun::Stage::Succeeded)
        m_freshness->check({run.mirror});
    if (run.mirror.accessMode == AccessMode::Shell)
        refresh({run.mirror});
}

void FleetSession::refresh(const QList<MirrorRecord>& mirrors)
{
    if (!m_refresher)
        return;
    if (!refreshing()) {
        m_refresher->refresh(mirrors);
        return;
    }
    // Asked for during another refresh: done right after it, each mirror once.
    for (const MirrorRecord& mirror : mirrors) {
        if (std::none_of(m_refreshAfter.cbegin(), m_refreshAfter.cend(),
                         [&](const MirrorRecord& m) { return m.id == mirror.id; }))
            m_refreshAfter << mirror;
    }
}

void FleetSession::act(const MirrorRecord& mirror, SshJobId id,
                       std::function<QPair<bool, QString>(const SshJobResult&)> judge)
{
    m_acts.insert(id, [this, mirror, judge](const SshJobResult& result) {
        const auto [ok, message] =
            result.ok ? judge(result) : QPair<bool, QString>{false, result.failure.message};
        emit actFinished(mirror.name, ok, message);
        if (!m_followUpActs)
            return;
        if (ok)
            m_freshness->check({mirror});
        refresh({mirror});
    });
}

void FleetSession::onJobFinished(const SshJobResult& result)
{
    if (const auto handler = m_acts.take(result.id))
        handler(result);
}

void FleetSession::breakStaleLock(const MirrorRecord& mirror)
{
    const SshJobId id = m_pool->exec(mirror, LockBreak::script(mirror.homeDir, mirror.confPath));
    act(mirror, id, [this, name = mirror.name](const SshJobResult& r) {
        const QString said = QString::fromUtf8(r.outcome.standardOutput.trimmed());
        const LockBreak::Outcome outcome = LockBreak::outcome(r.outcome.exitStatus);
        if (outcome == LockBreak::Outcome::Broken)
            m_store->record(name, QStringLiteral("lock-break"), said);
        // No lock left is what was asked for, whoever removed it.
        return QPair<bool, QString>{
            outcome == LockBreak::Outcome::Broken || outcome == LockBreak::Outcome::Absent, said};
    });
}

void FleetSession::triggerSync(const QList<MirrorRecord>& mirrors, const QString& pushMaster)
{
    m_syncs->trigger(mirrors, pushMaster);
}

void FleetSession::startDetachedSync(const MirrorRecord& mirror, const QString& pushMaster)
{
    const QString host = LiveSyncRuns::syncHost(mirror, pushMaster);
    act(mirror, m_syncs->startDetached(mirror, pushMaster), [host](const SshJobResult& r) {
        return QPair<bool, QString>{r.outcome.exitStatus == 0,
                                    tr("sync from %1 started").arg(host)};
    });
}

void FleetSession::acceptHostKey(const MirrorRecord& mirror, const HostKeyVerdict& verdict,
                                 bool remember)
{
    const QByteArray host = mirror.address.toUtf8();
    const bool changed = verdict.status == HostKeyVerdict::Status::Changed;
    if (!remember) {
        m_hostKeys->trustForSession(host, mirror.sshPort, verdict.keyType, verdict.keyBlob);
    } else if (auto accepted = m_hostKeys->accept(host, mirror.sshPort, verdict.keyType,
                                                  verdict.keyBlob, changed);
               !accepted) {
        emit actFinished(mirror.name, false, accepted.error());
        return;
    }
    m_store->record(
        mirror.name,
        changed ? QStringLiteral("host-key-replace") : QStringLiteral("host-key-accept"),
        changed ? tr("%1 replaces %2 in %3")
                      .arg(verdict.presentedFingerprint,
                           verdict.recordedFingerprints.join(QStringLiteral(", ")),
                           m_hostKeys->consoleFile())
        : remember
            ? tr("%1 recorded in %2").arg(verdict.presentedFingerprint, m_hostKeys->consoleFile())
            : tr("%1 trusted until the console closes").arg(verdict.presentedFingerprint));
    m_pool->closeIdleSessions();
    emit actFinished(mirror.name, true,
                     tr("host key %1 accepted").arg(verdict.presentedFingerprint));
    m_freshness->check({mirror});
    if (mirror.accessMode == AccessMode::Shell)
        refresh({mirror});
}

void FleetSession::applySettings()
{
    if (!m_pool)
        return;
    const ConsoleSettings settings(m_settingsPath);
    m_pool->setSettings(settings.poolSettings());
    m_refresher->setRetentionDays(settings.historyRetentionDays());
    m_freshness->setInterval(std::chrono::minutes(
        settings.value(QStringLiteral("freshness/check-interval-minutes")).toInt()));
}

void FleetSession::reconnect()
{
    if (m_pool)
        m_pool->closeIdleSessions();
}

void FleetSession::checkFreshness()
{
    if (m_freshness)
        m_freshness->checkNow();
}

void FleetSession::checkFreshnessOf(const QList<MirrorRecord>& mirrors)
{
    if (m_freshness)
        m_freshness->check(mirrors);
}

void FleetSession::setFreshnessSource(const QHostAddress& nameserver,
                                      const QString& referenceMirror)
{
    m_freshnessOverrides.nameserver = nameserver;
    m_freshnessOverrides.referenceMirror = referenceMirror;
}

bool FleetSession::checkingFreshness() const
{
    return m_freshness && m_freshness->busy();
}

void FleetSession::refreshAll()
{
    if (!m_refresher)
        return;
    if (refreshing()) {
        m_refreshAllAfter = true;
        return;
    }
    m_refreshAfter.clear();
    m_readingForRefresh = true;
    m_store->mirrors(m_refresher.get(), [this](const QList<MirrorRecord>& all) {
        m_readingForRefresh = false;
        m_refresher->refresh(all);
    });
}

bool FleetSession::refreshing() const
{
    return m_refresher && (m_readingForRefresh || m_refresher->busy());
}

void FleetSession::keepRsyncPassword(const QString& mirror, const QString& password,
                                     QObject* context, std::function<void(Result<Done>)> done)
{
    keepSecret(SecretStore::rsyncPasswordKey(mirror), mirror, QStringLiteral("rsync-password-kept"),
               password, context, std::move(done));
}

void FleetSession::keepSmtpPassword(const QString& password, QObject* context,
                                    std::function<void(Result<Done>)> done)
{
    keepSecret(SecretStore::smtpPasswordKey(), {}, QStringLiteral("smtp-password-kept"), password,
               context, std::move(done));
}

void FleetSession::keepSecret(const QString& key, const QString& mirror, const QString& action,
                              const QString& secret, QObject* context,
                              std::function<void(Result<Done>)> done)
{
    auto* secrets = new SecretStore(QStringLiteral("mirror-console"), this);
    secrets->write(key, secret.toUtf8(),
                   [this, secrets, mirror, action, context = QPointer<QObject>(context),
                    done = std::move(done)](Result<Done> kept) {
                       if (kept && m_store)
                           m_store->record(mirror, action, tr("in the system keychain"));
                       if (context)
                           done(kept);
                       secrets->deleteLater();
                   });
}
