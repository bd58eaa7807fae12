#include "session/FleetSession.h"
#include "MainWindow.h"
#include "MirrorLab.h"
#include "StallMeter.h"
#include "fleet/FleetTableModel.h"
#include "fleet/FleetView.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

// The console's event loop while the demo lab of 20 mirrors (faults on) is
// refreshed and checked: the longest stall is measured and reported, not
// judged here (bench/ judges speed).
class TestGuiStall : public QObject
{
    Q_OBJECT

private slots:
    void refreshOfTwentyMirrors();
};

void TestGuiStall::refreshOfTwentyMirrors()
{
    MirrorLabOptions options;
    options.mirrors = 20;
    options.demoFaults = true;
    MirrorLab lab(options);
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    FleetSession session;
    QVERIFY(session.openDemoLab(lab.directory() + QStringLiteral("/inventory.json")));
    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.fleetView()->table()->selectRow(0);

    // A refresh of all 20 alone, then a refresh and a freshness check at once.
    for (const bool withCheck : {false, true}) {
        StallMeter meter;
        QSignalSpy refreshed(&session, &FleetSession::refreshFinished);
        QSignalSpy checked(&session, &FleetSession::freshnessFinished);
        meter.start();
        session.refreshAll();
        if (withCheck)
            session.checkFreshness();
        QVERIFY(refreshed.wait(60000));
        QVERIFY(!withCheck || checked.count() == 1 || checked.wait(60000));
        meter.stop();
        QVERIFY(meter.ticks() > 0);
        QVERIFY(refreshed.first().at(0).toInt() > 0);
        qInfo("longest event-loop stall during %s of 20 mirrors: %lld ms (%lld ms of it running "
              "on the GUI thread, %lld ms waiting for a CPU) over %d ticks",
              withCheck ? "a refresh and a freshness check" : "a refresh", meter.longestStallMs(),
              meter.longestStallCpuMs(), meter.longestStallRunQueueMs(), meter.ticks());
    }
}

QTEST_MAIN(TestGuiStall)
#include "tst_guistall.moc"
