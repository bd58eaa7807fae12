#include "dns/DnsPlanner.h"

#include "inventory/CountryCodes.h"
#include "util/Addresses.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DnsPlanner", text);
}

// A mirror's record in a country's name.
struct PublishedRecord
{
    QString country;
    DnsRecord record;
};

} // namespace

namespace DnsPlanner {

DnsPlan plan(const QList<DnsStanding>& standings, const DnsRecordSets& published, int maxRemovals)
{
    QHash<qint64, PublishedRecord> wasIn;
    for (const CountryRecords& set : published) {
        for (const DnsRecord& record : set.records)
            wasIn.insert(record.mirrorId, {set.country, record});
    }

    QList<DnsStanding> sorted = standings;
    for (DnsStanding& s : sorted)
        s.country = s.country.toUpper();
    std::sort(sorted.begin(), sorted.end(), [](const DnsStanding& a, const DnsStanding& b) {
        return std::tie(a.country, a.mirror) < std::tie(b.country, b.mirror);
    });
    // Judged removals in a stable order: the first ones go, the rest wait.
    int judgedOut = 0;
    for (const DnsStanding& s : std::as_const(sorted))
        judgedOut += s.kind == DnsStanding::Kind::Leaves && wasIn.contains(s.mirrorId) &&
                     CountryCodes::isValid(s.country) &&
                     !Addresses::canonicalIpAddress(s.address).isEmpty();
    int allowedOut = std::max(0, maxRemovals);

    DnsPlan plan;
    QHash<qint64, PublishedRecord> isIn;
    QHash<qint64, QString> outWhy;
    const auto setOf = [&plan](const QString& country) -> CountryRecords& {
        CountryRecords& set = plan.sets[country];
        set.country = country;
        return set;
    };
    for (const DnsStanding& s : std::as_const(sorted)) {
        if (!CountryCodes::isValid(s.country)) {
            // No name to be in: if it was in one, it leaves it.
            outWhy.insert(s.mirrorId, tr("its country %1 is not a country code").arg(s.country));
            continue;
        }
        CountryRecords& set = setOf(s.country);
        const QString address = Addresses::canonicalIpAddress(s.address);
        const auto was = wasIn.constFind(s.mirrorId);
        // Kept in: as published, wherever the inventory says it is now.
        const auto keep = [&](const QString& note) {
            CountryRecords& kept = setOf(was->country);
            kept.records << was->record;
            if (!note.isEmpty())
                kept.notes << note;
            isIn.insert(s.mirrorId, *was);
        };
        if (address.isEmpty()) {
            const QString why = tr("its address %1 is not an IP address").arg(s.address);
            set.notes << tr("%1 left out: %2").arg(s.mirror, why);
            outWhy.insert(s.mirrorId, why);
            continue;
        }
        switch (s.kind) {
        case DnsStanding::Kind::Serves: {
            const DnsRecord record{s.mirrorId, s.mirror, address};
            set.records << record;
            isIn.insert(s.mirrorId, {s.country, record});
            continue;
        }
        case DnsStanding::Kind::Holds:
            if (was != wasIn.cend()) {
                keep({});
                continue;
            }
            break;
        case DnsStanding::Kind::Leaves:
            if (was != wasIn.cend() && allowedOut == 0) {
                plan.deferred.append({was->country, was->record, s.why});
                keep(tr("%1 kept for now, at most %2 removals a sweep (%3 judged out): %4")
                         .arg(s.mirror)
                         .arg(maxRemovals)
                         .arg(judgedOut)
                         .arg(s.why));
                continue;
            }
            if (was != wasIn.cend())
                --allowedOut;
            break;
        case DnsStanding::Kind::Withdrawn:
            break;
        }
        set.notes << tr("%1 left out: %2").arg(s.mirror, s.why);
        outWhy.insert(s.mirrorId, s.why);
    }
    // A country is kept while it has a name: its fallback, once empty.
    for (const CountryRecords& set : published)
        setOf(set.country);

    for (auto it = wasIn.cbegin(); it != wasIn.cend(); ++it) {
        if (!isIn.contains(it.key()))
            plan.removed.append({it->country, it->record,
                                 outWhy.value(it.key(), tr("no longer in the inventory"))});
    }
    for (auto it = isIn.cbegin(); it != isIn.cend(); ++it) {
        if (!wasIn.contains(it.key()))
            plan.added.append({it->country, it->record, {}});
    }
    for (const CountryRecords& set : std::as_const(plan.sets)) {
        const auto before = published.constFind(set.country);
        if (before == published.cend() || !before->sameRecords(set))
            plan.changed << set.country;
    }
    const auto byName = [](const DnsChange& a, const DnsChange& b) {
        return std::tie(a.country, a.record.mirror) < std::tie(b.country, b.record.mirror);
    };
    std::sort(plan.added.begin(), plan.added.end(), byName);
    std::sort(plan.removed.begin(), plan.removed.end(), byName);
    return plan;
}

} // namespace DnsPlanner
