#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// One mirror's address under its country's db.XY.clamav.net.
struct DnsRecord
{
    qint64 mirrorId = 0;
    QString mirror;
    QString address; // canonical text of an IPv4 or IPv6 address

    bool isV6() const { return address.contains(QLatin1Char(':')); }
    friend bool operator==(const DnsRecord&, const DnsRecord&) = default;
};

// What one country's name holds: its mirrors' addresses, or, with none, the
// fallback pool; and why the others are left out, said beside them.
struct CountryRecords
{
    QString country; // ISO 3166 alpha-2, upper case
    QList<DnsRecord> records;
    QStringList notes;

    bool fallsBack() const { return records.isEmpty(); }
    // Whether the name holds the same mirrors at the same addresses, whatever
    // the order and notes.
    bool sameRecords(const CountryRecords& other) const;
};

// Every country's record set, by country code.
using DnsRecordSets = QMap<QString, CountryRecords>;

namespace DnsNames {

// db.xy.<zone>. for the country.
QString owner(const QString& country, const QString& zone);
// Text fit for a comment line of a zone file or an nsupdate script: no
// control characters (a line break would end the comment), at most 200
// characters.
QString commentText(const QString& text);

} // namespace DnsNames
