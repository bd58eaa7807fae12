#include "ConsoleBackend.h"

#include "app/ConsoleSettings.h"
#include "inventory/AuditTrail.h"
#include "inventory/InventoryExchange.h"
#include "inventory/MirrorChange.h"
#include "monitor/HttpChecker.h"
#include "remote/LockBreak.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

ConsoleBackend::ConsoleBackend(QObject* parent) : QObject(parent) {}

ConsoleBackend::~ConsoleBackend()
{
    stopServices();
}

void ConsoleBackend::stopServices()
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
}

Result<Done> ConsoleBackend::open(const QString& path)
{
    auto opened = attach(path);
    if (opened)
        emit inventoryChanged();
    return opened;
}

Result<Done> ConsoleBackend::attach(const QString& path)
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
    m_alerts = {};
    startServices(QFileInfo(path).absolutePath());
    return Done{};
}

Result<Done> ConsoleBackend::openDemoLab(const QString& inventoryJson)
{
    QFile file(inventoryJson);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read the demo lab's inventory %1: %2")
                        .arg(inventoryJson, file.errorString()));
    const QByteArray text = file.readAll();
    const InventoryExchange::Imported imported = InventoryExchange::fromJson(text);
    if (!imported.problems.isEmpty())
        return fail(tr("the demo lab's inventory is not usable: %1")
                        .arg(imported.problems.first().describe()));
    const QString path =
        QFileInfo(inventoryJson).absolutePath() + QStringLiteral("/console-demo/inventory.sqlite");
    // The lab's current versions come from its own DNS server, never the system's.
    const QJsonObject dns =
        QJsonDocument::fromJson(text).object().value(QStringLiteral("dns")).toObject();
    // Views hear of the inventory once, when the lab's mirrors are in it.
    if (auto opened = attach(path); !opened)
        return opened;
    if (dns.value(QStringLiteral("port")).toInt() == 53)
        m_freshnessOverrides.nameserver =
            QHostAddress(dns.value(QStringLiteral("address")).toString());
    else if (!imported.mirrors.isEmpty())
        m_freshnessOverrides.referenceMirror = imported.mirrors.first().name;
    for (const MirrorRecord& mirror : imported.mirrors) {
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

void ConsoleBackend::startServices(const QString& dataDirectory)
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
                m_audit->record(mirror, QStringLiteral("host-key-accept"),
                                tr("%1, as expected by the inventory").arg(fingerprint));
            });
    connect(m_pool.get(), &SshPool::finished, this, &ConsoleBackend::onJobFinished);
    connect(m_pool.get(), &SshPool::hostKeyQuestion, this, &ConsoleBackend::hostKeyQuestion);
    // An edited or removed mirror's idle session would speak to the old host.
    connect(this, &ConsoleBackend::inventoryChanged, this,
            [this] { m_pool->retainSessionsOf(m_inventory->all()); });
    m_refresher = std::make_unique<FleetRefresher>(*m_pool, *m_db, FactSettings{});
    m_refresher->setRetentionDays(settings.historyRetentionDays());
    connect(m_refresher.get(), &FleetRefresher::mirrorRefreshed, this,
            &ConsoleBackend::mirrorRefreshed);
    connect(m_refresher.get(), &FleetRefresher::mirrorRefreshed, this,
            [this](const MirrorFacts& facts, const QJsonObject& json) {
                if (!facts.probed)
                    return;
                if (const auto text =
                        m_alerts.lock(facts.mirror, json.value(QStringLiteral("lock"))
                                                        .toObject()
                                                        .value(QStringLiteral("state"))
                                                        .toString()))
                    emit alert(facts.mirror, *text);
            });
    connect(m_refresher.get(), &FleetRefresher::mirrorSkipped, this,
            &ConsoleBackend::mirrorSkipped);
    connect(m_refresher.get(), &FleetRefresher::progress, this, &ConsoleBackend::refreshProgress);
    connect(m_refresher.get(), &FleetRefresher::finished, this, &ConsoleBackend::refreshFinished);
    connect(m_refresher.get(), &FleetRefresher::finished, this, [this] {
        if (std::exchange(m_refreshAllAfter, false))
            refreshAll();
        else if (!m_refreshAfter.isEmpty())
            refresh(std::exchange(m_refreshAfter, {}));
    });

    m_http = std::make_unique<HttpChecker>();
    m_http->setTimeout(settings.poolSettings().ssh.connectTimeout);
    m_syncs = std::make_unique<LiveSyncRuns>(*m_pool, *m_audit);
    m_syncs->setHttpChecker(m_http.get());
    connect(m_syncs.get(), &LiveSyncRuns::added, this, &ConsoleBackend::syncAdded);
    connect(m_syncs.get(), &LiveSyncRuns::changed, this, &ConsoleBackend::syncChanged);
    connect(m_syncs.get(), &LiveSyncRuns::output, this, &ConsoleBackend::syncOutput);
    connect(m_syncs.get(), &LiveSyncRuns::runEnded, this, &ConsoleBackend::syncEnded);
    connect(m_syncs.get(), &LiveSyncRuns::runEnded, this, &ConsoleBackend::refreshAfterSync);

    m_freshnessOverrides = {};
    m_freshness = std::make_unique<FreshnessScheduler>(
        *m_db,
        [this] {
            QList<MirrorRecord> enabled;
            for (const MirrorRecord& m : m_inventory->all())
                if (m.enabled)
                    enabled << m;
            return enabled;
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
            &ConsoleBackend::freshnessStarted);
    connect(&m_freshness->sweep(), &FreshnessSweep::judged, this, &ConsoleBackend::mirrorChecked);
    connect(&m_freshness->sweep(), &FreshnessSweep::judged, this, [this](const FreshnessResult& r) {
        if (const auto text =
                m_alerts.verdict(r.check.mirror, FreshnessVerdict::name(r.verdict.kind)))
            emit alert(r.check.mirror, *text);
    });
    connect(&m_freshness->sweep(), &FreshnessSweep::progress, this,
            &ConsoleBackend::freshnessProgress);
    connect(&m_freshness->sweep(), &FreshnessSweep::finished, this,
            &ConsoleBackend::freshnessFinished);

    m_confEditor = std::make_unique<RemoteConfEditor>(*m_pool, *m_audit);
    connect(m_confEditor.get(), &RemoteConfEditor::readDone, this, &ConsoleBackend::confRead);
    connect(m_confEditor.get(), &RemoteConfEditor::readFailed, this,
            &ConsoleBackend::confReadFailed);
    connect(m_confEditor.get(), &RemoteConfEditor::written, this, &ConsoleBackend::confWritten);
    connect(m_confEditor.get(), &RemoteConfEditor::writeFailed, this,
            &ConsoleBackend::confWriteFailed);

    m_logFetcher =
        std::make_unique<RemoteLogFetcher>(*m_pool, m_logDirectory, settings.logFetchBytes());
    connect(m_logFetcher.get(), &RemoteLogFetcher::fetched, this, &ConsoleBackend::logFetched);
    connect(m_logFetcher.get(), &RemoteLogFetcher::fetchFailed, this,
            &ConsoleBackend::logFetchFailed);
}

void ConsoleBackend::refreshAfterSync(int index)
{
    const LiveSyncRun& run = m_syncs->run(index);
    // What it synced is served now: its freshness need not wait for the sweep.
    if (run.stage == LiveSyncRun::Stage::Succeeded)
        m_freshness->check({run.mirror});
    if (run.mirror.accessMode == AccessMode::Shell)
        refresh({run.mirror});
}

void ConsoleBackend::refresh(const QList<MirrorRecord>& mirrors)
{
    if (!m_refresher)
        return;
    if (!m_refresher->busy()) {
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

void ConsoleBackend::act(const MirrorRecord& mirror, SshJobId id,
                         std::function<QPair<bool, QString>(const SshJobResult&)> judge)
{
    m_acts.insert(id, [this, mirror, judge](const SshJobResult& result) {
        const auto [ok, message] =
            result.ok ? judge(result) : QPair<bool, QString>{false, result.failure.message};
        emit actFinished(mirror.name, ok, message);
        if (ok)
            m_freshness->check({mirror});
        refresh({mirror});
    });
}

void ConsoleBackend::onJobFinished(const SshJobResult& result)
{
    if (const auto handler = m_acts.take(result.id))
        handler(result);
}

void ConsoleBackend::breakStaleLock(const MirrorRecord& mirror)
{
    const SshJobId id = m_pool->exec(mirror, LockBreak::script(mirror.homeDir, mirror.confPath));
    act(mirror, id, [this, name = mirror.name](const SshJobResult& r) {
        const QString said = QString::fromUtf8(r.outcome.standardOutput.trimmed());
        const bool broken = LockBreak::outcome(r.outcome.exitStatus) == LockBreak::Outcome::Broken;
        if (broken)
            m_audit->record(name, QStringLiteral("lock-break"), said);
        return QPair<bool, QString>{broken, said};
    });
}

void ConsoleBackend::triggerSync(const QList<MirrorRecord>& mirrors, const QString& pushMaster)
{
    m_syncs->trigger(mirrors, pushMaster);
}

void ConsoleBackend::acceptHostKey(const MirrorRecord& mirror, const HostKeyVerdict& verdict,
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
    m_audit->record(
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

void ConsoleBackend::applySettings()
{
    if (!m_pool)
        return;
    const ConsoleSettings settings(m_settingsPath);
    m_pool->setSettings(settings.poolSettings());
    m_refresher->setRetentionDays(settings.historyRetentionDays());
    m_freshness->setInterval(std::chrono::minutes(
        settings.value(QStringLiteral("freshness/check-interval-minutes")).toInt()));
}

void ConsoleBackend::reconnect()
{
    if (m_pool)
        m_pool->closeIdleSessions();
}

void ConsoleBackend::checkFreshness()
{
    if (m_freshness)
        m_freshness->checkNow();
}

bool ConsoleBackend::checkingFreshness() const
{
    return m_freshness && m_freshness->busy();
}

void ConsoleBackend::refreshAll()
{
    if (!m_refresher)
        return;
    if (m_refresher->busy()) {
        m_refreshAllAfter = true;
        return;
    }
    m_refreshAfter.clear();
    m_refresher->refresh(m_inventory->all());
}

bool ConsoleBackend::refreshing() const
{
    return m_refresher && m_refresher->busy();
}

Result<Done> ConsoleBackend::addMirrors(const QList<MirrorRecord>& mirrors, const QString& source)
{
    Result<Done> outcome = Done{};
    for (const MirrorRecord& mirror : mirrors) {
        const auto added = m_inventory->add(mirror);
        if (!added) {
            outcome = fail(added.error());
            break;
        }
        m_audit->record(added->name, QStringLiteral("mirror-add"), tr("from %1").arg(source));
    }
    emit inventoryChanged();
    return outcome;
}

Result<Done> ConsoleBackend::updateMirror(const MirrorRecord& mirror)
{
    const auto before = m_inventory->find(mirror.id);
    const QList<FieldChange> changed =
        before ? MirrorChange::between(*before, mirror) : QList<FieldChange>{};
    const auto updated = m_inventory->update(mirror);
    if (!updated)
        return fail(updated.error());
    m_audit->record(mirror.name, QStringLiteral("mirror-edit"),
                    changed.isEmpty() ? tr("nothing changed")
                                      : tr("changed: %1").arg(MirrorChange::describe(changed)));
    emit inventoryChanged();
    return Done{};
}

Result<Done> ConsoleBackend::setMirrorsEnabled(const QList<MirrorRecord>& mirrors, bool enabled)
{
    Result<Done> outcome = Done{};
    for (MirrorRecord mirror : mirrors) {
        if (mirror.enabled == enabled)
            continue;
        mirror.enabled = enabled;
        if (const auto updated = m_inventory->update(mirror); !updated) {
            outcome = fail(updated.error());
            break;
        }
        m_audit->record(mirror.name,
                        enabled ? QStringLiteral("mirror-enable")
                                : QStringLiteral("mirror-disable"),
                        enabled ? tr("probed and checked again")
                                : tr("left out of refreshes, "
                                     "checks and DNS"));
    }
    emit inventoryChanged();
    return outcome;
}

Result<Done> ConsoleBackend::removeMirrors(const QList<MirrorRecord>& mirrors)
{
    Result<Done> outcome = Done{};
    for (const MirrorRecord& mirror : mirrors) {
        if (const auto removed = m_inventory->remove(mirror.id); !removed) {
            outcome = fail(removed.error());
            break;
        }
        m_audit->record(
            mirror.name, QStringLiteral("mirror-remove"),
            tr("%1, %2, admin %3").arg(mirror.address, mirror.country, mirror.adminEmail));
    }
    emit inventoryChanged();
    return outcome;
}
