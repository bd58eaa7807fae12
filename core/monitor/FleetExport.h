#pragma once

#include "dns/DnsZoneText.h"
#include "inventory/MirrorRecord.h"
#include "monitor/FreshnessSweep.h"
#include "monitor/Uptime.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class InventoryDatabase;

// A mirror with its latest stored freshness check.
struct MirrorStatus
{
    MirrorRecord mirror;
    std::optional<FreshnessResult> latest; // none: never checked
    UptimeFigures uptime;                  // over the report's period

    QString verdict() const; // "unchecked" when never checked
    // Fit to serve db.XY.clamav.net: enabled, fresh (so not lagging either),
    // and answering under database.clamav.net and its country's name.
    bool fitToServe() const;
};

// What the coordination team publishes from the verdicts: the BIND lines of
// each country's db.XY.clamav.net, the mirrors page, and the status as JSON
// and CSV. Pure functions of the statuses given.
namespace FleetExport {

QList<MirrorStatus> collect(InventoryDatabase& database, const QList<MirrorRecord>& mirrors,
                            const UptimeReport& uptime);

struct ZoneOptions
{
    QString country; // empty: every country
    DnsZoneText::Names names;
};

// A and AAAA lines of the fit mirrors, per country; a country whose mirrors
// are all unfit gets a CNAME to the fallback pool and a comment saying so.
QString bindZone(const QList<MirrorStatus>& statuses, const ZoneOptions& options,
                 const QDateTime& at);
QString mirrorsHtml(const QList<MirrorStatus>& statuses, const QDateTime& at);
QJsonObject statusJson(const QList<MirrorStatus>& statuses, const QDateTime& at);
QByteArray statusCsv(const QList<MirrorStatus>& statuses);

enum class Format
{
    Csv,  // the status of the enabled mirrors, as mirrorctl verdicts --csv
    Json, // the same, as mirrorctl verdicts --json
    Html, // the mirrors page, as mirrorctl export-html
    Zone  // every mirror's country record, as mirrorctl export-dns
};
// A whole document of the stored fleet, uptime over the last days.
QByteArray document(InventoryDatabase& database, Format format, const ZoneOptions& zone, int days,
                    const QDateTime& at);

} // namespace FleetExport
