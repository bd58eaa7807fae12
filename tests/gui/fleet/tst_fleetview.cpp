#include "Confirmation.h"
#include "ConsoleBackend.h"
#include "HostKeyDialog.h"
#include "MainWindow.h"
#include "MirrorLab.h"
#include "activity/ActivityPane.h"
#include "activity/AlertTableModel.h"
#include "activity/AuditTableModel.h"
#include "app/ConsoleSettings.h"
#include "detail/ConfigurationTab.h"
#include "detail/BandwidthTab.h"
#include "detail/DiskTab.h"
#include "detail/FactTab.h"
#include "detail/FactTableModel.h"
#include "detail/FreshnessTab.h"
#include "detail/LockTab.h"
#include "detail/MirrorDetailPane.h"
#include "detail/OverviewTab.h"
#include "detail/SyncRunTableModel.h"
#include "detail/SyncRunsTab.h"
#include "detail/VerdictHistoryModel.h"
#include "fleet/FleetFilterModel.h"
#include "fleet/FleetTableModel.h"
#include "fleet/FleetView.h"
#include "inventory/AuditTrail.h"
#include "preferences/PreferencesDialog.h"
#include "preferences/SettingsTableModel.h"
#include "sync/SyncActivityPane.h"
#include "sync/SyncDialog.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
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

    // The freshness check, over HTTP, trigger-only mirrors included.
    QSignalSpy checked(&backend, &ConsoleBackend::freshnessFinished);
    backend.checkFreshness();
    QVERIFY(checked.wait(60000));
    QCOMPARE(checked.first().at(0).toInt(), 6);
    QCOMPARE(cell(history, FleetTableModel::Verdict), QStringLiteral("fresh"));
    QCOMPARE(cell(trigger, FleetTableModel::Verdict), QStringLiteral("fresh"));
    QVERIFY(cell(history, FleetTableModel::Timestamp).endsWith(QStringLiteral(" h")));
    QCOMPARE(cell(history, FleetTableModel::Daily).toInt(),
             m_lab->upstream().database().versions().daily);
    // The summary counts per verdict and country; the filters narrow the table.
    FleetView* fleet = window.fleetView();
    QVERIFY2(fleet->summary()->text().startsWith(QStringLiteral("6 mirror(s): 6 fresh")),
             qPrintable(fleet->summary()->text()));
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
    SyncRunTableModel* runs = detail->syncRuns()->model();
    QAbstractItemModelTester runsTester(runs,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(runs->rowCount(), 7);
    int failed = -1;
    for (int r = 0; r < runs->rowCount(); ++r) {
        if (runs->run(r)->outcome == SyncRunLog::Outcome::Failed)
            failed = r;
    }
    QVERIFY(failed >= 0);
    detail->syncRuns()->table()->selectRow(failed);
    QVERIFY(detail->syncRuns()->logView()->toPlainText().contains(
        QStringLiteral("@ERROR: auth failed on module clamavdb")));
    QVERIFY(!detail->overview()->breakLockButton()->isEnabled());
    QAbstractItemModelTester auditTester(detail->audit()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(detail->audit()->model()->rowCount(), 12);
    QCOMPARE(detail->firewall()->model()->rowCount(), 6);

    const QString shots = QStringLiteral(MC_SOURCE_DIR "/docs/screenshots/");
    QVERIFY(window.grab().save(shots + QStringLiteral("fleet.png")));
    detail->setCurrentIndex(1);
    QVERIFY(window.grab().save(shots + QStringLiteral("sync-runs.png")));
    detail->setCurrentWidget(detail->audit());
    QVERIFY(window.grab().save(shots + QStringLiteral("setup-audit.png")));
    detail->setCurrentWidget(detail->firewall());
    QVERIFY(window.grab().save(shots + QStringLiteral("firewall.png")));
    detail->setCurrentWidget(detail->disk());
    QVERIFY(detail->disk()->documentRootBar()->text().contains(QStringLiteral("free")));
    QVERIFY(window.grab().save(shots + QStringLiteral("disk.png")));
    detail->setCurrentWidget(detail->bandwidth());
    QVERIFY(!detail->bandwidth()->summary()->text().isEmpty());
    QVERIFY(detail->bandwidth()->daily()->chart());
    QVERIFY(window.grab().save(shots + QStringLiteral("bandwidth.png")));
    detail->setCurrentWidget(detail->freshness());
    QCOMPARE(detail->freshness()->model()->rowCount(), 1);
    QCOMPARE(detail->freshness()->model()->index(0, VerdictHistoryModel::Verdict).data().toString(),
             QStringLiteral("fresh"));
    QVERIFY(detail->freshness()->uptime()->text().contains(QStringLiteral("100.0")));
    QVERIFY(window.grab().save(shots + QStringLiteral("freshness.png")));

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
    QSignalSpy acted(&backend, &ConsoleBackend::actFinished);
    breakLock->click();
    QVERIFY(acted.wait(30000));
    Confirmation::setAutomaticAnswer(std::nullopt);
    QVERIFY2(acted.first().at(1).toBool(), qPrintable(acted.first().at(2).toString()));
    QVERIFY(!QFile::exists(m_lab->mirror(3).lockPath()));
    QCOMPARE(AuditTrail(backend.database()).entries(stale).first().action,
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
    QCOMPARE(trail->index(0, AuditTableModel::Action).data().toString(),
             QStringLiteral("lock-break"));
    QCOMPARE(trail->index(0, AuditTableModel::Mirror).data().toString(), stale);

    // Sync the selection: the stale mirror (its lock gone) and a trigger-only
    // one, asked first, both followed to their end in the syncs pane.
    const QString forced = m_lab->mirror(1).identity().name;
    table->clearSelection();
    table->setSelectionMode(QAbstractItemView::MultiSelection);
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QString name = table->model()->index(r, FleetTableModel::Name).data().toString();
        if (name == stale || name == forced)
            table->selectRow(r);
    }
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    window.syncSelection();
    auto* dialog = window.findChild<SyncDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->mirrors().size(), 2);
    dialog->setPushMaster(QStringLiteral("rsync1"));
    dialog->accept();
    LiveSyncRuns& syncs = backend.syncs();
    QCOMPARE(syncs.count(), 2);
    QVERIFY(QTest::qWaitFor([&] { return syncs.activeCount() == 0; }, 60000));
    for (int i = 0; i < syncs.count(); ++i)
        QVERIFY2(syncs.run(i).stage == LiveSyncRun::Stage::Succeeded,
                 qPrintable(syncs.run(i).mirror.name + QStringLiteral(": ") + syncs.run(i).result));
    SyncActivityPane* pane = window.syncActivity();
    QVERIFY(pane->isVisible());
    QCOMPARE(pane->table()->model()->rowCount(), 2);
    pane->selectRun(syncs.latestOf(stale));
    QVERIFY(pane->log()->toPlainText().contains(QStringLiteral("total size is")));
    QCOMPARE(AuditTrail(backend.database()).entries(stale).first().action,
             QStringLiteral("trigger"));

    // A sync that hangs on a silent push master: seen live in the mirror's
    // Sync runs tab, cancelled from the pane, its lock removed.
    QString error;
    QVERIFY2(m_lab->upstream().silenceDaemon(2, &error), qPrintable(error));
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, FleetTableModel::Name).data().toString() == history)
            table->setCurrentIndex(table->model()->index(r, FleetTableModel::Name));
    }
    detail->overview()->syncButton()->click();
    dialog = window.findChild<SyncDialog*>();
    QVERIFY(dialog);
    dialog->setPushMaster(QStringLiteral("rsync2"));
    dialog->accept();
    const int hung = syncs.latestOf(history);
    QVERIFY(QTest::qWaitFor([&] { return syncs.run(hung).pid > 0; }, 30000));
    QVERIFY(QTest::qWaitFor([&] { return QFile::exists(m_lab->mirror(0).lockPath()); }, 10000));
    detail->setCurrentIndex(1);
    QVERIFY(detail->syncRuns()->liveStatus()->isVisible());
    QVERIFY(detail->syncRuns()->liveStatus()->text().contains(QStringLiteral("rsync2")));
    QVERIFY(window.grab().save(shots + QStringLiteral("syncs.png")));
    pane->selectRun(hung);
    QPushButton* cancel = pane->cancelButton();
    QVERIFY(cancel->isEnabled());
    cancel->click();
    QVERIFY(QTest::qWaitFor([&] { return syncs.run(hung).isOver(); }, 30000));
    QCOMPARE(syncs.run(hung).stage, LiveSyncRun::Stage::Cancelled);
    QVERIFY(!QFile::exists(m_lab->mirror(0).lockPath()));
    QVERIFY(m_lab->upstream().stopDaemon(2) && m_lab->upstream().startDaemon(2, &error));

    // The conf edited in the Configuration tab: the password never shown,
    // problems named while typing, the diff asked about, the file written.
    const QString edited = m_lab->mirror(2).identity().name;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, FleetTableModel::Name).data().toString() == edited)
            table->setCurrentIndex(table->model()->index(r, FleetTableModel::Name));
    }
    ConfigurationTab* conf = detail->configuration();
    detail->setCurrentWidget(conf);
    QLineEdit* user = conf->field(QStringLiteral("RSYNC_USER"));
    QVERIFY(QTest::qWaitFor([&] { return !user->text().isEmpty(); }, 20000));
    const QString password = m_lab->upstream().rsyncPassword();
    QCOMPARE(conf->field(QStringLiteral("RSYNC_PASSWORD"))->echoMode(), QLineEdit::Password);
    QVERIFY(!conf->rawText()->toPlainText().contains(password));
    QVERIFY(!conf->saveButton()->isEnabled());
    const QString text = conf->rawText()->toPlainText();
    conf->rawText()->setPlainText(
        QString(text).replace(QStringLiteral("clamavdb"), QStringLiteral("elsewhere")));
    QVERIFY(conf->problems()->text().contains(QStringLiteral("clamavdb")));
    QVERIFY(!conf->saveButton()->isEnabled());
    conf->revert();
    user->setFocus();
    user->selectAll();
    QTest::keyClicks(user, QStringLiteral("renamed"));
    QVERIFY(conf->rawText()->toPlainText().contains(QStringLiteral("RSYNC_USER=renamed")));
    QVERIFY(conf->saveButton()->isEnabled());
    QVERIFY(window.grab().save(shots + QStringLiteral("configuration.png")));

    // Changed on the mirror meanwhile: refused, and the edit is still there.
    const QString confPath = m_lab->mirror(2).confPath();
    QFile onMirror(confPath);
    QVERIFY(onMirror.open(QIODevice::Append));
    onMirror.write("# touched by a colleague\n");
    onMirror.close();
    QSignalSpy refused(&backend, &ConsoleBackend::confWriteFailed);
    Confirmation::setAutomaticAnswer(true);
    conf->saveButton()->click();
    QVERIFY(refused.wait(20000));
    QVERIFY(conf->status()->text().startsWith(QStringLiteral("Not written")));
    QVERIFY(conf->rawText()->toPlainText().contains(QStringLiteral("RSYNC_USER=renamed")));

    // Read again, edited again, written.
    QSignalSpy read(&backend, &ConsoleBackend::confRead);
    conf->reload();
    QVERIFY(read.wait(20000));
    user->setFocus();
    user->selectAll();
    QTest::keyClicks(user, QStringLiteral("renamed"));
    QSignalSpy written(&backend, &ConsoleBackend::confWritten);
    conf->saveButton()->click();
    QVERIFY2(written.wait(20000), qPrintable(conf->status()->text()));
    Confirmation::setAutomaticAnswer(std::nullopt);
    QVERIFY(Confirmation::lastQuestion().contains(QStringLiteral("+RSYNC_USER=renamed")));
    QVERIFY(Confirmation::lastQuestion().contains(edited));
    QVERIFY(onMirror.open(QIODevice::ReadOnly));
    const QByteArray now = onMirror.readAll();
    QVERIFY(now.contains("RSYNC_USER=renamed\n"));
    QVERIFY(now.contains("# touched by a colleague\n"));
    QVERIFY(now.contains(password.toUtf8()));
    QCOMPARE(QFileInfo(confPath).permissions() & 0x0077, QFileDevice::Permissions());
    QCOMPARE(QDir(QFileInfo(confPath).path())
                 .entryList({QStringLiteral("clam-clientsync.conf.*")})
                 .size(),
             1);
    const AuditEntry audited = AuditTrail(backend.database()).entries(edited).first();
    QCOMPARE(audited.action, QStringLiteral("config-edit"));
    QVERIFY(!audited.detail.contains(password));

    // Each synced shell mirror was refreshed after its run: the run is in its history.
    QVERIFY(QTest::qWaitFor([&] { return !backend.refreshing(); }, 30000));
    QVERIFY2(cell(stale, FleetTableModel::LastSync).startsWith(QStringLiteral("success")),
             qPrintable(cell(stale, FleetTableModel::LastSync)));

    // A mirror whose host key changed: the refresh stops there and asks; Enter
    // rejects, accepting needs the check box, then the refresh goes through.
    QVERIFY(m_lab->applyFault(5, QStringLiteral("changed-host-key"), &error));
    const QString rekeyed = m_lab->mirror(5).identity().name;
    backend.reconnect();
    QSignalSpy refreshed(&backend, &ConsoleBackend::refreshFinished);
    backend.refreshAll();
    QVERIFY(refreshed.wait(60000));
    QCOMPARE(refreshed.first().at(1).toInt(), 1);
    auto* question = window.findChild<HostKeyDialog*>();
    QVERIFY(question);
    QCOMPARE(question->mirror().name, rekeyed);
    QVERIFY(question->isChange());
    QVERIFY(question->rejectButton()->isDefault());
    QVERIFY(!question->rememberButton()->isEnabled());
    QVERIFY(question->grab().save(shots + QStringLiteral("changed-host-key.png")));
    question->checkedConfirmation()->setChecked(true);
    std::optional<MirrorFacts> again;
    QObject scope;
    connect(&backend, &ConsoleBackend::mirrorRefreshed, &scope, [&](const MirrorFacts& facts) {
        if (facts.mirror == rekeyed)
            again = facts;
    });
    question->rememberButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return again.has_value(); }, 30000));
    QVERIFY2(again->probed, qPrintable(again->error));
    QCOMPARE(AuditTrail(backend.database()).entries(rekeyed).first().action,
             QStringLiteral("host-key-replace"));

    // Preferences: a value out of range is refused by name, a good one is kept.
    PreferencesDialog preferences(backend);
    SettingsTableModel* settings = preferences.model();
    int maxMirrors = -1;
    for (int r = 0; r < settings->rowCount(); ++r) {
        if (settings->index(r, SettingsTableModel::Name).data().toString() ==
            QLatin1String("ssh/max-mirrors"))
            maxMirrors = r;
    }
    QVERIFY(maxMirrors >= 0);
    QVERIFY(settings->setData(settings->index(maxMirrors, SettingsTableModel::Value),
                              QStringLiteral("0")));
    QVERIFY(!preferences.save());
    QVERIFY(preferences.errors()->text().contains(QStringLiteral("ssh/max-mirrors")));
    QVERIFY(settings->setData(settings->index(maxMirrors, SettingsTableModel::Value),
                              QStringLiteral("8")));
    QVERIFY(preferences.save());
    QCOMPARE(
        ConsoleSettings(backend.settingsPath()).value(QStringLiteral("ssh/max-mirrors")).toInt(),
        8);
}

QTEST_MAIN(TestFleetView)
#include "tst_fleetview.moc"
