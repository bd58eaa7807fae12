#include "Confirmation.h"
#include "DemoLabBanner.h"
#include "MainWindow.h"
#include "MirrorLab.h"
#include "StatusColours.h"
#include "activity/ActivityPane.h"
#include "activity/AlertTableModel.h"
#include "activity/AuditTableModel.h"
#include "detail/BandwidthTab.h"
#include "detail/DatabaseFileModel.h"
#include "detail/DiskTab.h"
#include "detail/FactTab.h"
#include "detail/FactTableModel.h"
#include "detail/FreshnessTab.h"
#include "detail/LockTab.h"
#include "detail/MirrorDetailPane.h"
#include "detail/OverviewTab.h"
#include "detail/SyncRunTableModel.h"
#include "detail/SyncRunsTab.h"
#include "detail/TrendChart.h"
#include "detail/VerdictHistoryModel.h"
#include "fleet/FleetFilterModel.h"
#include "fleet/FleetSummaryStrip.h"
#include "fleet/FleetTableModel.h"
#include "fleet/FleetView.h"
#include "inventory/AuditTrail.h"
#include "logs/LogBrowser.h"
#include "logs/LogDocument.h"
#include "logs/LogLineModel.h"
#include "session/FleetSession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace {

QString logText(const LogBrowser* browser)
{
    QStringList lines;
    const LogLineModel* model = browser->model();
    for (int row = 0; row < model->rowCount(); ++row)
        lines << model->index(row, LogLineModel::TextColumn).data().toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// The fleet table over a real lab: rows, refreshed facts, and a picture.
class TestFleetView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void demoLabFillsTheTableWithRealFacts();
    void theTableKeepsMostOfTheWindow();

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

void TestFleetView::theTableKeepsMostOfTheWindow()
{
    QSettings().remove(QStringLiteral("window")); // a first start
    FleetSession session;
    const QString inventory = m_lab->directory() + QStringLiteral("/inventory.json");
    QVERIFY(session.openDemoLab(inventory));
    MainWindow window(session);
    // The demo says it is one, and how real mirrors are added.
    window.announceDemoLab(inventory);
    QTRY_VERIFY(window.demoBanner()->isVisibleTo(&window));
    // Without the English catalogue the plural reads "mirror(s)".
    QVERIFY2(window.demoBanner()->text().contains(QStringLiteral("Demo lab: 6 mirror")) &&
                 window.demoBanner()->text().contains(QStringLiteral("on this machine")),
             qPrintable(window.demoBanner()->text()));
    QVERIFY(window.demoBanner()->text().contains(QStringLiteral("mirrorctl add")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect screen = window.screen()->availableGeometry();
    QVERIFY2(window.width() >= screen.width() * 85 / 100 &&
                 window.height() >= screen.height() * 85 / 100,
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(screen.width())
                            .arg(screen.height())));
    QTableView* table = window.fleetView()->table();
    QTRY_COMPARE(table->model()->rowCount(), 6);
    QSignalSpy finished(&session, &FleetSession::refreshFinished);
    session.refreshAll();
    QVERIFY(finished.wait(60000));

    QSplitter* split = window.fleetSplitter();
    const QList<int> sizes = split->sizes();
    QVERIFY2(sizes.at(0) * 10 >= sizes.at(1) * 15,
             qPrintable(QStringLiteral("%1 : %2").arg(sizes.at(0)).arg(sizes.at(1))));
    // Neither a tab nor another mirror moves the split.
    MirrorDetailPane* detail = window.detailPane();
    for (int row : {0, 3, 1}) {
        table->setCurrentIndex(table->model()->index(row, FleetTableModel::Name));
        for (int tab = 0; tab < detail->count(); ++tab) {
            detail->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            QCOMPARE(split->sizes(), sizes);
        }
    }
    // Docks shown and the window made small: the table still shows ten rows.
    for (QDockWidget* dock : window.findChildren<QDockWidget*>())
        dock->show();
    window.resize(640, 400);
    QCoreApplication::processEvents();
    QVERIFY2(table->height() >= table->verticalHeader()->defaultSectionSize() * 10,
             qPrintable(QString::number(table->height())));
}

void TestFleetView::demoLabFillsTheTableWithRealFacts()
{
    FleetSession session;
    const auto opened = session.openDemoLab(m_lab->directory() + QStringLiteral("/inventory.json"));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
    MainWindow window(session);
    FleetTableModel* model = window.fleetView()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The rows are read off the GUI thread.
    QTRY_COMPARE(model->rowCount(), 6);

    QSignalSpy finished(&session, &FleetSession::refreshFinished);
    session.refreshAll();
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
    QTRY_VERIFY(cell(history, FleetTableModel::LastSync).startsWith(QStringLiteral("success")));
    QVERIFY(cell(history, FleetTableModel::Audit).contains(QStringLiteral("0 fail")));
    QVERIFY(!cell(history, FleetTableModel::DiskFree).isEmpty());
    QTRY_VERIFY(!cell(history, FleetTableModel::SentToday).isEmpty()); // its access log was read

    // The freshness check, over HTTP, trigger-only mirrors included.
    QSignalSpy checked(&session, &FleetSession::freshnessFinished);
    session.checkFreshness();
    QVERIFY(checked.wait(60000));
    QCOMPARE(checked.first().at(0).toInt(), 6);
    QCOMPARE(cell(history, FleetTableModel::Verdict), QStringLiteral("fresh"));
    QCOMPARE(cell(trigger, FleetTableModel::Verdict), QStringLiteral("fresh"));
    QVERIFY(cell(history, FleetTableModel::Timestamp).endsWith(QStringLiteral(" h")));
    QCOMPARE(cell(history, FleetTableModel::Daily).toInt(),
             m_lab->upstream().database().versions().daily);
    // The summary counts per verdict and country; the filters narrow the table.
    FleetView* fleet = window.fleetView();
    // Once the table has told its views of the burst of verdicts.
    QTRY_COMPARE(fleet->strip()->verdictButton(QStringLiteral("fresh"))->text(),
                 QStringLiteral("6 fresh"));
    QCOMPARE(fleet->strip()->showing()->text(), QStringLiteral("6 mirror(s)"));
    const QString country = m_lab->mirror(0).identity().country;
    fleet->countryChoice()->setCurrentIndex(fleet->countryChoice()->findData(country));
    QCOMPARE(fleet->table()->model()->rowCount(), 1);
    fleet->countryChoice()->setCurrentIndex(0);
    fleet->verdictChoice()->setCurrentIndex(
        fleet->verdictChoice()->findData(QStringLiteral("old")));
    QCOMPARE(fleet->table()->model()->rowCount(), 0);
    fleet->verdictChoice()->setCurrentIndex(0);
    QCOMPARE(fleet->table()->model()->rowCount(), 6);

    window.resize(1400, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.fleetView()->table()->resizeColumnsToContents();

    // Select the mirror with a history of runs: the detail pane fills in.
    QTableView* table = window.fleetView()->table();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, FleetTableModel::Name).data().toString() == history)
            table->setCurrentIndex(table->model()->index(r, FleetTableModel::Name));
    }
    MirrorDetailPane* detail = window.detailPane();
    QVERIFY(detail->isEnabled());
    QVERIFY(detail->overview()->summary()->text().contains(history));
    QVERIFY(detail->overview()->summary()->text().contains(QStringLiteral("no lock")));
    // Each tab is filled when it comes into view.
    detail->setCurrentWidget(detail->syncRuns());
    SyncRunTableModel* runs = detail->syncRuns()->model();
    QAbstractItemModelTester runsTester(runs,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(runs->rowCount(), 7);
    int failed = -1;
    for (int r = 0; r < runs->rowCount(); ++r) {
        if (runs->run(r)->outcome == SyncRunLog::Outcome::Failed)
            failed = r;
    }
    QVERIFY(failed >= 0);
    SyncRunsTab* syncRuns = detail->syncRuns();
    syncRuns->table()->selectRow(failed);
    QTRY_VERIFY(logText(syncRuns->logView())
                    .contains(QStringLiteral("@ERROR: auth failed on module clamavdb")));
    syncRuns->wholeLogButton()->click();
    QTRY_COMPARE(logText(syncRuns->logView()).count(QStringLiteral(": its log follows")), 7);
    QVERIFY(logText(syncRuns->logView()).contains(QStringLiteral("run 7 of 7, ")));
    // The mirror's own rsync.log, copied whole over SFTP.
    syncRuns->fetchButton()->click();
    QTRY_VERIFY2_WITH_TIMEOUT(syncRuns->logTitle()->text().contains(QStringLiteral("copied")),
                              qPrintable(syncRuns->logTitle()->text()), 20'000);
    QTRY_VERIFY(syncRuns->logView()->document()->source().isFile());
    QTRY_VERIFY(logText(syncRuns->logView()).contains(QStringLiteral("total size is")));
    // Each file under a heading stamped with its mtime, so a jump to time finds it.
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ rsync\\.log"))
                 .match(logText(syncRuns->logView()))
                 .hasMatch(),
             qPrintable(logText(syncRuns->logView()).left(80)));
    detail->setCurrentWidget(detail->overview());
    QVERIFY(!detail->overview()->breakLockButton()->isEnabled());
    detail->setCurrentWidget(detail->audit());
    QAbstractItemModelTester auditTester(detail->audit()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(detail->audit()->model()->rowCount(), 12);
    detail->setCurrentWidget(detail->firewall());
    QCOMPARE(detail->firewall()->model()->rowCount(), 6);

    const QString shots = QStringLiteral(MC_SCREENSHOT_DIR "/");
    detail->setCurrentWidget(detail->overview());
    QVERIFY(window.grab().save(shots + QStringLiteral("fleet.png")));
    {
        // The same in a dark palette: status colours turn light to stay readable.
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        for (const auto role : {QPalette::ButtonText, QPalette::Text, QPalette::WindowText})
            dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(dark);
        QCoreApplication::processEvents(); // the palette reaches the widgets by events
        const QColor staleName = window.fleetView()
                                     ->table()
                                     ->model()
                                     ->index(3, FleetTableModel::Name)
                                     .data(Qt::ForegroundRole)
                                     .value<QBrush>()
                                     .color();
        QVERIFY(StatusColours::contrast(staleName, dark.color(QPalette::Base)) >= 4.5);
        QVERIFY(window.grab().save(shots + QStringLiteral("fleet-dark.png")));
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
    }
    detail->setCurrentWidget(detail->syncRuns());
    syncRuns->table()->selectRow(failed);
    QTRY_VERIFY(logText(syncRuns->logView()).contains(QStringLiteral("@ERROR")));
    QVERIFY(window.grab().save(shots + QStringLiteral("sync-runs.png")));
    detail->setCurrentWidget(detail->audit());
    QVERIFY(window.grab().save(shots + QStringLiteral("setup-audit.png")));
    detail->setCurrentWidget(detail->firewall());
    QVERIFY(window.grab().save(shots + QStringLiteral("firewall.png")));
    detail->setCurrentWidget(detail->disk());
    QVERIFY(detail->disk()->documentRootBar()->text().contains(QStringLiteral("free")));
    // The lab's DocumentRoot holds the database: main, daily, bytecode, timestamp at least.
    QAbstractItemModelTester filesTester(detail->disk()->files(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList files;
    for (int r = 0; r < detail->disk()->files()->rowCount(); ++r)
        files << detail->disk()->files()->index(r, DatabaseFileModel::Name).data().toString();
    QVERIFY2(files.contains(QStringLiteral("daily.cvd")) &&
                 files.contains(QStringLiteral("timestamp")),
             qPrintable(files.join(u' ')));
    QCOMPARE(files.size(), detail->disk()->details()->text().section(u' ', 1, 1).toInt());
    QTRY_VERIFY(detail->disk()->trend()->pointCount() >= 3); // one refresh: used, free, home free
    detail->setCurrentWidget(detail->bandwidth());
    QTRY_VERIFY(!detail->bandwidth()->summary()->text().isEmpty());
    QVERIFY(detail->bandwidth()->daily()->chart());
    detail->setCurrentWidget(detail->freshness());
    QTRY_COMPARE(detail->freshness()->model()->rowCount(), 1);
    QCOMPARE(detail->freshness()->model()->index(0, VerdictHistoryModel::Verdict).data().toString(),
             QStringLiteral("fresh"));
    QVERIFY(detail->freshness()->uptime()->text().contains(QStringLiteral("100.0")));
    QCOMPARE(detail->freshness()->chart()->pointCount(), 2); // today: up 100 %, fresh 100 %

    // Breaking the stale lock: asked, named, done on the mirror, audited.
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, FleetTableModel::Name).data().toString() == stale)
            table->setCurrentIndex(table->model()->index(r, FleetTableModel::Name));
    }
    detail->setCurrentWidget(detail->lock());
    QVERIFY(detail->lock()->breakButton()->isEnabled());
    QVERIFY(detail->lock()->state()->text().contains(QStringLiteral("stale")));
    QVERIFY(window.grab().save(shots + QStringLiteral("lock.png")));
    detail->setCurrentIndex(0);
    QPushButton* breakLock = detail->overview()->breakLockButton();
    QVERIFY(breakLock->isEnabled());
    QVERIFY(QFile::exists(m_lab->mirror(3).lockPath()));
    Confirmation::setAutomaticAnswer(false);
    breakLock->click();
    QVERIFY(Confirmation::lastQuestion().contains(stale));
    QVERIFY(QFile::exists(m_lab->mirror(3).lockPath()));
    Confirmation::setAutomaticAnswer(true);
    QSignalSpy acted(&session, &FleetSession::actFinished);
    breakLock->click();
    QVERIFY(acted.wait(30000));
    Confirmation::setAutomaticAnswer(std::nullopt);
    QVERIFY2(acted.first().at(1).toBool(), qPrintable(acted.first().at(2).toString()));
    QVERIFY(!QFile::exists(m_lab->mirror(3).lockPath()));
    QTRY_COMPARE(AuditTrail(session.database()).entries(stale).first().action,
                 QStringLiteral("lock-break"));
    QVERIFY(detail->overview()->actResult()->text().contains(QStringLiteral("removed")));
    // The activity dock: the stale lock was an alert, the break is in the trail.
    AlertTableModel* alerts = window.activity()->alerts();
    bool alerted = false;
    for (int r = 0; r < alerts->rowCount(); ++r)
        alerted |= alerts->alert(r)->mirror == stale &&
                   alerts->alert(r)->text.contains(QStringLiteral("stale lock"));
    QVERIFY(alerted);
    AuditTableModel* trail = window.activity()->audit();
    QAbstractItemModelTester trailTester(trail,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(trail->index(0, AuditTableModel::Action).data().toString(),
                 QStringLiteral("lock-break"));
    QCOMPARE(trail->index(0, AuditTableModel::Mirror).data().toString(), stale);
}

QTEST_MAIN(TestFleetView)
#include "tst_fleetview.moc"
