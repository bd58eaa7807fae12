// A fleet refresh as the console does it, for the side-by-side with pssh:
//   bench_refresh script              the probe script any mirror of the lab
//                                     can run as it is (paths from $HOME)
//   bench_refresh twice DB            two refreshes of every enabled mirror in
//                                     one process: cold (new sessions), then
//                                     warm (the pool's sessions kept); JSON
#include "BenchFigures.h"
#include "app/ConsoleSettings.h"
#include "fleet/FleetRefresher.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/MirrorInventory.h"
#include "remote/ProbeScript.h"
#include "ssh/HostKeyStore.h"
#include "ssh/SshPool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 2 && args.at(1) == QLatin1String("script"))
        return script();
    if (args.size() == 3 && args.at(1) == QLatin1String("twice"))
        return twice(args.at(2));
    QTextStream(stderr) << "usage: bench_refresh script | twice DB\n";
    return 2;
}
