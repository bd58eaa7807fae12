#include "Confirmation.h"
#include "MainWindow.h"
#include "MirrorLab.h"
#include "app/Translations.h"
#include "detail/BandwidthTab.h"
#include "detail/ConfigurationTab.h"
#include "detail/DiskTab.h"
#include "detail/LockTab.h"
#include "detail/MirrorDetailPane.h"
#include "detail/TrendChart.h"
#include "detail/OverviewTab.h"
#include "detail/SyncRunsTab.h"
#include "fleet/FleetFilterModel.h"
#include "fleet/FleetSummaryStrip.h"
#include "fleet/FleetTableModel.h"
#include "fleet/FleetView.h"
#include "session/FleetSession.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

// The rough edges an operator meets in the first hour, each over a real lab:
// the detail pane that follows what is visible, a conf saved on Windows, an
// edit never left behind unasked, why a refresh failed, traffic counted
// once, and the console's words in the operator's language.
class TestFirstHour : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theDetailPaneFollowsTheVisibleSelection();
    void aConfSavedOnWindowsIsNamedAndConvertedOnlyWhenAsked();
    void unsavedEditsAreNeverLeftUnasked();
    void aFailedRefreshSaysWhyInTheOverviewAndBesideTheLog();
    void theHourlyChartCountsEachRequestOnce();
    void verdictAndStatusWordsAreTranslated();

private:
    QString name(int index) const { return m_lab->mirror(index).identity().name; }
    void select(const QStringList& names);
    void refresh(const QList<int>& mirrors);

    std::unique_ptr<MirrorLab> m_lab;
    std::unique_ptr<FleetSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
enum Mirror
{
    kWindowsConf,
    kTraffic,
    kDown,
    kPlain,
    kMirrors
};
} // namespace

void TestFirstHour::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = kMirrors;
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    m_session = std::make_unique<FleetSession>();
    const auto opened =
        m_session->openDemoLab(m_lab->directory() + QStringLiteral("/inventory.json"));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy finished(m_session.get(), &FleetSession::refreshFinished);
    m_session->refreshAll();
    QVERIFY(finished.wait(60000));
}

void TestFirstHour::cleanupTestCase()
{
    Confirmation::setAutomaticAnswer(std::nullopt);
    m_window.reset();
    m_session.reset();
    m_lab.reset();
}

void TestFirstHour::select(const QStringList& names)
{
    QTableView* table = m_window->fleetView()->table();
    table->clearSelection();
    bool first = true;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex at = table->model()->index(r, FleetTableModel::Name);
        if (!names.contains(at.data().toString()))
            continue;
        table->selectionModel()->setCurrentIndex(
            at, (first ? QItemSelectionModel::ClearAndSelect : QItemSelectionModel::Select) |
                    QItemSelectionModel::Rows);
        first = false;
    }
}

void TestFirstHour::refresh(const QList<int>& mirrors)
{
    QList<MirrorRecord> records;
    QStringList waiting;
    for (const int m : mirrors) {
        records << *m_session->inventory().find(name(m));
        waiting << name(m);
    }
    // Done when each was refreshed, even if queued behind another refresh.
    QObject scope;
    connect(m_session.get(), &FleetSession::mirrorRefreshed, &scope,
            [&](const MirrorFacts& facts) { waiting.removeAll(facts.mirror); });
    m_session->refresh(records);
    QVERIFY(QTest::qWaitFor([&] { return waiting.isEmpty() && !m_session->refreshing(); }, 60000));
}

void TestFirstHour::theDetailPaneFollowsTheVisibleSelection()
{
    MirrorDetailPane* detail = m_window->detailPane();
    QVERIFY(detail->nothingShown()->isVisible());
    select({name(kPlain)});
    QCOMPARE(detail->title()->text(), name(kPlain));
    QVERIFY(detail->overview()->summary()->text().contains(name(kPlain)));
    // Every tab shows the same name above it.
    detail->setCurrentWidget(detail->disk());
    QVERIFY(detail->title()->isVisible());
    QCOMPARE(detail->title()->text(), name(kPlain));
    detail->setCurrentWidget(detail->overview());

    // The filter hides it: the pane says so and shows nothing of it.
    FleetFilterModel* filter = m_window->fleetView()->filter();
    filter->setText(name(kTraffic));
    QVERIFY(detail->nothingShown()->isVisible());
    QVERIFY(!detail->overview()->isVisible());
    QVERIFY2(detail->nothingShown()->text().contains(name(kPlain)),
             qPrintable(detail->nothingShown()->text()));
    QVERIFY(detail->title()->text().isEmpty());
    // Given back by the filter: shown again.
    filter->setText(QString());
    QCOMPARE(detail->title()->text(), name(kPlain));
    QVERIFY(!detail->nothingShown()->isVisible() && detail->overview()->isVisible());

    // Several selected: it says which one it shows.
    select({name(kTraffic), name(kPlain)});
    QVERIFY2(detail->title()->text().contains(QStringLiteral("2 mirrors selected")),
             qPrintable(detail->title()->text()));
    QVERIFY(detail->title()->text().startsWith(name(kPlain)));
    m_window->fleetView()->table()->clearSelection();
    QVERIFY(detail->nothingShown()->isVisible());
    QVERIFY(detail->nothingShown()->text().startsWith(QStringLiteral("Select a mirror")));
}

void TestFirstHour::aConfSavedOnWindowsIsNamedAndConvertedOnlyWhenAsked()
{
    QString error;
    LabMirror& lab = m_lab->mirror(kWindowsConf);
    QFile good(lab.confPath());
    QVERIFY(good.open(QIODevice::ReadOnly));
    QByteArray windows = good.readAll();
    good.close();
    windows.replace("\n", "\r\n");
    QVERIFY2(lab.writeOwned(lab.confPath(), windows, 0600, &error), qPrintable(error));

    MirrorDetailPane* detail = m_window->detailPane();
    ConfigurationTab* conf = detail->configuration();
    QSignalSpy read(m_session.get(), &FleetSession::confRead);
    select({name(kWindowsConf)});
    detail->setCurrentWidget(conf);
    QVERIFY2(read.wait(20000), qPrintable(conf->status()->text()));
    // Named, with the fix; nothing changed by reading it into the editor.
    QVERIFY2(conf->problems()->text().contains(QStringLiteral("Windows line endings")),
             qPrintable(conf->problems()->text()));
    QVERIFY(!conf->hasUnsavedEdits());
    QVERIFY(conf->convertButton()->isVisible());

    // An edit keeps the file's endings: it stays unsavable until converted.
    QLineEdit* user = conf->field(QStringLiteral("RSYNC_USER"));
    user->setFocus();
    user->selectAll();
    QTest::keyClicks(user, QStringLiteral("renamed"));
    QVERIFY(conf->hasUnsavedEdits());
    QVERIFY(!conf->saveButton()->isEnabled());
    conf->convertButton()->click();
    QVERIFY(!conf->convertButton()->isVisible());
    QVERIFY2(conf->problems()->text().isEmpty(), qPrintable(conf->problems()->text()));
    QVERIFY(conf->saveButton()->isEnabled());
    Confirmation::setAutomaticAnswer(true);
    QSignalSpy written(m_session.get(), &FleetSession::confWritten);
    conf->saveButton()->click();
    QVERIFY(Confirmation::lastQuestion().contains(QStringLiteral("-RSYNC_USER=labmirror\\r")));
    QVERIFY2(written.wait(20000), qPrintable(conf->status()->text()));
    Confirmation::setAutomaticAnswer(std::nullopt);
    QFile onMirror(lab.confPath());
    QVERIFY(onMirror.open(QIODevice::ReadOnly));
    const QByteArray now = onMirror.readAll();
    QVERIFY(!now.contains('\r'));
    QVERIFY(now.contains("RSYNC_USER=renamed\n"));
    QVERIFY2(m_lab->applyFault(kWindowsConf, QStringLiteral("good-conf"), &error),
             qPrintable(error));
}

void TestFirstHour::unsavedEditsAreNeverLeftUnasked()
{
    MirrorDetailPane* detail = m_window->detailPane();
    ConfigurationTab* conf = detail->configuration();
    select({name(kWindowsConf)});
    detail->setCurrentWidget(conf);
    QSignalSpy read(m_session.get(), &FleetSession::confRead);
    conf->reload();
    QVERIFY(read.wait(20000));
    conf->rawText()->appendPlainText(QStringLiteral("# a note"));
    QVERIFY(conf->hasUnsavedEdits());

    // Another tab: the operator stays.
    Confirmation::setAutomaticAnswer(false);
    detail->setCurrentWidget(detail->lock());
    QCOMPARE(detail->currentWidget(), conf);
    QVERIFY(Confirmation::lastQuestion().contains(name(kWindowsConf)));
    // Another mirror: the table goes back to the one being edited.
    select({name(kPlain)});
    QCOMPARE(m_window->fleetView()->selectedMirrors().value(0).name, name(kWindowsConf));
    QCOMPARE(detail->title()->text(), name(kWindowsConf));
    QVERIFY(conf->hasUnsavedEdits());
    // The filter hiding it: it stays in view, the filter goes.
    m_window->fleetView()->filter()->setText(name(kPlain));
    QCOMPARE(m_window->fleetView()->selectedMirrors().value(0).name, name(kWindowsConf));
    QVERIFY(!detail->nothingShown()->isVisible());
    QVERIFY(m_window->fleetView()->filter()->rowCount() == kMirrors);
    // Leaving the window: it stays open.
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());

    // Discarding: the edit goes, the other mirror is shown.
    Confirmation::setAutomaticAnswer(true);
    select({name(kPlain)});
    QCOMPARE(detail->title()->text(), name(kPlain));
    QVERIFY(!conf->hasUnsavedEdits());
    Confirmation::setAutomaticAnswer(std::nullopt);
    detail->setCurrentWidget(detail->overview());
}

void TestFirstHour::aFailedRefreshSaysWhyInTheOverviewAndBesideTheLog()
{
    QString error;
    QVERIFY2(m_lab->applyFault(kDown, QStringLiteral("host-down"), &error), qPrintable(error));
    m_session->reconnect();
    refresh({kDown});
    MirrorDetailPane* detail = m_window->detailPane();
    select({name(kDown)});
    detail->setCurrentWidget(detail->overview());
    const QString overview = detail->overview()->summary()->text();
    QVERIFY2(overview.contains(QStringLiteral("failed")) &&
                 overview.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
             qPrintable(overview));
    detail->setCurrentWidget(detail->syncRuns());
    QLabel* why = detail->syncRuns()->refreshFailure();
    QVERIFY(why->isVisible());
    QVERIFY2(why->text().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
             qPrintable(why->text()));
    QVERIFY2(m_lab->applyFault(kDown, QStringLiteral("host-up"), &error), qPrintable(error));
    refresh({kDown});
    QVERIFY(!why->isVisible());
    detail->setCurrentWidget(detail->overview());
}

void TestFirstHour::theHourlyChartCountsEachRequestOnce()
{
    // Requests of this hour, some read by one refresh and some by the next,
    // with a refresh between that finds nothing new.
    const QString when = QLocale::c().toString(QDateTime::currentDateTimeUtc(),
                                               QStringLiteral("dd/MMM/yyyy:HH:mm:ss +0000"));
    const QByteArray line = "198.51.100.7 - - [" + when.toLatin1() +
                            "] \"GET /daily.cvd HTTP/1.0\" 200 2500000 \"-\" "
                            "\"ClamAV/0.103.8 (OS: linux-gnu)\"\n";
    QFile log(m_lab->mirror(kTraffic).accessLogPath());
    QVERIFY(log.open(QIODevice::Append));
    QVERIFY(log.write(line + line) > 0 && log.flush());
    refresh({kTraffic});
    refresh({kTraffic});
    QVERIFY(log.write(line) > 0 && log.flush());
    refresh({kTraffic});

    MirrorDetailPane* detail = m_window->detailPane();
    select({name(kTraffic)});
    QSignalSpy shown(detail->bandwidth(), &BandwidthTab::shown);
    detail->setCurrentWidget(detail->bandwidth());
    QVERIFY(shown.wait());
    QChart* chart = detail->bandwidth()->hourly()->chart();
    QCOMPARE(chart->series().size(), 1);
    const auto* hours = qobject_cast<QLineSeries*>(chart->series().first());
    QVERIFY(hours);
    // In the unit that fits the largest hour: megabytes here.
    qreal megabytes = 0;
    for (const QPointF& point : hours->points())
        megabytes += point.y();
    QCOMPARE(megabytes, 7.5);
    // Shown again (another refresh, another visit): still one chart of it.
    select({name(kPlain)});
    QVERIFY(shown.wait());
    select({name(kTraffic)});
    QVERIFY(shown.wait());
    QCOMPARE(detail->bandwidth()->hourly()->chart()->series().size(), 1);
    detail->setCurrentWidget(detail->overview());
}

void TestFirstHour::verdictAndStatusWordsAreTranslated()
{
    QSignalSpy checked(m_session.get(), &FleetSession::freshnessFinished);
    m_session->checkFreshness();
    QVERIFY(checked.wait(60000));
    QTranslator german;
    QVERIFY(Translations::load(german, QLocale(QLocale::German)));
    QCoreApplication::installTranslator(&german);
    // A window made in German, as the console starts in a German locale.
    MainWindow window(*m_session);
    FleetView* fleet = window.fleetView();
    FleetTableModel* model = fleet->model();
    QTRY_VERIFY(model->rowCount() > 0); // read off the GUI thread
    int plain = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        plain = model->row(r)->mirror.name == name(kPlain) ? r : plain;
    QVERIFY(plain >= 0);
    QCOMPARE(model->index(plain, FleetTableModel::Verdict).data().toString(),
             QStringLiteral("aktuell"));
    QCOMPARE(model->index(plain, FleetTableModel::Lock).data().toString(),
             QStringLiteral("keine Sperre"));
    QVERIFY(fleet->verdictChoice()->findText(QStringLiteral("aktuell")) >= 0);
    QVERIFY(fleet->verdictChoice()->findText(QStringLiteral("ungeprüft")) >= 0);
    const QString fresh = fleet->strip()->verdictButton(QStringLiteral("fresh"))->text();
    QVERIFY2(fresh.endsWith(QStringLiteral(" aktuell")), qPrintable(fresh));
    QCoreApplication::removeTranslator(&german);
}

QTEST_MAIN(TestFirstHour)
#include "tst_firsthour.moc"
