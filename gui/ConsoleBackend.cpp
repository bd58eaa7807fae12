#include "ConsoleBackend.h"

#include "app/ConsoleSettings.h"
#include "inventory/AuditTrail.h"
#include "inventory/InventoryExchange.h"

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
    auto db = std::make_unique<InventoryDatabase>();
    if (auto opened = db->open(path); !opened)
        return opened;
    m_refresher.reset();
    m_pool.reset();
    m_db = std::move(db);
    m_inventory = std::make_unique<MirrorInventory>(*m_db);
    startServices(QFileInfo(path).absolutePath());
    emit inventoryChanged();
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
    if (auto opened = open(path); !opened)
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
    m_refresher = std::make_unique<FleetRefresher>(*m_pool, *m_db, FactSettings{});
    m_refresher->setRetentionDays(settings.historyRetentionDays());
    connect(m_refresher.get(), &FleetRefresher::mirrorRefreshed, this,
            &ConsoleBackend::mirrorRefreshed);
    connect(m_refresher.get(), &FleetRefresher::mirrorSkipped, this,
            &ConsoleBackend::mirrorSkipped);
    connect(m_refresher.get(), &FleetRefresher::progress, this, &ConsoleBackend::refreshProgress);
    connect(m_refresher.get(), &FleetRefresher::finished, this, &ConsoleBackend::refreshFinished);
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
