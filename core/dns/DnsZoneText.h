#pragma once

#include "dns/DnsRecordSet.h"

// The record sets as text a DNS server takes: BIND zone lines (for a zone
// fragment or `mirrorctl export-dns`) and an nsupdate script (RFC 2136).
// Pure: the addresses and countries in the sets come from the planner, which
// publishes no other; the zone, pool and server from the settings, which read
// as their defaults whatever would not be taken when set; every note and
// mirror name passes DnsNames::commentText here.
namespace DnsZoneText {

struct Names
{
    QString zone = QStringLiteral("clamav.net");
    QString fallbackPool = QStringLiteral("db.local.clamav.net"); // a CNAME for a country with none
    int ttl = 300;
};

// header: a comment line on top (without its "; "). The countries in order,
// each after a blank line: its notes, its A and AAAA lines, or its CNAME.
QString zoneLines(const DnsRecordSets& sets, const Names& names, const QString& header);

struct Server
{
    QString host; // an address or a host name
    quint16 port = 53;
};

// One update for all the countries named: each name's A, AAAA and CNAME
// deleted, then its records added, or the fallback CNAME (a CNAME beside an
// A is refused, so both go in one update). One `send`: all or nothing.
QString nsupdateScript(const DnsRecordSets& sets, const QStringList& countries, const Names& names,
                       const Server& server, const QString& header);

} // namespace DnsZoneText
