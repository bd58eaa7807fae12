#include "inventory/AuditedInventory.h"

#include "inventory/MirrorChange.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditedInventory", text);
}

} // namespace

AuditedInventory::AuditedInventory(MirrorInventory& inventory, AuditTrail& audit)
    : m_inventory(inventory), m_audit(audit)
{}

Result<Done> AuditedInventory::add(const QList<MirrorRecord>& mirrors, const QString& source)
{
    Result<Done> outcome = Done{};
    for (const MirrorRecord& mirror : mirrors) {
        const auto added = m_inventory.add(mirror);
        if (!added) {
            outcome = fail(added.error());
            break;
        }
        m_audit.record(added->name, QStringLiteral("mirror-add"), tr("from %1").arg(source));
    }
    return outcome;
}

Result<Done> AuditedInventory::update(const MirrorRecord& mirror)
{
    const auto before = m_inventory.find(mirror.id);
    const QList<FieldChange> changed =
        before ? MirrorChange::between(*before, mirror) : QList<FieldChange>{};
    const auto updated = m_inventory.update(mirror);
    if (!updated)
        return fail(updated.error());
    m_audit.record(mirror.name, QStringLiteral("mirror-edit"),
                   changed.isEmpty() ? tr("nothing changed")
                                     : tr("changed: %1").arg(MirrorChange::describe(changed)));
    return Done{};
}

Result<Done> AuditedInventory::setEnabled(const QList<MirrorRecord>& mirrors, bool enabled)
{
    Result<Done> outcome = Done{};
    for (MirrorRecord mirror : mirrors) {
        if (mirror.enabled == enabled)
            continue;
        mirror.enabled = enabled;
        if (const auto updated = m_inventory.update(mirror); !updated) {
            outcome = fail(updated.error());
            break;
        }
        m_audit.record(mirror.name,
                       enabled ? QStringLiteral("mirror-enable") : QStringLiteral("mirror-disable"),
                       enabled ? tr("probed and checked again")
                               : tr("left out of refreshes, "
                                    "checks and DNS"));
    }
    return outcome;
}

Result<Done> AuditedInventory::remove(const QList<MirrorRecord>& mirrors)
{
    Result<Done> outcome = Done{};
    for (const MirrorRecord& mirror : mirrors) {
        if (const auto removed = m_inventory.remove(mirror.id); !removed) {
            outcome = fail(removed.error());
            break;
        }
        m_audit.record(
            mirror.name, QStringLiteral("mirror-remove"),
            tr("%1, %2, admin %3").arg(mirror.address, mirror.country, mirror.adminEmail));
    }
    return outcome;
}

Result<MaintenanceWindow> AuditedInventory::startMaintenance(const MaintenanceWindow& window)
{
    const auto mirror = m_inventory.find(window.mirrorId);
    if (!mirror)
        return fail(tr("no mirror %1 in the inventory").arg(window.mirrorId));
    auto added = MaintenanceWindows(m_inventory.database()).add(window);
    if (!added)
        return added;
    const auto shown = [](const QDateTime& at) {
        return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    };
    m_audit.record(
        mirror->name, QStringLiteral("maintenance-add"),
        tr("%1 to %2: %3").arg(shown(added->startsAt), shown(added->endsAt), added->reason));
    added->mirror = mirror->name;
    return added;
}

Result<Done> AuditedInventory::endMaintenance(const MaintenanceWindow& window)
{
    const auto ended =
        MaintenanceWindows(m_inventory.database()).end(window.id, QDateTime::currentDateTimeUtc());
    if (!ended)
        return fail(ended.error());
    if (!*ended)
        return fail(tr("maintenance %1 is over already").arg(window.id));
    m_audit.record(window.mirror, QStringLiteral("maintenance-end"),
                   tr("maintenance %1 ended: %2").arg(window.id).arg(window.reason));
    return Done{};
}
