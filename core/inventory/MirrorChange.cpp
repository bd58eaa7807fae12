#include "inventory/MirrorChange.h"

#include "inventory/InventoryExchange.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace MirrorChange {
namespace {

QString shown(const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items << item.toString();
        return items.join(QLatin1Char(','));
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

QList<FieldChange> between(const MirrorRecord& before, const MirrorRecord& after)
{
    const QJsonObject was = InventoryExchange::toJsonObject(before);
    const QJsonObject now = InventoryExchange::toJsonObject(after);
    QList<FieldChange> changes;
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (was.value(it.key()) != it.value())
            changes.append({it.key(), shown(was.value(it.key())), shown(it.value())});
    }
    return changes;
}

bool mattersToSafety(const FieldChange& change)
{
    static const QStringList fields{
        QStringLiteral("accessMode"), QStringLiteral("address"),
        QStringLiteral("sshPort"),    QStringLiteral("user"),
        QStringLiteral("keyPath"),    QStringLiteral("hostKeyFingerprint"),
        QStringLiteral("rsyncHost")};
    return fields.contains(change.field);
}

bool opensAShell(const MirrorRecord& before, const MirrorRecord& after)
{
    return before.accessMode == AccessMode::TriggerOnly && after.accessMode == AccessMode::Shell;
}

QString describe(const QList<FieldChange>& changes)
{
    QStringList parts;
    for (const FieldChange& c : changes) {
        parts << (mattersToSafety(c)
                      ? QStringLiteral("%1: %2 -> %3")
                            .arg(c.field, c.before.isEmpty() ? QStringLiteral("\"\"") : c.before,
                                 c.after.isEmpty() ? QStringLiteral("\"\"") : c.after)
                      : c.field);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace MirrorChange
