#include "ConsoleBackend.h"
#include "MainWindow.h"
#include "MirrorLab.h"
#include "fleet/FleetTableModel.h"
#include "fleet/FleetView.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

// The fleet table over a real lab: rows, refreshed facts, and a picture.
class TestFleetView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void demoLabFillsTheTableWithRealFacts();

private:
    std::unique_ptr<MirrorLab> m_lab;
};

void TestFleetView::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = 6;
    options.demoFaults = true;
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
}

void TestFleetView::cleanupTestCase()
{
    m_lab.reset();
}

void TestFleetView::demoLabFillsTheTableWithRealFacts()
{
    ConsoleBackend backend;
    const auto opened = backend.openDemoLab(m_lab->directory() + QStringLiteral("/inventory.json"));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
    MainWindow window(backend);
    FleetTableModel* model = window.fleetView()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 6);

    QSignalSpy finished(&backend, &ConsoleBackend::refreshFinished);
    backend.refreshAll();
    QVERIFY(finished.wait(60000));

    auto cell = [&](const QString& mirror, int column) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->row(r)->mirror.name == mirror)
                return model->data(model->index(r, column)).toString();
        }
        return QString();
    };
    const QString stale = m_lab->mirror(3).identity().name;   // demo fault: stale lock
    const QString trigger = m_lab->mirror(1).identity().name; // demo fault: trigger-only
    const QString history = m_lab->mirror(0).identity().name; // demo fault: log history
    QCOMPARE(cell(stale, FleetTableModel::Lock), QStringLiteral("stale"));
    QVERIFY(cell(trigger, FleetTableModel::Refreshed).contains(QStringLiteral("trigger-only")));
    QVERIFY(cell(history, FleetTableModel::LastSync).startsWith(QStringLiteral("success")));
    QVERIFY(cell(history, FleetTableModel::Audit).contains(QStringLiteral("0 fail")));
    QVERIFY(!cell(history, FleetTableModel::DiskFree).isEmpty());

    window.resize(1400, 420);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.fleetView()->table()->resizeColumnsToContents();
    QVERIFY(window.grab().save(QStringLiteral(MC_SOURCE_DIR "/docs/screenshots/fleet.png")));
}

QTEST_MAIN(TestFleetView)
#include "tst_fleetview.moc"
