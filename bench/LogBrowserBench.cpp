// The log browser's reading of a large sync-style log, as the GUI drives it:
//   bench_logbrowser generate PATH MEGABYTES
//   bench_logbrowser measure PATH
// measure prints one JSON object: time to the first screen of lines, time to
// the whole line index, search throughput (text and regular expression, both
// scanning the whole log), lines, and peak RSS.
#include "BenchFigures.h"
#include "logs/LogDocument.h"
#include "logs/LogLineKind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTextStream>

namespace {

constexpr int screenLines = 60;

int generate(const QString& path, qint64 megabytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        QTextStream(stderr) << "cannot write " << path << '\n';
        return 1;
    }
    const qint64 target = megabytes * 1024 * 1024;
    QDateTime at(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QByteArray chunk;
    qint64 written = 0;
    for (qint64 run = 0; written < target; ++run) {
        const QByteArray stamp = at.toString(Qt::ISODate).toLatin1();
        chunk += stamp + " sync run " + QByteArray::number(run) + " from rsync1.clamav.net\n";
        chunk += stamp + " receiving incremental file list\n";
        for (int n = 0; n < 40; ++n)
            chunk += stamp + " daily-" + QByteArray::number(27000 + run * 40 + n) + ".cdiff\n";
        if (run % 97 == 5)
            chunk += stamp + " rsync error: timeout in data send/receive (code 30) at io.c(195)\n";
        chunk += stamp + " sent 1,234 bytes  received 567,890 bytes  37,941.60 bytes/sec\n";
        chunk += stamp + " total size is 225,154,926  speedup is 395.62\n";
        at = at.addSecs(60);
        if (chunk.size() > 4 * 1024 * 1024) {
            written += file.write(chunk);
            chunk.clear();
        }
    }
    return 0;
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

int measure(const QString& path)
{
    const auto source = LogSource::fromFile(path);
    if (!source) {
        QTextStream(stderr) << source.error() << '\n';
        return 1;
    }
    LogDocument document;
    QJsonObject figures;
    QElapsedTimer timer;
    const double megabytes = double(source->size()) / 1e6;
    const auto timeSearch = [&](const LogQuery& query, const QString& name, auto next) {
        QObject::disconnect(&document, &LogDocument::notFound, nullptr, nullptr);
        QObject::connect(&document, &LogDocument::notFound, &document,
                         [&figures, &timer, megabytes, name, next] {
                             figures[name] = megabytes / seconds(timer);
                             next();
                         });
        timer.start();
        document.find(query, -1, true);
    };
    const auto finish = [&] {
        figures[QStringLiteral("peakRssMB")] = BenchFigures::peakRssMB();
        BenchFigures::print(figures);
        QCoreApplication::quit();
    };
    bool screenShown = false;
    QObject::connect(&document, &LogDocument::grew, &document, [&](qint64, qint64 count) {
        if (screenShown || count < screenLines)
            return;
        const QList<QByteArray> screen = document.lines(0, screenLines);
        for (const QByteArray& line : screen)
            LogLineKinds::classify(line); // what the view's model does for each row
        figures[QStringLiteral("firstScreenMs")] = seconds(timer) * 1000;
        screenShown = true;
    });
    QObject::connect(&document, &LogDocument::indexingFinished, &document, [&] {
        const double indexed = seconds(timer);
        figures[QStringLiteral("indexSeconds")] = indexed;
        figures[QStringLiteral("indexMBps")] = megabytes / indexed;
        figures[QStringLiteral("lines")] = document.lineCount();
        figures[QStringLiteral("megabytes")] = megabytes;
        timeSearch({QStringLiteral("speedup is 999"), false, true}, QStringLiteral("textMBps"),
                   [&] {
                       timeSearch({QStringLiteral("\\(code 9\\d\\)"), true, false},
                                  QStringLiteral("regexMBps"), finish);
                   });
    });
    timer.start();
    document.open(*source);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("generate"))
        return generate(args.at(2), args.at(3).toLongLong());
    if (args.size() == 3 && args.at(1) == QLatin1String("measure"))
        return measure(args.at(2));
    QTextStream(stderr) << "usage: bench_logbrowser generate PATH MEGABYTES | measure PATH\n";
    return 2;
}
