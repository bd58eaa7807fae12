#include "dns/DnsZoneText.h"

namespace {

QString comment(const QString& text)
{
    return QStringLiteral("; ") + DnsNames::commentText(text) + QLatin1Char('\n');
}

QString recordData(const DnsRecord& record)
{
    return QStringLiteral("IN %1 %2")
        .arg(record.isV6() ? QStringLiteral("AAAA") : QStringLiteral("A"), record.address);
}

} // namespace

namespace DnsZoneText {

QString zoneLines(const DnsRecordSets& sets, const Names& names, const QString& header)
{
    QString text = comment(header);
    for (const CountryRecords& set : sets) {
        const QString owner = DnsNames::owner(set.country, names.zone);
        text += QLatin1Char('\n');
        for (const QString& note : set.notes)
            text += comment(note);
        for (const DnsRecord& record : set.records)
            text += QStringLiteral("%1 %2 %3 ; %4\n")
                        .arg(owner)
                        .arg(names.ttl)
                        .arg(recordData(record), DnsNames::commentText(record.mirror));
        if (set.fallsBack()) {
            text += comment(QStringLiteral("%1: no fit mirror, falls back to %2")
                                .arg(set.country, names.fallbackPool));
            text += QStringLiteral("%1 %2 IN CNAME %3.\n")
                        .arg(owner)
                        .arg(names.ttl)
                        .arg(names.fallbackPool);
        }
    }
    return text;
}

QString nsupdateScript(const DnsRecordSets& sets, const QStringList& countries, const Names& names,
                       const Server& server, const QString& header)
{
    QString text = comment(header);
    text += QStringLiteral("server %1 %2\n").arg(server.host).arg(server.port);
    text += QStringLiteral("zone %1.\n").arg(names.zone);
    for (const QString& country : countries) {
        const auto set = sets.constFind(country);
        if (set == sets.cend())
            continue;
        const QString owner = DnsNames::owner(set->country, names.zone);
        text += comment(set->country);
        for (const QString& note : set->notes)
            text += comment(note);
        for (const char* type : {"A", "AAAA", "CNAME"})
            text += QStringLiteral("update delete %1 %2\n").arg(owner, QLatin1String(type));
        for (const DnsRecord& record : set->records)
            text += QStringLiteral("update add %1 %2 %3\n")
                        .arg(owner)
                        .arg(names.ttl)
                        .arg(recordData(record));
        if (set->fallsBack())
            text += QStringLiteral("update add %1 %2 IN CNAME %3.\n")
                        .arg(owner)
                        .arg(names.ttl)
                        .arg(names.fallbackPool);
    }
    text += QStringLiteral("send\n");
    return text;
}

} // namespace DnsZoneText
