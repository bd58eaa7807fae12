#include "parsers/AccessLog.h"

#include <algorithm>

namespace AccessLogParser {
namespace {

int twoDigits(QByteArrayView s, qsizetype at)
{
    const char a = s[at], b = s[at + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9')
        return -1;
    return (a - '0') * 10 + (b - '0');
}

int monthIndex(QByteArrayView m)
{
    static const char* const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (m == QByteArrayView(names[i], 3))
            return i + 1;
    }
    return -1;
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

// The next space-separated field, or a "quoted" one with \" escapes.
bool nextField(QByteArrayView line, qsizetype& i, QByteArrayView* field)
{
    while (i < line.size() && line[i] == ' ')
        ++i;
    if (i >= line.size())
        return false;
    if (line[i] == '"') {
        const qsizetype start = ++i;
        while (i < line.size() && line[i] != '"') {
            i += line[i] == '\\' ? 2 : 1;
        }
        if (i >= line.size())
            return false;
        *field = line.sliced(start, i - start);
        ++i;
        return true;
    }
    if (line[i] == '[') {
        const qsizetype end = line.indexOf(']', i);
        if (end < 0)
            return false;
        *field = line.sliced(i + 1, end - i - 1);
        i = end + 1;
        return true;
    }
    const qsizetype start = i;
    while (i < line.size() && line[i] != ' ')
        ++i;
    *field = line.sliced(start, i - start);
    return true;
}

bool toNumber(QByteArrayView s, qint64* out)
{
    if (s == "-") {
        *out = 0;
        return true;
    }
    if (s.isEmpty() || s.size() > 18)
        return false;
    qint64 v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

} // namespace

qint64 parseTime(QByteArrayView t)
{
    // dd/Mon/yyyy:HH:MM:SS +zzzz
    if (t.size() != 26 || t[2] != '/' || t[6] != '/' || t[11] != ':' || t[20] != ' ')
        return -1;
    const int day = twoDigits(t, 0), month = monthIndex(t.sliced(3, 3));
    const int y1 = twoDigits(t, 7), y2 = twoDigits(t, 9);
    const int hour = twoDigits(t, 12), minute = twoDigits(t, 15), second = twoDigits(t, 18);
    const int zoneHours = twoDigits(t, 22), zoneMinutes = twoDigits(t, 24);
    if (day < 1 || day > 31 || month < 0 || y1 < 0 || y2 < 0 || hour < 0 || hour > 23 ||
        minute < 0 || minute > 59 || second < 0 || second > 60 || zoneHours < 0 ||
        zoneMinutes < 0 || (t[21] != '+' && t[21] != '-'))
        return -1;
    const qint64 offset = (zoneHours * 3600 + zoneMinutes * 60) * (t[21] == '-' ? -1 : 1);
    return daysFromCivil(y1 * 100 + y2, unsigned(month), unsigned(day)) * 86400 + hour * 3600 +
           minute * 60 + second - offset;
}

bool parseLine(QByteArrayView line, AccessLogRecord* r)
{
    qsizetype i = 0;
    QByteArrayView user, time, request, status, bytes;
    if (!nextField(line, i, &r->client) || !nextField(line, i, &r->identOrVhost) ||
        !nextField(line, i, &user) || !nextField(line, i, &time) || !nextField(line, i, &request) ||
        !nextField(line, i, &status) || !nextField(line, i, &bytes))
        return false;
    r->time = parseTime(time);
    qint64 code = 0;
    if (r->time < 0 || !toNumber(status, &code) || code < 100 || code > 999 ||
        !toNumber(bytes, &r->bytes))
        return false;
    r->status = int(code);
    const qsizetype firstSpace = request.indexOf(' ');
    const qsizetype lastSpace = request.lastIndexOf(' ');
    if (firstSpace > 0) {
        r->method = request.first(firstSpace);
        r->path = lastSpace > firstSpace
                      ? request.sliced(firstSpace + 1, lastSpace - firstSpace - 1)
                      : request.sliced(firstSpace + 1);
    } else {
        r->method = {};
        r->path = request;
    }
    r->referer = {};
    r->userAgent = {};
    // Common log format stops here; combined goes on with referer and agent.
    if (nextField(line, i, &r->referer))
        nextField(line, i, &r->userAgent);
    return true;
}

} // namespace AccessLogParser

qsizetype AccessLogTally::feed(QByteArrayView text)
{
    qsizetype start = 0;
    AccessLogRecord record;
    for (;;) {
        const qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            return text.size() - start;
        QByteArrayView line = text.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty()) {
            if (AccessLogParser::parseLine(line, &record))
                add(record);
            else
                ++m_malformed;
        }
        start = end + 1;
    }
}

void AccessLogTally::add(const AccessLogRecord& r)
{
    if (r.userAgent.startsWith("ClamAV-MirrorCheck")) {
        ++m_monitoring;
        return;
    }
    Bucket& hour = m_hours[r.time - r.time % 3600];
    const bool cvd = r.path.endsWith(".cvd");
    const bool cdiff = r.path.endsWith(".cdiff");
    for (Bucket* b : {&hour, &m_total}) {
        b->bytes += r.bytes;
        ++b->requests;
        if (cvd)
            b->cvdBytes += r.bytes;
        if (cdiff)
            b->cdiffBytes += r.bytes;
    }
    // Agents differ in their UUID part; "ClamAV/1.4.6" is what a chart wants.
    const qsizetype space = r.userAgent.indexOf(' ');
    ++m_agents[(space > 0 ? r.userAgent.first(space) : r.userAgent).toByteArray()];
}

QMap<qint64, AccessLogTally::Bucket> AccessLogTally::days() const
{
    QMap<qint64, Bucket> days;
    for (auto it = m_hours.cbegin(); it != m_hours.cend(); ++it) {
        Bucket& day = days[it.key() - it.key() % 86400];
        day.bytes += it->bytes;
        day.requests += it->requests;
        day.cvdBytes += it->cvdBytes;
        day.cdiffBytes += it->cdiffBytes;
    }
    return days;
}

QList<QPair<QByteArray, qint64>> AccessLogTally::topUserAgents(int count) const
{
    QList<QPair<QByteArray, qint64>> agents;
    for (auto it = m_agents.cbegin(); it != m_agents.cend(); ++it)
        agents.append({it.key(), it.value()});
    std::sort(agents.begin(), agents.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return agents.mid(0, count);
}
