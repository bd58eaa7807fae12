#pragma once

#include "parsers/AccessLog.h"
#include "parsers/NetDevCounters.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>

struct HistoryEntry;
struct ProbeOutput;

// What one probe learnt of a mirror's traffic: the access log's new lines
// tallied (the ClamAV-MirrorCheck left out) and the interface counters.
struct TrafficSample
{
    QMap<qint64, AccessLogTally::Bucket> hours; // key: hour start, epoch s
    QList<QPair<QByteArray, qint64>> topAgents;
    qint64 monitoringRequests = 0;
    qint64 malformedLines = 0;
    // The access log was first seen this large: only its recent end was read.
    qint64 skippedBytes = 0;
    QList<NetDevCounters> interfaces;

    QJsonObject toJson() const;
    static TrafficSample fromJson(const QJsonObject& json);
};

// Month to date from the stored samples, against the How-to's expectation.
struct MonthTraffic
{
    qint64 bytes = 0;
    qint64 requests = 0;
    qint64 cvdBytes = 0;
    qint64 cdiffBytes = 0;
    QMap<qint64, qint64> bytesPerDay; // day start, epoch s
    qint64 projectedBytes = 0;        // this month at the pace so far
    qint64 expectedLow = 0;
    qint64 expectedHigh = 0;
    QString verdict;
    // The second source: bytes the busiest interface sent between the first
    // and the last sample of the month, across counter resets; no name
    // when none sent anything.
    QString interfaceName;
    qint64 interfaceSentBytes = 0;
    bool interfacesCounted = false; // two samples of one interface, at least
    // Of the access log as first seen, the bytes before the recent window read.
    qint64 skippedBytes = 0;
};

// What the bandwidth view shows of a month of samples.
struct TrafficSummary
{
    int samples = 0; // none: the access log was never read
    MonthTraffic month;
    QMap<qint64, qint64> recentHours;        // the last two days: hour start, epoch s → bytes
    QMap<qint64, qint64> recentDays;         // the last 30 days: UTC day start, epoch s → bytes
    QList<QPair<QString, qint64>> topAgents; // the five busiest, busiest first
};

namespace TrafficReader {

TrafficSample read(const ProbeOutput& probe);

// country: the How-to expects more of mirrors in the US zone (up to 8 TB).
MonthTraffic monthToDate(const QList<HistoryEntry>& samples, const QDateTime& now,
                         const QString& country);

// From the samples of the last month or so.
TrafficSummary summary(const QList<HistoryEntry>& samples, const QDateTime& now,
                       const QString& country);

// Bytes the access log shows sent on that UTC day, from the samples covering it.
qint64 sentOn(const QList<HistoryEntry>& samples, const QDate& day);

} // namespace TrafficReader
