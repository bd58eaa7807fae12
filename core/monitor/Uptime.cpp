#include "monitor/Uptime.h"

#include "inventory/ProbeHistory.h"

void UptimeFigures::add(const QString& verdict)
{
    ++checks;
    reachable += verdict == QLatin1String("unreachable") ? 0 : 1;
    fresh += verdict == QLatin1String("fresh") ? 1 : 0;
}

UptimeFigures& UptimeFigures::operator+=(const UptimeFigures& other)
{
    checks += other.checks;
    reachable += other.reachable;
    fresh += other.fresh;
    return *this;
}

UptimeReport UptimeReport::build(InventoryDatabase& database, const QList<MirrorRecord>& mirrors,
                                 const QDateTime& since)
{
    UptimeReport report;
    report.since = since;
    ProbeHistory history(database);
    for (const MirrorRecord& mirror : mirrors) {
        UptimeFigures& total = report.byMirror[mirror.name];
        QMap<QDate, UptimeFigures>& days = report.byMirrorAndDay[mirror.name];
        for (const HistoryEntry& entry :
             history.entries(mirror.id, QStringLiteral("freshness"), since)) {
            const QString verdict = entry.payload.value(QStringLiteral("verdict")).toString();
            total.add(verdict);
            days[entry.at.toUTC().date()].add(verdict);
        }
        report.byCountry[mirror.country] += total;
        QMap<QDate, UptimeFigures>& countryDays = report.byCountryAndDay[mirror.country];
        for (auto it = days.cbegin(); it != days.cend(); ++it)
            countryDays[it.key()] += it.value();
    }
    return report;
}
