#include "ConsoleBackend.h"
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
    ConsoleBackend backend;
    QVERIFY(backend.openDemoLab(lab.directory() + QStringLiteral("/inventory.json")));
    MainWindow window(backend);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.fleetView()->table()->selectRow(0);

    StallMeter meter;
    QSignalSpy refreshed(&backend, &ConsoleBackend::refreshFinished);
    QSignalSpy checked(&backend, &ConsoleBackend::freshnessFinished);
    meter.start();
    backend.refreshAll();
    backend.checkFreshness();
    QVERIFY(refreshed.wait(60000));
    QVERIFY(checked.count() == 1 || checked.wait(60000));
    meter.stop();
    QVERIFY(meter.ticks() > 0);
    QVERIFY(refreshed.first().at(0).toInt() > 0);
    qInfo("longest event-loop stall during a refresh and a freshness check of 20 mirrors: %lld "
          "ms over %d ticks",
          meter.longestStallMs(), meter.ticks());
}

QTEST_MAIN(TestGuiStall)
#include "tst_guistall.moc"
