#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// One mirror as the dashboards see it, from the store.
struct MirrorMetrics
{
    QString mirror;
    QString country;
    bool enabled = true;
    QString verdict; // fresh ... unchecked
    bool reachable = false;
    std::optional<double> timestampAgeSeconds;
    int dailyLag = 0;
    std::optional<double> checkSeconds;
    QDateTime lastSuccessfulSync;
    QString lock; // absent, held, stale, unknown
    std::optional<qint64> freeBytes;
    qint64 monthSentBytes = 0;
    bool inMaintenance = false;
    QStringList alerts;        // the rules raised now
    std::optional<bool> inDns; // none: the monitor publishes no DNS
};

// The monitoring service itself.
struct MonitorHealth
{
    QDateTime startedAt;
    qint64 sweeps = 0;
    QDateTime lastSweepAt;
    double lastSweepSeconds = 0;
    double lastRefreshSeconds = 0;
    qint64 mailsSent = 0;
    qint64 mailsFailed = 0;
    qint64 mailsWaiting = 0;
    std::optional<int> currentDaily;
    bool checkerFailed = false; // the last sweep was the checker's own failure
    bool publishesDns = false;
    qint64 dnsUpdates = 0;
    qint64 dnsFailures = 0;
};

// The metrics page: OpenMetrics 1.0 for a scraper that asks for it (as
// Prometheus does), the classic text format otherwise. Label values are
// escaped; a mirror's name cannot break a line.
namespace MetricsExposition {

enum class Format
{
    OpenMetrics,
    Text
};

// By the Accept header a scraper sent.
Format negotiate(const QByteArray& accept);
QByteArray contentType(Format format);
QByteArray render(const QList<MirrorMetrics>& mirrors, const MonitorHealth& health, Format format);

} // namespace MetricsExposition
