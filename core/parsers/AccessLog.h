#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QMap>

// One request from a mirror's access log in the combined family of formats:
// Apache's combinedrealsize (%O: bytes really sent), Apache/nginx combined
// (%b / $body_bytes_sent), lighttpd (the vhost in place of the ident), with
// anything after the user agent ignored. The views point into the line.
struct AccessLogRecord
{
    QByteArrayView client;
    QByteArrayView identOrVhost;
    qint64 time = 0; // epoch seconds, UTC
    QByteArrayView method;
    QByteArrayView path;
    int status = 0;
    qint64 bytes = 0; // "-" counts as 0
    QByteArrayView referer;
    QByteArrayView userAgent;
};

namespace AccessLogParser {

// One line without its newline; false when it is not such a line.
bool parseLine(QByteArrayView line, AccessLogRecord* record);

// "24/Nov/2026:15:39:45 +0000" -> epoch seconds; -1 when malformed.
qint64 parseTime(QByteArrayView text);

} // namespace AccessLogParser

// Traffic totals from access-log lines, as the How-to's statistics want them:
// requests by ClamAV-MirrorCheck (the team's monitoring) are left out.
class AccessLogTally
{
public:
    struct Bucket
    {
        qint64 bytes = 0;
        qint64 requests = 0;
        qint64 cvdBytes = 0;
        qint64 cdiffBytes = 0;
    };

    // Whole lines only; a trailing partial line is left for the next call and
    // its length returned, so a caller can keep the rest.
    qsizetype feed(QByteArrayView text);
    void add(const AccessLogRecord& record);

    const QMap<qint64, Bucket>& hours() const { return m_hours; } // key: start of the hour, epoch s
    QMap<qint64, Bucket> days() const;
    Bucket total() const { return m_total; }
    QList<QPair<QByteArray, qint64>> topUserAgents(int count) const; // by requests
    qint64 malformedLines() const { return m_malformed; }
    qint64 monitoringRequests() const { return m_monitoring; }

private:
    QMap<qint64, Bucket> m_hours;
    QHash<QByteArray, qint64> m_agents;
    Bucket m_total;
    qint64 m_malformed = 0;
    qint64 m_monitoring = 0;
};
