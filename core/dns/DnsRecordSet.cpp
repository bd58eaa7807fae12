#include "dns/DnsRecordSet.h"

bool CountryRecords::sameRecords(const CountryRecords& other) const
{
    // By mirror too: the store must learn which mirror an address stands for.
    const auto entries = [](const QList<DnsRecord>& of) {
        QStringList list;
        for (const DnsRecord& r : of)
            list << QStringLiteral("%1 %2").arg(r.address).arg(r.mirrorId);
        list.sort();
        return list;
    };
    return entries(records) == entries(other.records);
}

namespace DnsNames {

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
