#include "dns/DnsRecordSet.h"

#include <algorithm>

bool CountryRecords::sameRecords(const CountryRecords& other) const
{
    const auto addresses = [](const QList<DnsRecord>& of) {
        QStringList list;
        for (const DnsRecord& r : of)
            list << r.address;
        list.sort();
        return list;
    };
    return addresses(records) == addresses(other.records);
}

namespace DnsNames {

bool isCountryCode(const QString& country)
{
    return country.size() == 2 && std::all_of(country.cbegin(), country.cend(), [](QChar c) {
               return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                      (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
           });
}

QString owner(const QString& country, const QString& zone)
{
    return QStringLiteral("db.%1.%2.").arg(country.toLower(), zone);
}

QString commentText(const QString& text)
{
    QString clean = text.left(200);
    for (QChar& c : clean) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return clean;
}

} // namespace DnsNames
