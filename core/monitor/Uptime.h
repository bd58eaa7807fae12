#pragma once

#include "inventory/MirrorRecord.h"

#include <QDate>
#include <QDateTime>
#include <QMap>

class InventoryDatabase;

// Counts over stored freshness checks: how many answered, how many were fresh.
struct UptimeFigures
{
    int checks = 0;
    int reachable = 0; // any verdict but unreachable
    int fresh = 0;

    void add(const QString& verdict);
    UptimeFigures& operator+=(const UptimeFigures& other);
    double uptime() const { return checks ? double(reachable) / checks : 0; }
    double freshShare() const { return checks ? double(fresh) / checks : 0; }
};

// Uptime and freshness over time, per mirror, per country and per day, from
// the stored checks: what a mirmon-like chart and the mirrors page need.
struct UptimeReport
{
    QDateTime since;
    QMap<QString, UptimeFigures> byMirror;
    QMap<QString, UptimeFigures> byCountry;
    QMap<QString, QMap<QDate, UptimeFigures>> byMirrorAndDay; // UTC days
    QMap<QString, QMap<QDate, UptimeFigures>> byCountryAndDay;

    static UptimeReport build(InventoryDatabase& database, const QList<MirrorRecord>& mirrors,
                              const QDateTime& since);
};
