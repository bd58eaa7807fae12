// The console's window with a large inventory, offscreen:
//   bench_gui fill DB MIRRORS      an inventory with 30 days of history
//   bench_gui start DB             time until the window is usable; JSON
//   bench_gui stall LAB_JSON       longest event-loop stall during a full
//                                  refresh of a running lab, cold and warm
#include "BenchFigures.h"
#include "MainWindow.h"
#include "StallMeter.h"
#include "fleet/FleetTableModel.h"
#include "fleet/FleetView.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/MirrorInventory.h"
#include "inventory/ProbeHistory.h"
#include "inventory/SyncRunStore.h"
#include "session/FleetSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace {

using BenchFigures::peakRssMB;
using BenchFigures::print;

// What a refresh stores of a healthy mirror, in the shape MirrorFacts gives.
QJsonObject probeFacts(int n)
{
    const QJsonObject usage{{QStringLiteral("filesystem"), QStringLiteral("/dev/sda1")},
                            {QStringLiteral("mountPoint"), QStringLiteral("/")},
                            {QStringLiteral("total"), 51475068},
                            {QStringLiteral("used"), 20000000 + n},
                            {QStringLiteral("available"), 28837448 - n},
                            {QStringLiteral("usedPercent"), 41}};
    return {{QStringLiteral("probed"), true},
            {QStringLiteral("lock"),
             QJsonObject{{QStringLiteral("state"), QStringLiteral("absent")},
                         {QStringLiteral("description"), QStringLiteral("no lock")}}},
            {QStringLiteral("disk"), QJsonObject{{QStringLiteral("documentRoot"), usage},
                                                 {QStringLiteral("home"), usage},
                                                 {QStringLiteral("databaseBytes"), 350000000},
                                                 {QStringLiteral("databaseFiles"), 104}}},
            {QStringLiteral("audit"),
             QJsonObject{{QStringLiteral("passed"), 11}, {QStringLiteral("failed"), 0}}},
            {QStringLiteral("firewall"), QJsonObject{{QStringLiteral("ok"), 2}}}};
}

int fill(const QString& path, int mirrors)
{
    InventoryDatabase db;
    if (auto opened = db.open(path); !opened) {
        QTextStream(stderr) << opened.error() << '\n';
        return 1;
    }
    MirrorInventory inventory(db);
    ProbeHistory history(db);
    SyncRunStore runs(db);
    const QStringList countries{QStringLiteral("DE"), QStringLiteral("US"), QStringLiteral("JP"),
                                QStringLiteral("PL"), QStringLiteral("FR"), QStringLiteral("BR")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray runLog = "receiving incremental file list\ndaily-27001.cdiff\n"
                              "sent 75 bytes  received 230 bytes  610.00 bytes/sec\n"
                              "total size is 2,258  speedup is 7.40\n";
    for (int n = 0; n < mirrors; ++n) {
        MirrorRecord record;
        record.name = QStringLiteral("mirror%1.example.net").arg(n, 4, 10, QLatin1Char('0'));
        record.address =
            QStringLiteral("10.%1.%2.%3").arg(n / 65536).arg(n / 256 % 256).arg(n % 256);
        record.country = countries.at(n % countries.size());
        const auto added = inventory.add(record);
        if (!added) {
            QTextStream(stderr) << added.error() << '\n';
            return 1;
        }
        QSqlDatabase sql = db.database();
        sql.transaction();
        // 30 days: a freshness check and a disk point every hour, a full
        // probe and a sync run a day.
        for (int hour = 24 * 30; hour > 0; --hour) {
            const QDateTime at = now.addSecs(-3600LL * hour);
            history.record({added->id,
                            QStringLiteral("freshness"),
                            at,
                            {{QStringLiteral("verdict"), QStringLiteral("fresh")},
                             {QStringLiteral("reason"), QStringLiteral("timestamp 1.0 h old")},
                             {QStringLiteral("dailyLag"), 0},
                             {QStringLiteral("daily"), 27000 + (720 - hour) / 4},
                             {QStringLiteral("timestampAgeHours"), 1.0},
                             {QStringLiteral("latencyMs"), 40}}});
            history.record({added->id,
                            QStringLiteral("disk"),
                            at,
                            {{QStringLiteral("documentRootUsed"), 20000000 + hour},
                             {QStringLiteral("documentRootAvailable"), 28837448 - hour},
                             {QStringLiteral("databaseBytes"), 350000000}}});
            if (hour % 24 == 0) {
                history.record({added->id, QStringLiteral("probe"), at, probeFacts(n)});
                runs.add(SyncRun::from(added->id, at, runLog));
            }
        }
        sql.commit();
    }
    print({{QStringLiteral("mirrors"), mirrors}, {QStringLiteral("peakRssMB"), peakRssMB()}});
    return 0;
}

int start(QApplication& app, const QString& path, const QElapsedTimer& sinceMain)
{
    FleetSession session;
    if (auto opened = session.open(path); !opened) {
        QTextStream(stderr) << opened.error() << '\n';
        return 1;
    }
    MainWindow window(session);
    window.resize(1400, 900);
    window.show();
    // Usable: shown, the fleet in the table (read off the GUI thread, so
    // waited for), and the event loop turning.
    FleetTableModel* model = window.fleetView()->model();
    auto usable = [&] {
        QTimer::singleShot(0, &app, [&] {
            print({{QStringLiteral("startMs"), double(sinceMain.nsecsElapsed()) / 1e6},
                   {QStringLiteral("rows"), model->rowCount()},
                   {QStringLiteral("peakRssMB"), peakRssMB()}});
            app.quit();
        });
    };
    if (model->rowCount() > 0)
        usable();
    else
        QObject::connect(model, &QAbstractItemModel::modelReset, &app, usable,
                         Qt::SingleShotConnection);
    return app.exec();
}

int stall(const QString& labInventory)
{
    FleetSession session;
    if (auto opened = session.openDemoLab(labInventory); !opened) {
        QTextStream(stderr) << opened.error() << '\n';
        return 1;
    }
    MainWindow window(session);
    window.resize(1400, 900);
    window.show();
    window.fleetView()->table()->selectRow(0);
    QJsonObject figures;
    for (const char* pass : {"cold", "warm"}) {
        StallMeter meter;
        QSignalSpy refreshed(&session, &FleetSession::refreshFinished);
        QElapsedTimer timer;
        timer.start();
        meter.start();
        session.refreshAll();
        if (!refreshed.wait(300'000))
            return 1;
        meter.stop();
        const QString name = QString::fromLatin1(pass);
        figures[name + QStringLiteral("StallMs")] = meter.longestStallMs();
        figures[name + QStringLiteral("StallRunQueueMs")] = meter.longestStallRunQueueMs();
        figures[name + QStringLiteral("StallCpuMs")] = meter.longestStallCpuMs();
        figures[name + QStringLiteral("StallEndedAtSeconds")] =
            double(meter.longestStallEndedAtMs()) / 1000;
        figures[name + QStringLiteral("RefreshSeconds")] = double(timer.nsecsElapsed()) / 1e9;
        figures[name + QStringLiteral("Refreshed")] = refreshed.first().at(0).toInt();
    }
    figures[QStringLiteral("mirrors")] = window.fleetView()->model()->rowCount();
    figures[QStringLiteral("peakRssMB")] = peakRssMB();
    print(figures);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("fill"))
        return fill(args.at(2), args.at(3).toInt());
    if (args.size() == 3 && args.at(1) == QLatin1String("start"))
        return start(app, args.at(2), sinceMain);
    if (args.size() == 3 && args.at(1) == QLatin1String("stall"))
        return stall(args.at(2));
    QTextStream(stderr) << "usage: bench_gui fill DB MIRRORS | start DB | stall LAB_JSON\n";
    return 2;
}
