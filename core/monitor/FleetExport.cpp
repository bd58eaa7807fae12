#include "monitor/FleetExport.h"

#include "dns/DnsPlanner.h"
#include "dns/DnsZoneText.h"
#include "inventory/MirrorInventory.h"
#include "inventory/ProbeHistory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FleetExport", text);
}

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString percent(double share)
{
    return QString::number(share * 100, 'f', 1);
}

} // namespace

QString MirrorStatus::verdict() const
{
    return latest ? FreshnessVerdict::name(latest->verdict.kind) : QStringLiteral("unchecked");
}

bool MirrorStatus::fitToServe() const
{
    if (!mirror.enabled || verdict() != QLatin1String("fresh"))
        return false;
    const QMap<QString, bool>& vhosts = latest->check.vhosts;
    const QString country = QStringLiteral("db.%1.clamav.net").arg(mirror.country.toLower());
    return vhosts.value(QStringLiteral("database.clamav.net")) && vhosts.value(country, true);
}

namespace FleetExport {

QList<MirrorStatus> collect(InventoryDatabase& database, const QList<MirrorRecord>& mirrors,
                            const UptimeReport& uptime)
{
    ProbeHistory history(database);
    QList<MirrorStatus> statuses;
    for (const MirrorRecord& mirror : mirrors) {
        MirrorStatus status{mirror, std::nullopt, uptime.byMirror.value(mirror.name)};
        if (const auto latest = history.latest(mirror.id, QStringLiteral("freshness"))) {
            status.latest = FreshnessResult::fromJson(latest->payload);
            status.latest->mirrorId = mirror.id;
        }
        statuses << status;
    }
    return statuses;
}

QString bindZone(const QList<MirrorStatus>& statuses, const ZoneOptions& options,
                 const QDateTime& at)
{
    // The monitor's planner with nothing published before: a fit mirror is
    // in, any other out with the reason beside it.
    QList<DnsStanding> standings;
    for (const MirrorStatus& status : statuses) {
        const MirrorRecord& m = status.mirror;
        if (!options.country.isEmpty() && m.country.compare(options.country, Qt::CaseInsensitive))
            continue;
        const auto kind = status.fitToServe() ? DnsStanding::Kind::Serves
                          : m.enabled         ? DnsStanding::Kind::Leaves
                                              : DnsStanding::Kind::Withdrawn;
        standings.append({m.id, m.name, m.country, m.address, kind,
                          m.enabled ? status.verdict() : tr("disabled")});
    }
    const DnsPlan plan = DnsPlanner::plan(standings, {}, 0);
    return DnsZoneText::zoneLines(plan.sets, options.names,
                                  QStringLiteral("db.XY.%1 from Mirror Console's verdicts of %2")
                                      .arg(options.names.zone, at.toUTC().toString(Qt::ISODate)));
}

QString mirrorsHtml(const QList<MirrorStatus>& statuses, const QDateTime& at)
{
    QList<const MirrorStatus*> sorted;
    for (const MirrorStatus& status : statuses)
        sorted << &status;
    std::sort(sorted.begin(), sorted.end(), [](const MirrorStatus* a, const MirrorStatus* b) {
        return std::tie(a->mirror.country, a->mirror.name) <
               std::tie(b->mirror.country, b->mirror.name);
    });
    QString rows;
    for (const MirrorStatus* status : std::as_const(sorted)) {
        rows += QStringLiteral("<tr class=\"%1\"><td>%2</td><td>%3</td><td>%4</td><td>%5 %</td>"
                               "</tr>\n")
                    .arg(status->verdict(), status->mirror.country.toHtmlEscaped(),
                         status->mirror.name.toHtmlEscaped(), status->verdict(),
                         percent(status->uptime.uptime()));
    }
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>ClamAV database mirrors</title>\n<style>\n"
                          "table { border-collapse: collapse; }\n"
                          "td, th { padding: 0.2em 0.8em; text-align: left; }\n"
                          "tr.fresh td:nth-child(4) { color: #1e7e34; }\n"
                          "tr.old td:nth-child(4), tr.removed td:nth-child(4), "
                          "tr.unreachable td:nth-child(4) { color: #b02a37; }\n"
                          "</style>\n</head>\n<body>\n<h1>ClamAV database mirrors</h1>\n"
                          "<p>Status of %1 UTC.</p>\n<table>\n<thead><tr><th>Country</th>"
                          "<th>Host</th><th>Status</th><th>Uptime</th></tr></thead>\n<tbody>\n"
                          "%2</tbody>\n</table>\n</body>\n</html>\n")
        .arg(at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), rows);
}

QJsonObject statusJson(const QList<MirrorStatus>& statuses, const QDateTime& at)
{
    QJsonArray mirrors;
    for (const MirrorStatus& status : statuses) {
        QJsonObject m{{QStringLiteral("mirror"), status.mirror.name},
                      {QStringLiteral("country"), status.mirror.country},
                      {QStringLiteral("enabled"), status.mirror.enabled},
                      {QStringLiteral("verdict"), status.verdict()},
                      {QStringLiteral("fitToServe"), status.fitToServe()},
                      {QStringLiteral("checks"), status.uptime.checks},
                      {QStringLiteral("uptime"), status.uptime.uptime()},
                      {QStringLiteral("freshShare"), status.uptime.freshShare()}};
        if (status.latest)
            m.insert(QStringLiteral("latest"), status.latest->toJson());
        mirrors.append(m);
    }
    return {{QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("mirrors"), mirrors}};
}

QByteArray statusCsv(const QList<MirrorStatus>& statuses)
{
    QString csv = QStringLiteral("mirror,country,enabled,verdict,reason,checked_at,"
                                 "timestamp_age_hours,daily,daily_lag,fit_to_serve,checks,"
                                 "uptime_percent,fresh_percent\n");
    for (const MirrorStatus& s : statuses) {
        const FreshnessResult l = s.latest.value_or(FreshnessResult());
        const auto age = l.check.timestampAgeHours();
        const auto daily = l.check.daily();
        csv += QStringList{csvField(s.mirror.name),
                           csvField(s.mirror.country),
                           s.mirror.enabled ? QStringLiteral("yes") : QStringLiteral("no"),
                           s.verdict(),
                           csvField(l.verdict.reason),
                           l.check.checkedAt.toString(Qt::ISODate),
                           age ? QString::number(*age, 'f', 2) : QString(),
                           daily ? QString::number(*daily) : QString(),
                           QString::number(l.verdict.dailyLag),
                           s.fitToServe() ? QStringLiteral("yes") : QStringLiteral("no"),
                           QString::number(s.uptime.checks),
                           percent(s.uptime.uptime()),
                           percent(s.uptime.freshShare())}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    }
    return csv.toUtf8();
}

QByteArray document(InventoryDatabase& database, Format format, const ZoneOptions& zone, int days,
                    const QDateTime& at)
{
    QList<MirrorRecord> mirrors = MirrorInventory(database).all();
    // Disabled mirrors stay in the zone, so that it says why they are left out.
    if (format == Format::Zone)
        return bindZone(collect(database, mirrors, {}), zone, at).toUtf8();
    mirrors.removeIf([](const MirrorRecord& m) { return !m.enabled; });
    const QList<MirrorStatus> statuses =
        collect(database, mirrors, UptimeReport::build(database, mirrors, at.addDays(-days)));
    switch (format) {
    case Format::Csv:
        return statusCsv(statuses);
    case Format::Json:
        return QJsonDocument(statusJson(statuses, at)).toJson();
    case Format::Html:
        return mirrorsHtml(statuses, at).toUtf8();
    case Format::Zone:
        break;
    }
    return {};
}

} // namespace FleetExport
