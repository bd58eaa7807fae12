#include "session/DemoLabInventory.h"

#include "inventory/InventoryExchange.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

Result<DemoLabInventory> DemoLabInventory::read(const QString& inventoryJson)
{
    QFile file(inventoryJson);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read the demo lab's inventory %1: %2")
                        .arg(inventoryJson, file.errorString()));
    // A lab of thousands of mirrors is a few MB: more is not a lab's file.
    constexpr qint64 kLargestBytes = 64 * 1024 * 1024;
    const QByteArray text = file.read(kLargestBytes + 1);
    if (text.size() > kLargestBytes)
        return fail(tr("the demo lab's inventory %1 is larger than %2 MB")
                        .arg(inventoryJson)
                        .arg(kLargestBytes / (1024 * 1024)));
    const InventoryExchange::Imported imported = InventoryExchange::fromJson(text);
    if (!imported.problems.isEmpty())
        return fail(tr("the demo lab's inventory is not usable: %1")
                        .arg(imported.problems.first().describe()));
    DemoLabInventory lab;
    lab.mirrors = imported.mirrors;
    lab.databasePath =
        QFileInfo(inventoryJson).absolutePath() + QStringLiteral("/console-demo/inventory.sqlite");
    // Qt 6.4's QDnsLookup asks port 53 only: a lab DNS elsewhere is of no use.
    const QJsonObject dns =
        QJsonDocument::fromJson(text).object().value(QStringLiteral("dns")).toObject();
    if (dns.value(QStringLiteral("port")).toInt() == 53)
        lab.nameserver = QHostAddress(dns.value(QStringLiteral("address")).toString());
    else if (!lab.mirrors.isEmpty())
        lab.referenceMirror = lab.mirrors.first().name;
    return lab;
}
