#include "ConsoleBackend.h"

#include "app/ConsoleSettings.h"
#include "inventory/AuditTrail.h"
#include "inventory/InventoryExchange.h"
#include "remote/LockBreak.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

ConsoleBackend::ConsoleBackend(QObject* parent) : QObject(parent) {}

ConsoleBackend::~ConsoleBackend()
{
    // The refresher listens to the pool; the pool's workers must end first.
    m_refresher.reset();
    m_pool.reset();
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
    m_refresher.reset();
    m_pool.reset();
    m_acts.clear();
    m_db = std::move(db);
    m_inventory = std::make_unique<MirrorInventory>(*m_db);
    startServices(QFileInfo(path).absolutePath());
    return Done{};
}

Result<Done> ConsoleBackend::openDemoLab(const QString& inventoryJson)
{
    QFile file(inventoryJson);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read the demo lab's inventory %1: %2")
                        .arg(inventoryJson, file.errorString()));
    const InventoryExchange::Imported imported = InventoryExchange::fromJson(file.readAll());
    if (!imported.problems.isEmpty())
        return fail(tr("the demo lab's inventory is not usable: %1")
                        .arg(imported.problems.first().describe()));
    const QString path =
        QFileInfo(inventoryJson).absolutePath() + QStringLiteral("/console-demo/inventory.sqlite");
    // Views hear of the inventory once, when the lab's mirrors are in it.
    if (auto opened = attach(path); !opened)
        return opened;
    AuditTrail audit(*m_db);
    for (const MirrorRecord& mirror : imported.mirrors) {
        if (auto existing = m_inventory->find(mirror.name)) {
            MirrorRecord updated = mirror;
            updated.id = existing->id;
            m_inventory->update(updated);
        } else if (m_inventory->add(mirror)) {
            audit.record(mirror.name, QStringLiteral("mirror-add"), tr("from the demo lab"));
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
    const ConsoleSettings settings(dataDirectory + QStringLiteral("/settings.ini"));
    m_pool = std::make_unique<SshPool>(*m_hostKeys, settings.poolSettings());
    connect(m_pool.get(), &SshPool::hostKeyAccepted, this,
            [this](const QString& mirror, const QString& fingerprint) {
                AuditTrail(*m_db).record(mirror, QStringLiteral("host-key-accept"),
                                         tr("%1, as expected by the inventory").arg(fingerprint));
            });
    connect(m_pool.get(), &SshPool::finished, this, &ConsoleBackend::onJobFinished);
    m_refresher = std::make_unique<FleetRefresher>(*m_pool, *m_db, FactSettings{});
    m_refresher->setRetentionDays(settings.historyRetentionDays());
    connect(m_refresher.get(), &FleetRefresher::mirrorRefreshed, this,
            &ConsoleBackend::mirrorRefreshed);
    connect(m_refresher.get(), &FleetRefresher::mirrorSkipped, this,
            &ConsoleBackend::mirrorSkipped);
    connect(m_refresher.get(), &FleetRefresher::progress, this, &ConsoleBackend::refreshProgress);
    connect(m_refresher.get(), &FleetRefresher::finished, this, &ConsoleBackend::refreshFinished);
}

void ConsoleBackend::refresh(const QList<MirrorRecord>& mirrors)
{
    if (m_refresher && !m_refresher->busy())
        m_refresher->refresh(mirrors);
}

void ConsoleBackend::act(const MirrorRecord& mirror, SshJobId id,
                         std::function<QPair<bool, QString>(const SshJobResult&)> judge)
{
    m_acts.insert(id, [this, mirror, judge](const SshJobResult& result) {
        const auto [ok, message] =
            result.ok ? judge(result) : QPair<bool, QString>{false, result.failure.message};
        emit actFinished(mirror.name, ok, message);
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
            AuditTrail(*m_db).record(name, QStringLiteral("lock-break"), said);
        return QPair<bool, QString>{broken, said};
    });
}

void ConsoleBackend::triggerSync(const MirrorRecord& mirror, const QString& pushMaster)
{
    AuditTrail(*m_db).record(mirror.name, QStringLiteral("trigger"),
                             tr("sync from %1").arg(pushMaster));
    act(mirror, m_pool->trigger(mirror, pushMaster), [pushMaster](const SshJobResult& r) {
        return r.outcome.exitStatus == 0
                   ? QPair<bool, QString>{true, tr("sync from %1 finished").arg(pushMaster)}
                   : QPair<bool, QString>{false,
                                          QString::fromUtf8(r.outcome.standardOutput.trimmed())};
    });
}

void ConsoleBackend::refreshAll()
{
    if (m_refresher && !m_refresher->busy())
        m_refresher->refresh(m_inventory->all());
}

bool ConsoleBackend::refreshing() const
{
    return m_refresher && m_refresher->busy();
}
