// A fleet refresh as the console does it, for the side-by-side with pssh:
//   bench_refresh script              the probe script any mirror of the lab
//                                     can run as it is (paths from $HOME)
//   bench_refresh twice DB            two refreshes of every enabled mirror in
//                                     one process: cold (new sessions), then
//                                     warm (the pool's sessions kept); JSON
//   bench_refresh probes DB MIRROR DIR  a full probe of MIRROR as a refresh
//                                     sends it, run once to learn its
//                                     baseline, and the light probe that
//                                     follows it, reading the disk and leaving
//                                     it out: DIR/full.sh, DIR/light.sh,
//                                     DIR/light-nodisk.sh
#include "BenchFigures.h"
#include "app/ConsoleSettings.h"
#include "fleet/FleetRefresher.h"
#include "fleet/ProbeStore.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/MirrorInventory.h"
#include "remote/ProbeBaseline.h"
#include "remote/ProbeOutput.h"
#include "remote/ProbeScript.h"
#include "ssh/HostKeyStore.h"
#include "ssh/SshPool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTextStream>

namespace {

int script()
{
    ProbeRequest request;
    request.rsyncHost = QStringLiteral("rsync1.clamav.net");
    request.accessLogPath = QStringLiteral("@ALOG@");
    QString text = ProbeScript(request).text();
    // Each lab mirror keeps its access log beside its home.
    text.replace(QStringLiteral("ALOG='@ALOG@'"), QStringLiteral("ALOG=\"$H/../access.log\""));
    QTextStream(stdout) << text;
    return 0;
}

int twice(const QString& path)
{
    InventoryDatabase db;
    if (auto opened = db.open(path); !opened) {
        QTextStream(stderr) << opened.error() << '\n';
        return 1;
    }
    const QString dir = QFileInfo(path).absolutePath();
    HostKeyStore hostKeys(dir + QStringLiteral("/known_hosts"), {});
    const ConsoleSettings settings(dir + QStringLiteral("/settings.ini"));
    SshPool pool(hostKeys, settings.poolSettings());
    FleetRefresher refresher(pool, db, FactSettings{});
    const QList<MirrorRecord> mirrors = MirrorInventory(db).all();
    QJsonObject figures{{QStringLiteral("mirrors"), qint64(mirrors.size())}};
    for (const char* pass : {"cold", "warm"}) {
        QSignalSpy finished(&refresher, &FleetRefresher::finished);
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = BenchFigures::cpuSeconds();
        refresher.refresh(mirrors);
        if (!finished.wait(600'000))
            return 1;
        const QString name = QString::fromLatin1(pass);
        figures[name + QStringLiteral("Seconds")] = double(timer.nsecsElapsed()) / 1e9;
        figures[name + QStringLiteral("CpuSeconds")] = BenchFigures::cpuSeconds() - cpuBefore;
        figures[name + QStringLiteral("Refreshed")] = finished.first().at(0).toInt();
    }
    figures[QStringLiteral("peakRssMB")] = BenchFigures::peakRssMB();
    BenchFigures::print(figures);
    return 0;
}

bool write(const QString& path, const QString& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(text.toUtf8()) == text.toUtf8().size();
}

int probes(const QString& path, const QString& name, const QString& out)
{
    InventoryDatabase db;
    if (auto opened = db.open(path); !opened) {
        QTextStream(stderr) << opened.error() << '\n';
        return 1;
    }
    const auto mirror = MirrorInventory(db).find(name);
    if (!mirror) {
        QTextStream(stderr) << "no mirror " << name << '\n';
        return 1;
    }
    const QString dir = QFileInfo(path).absolutePath();
    HostKeyStore hostKeys(dir + QStringLiteral("/known_hosts"), {});
    SshPool pool(hostKeys, ConsoleSettings(dir + QStringLiteral("/settings.ini")).poolSettings());
    // As the refresher asks: what the store knows of its logs goes along.
    const ProbeRequest request = ProbeStore::load(db, *mirror).request;
    const ProbeScript full(request);
    QSignalSpy finished(&pool, &SshPool::finished);
    pool.exec(*mirror, full.text());
    if (!finished.wait(60'000))
        return 1;
    const SshJobResult result = finished.first().first().value<SshJobResult>();
    const auto parsed =
        ProbeOutputParser::parse(result.outcome.standardOutput, full.marker().toUtf8());
    const auto baseline = parsed ? ProbeBaseline::of(*parsed) : std::nullopt;
    if (!result.ok || !baseline) {
        QTextStream(stderr) << "no baseline from the full probe: " << result.failure.message
                            << '\n';
        return 1;
    }
    // The light probe goes on from where the full one left the logs.
    ProbeRequest light = request;
    light.baseline = *baseline;
    if (const ProbeSection* access = parsed->section(QStringLiteral("access"))) {
        light.accessLogInode = access->args.value(0).toLongLong();
        light.accessLogOffset = access->args.value(1).toLongLong() + access->content.size();
    }
    for (const ProbeSection* run : parsed->all(QStringLiteral("run")))
        light.logs.knownRunTimes << run->args.value(0).toLongLong();
    ProbeRequest noDisk = light;
    noDisk.readDisk = false;
    return write(out + QStringLiteral("/full.sh"), full.text()) &&
                   write(out + QStringLiteral("/light.sh"), ProbeScript(light).text()) &&
                   write(out + QStringLiteral("/light-nodisk.sh"), ProbeScript(noDisk).text())
               ? 0
               : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 2 && args.at(1) == QLatin1String("script"))
        return script();
    if (args.size() == 3 && args.at(1) == QLatin1String("twice"))
        return twice(args.at(2));
    if (args.size() == 5 && args.at(1) == QLatin1String("probes"))
        return probes(args.at(2), args.at(3), args.at(4));
    QTextStream(stderr) << "usage: bench_refresh script | twice DB | probes DB MIRROR DIR\n";
    return 2;
}
