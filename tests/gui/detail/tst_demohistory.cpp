#include "DemoHistory.h"
#include "MainWindow.h"
#include "MirrorLab.h"
#include "detail/BandwidthTab.h"
#include "detail/DiskTab.h"
#include "detail/FreshnessTab.h"
#include "detail/MirrorDetailPane.h"
#include "detail/SyncRunTableModel.h"
#include "detail/SyncRunsTab.h"
#include "detail/TrendChart.h"
#include "fleet/FleetTableModel.h"
#include "fleet/FleetView.h"
#include "inventory/MirrorInventory.h"
#include "session/FleetSession.h"

#include <QChart>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTest>

// The demo lab looks like a real fleet: a month of freshclam-like traffic in
// its access logs and a month of checks and disk readings made from its own
// runs, so that every chart of the console has a month to show.
class TestDemoHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MirrorLabOptions options;
        options.mirrors = 6;
        options.demoFaults = true;
        options.demoTrafficDays = 30;
        m_lab = std::make_unique<MirrorLab>(options);
        QString error;
        QVERIFY2(m_lab->start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_lab.reset(); }

    void theLastHourIsServedByNginx()
    {
        QFile log(m_lab->mirror(0).accessLogPath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
        QVERIFY(lines.size() > 1000);
        // What freshclam asks, as nginx answered and logged it after the
        // written month: a header by range, two CVDs not modified, a cdiff
        // and a whole CVD.
        const QList<QByteArray> asked = lines.mid(lines.size() - 5);
        const char* const expected[] = {"GET /daily.cvd HTTP/1.1\" 206 ",
                                        "GET /main.cvd HTTP/1.1\" 304 ",
                                        "GET /daily.cvd HTTP/1.1\" 304 ", ".cdiff HTTP/1.1\" 200 ",
                                        "GET /bytecode.cvd HTTP/1.1\" 200 "};
        for (int i = 0; i < 5; ++i) {
            QVERIFY2(asked.at(i).contains(expected[i]), asked.at(i).constData());
            QVERIFY2(asked.at(i).contains("ClamAV/1.4.6") &&
                         asked.at(i).endsWith("\"database.clamav.net\""),
                     asked.at(i).constData());
        }
    }

    void everyChartHasAMonthToShow()
    {
        FleetSession session;
        QVERIFY(session.openDemoLab(m_lab->directory() + QStringLiteral("/inventory.json")));
        QSignalSpy refreshed(&session, &FleetSession::refreshFinished);
        session.refreshAll();
        QVERIFY(refreshed.wait(60000));
        QSignalSpy checked(&session, &FleetSession::freshnessFinished);
        session.checkFreshness();
        QVERIFY(checked.wait(60000));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const DemoHistory::Written written =
            DemoHistory::backfill(session.database(), session.inventory().all(), 30, now);
        // An hourly check for each of six mirrors over 30 days, and disk
        // readings of the four shell mirrors that answered, every three hours.
        QVERIFY2(written.checks >= 6 * 29 * 24, qPrintable(QString::number(written.checks)));
        QVERIFY2(written.diskPoints >= 3 * 29 * 8, qPrintable(QString::number(written.diskPoints)));
        // A sync every three hours of the mirrors with a sync run of their own.
        QVERIFY2(written.syncRuns >= 2 * 29 * 8, qPrintable(QString::number(written.syncRuns)));
        // Made once: the demo started again adds nothing.
        const DemoHistory::Written again =
            DemoHistory::backfill(session.database(), session.inventory().all(), 30, now);
        QCOMPARE(again.checks, 0);

        MainWindow window(session);
        window.resize(1400, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView* table = window.fleetView()->table();
        QTRY_COMPARE(table->model()->rowCount(), 6);
        // Mirror 0 is a healthy shell mirror with a history of sync logs.
        const QString name = m_lab->mirror(0).identity().name;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, FleetTableModel::Name).data().toString() == name)
                table->setCurrentIndex(table->model()->index(r, FleetTableModel::Name));
        }
        MirrorDetailPane* detail = window.detailPane();
        // Room for the charts in the pictures: six mirrors need few rows.
        window.fleetSplitter()->setSizes({360, 540});
        const QString shots = QStringLiteral(MC_SCREENSHOT_DIR "/");
        QVERIFY(window.grab().save(shots + QStringLiteral("demo-fleet.png")));

        // A month of sync runs, each with its log.
        detail->setCurrentWidget(detail->syncRuns());
        QTRY_VERIFY(detail->syncRuns()->model()->rowCount() >= 150); // the tab lists 200 at most

        // Traffic per day for a month and per hour for two days, from the
        // freshclam-like lines the first refresh read.
        QSignalSpy shown(detail->bandwidth(), &BandwidthTab::shown);
        detail->setCurrentWidget(detail->bandwidth());
        QVERIFY(shown.wait());
        QCOMPARE(detail->bandwidth()->daily()->pointCount(), 30);
        QCOMPARE(detail->bandwidth()->hourly()->pointCount(), 24);
        const QString summary = detail->bandwidth()->summary()->text();
        QVERIFY2(summary.contains(QStringLiteral("ClamAV/")), qPrintable(summary));
        QVERIFY(!summary.contains(QStringLiteral("only its last lines")));
        QVERIFY(window.grab().save(shots + QStringLiteral("demo-bandwidth.png")));

        // Uptime and fresh share per day, a month of them.
        detail->setCurrentWidget(detail->freshness());
        QTRY_VERIFY(detail->freshness()->chart()->pointCount() >= 2 * 30);
        QVERIFY(detail->freshness()->uptime()->text().contains(QStringLiteral("30 days")));
        QVERIFY(window.grab().save(shots + QStringLiteral("demo-freshness.png")));

        // Disk space every three hours.
        detail->setCurrentWidget(detail->disk());
        QTRY_VERIFY(detail->disk()->trend()->pointCount() >= 3 * 29 * 8);
        QVERIFY(window.grab().save(shots + QStringLiteral("demo-disk.png")));
    }

private:
    std::unique_ptr<MirrorLab> m_lab;
};

QTEST_MAIN(TestDemoHistory)
#include "tst_demohistory.moc"
