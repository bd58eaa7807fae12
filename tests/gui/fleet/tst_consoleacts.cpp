#include "Confirmation.h"
#include "HostKeyDialog.h"
#include "MainWindow.h"
#include "MirrorLab.h"
#include "app/ConsoleSettings.h"
#include "detail/ConfigurationTab.h"
#include "detail/MirrorDetailPane.h"
#include "detail/OverviewTab.h"
#include "detail/SyncRunsTab.h"
#include "fleet/FleetTableModel.h"
#include "fleet/FleetView.h"
#include "inventory/AuditTrail.h"
#include "logs/LogBrowser.h"
#include "logs/LogDocument.h"
#include "menus/ConsoleTheme.h"
#include "preferences/AppearancePage.h"
#include "preferences/PreferencesDialog.h"
#include "preferences/SettingsPage.h"
#include "session/FleetSession.h"
#include "sync/SyncActivityPane.h"
#include "sync/SyncDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

// The console's acts over a real lab, as an operator does them: syncs of a
// selection followed live and one cancelled, the conf edited, a changed host
// key answered, preferences saved.
class TestConsoleActs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void actsOnTheDemoLab();

private:
    static const FleetRow* rowOf(MainWindow& window, const QString& mirror);

    std::unique_ptr<MirrorLab> m_lab;
};

void TestConsoleActs::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = 6;
    options.demoFaults = true;
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
}

void TestConsoleActs::cleanupTestCase()
{
    m_lab.reset();
}

const FleetRow* TestConsoleActs::rowOf(MainWindow& window, const QString& mirror)
{
    FleetTableModel* model = window.fleetView()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->row(r)->mirror.name == mirror)
            return model->row(r);
    }
    return nullptr;
}

void TestConsoleActs::actsOnTheDemoLab()
{
    FleetSession session;
    const auto opened = session.openDemoLab(m_lab->directory() + QStringLiteral("/inventory.json"));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
    MainWindow window(session);
    QSignalSpy finished(&session, &FleetSession::refreshFinished);
    session.refreshAll();
    QVERIFY(finished.wait(60000));
    window.resize(1400, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView* table = window.fleetView()->table();
    MirrorDetailPane* detail = window.detailPane();
    const QString shots = QStringLiteral(MC_SCREENSHOT_DIR "/");
    const QString history = m_lab->mirror(0).identity().name; // demo fault: log history

    // Sync the selection: a shell mirror and a trigger-only one, asked
    // first, both followed to their end in the syncs pane.
    const QString synced = m_lab->mirror(2).identity().name;
    const QString forced = m_lab->mirror(1).identity().name;
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
    table->clearSelection();
    table->setSelectionMode(QAbstractItemView::MultiSelection);
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QString name = table->model()->index(r, FleetTableModel::Name).data().toString();
        if (name == synced || name == forced)
            table->selectRow(r);
    }
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    window.syncSelection();
    auto* dialog = window.findChild<SyncDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->mirrors().size(), 2);
    dialog->setPushMaster(QStringLiteral("rsync1"));
    dialog->accept();
    LiveSyncRuns& syncs = session.syncs();
    QCOMPARE(syncs.count(), 2);
    QVERIFY(QTest::qWaitFor([&] { return syncs.activeCount() == 0; }, 60000));
    for (int i = 0; i < syncs.count(); ++i)
        QVERIFY2(syncs.run(i).stage == LiveSyncRun::Stage::Succeeded,
                 qPrintable(syncs.run(i).mirror.name + QStringLiteral(": ") + syncs.run(i).result));
    SyncActivityPane* pane = window.syncActivity();
    QVERIFY(pane->isVisible());
    QCOMPARE(pane->table()->model()->rowCount(), 2);
    pane->selectRun(syncs.latestOf(synced));
    QTRY_VERIFY(pane->log()
                    ->document()
                    ->lines(0, pane->log()->document()->lineCount())
                    .join('\n')
                    .contains("total size is"));
    QTRY_COMPARE(AuditTrail(session.database()).entries(synced).first().action,
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
    QTRY_VERIFY(detail->syncRuns()->liveStatus()->isVisible());
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
    QSignalSpy refused(&session, &FleetSession::confWriteFailed);
    Confirmation::setAutomaticAnswer(true);
    conf->saveButton()->click();
    QVERIFY(refused.wait(20000));
    QVERIFY(conf->status()->text().startsWith(QStringLiteral("Not written")));
    QVERIFY(conf->rawText()->toPlainText().contains(QStringLiteral("RSYNC_USER=renamed")));

    // Read again, edited again, written.
    QSignalSpy read(&session, &FleetSession::confRead);
    conf->reload();
    QVERIFY(read.wait(20000));
    user->setFocus();
    user->selectAll();
    QTest::keyClicks(user, QStringLiteral("renamed"));
    QSignalSpy written(&session, &FleetSession::confWritten);
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
    QTRY_COMPARE(AuditTrail(session.database()).entries(edited).first().action,
                 QStringLiteral("config-edit"));
    const AuditEntry audited = AuditTrail(session.database()).entries(edited).first();
    QVERIFY(!audited.detail.contains(password));

    // Each synced shell mirror was refreshed after its run: the run is in its history.
    QVERIFY(QTest::qWaitFor([&] { return !session.refreshing(); }, 30000));
    const FleetRow* syncedRow = rowOf(window, synced);
    QVERIFY(syncedRow && syncedRow->lastRun);
    QVERIFY(syncedRow->lastRun->finishedAt >= started);
    QCOMPARE(syncedRow->lastRun->outcome, SyncRunLog::Outcome::Success);

    // A mirror whose host key changed: the refresh stops there and asks; Enter
    // rejects, accepting needs the check box, then the refresh goes through.
    QVERIFY(m_lab->applyFault(5, QStringLiteral("changed-host-key"), &error));
    const QString rekeyed = m_lab->mirror(5).identity().name;
    session.reconnect();
    QSignalSpy refreshed(&session, &FleetSession::refreshFinished);
    session.refreshAll();
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
    connect(&session, &FleetSession::mirrorRefreshed, &scope, [&](const MirrorFacts& facts) {
        if (facts.mirror == rekeyed)
            again = facts;
    });
    question->rememberButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return again.has_value(); }, 30000));
    QVERIFY2(again->probed, qPrintable(again->error));
    QTRY_COMPARE(AuditTrail(session.database()).entries(rekeyed).first().action,
                 QStringLiteral("host-key-replace"));

    // Preferences, in pages: a number out of its range cannot be typed, a
    // host name not yet whole is refused by name, good values are kept.
    PreferencesDialog preferences(session);
    QCOMPARE(preferences.pageList()->count(), 8);
    QCOMPARE(preferences.pageList()->item(0)->text(), QStringLiteral("SSH"));
    auto* maxMirrors =
        qobject_cast<QSpinBox*>(preferences.editor(QStringLiteral("ssh/max-mirrors")));
    QVERIFY(maxMirrors);
    QVERIFY(preferences.page(SettingsPage::Kind::Ssh)->isAncestorOf(maxMirrors));
    maxMirrors->setValue(0);
    QCOMPARE(maxMirrors->value(), 1);
    maxMirrors->selectAll();
    QTest::keyClicks(maxMirrors, QStringLiteral("9999"));
    QVERIFY(maxMirrors->value() <= 512);
    maxMirrors->setValue(8);
    auto* pool = qobject_cast<QLineEdit*>(preferences.editor(QStringLiteral("dns/fallback-pool")));
    QVERIFY(pool);
    QVERIFY(preferences.page(SettingsPage::Kind::Dns)->isAncestorOf(pool));
    pool->clear();
    QTest::keyClicks(pool, QStringLiteral("db.fallback!"));
    QCOMPARE(pool->text(), QStringLiteral("db.fallback")); // the ! was refused while typed
    pool->setText(QStringLiteral("db."));
    QVERIFY(!preferences.save());
    QVERIFY2(preferences.errors()->text().contains(QStringLiteral("dns/fallback-pool")),
             qPrintable(preferences.errors()->text()));
    // What was good is kept all the same; the refused one waits to be mended.
    QCOMPARE(
        ConsoleSettings(session.settingsPath()).value(QStringLiteral("ssh/max-mirrors")).toInt(),
        8);
    pool->setText(QStringLiteral("db.fallback.clamav.net"));
    QVERIFY(preferences.save());
    // The mail page: an address takes no space or bracket while typed, the
    // server's security is one of its words.
    auto* team = qobject_cast<QLineEdit*>(preferences.editor(QStringLiteral("mail/team-address")));
    QVERIFY(team);
    QVERIFY(preferences.page(SettingsPage::Kind::Mail)->isAncestorOf(team));
    QTest::keyClicks(team, QStringLiteral("<mirrors @clamav.example>"));
    QCOMPARE(team->text(), QStringLiteral("mirrors@clamav.example"));
    auto* security =
        qobject_cast<QComboBox*>(preferences.editor(QStringLiteral("mail/smtp-security")));
    QVERIFY(security);
    QCOMPARE(security->currentText(), QStringLiteral("starttls"));
    security->setCurrentText(QStringLiteral("tls"));
    auto* from = qobject_cast<QLineEdit*>(preferences.editor(QStringLiteral("mail/from")));
    from->setText(QStringLiteral("monitor"));
    QVERIFY(!preferences.save());
    QVERIFY2(preferences.errors()->text().contains(QStringLiteral("mail/from takes an e-mail")),
             qPrintable(preferences.errors()->text()));
    from->setText(QStringLiteral("monitor@clamav.example"));
    QVERIFY(preferences.save());
    const SmtpSettings smtp = ConsoleSettings(session.settingsPath()).smtpSettings();
    QCOMPARE(smtp.security, SmtpSettings::Security::Tls);
    QCOMPARE(ConsoleSettings(session.settingsPath()).mailSettings().teamAddress,
             QStringLiteral("mirrors@clamav.example"));
    QCOMPARE(ConsoleSettings(session.settingsPath())
                 .value(QStringLiteral("dns/fallback-pool"))
                 .toString(),
             QStringLiteral("db.fallback.clamav.net"));
    // The theme is chosen there too, and is the one kept.
    const ConsoleTheme::Choice before = ConsoleTheme::kept();
    QComboBox* theme = preferences.appearance()->theme();
    theme->setCurrentIndex(theme->findData(int(ConsoleTheme::Choice::Dark)));
    QSignalSpy themed(&preferences, &PreferencesDialog::themeChosen);
    QVERIFY(preferences.save());
    QCOMPARE(themed.size(), 1);
    QCOMPARE(ConsoleTheme::kept(), ConsoleTheme::Choice::Dark);
    ConsoleTheme::keep(before);
    ConsoleTheme::apply(before);
}

QTEST_MAIN(TestConsoleActs)
#include "tst_consoleacts.moc"
