#include "facts/TrafficFacts.h"

#include "inventory/ProbeHistory.h"
#include "remote/ProbeOutput.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace {

constexpr qint64 kGB = 1000LL * 1000 * 1000;

QString tr(const char* text)
{
    return QCoreApplication::translate("TrafficReader", text);
}

} // namespace

QJsonObject TrafficSample::toJson() const
{
    QJsonObject byHour;
    for (auto it = hours.cbegin(); it != hours.cend(); ++it)
        byHour.insert(QString::number(it.key()),
                      QJsonArray{it->bytes, it->requests, it->cvdBytes, it->cdiffBytes});
    QJsonArray agents;
    for (const auto& [agent, count] : topAgents)
        agents.append(QJsonArray{QString::fromUtf8(agent), count});
    QJsonObject nics;
    for (const NetDevCounters& n : interfaces)
        nics.insert(n.interface, QJsonArray{qint64(n.receivedBytes), qint64(n.sentBytes)});
    return {{QStringLiteral("hours"), byHour},
            {QStringLiteral("agents"), agents},
            {QStringLiteral("monitoring"), monitoringRequests},
            {QStringLiteral("malformed"), malformedLines},
            {QStringLiteral("skippedBytes"), skippedBytes},
            {QStringLiteral("interfaces"), nics}};
}

TrafficSample TrafficSample::fromJson(const QJsonObject& json)
{
    TrafficSample sample;
    const QJsonObject byHour = json.value(QStringLiteral("hours")).toObject();
    for (auto it = byHour.constBegin(); it != byHour.constEnd(); ++it) {
        const QJsonArray v = it.value().toArray();
        sample.hours.insert(it.key().toLongLong(), {v.at(0).toInteger(), v.at(1).toInteger(),
                                                    v.at(2).toInteger(), v.at(3).toInteger()});
    }
    for (const QJsonValue& a : json.value(QStringLiteral("agents")).toArray())
        sample.topAgents.append(
            {a.toArray().at(0).toString().toUtf8(), a.toArray().at(1).toInteger()});
    sample.monitoringRequests = json.value(QStringLiteral("monitoring")).toInteger();
    sample.skippedBytes = json.value(QStringLiteral("skippedBytes")).toInteger();
    sample.malformedLines = json.value(QStringLiteral("malformed")).toInteger();
    const QJsonObject nics = json.value(QStringLiteral("interfaces")).toObject();
    for (auto it = nics.constBegin(); it != nics.constEnd(); ++it)
        sample.interfaces.append({it.key(), quint64(it.value().toArray().at(0).toInteger()), 0,
                                  quint64(it.value().toArray().at(1).toInteger()), 0});
    return sample;
}

namespace TrafficReader {

TrafficSample read(const ProbeOutput& probe)
{
    TrafficSample sample;
    if (const ProbeSection* access = probe.section(QStringLiteral("access"));
        access && access->exitStatus == 0) {
        AccessLogTally tally;
        tally.feed(access->content);
        sample.hours = tally.hours();
        sample.topAgents = tally.topUserAgents(10);
        sample.monitoringRequests = tally.monitoringRequests();
        sample.malformedLines = tally.malformedLines();
        // "access <inode> <offset> <size> window": first seen, its end read.
        if (access->args.value(3) == QLatin1String("window"))
            sample.skippedBytes = access->args.value(1).toLongLong();
    }
    if (const ProbeSection* netdev = probe.section(QStringLiteral("netdev"))) {
        if (auto parsed = NetDevParser::parse(netdev->content))
            sample.interfaces = parsed.value();
    }
    return sample;
}

MonthTraffic monthToDate(const QList<HistoryEntry>& samples, const QDateTime& now,
                         const QString& country)
{
    MonthTraffic month;
    const QDateTime utc = now.toUTC();
    const QDateTime start(QDate(utc.date().year(), utc.date().month(), 1), QTime(0, 0), Qt::UTC);
    const qint64 startSeconds = start.toSecsSinceEpoch();
    for (const HistoryEntry& entry : samples) {
        const TrafficSample sample = TrafficSample::fromJson(entry.payload);
        if (entry.at >= start)
            month.skippedBytes += sample.skippedBytes;
        for (auto it = sample.hours.cbegin(); it != sample.hours.cend(); ++it) {
            if (it.key() < startSeconds)
                continue;
            month.bytes += it->bytes;
            month.requests += it->requests;
            month.cvdBytes += it->cvdBytes;
            month.cdiffBytes += it->cdiffBytes;
            month.bytesPerDay[it.key() - it.key() % 86400] += it->bytes;
        }
    }
    QHash<QString, qint64> sent;
    QHash<QString, quint64> last;
    for (const HistoryEntry& entry : samples) {
        if (entry.at.toSecsSinceEpoch() < startSeconds)
            continue;
        for (const NetDevCounters& nic : TrafficSample::fromJson(entry.payload).interfaces) {
            if (nic.interface == QLatin1String("lo"))
                continue;
            if (last.contains(nic.interface))
                // A counter that went down was reset (reboot): count from zero.
                sent[nic.interface] += qint64(nic.sentBytes >= last.value(nic.interface)
                                                  ? nic.sentBytes - last.value(nic.interface)
                                                  : nic.sentBytes);
            last.insert(nic.interface, nic.sentBytes);
        }
    }
    // The busiest interface is the one serving the mirror; one that sent
    // nothing names nothing, and equal counts pick by name, not hash order.
    month.interfacesCounted = !sent.isEmpty();
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        if (it.value() > month.interfaceSentBytes ||
            (it.value() > 0 && it.value() == month.interfaceSentBytes &&
             it.key() < month.interfaceName)) {
            month.interfaceName = it.key();
            month.interfaceSentBytes = it.value();
        }
    }
    // The How-to, as of 2015: 500 GB to 2 TB a month, up to 8 TB in the US zone.
    month.expectedLow = 500 * kGB;
    month.expectedHigh = (country == QLatin1String("US") ? 8000 : 2000) * kGB;
    const double elapsed = double(utc.toSecsSinceEpoch() - startSeconds) /
                           (double(utc.date().daysInMonth()) * 86400.0);
    month.projectedBytes = elapsed > 0 ? qint64(double(month.bytes) / elapsed) : 0;
    const auto size = [](qint64 b) {
        return QLocale::c().formattedDataSize(b, 1, QLocale::DataSizeSIFormat);
    };
    month.verdict = month.projectedBytes < month.expectedLow
                        ? tr("%1 so far, on pace for %2: below the expected %3 to %4")
                    : month.projectedBytes > month.expectedHigh
                        ? tr("%1 so far, on pace for %2: above the expected %3 to %4")
                        : tr("%1 so far, on pace for %2: within the expected %3 to %4");
    month.verdict = month.verdict.arg(size(month.bytes), size(month.projectedBytes),
                                      size(month.expectedLow), size(month.expectedHigh));
    return month;
}

qint64 sentOn(const QList<HistoryEntry>& samples, const QDate& day)
{
    const qint64 start = day.startOfDay(Qt::UTC).toSecsSinceEpoch();
    const qint64 end = start + 24 * 3600;
    qint64 bytes = 0;
    for (const HistoryEntry& entry : samples) {
        const TrafficSample sample = TrafficSample::fromJson(entry.payload);
        for (auto hour = sample.hours.lowerBound(start);
             hour != sample.hours.cend() && hour.key() < end; ++hour)
            bytes += hour.value().bytes;
    }
    return bytes;
}

} // namespace TrafficReader

namespace TrafficReader {

TrafficSummary summary(const QList<HistoryEntry>& samples, const QDateTime& now,
                       const QString& country)
{
    TrafficSummary summary;
    summary.samples = int(samples.size());
    summary.month = monthToDate(samples, now, country);
    QHash<QString, qint64> agents;
    const qint64 recent = now.addDays(-2).toSecsSinceEpoch();
    const qint64 month = now.toUTC().date().addDays(-29).startOfDay(Qt::UTC).toSecsSinceEpoch();
    constexpr qint64 day = 24 * 3600;
    for (const HistoryEntry& entry : samples) {
        const TrafficSample sample = TrafficSample::fromJson(entry.payload);
        for (auto it = sample.hours.cbegin(); it != sample.hours.cend(); ++it) {
            if (it.key() >= recent)
                summary.recentHours[it.key()] += it.value().bytes;
            if (it.key() >= month)
                summary.recentDays[it.key() - it.key() % day] += it.value().bytes;
        }
        for (const auto& [agent, count] : sample.topAgents)
            agents[QString::fromUtf8(agent)] += count;
    }
    QList<QPair<QString, qint64>> top(agents.keyValueBegin(), agents.keyValueEnd());
    std::sort(top.begin(), top.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    summary.topAgents = top.mid(0, 5);
    return summary;
}

} // namespace TrafficReader
