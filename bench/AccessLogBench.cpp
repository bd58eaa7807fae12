// The bandwidth aggregation of a mirror's access log, as a refresh does it:
//   bench_accesslog generate LINES      combined-format lines on stdout
//   bench_accesslog tally FILE|-        per-hour and per-day totals; prints JSON
// The lines look like a ClamAV mirror's: freshclam's user agents, .cvd with
// Range requests, .cdiff, the odd 404 and the team's monitoring.
#include "BenchFigures.h"
#include "parsers/AccessLog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace {

int generate(qint64 lines)
{
    const char* agents[] = {"ClamAV/1.4.6 (OS: Linux, ARCH: x86_64, CPU: x86_64, UUID: "
                            "0c5b0e4e-4b7a-4c2e-9d51-1f0a6b7c8d9e)",
                            "ClamAV/1.0.7 (OS: linux-gnu, ARCH: x86_64, CPU: x86_64)",
                            "ClamAV/0.103.11 (OS: linux-gnu, ARCH: aarch64, CPU: aarch64)",
                            "ClamAV/1.3.1 (OS: freebsd14.0, ARCH: amd64, CPU: amd64)",
                            "ClamAV-MirrorCheck",
                            "Wget/1.21.3"};
    const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    QByteArray out;
    out.reserve(8 * 1024 * 1024);
    qint64 time = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    quint32 seed = 12345;
    const auto next = [&seed] {
        return seed = seed * 1664525u + 1013904223u;
    };
    char line[512];
    char stamp[40] = "";
    qint64 stamped = -1;
    for (qint64 n = 0; n < lines; ++n) {
        time += (next() >> 28) == 0 ? 1 : 0; // about 16 requests a second
        if (time != stamped) {
            const QDateTime at = QDateTime::fromSecsSinceEpoch(time, Qt::UTC);
            const QDate date = at.date();
            const QTime clock = at.time();
            std::snprintf(stamp, sizeof stamp, "%02d/%s/%d:%02d:%02d:%02d +0000", date.day(),
                          months[date.month() - 1], date.year(), clock.hour(), clock.minute(),
                          clock.second());
            stamped = time;
        }
        const quint32 r = next();
        const char* agent = agents[(r >> 8) % 6];
        const int kind = (r >> 16) % 10;
        char path[64];
        int status = 200;
        qint64 bytes = 0;
        if (kind < 5) {
            std::snprintf(path, sizeof path, "/daily.cvd");
            status = 206;
            bytes = 512 + (r % 2000);
        } else if (kind < 8) {
            std::snprintf(path, sizeof path, "/daily-%u.cdiff", 27000 + (r >> 4) % 100);
            bytes = 1000 + (r % 90000);
        } else if (kind == 8) {
            std::snprintf(path, sizeof path, "/main.cvd");
            status = (r & 1) ? 304 : 200;
            bytes = status == 304 ? 0 : 162'000'000;
        } else {
            std::snprintf(path, sizeof path, "/timestamp");
            bytes = 11;
        }
        if ((r & 0xff) == 0)
            status = 404;
        const int length = std::snprintf(
            line, sizeof line, "198.51.%u.%u - - [%s] \"GET %s HTTP/1.1\" %d %lld \"-\" \"%s\"\n",
            (r >> 3) % 256, (r >> 11) % 256, stamp, path, status, bytes, agent);
        out.append(line, length);
        if (out.size() > 8 * 1024 * 1024 - 512) {
            std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
            out.clear();
        }
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}

int tally(const QString& path)
{
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        QTextStream(stderr) << "cannot read " << path << '\n';
        return 1;
    }
    AccessLogTally tally;
    QByteArray buffer(4 * 1024 * 1024, Qt::Uninitialized);
    qint64 kept = 0; // a partial line carried to the next read
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = BenchFigures::cpuSeconds();
    for (;;) {
        const qint64 got = file.read(buffer.data() + kept, buffer.size() - kept);
        if (got <= 0)
            break;
        bytes += got;
        const qint64 available = kept + got;
        const qsizetype rest = tally.feed(QByteArrayView(buffer.constData(), available));
        std::memmove(buffer.data(), buffer.constData() + available - rest, size_t(rest));
        kept = rest;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const AccessLogTally::Bucket total = tally.total();
    const QJsonObject figures{
        {QStringLiteral("megabytes"), double(bytes) / 1e6},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("cpuSeconds"), BenchFigures::cpuSeconds() - cpuBefore},
        {QStringLiteral("MBps"), double(bytes) / 1e6 / seconds},
        {QStringLiteral("requests"), total.requests},
        {QStringLiteral("bytesSent"), total.bytes},
        {QStringLiteral("hours"), qint64(tally.hours().size())},
        {QStringLiteral("days"), qint64(tally.days().size())},
        {QStringLiteral("malformed"), tally.malformedLines()},
        {QStringLiteral("monitoring"), tally.monitoringRequests()},
        {QStringLiteral("peakRssMB"), BenchFigures::peakRssMB()}};
    BenchFigures::print(figures);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("generate"))
        return generate(args.at(2).toLongLong());
    if (args.size() == 3 && args.at(1) == QLatin1String("tally"))
        return tally(args.at(2));
    QTextStream(stderr) << "usage: bench_accesslog generate LINES | tally FILE|-\n";
    return 2;
}
