#include "dns/DnsPlanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DnsPlanner", text);
}

struct Placed
{
    QString country;
    DnsRecord record;
};

} // namespace

namespace DnsPlanner {

QString canonicalAddress(const QString& address)
{
    const QHostAddress parsed(address);
    if (parsed.isNull() || !parsed.scopeId().isEmpty())
        return {};
    if (parsed.protocol() == QAbstractSocket::IPv4Protocol) {
        if (address.count(QLatin1Char('.')) != 3)
            return {};
        return parsed.toString();
    }
    if (const auto v4 = parsed.toIPv4Address(nullptr); parsed.isEqual(QHostAddress(v4)))
        return {}; // an IPv4-mapped address belongs in an A record, written as such
    return parsed.toString().toLower();
}

DnsPlan plan(const QList<DnsStanding>& standings, const DnsRecordSets& published, int maxRemovals)
{
    QHash<qint64, Placed> wasIn;
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
        judgedOut += s.kind == DnsStanding::Kind::Leaves && wasIn.contains(s.mirrorId);
    int allowedOut = std::max(0, maxRemovals);

    DnsPlan plan;
    QHash<qint64, Placed> isIn;
    QHash<qint64, QString> outWhy;
    const auto setOf = [&plan](const QString& country) -> CountryRecords& {
        CountryRecords& set = plan.sets[country];
        set.country = country;
        return set;
    };
    for (const DnsStanding& s : std::as_const(sorted)) {
        if (!DnsNames::isCountryCode(s.country)) {
            // No name to be in: if it was in one, it leaves it.
            outWhy.insert(s.mirrorId, tr("its country %1 is not a country code").arg(s.country));
            continue;
        }
        CountryRecords& set = setOf(s.country);
        const QString address = canonicalAddress(s.address);
        const bool was = wasIn.contains(s.mirrorId);
        bool in = false;
        QString why = s.why;
        if (address.isEmpty()) {
            why = tr("its address %1 is not an IP address").arg(s.address);
        } else {
            switch (s.kind) {
            case DnsStanding::Kind::Serves:
                in = true;
                break;
            case DnsStanding::Kind::Holds:
                in = was;
                break;
            case DnsStanding::Kind::Withdrawn:
                break;
            case DnsStanding::Kind::Leaves:
                if (was && allowedOut == 0) {
                    in = true;
                    plan.deferred.append({s.country, {s.mirrorId, s.mirror, address}, s.why});
                    set.notes << tr("%1 kept for now, at most %2 removals a sweep (%3 judged "
                                    "out): %4")
                                     .arg(s.mirror)
                                     .arg(maxRemovals)
                                     .arg(judgedOut)
                                     .arg(s.why);
                } else if (was) {
                    --allowedOut;
                }
                break;
            }
        }
        if (!in) {
            set.notes << tr("%1 left out: %2").arg(s.mirror, why);
            outWhy.insert(s.mirrorId, why);
            continue;
        }
        const DnsRecord record{s.mirrorId, s.mirror, address};
        set.records << record;
        isIn.insert(s.mirrorId, {s.country, record});
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
