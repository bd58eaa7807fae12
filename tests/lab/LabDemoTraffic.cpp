#include "LabDemoTraffic.h"

#include <QList>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace {

const char* const kAgents[] = {
    "ClamAV/1.4.6 (OS: Linux, ARCH: x86_64, CPU: x86_64, UUID: %1)",
    "ClamAV/1.4.3 (OS: Linux, ARCH: aarch64, CPU: aarch64, UUID: %1)",
    "ClamAV/1.0.9 (OS: linux-gnu, ARCH: x86_64, CPU: x86_64, UUID: %1)",
    "ClamAV/1.3.2 (OS: windows, ARCH: x86_64, CPU: x86_64, UUID: %1)",
    "ClamAV/0.103.12 (OS: freebsd13.2, ARCH: amd64, CPU: amd64)",
    "ClamAV/1.2.3 (OS: darwin23.4.0, ARCH: arm64, CPU: arm64, UUID: %1)",
};

// Hours the mirror's clients are ahead of UTC, roughly, by country.
int utcOffset(const QString& country)
{
    const QString code = country.toUpper();
    if (code == QLatin1String("JP") || code == QLatin1String("KR"))
        return 9;
    if (code == QLatin1String("US") || code == QLatin1String("CA") || code == QLatin1String("BR"))
        return -5;
    if (code == QLatin1String("AU"))
        return 10;
    if (code == QLatin1String("IN"))
        return 5;
    return 1;
}

QString address(QRandomGenerator& random)
{
    // Documentation ranges only: no real client's address.
    switch (random.bounded(4)) {
    case 0:
        return QStringLiteral("192.0.2.%1").arg(random.bounded(1, 255));
    case 1:
        return QStringLiteral("198.51.100.%1").arg(random.bounded(1, 255));
    case 2:
        return QStringLiteral("203.0.113.%1").arg(random.bounded(1, 255));
    }
    return QStringLiteral("2001:db8::%1").arg(random.bounded(1, 65535), 0, 16);
}

} // namespace

QByteArray LabDemoTraffic::accessLog(int mirrorIndex, const QString& country, int daily, int days,
                                     const QDateTime& until)
{
    QRandomGenerator random(quint32(0xc1a3a7 + mirrorIndex));
    const int offset = utcOffset(country);
    const QString host = QStringLiteral("db.%1.clamav.net").arg(country.toLower());
    // Each mirror its own size: some busy, some quiet.
    const double busy = 0.6 + 0.8 * random.generateDouble();
    QByteArray log;
    const QDateTime from = until.addDays(-days);
    const QLocale c = QLocale::c();
    for (QDateTime hour = from; hour < until; hour = hour.addSecs(3600)) {
        const int local = (hour.time().hour() + offset + 24) % 24;
        // Busier by day, quietest before dawn, as users switch machines on.
        const double curve = 0.55 + 0.45 * std::sin((local - 8) * M_PI / 12);
        const int lines = int(std::round(34 * busy * curve)) + random.bounded(3);
        // The daily version of that hour: one new daily about every 6 hours.
        const int version = daily - int(hour.secsTo(until) / (6 * 3600));
        QList<int> seconds;
        for (int i = 0; i < lines; ++i)
            seconds << random.bounded(3600);
        std::sort(seconds.begin(), seconds.end());
        for (const int second : std::as_const(seconds)) {
            const QDateTime at = hour.addSecs(second);
            if (at >= until)
                continue;
            QString request;
            QString status;
            qint64 bytes = 0;
            // In half percents: most bytes are whole CVDs, most requests are not.
            const int kind = random.bounded(200);
            if (kind < 66) { // up to date: the header's If-Modified-Since answered 304
                request = QStringLiteral("GET /daily.cvd HTTP/1.1");
                status = QStringLiteral("304");
                bytes = 180 + random.bounded(60);
            } else if (kind < 106) { // the header alone, to read the version
                request = QStringLiteral("GET /daily.cvd HTTP/1.1");
                status = QStringLiteral("206");
                bytes = 512 + 290 + random.bounded(40);
            } else if (kind < 156) { // one or two patches behind
                request =
                    QStringLiteral("GET /daily-%1.cdiff HTTP/1.1").arg(version - random.bounded(2));
                status = QStringLiteral("200");
                bytes = 15'000 + random.bounded(180'000);
            } else if (kind < 194) { // too far behind: the whole daily
                request = QStringLiteral("GET /daily.cvd HTTP/1.1");
                status = QStringLiteral("200");
                bytes = 58'000'000 + random.bounded(6'000'000);
            } else if (kind < 198) { // a new installation
                request = QStringLiteral("GET /main.cvd HTTP/1.1");
                status = QStringLiteral("200");
                bytes = 162'000'000 + random.bounded(2'000'000);
            } else if (kind < 199) {
                request = QStringLiteral("GET /bytecode.cvd HTTP/1.1");
                status = QStringLiteral("200");
                bytes = 280'000 + random.bounded(20'000);
            } else { // the team's own monitoring, left out of the statistics
                request = QStringLiteral("GET /timestamp HTTP/1.1");
                status = QStringLiteral("200");
                bytes = 250;
            }
            const bool monitoring = request.contains(QLatin1String("timestamp"));
            // ClamAV before 1.0 sent no UUID: its agent has no place for one.
            const QString uuid =
                QStringLiteral("%1-%2-4%3-8%4-%5")
                    .arg(random.generate(), 8, 16, QLatin1Char('0'))
                    .arg(random.bounded(65536), 4, 16, QLatin1Char('0'))
                    .arg(random.bounded(4096), 3, 16, QLatin1Char('0'))
                    .arg(random.bounded(4096), 3, 16, QLatin1Char('0'))
                    .arg(random.generate64() & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
            const QString agent =
                monitoring ? QStringLiteral("ClamAV-MirrorCheck")
                           : QString::fromLatin1(kAgents[random.bounded(int(std::size(kAgents)))])
                                 .replace(QLatin1String("%1"), uuid);
            log += QStringLiteral("%1 - - [%2] \"%3\" %4 %5 \"-\" \"%6\" \"%7\"\n")
                       .arg(address(random),
                            c.toString(at.toUTC(), QStringLiteral("dd/MMM/yyyy:HH:mm:ss +0000")),
                            request, status)
                       .arg(bytes)
                       .arg(agent, host)
                       .toUtf8();
        }
    }
    return log;
}
