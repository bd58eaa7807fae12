#pragma once

#include "dns/DnsRecordSet.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>

#include <optional>

class InventoryDatabase;

// What the monitor last published in DNS, per country, as the store keeps
// it across restarts: the next sweep's changes are counted against it.
class DnsRecordStore
{
public:
    explicit DnsRecordStore(InventoryDatabase& database) : m_db(database) {}

    // Empty when nothing was ever published; a country with no record
    // stands for its fallback.
    Result<DnsRecordSets> published() const;
    // One transaction: the countries given replace those stored; a record
    // that stays keeps the time it came in.
    Result<Done> replace(const DnsRecordSets& sets, const QDateTime& at);
    // Each published mirror and since when.
    QHash<qint64, QDateTime> mirrorsIn() const;
    // For one mirror's line: none when nothing was ever published (the
    // monitor publishes no DNS), else whether it is in.
    std::optional<bool> isIn(qint64 mirrorId) const;

private:
    InventoryDatabase& m_db;
};
