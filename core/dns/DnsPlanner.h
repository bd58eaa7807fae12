#pragma once

#include "dns/DnsRecordSet.h"

// Where one mirror stands for its country's name after a sweep, from its
// verdict, its alerts and the operators' acts; the service decides it.
struct DnsStanding
{
    enum class Kind
    {
        Serves,    // fit on a check made since its last maintenance: in
        Leaves,    // judged out (removed, unreachable for N checks, a vhost missing)
        Withdrawn, // out by an operator's act (disabled, in maintenance, back from one unchecked)
        Holds      // nothing to decide (old or lagging, not yet removed): as published,
                   // at the address and in the country it was published with
    };

    qint64 mirrorId = 0;
    QString mirror;
    QString country;
    QString address;
    Kind kind = Kind::Holds;
    QString why; // said beside it while it is out
};

struct DnsChange
{
    QString country;
    DnsRecord record;
    QString why;
};

// What the names hold after a sweep, and what that changes.
struct DnsPlan
{
    DnsRecordSets sets;
    QStringList changed; // countries whose records differ from those published, or never published
    QList<DnsChange> added;
    QList<DnsChange> removed;
    QList<DnsChange> deferred; // judged out, kept in by the removal limit

    bool changes() const { return !changed.isEmpty(); }
};

// The safeguards of the monitor's DNS against its own mistakes: a judged
// removal waits when more than maxRemovals were judged in one sweep (the
// operators' acts never wait), no country is left without a record (the
// fallback pool's CNAME), an address or country that is not one is never
// published, and a new address or country is published only for a mirror
// that serves (a check found it fit there). Pure: published is what the
// names held after the last update.
namespace DnsPlanner {

DnsPlan plan(const QList<DnsStanding>& standings, const DnsRecordSets& published, int maxRemovals);

} // namespace DnsPlanner
