#include "BuildInfo.h"
#include "Confirmation.h"
#include "DemoLabBanner.h"
#include "MainWindow.h"
#include "app/Translations.h"
#include "fleet/FleetEmptyState.h"
#include "fleet/FleetTableModel.h"
#include "fleet/FleetView.h"
#include "inventory/AuditTrail.h"
#include "menus/ConsoleActions.h"
#include "mirrors/ImportEmailDialog.h"
#include "mirrors/ImportPreviewModel.h"
#include "mirrors/MirrorFormDialog.h"
#include "session/FleetSession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

// The console's executable answers --version and --help without a display,
// and its window comes up offscreen.
class TestMirrorConsole : public QObject
{
    Q_OBJECT

private slots:
    void versionNeedsNoDisplay();
    void helpNeedsNoDisplay();
    void japaneseFollowsTheSystemLanguage();
    void windowShowsTheDemoLab();
    void anEmptyInventoryTeachesHowToBegin();
    void mirrorsComeFromAPastedEmailAndGo();
    void mirrorsAreAddedAndEditedInAForm();
};

namespace {

QByteArray runWithoutDisplay(const QStringList& args, int* exitCode, const QString& language = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!language.isEmpty()) {
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), language);
    }
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MIRROR_CONSOLE), args);
    process.waitForFinished(10000);
    *exitCode = process.exitCode();
    return process.readAllStandardOutput();
}

} // namespace

void TestMirrorConsole::versionNeedsNoDisplay()
{
    int exitCode = -1;
    const QByteArray out = runWithoutDisplay({QStringLiteral("--version")}, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(out.trimmed(), QByteArray("mirror-console " MC_VERSION));
}

void TestMirrorConsole::helpNeedsNoDisplay()
{
    int exitCode = -1;
    const QByteArray out = runWithoutDisplay({QStringLiteral("--help")}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(out.contains("--demo-lab"));
}

void TestMirrorConsole::japaneseFollowsTheSystemLanguage()
{
    int exitCode = -1;
    const QString help = QString::fromUtf8(
        runWithoutDisplay({QStringLiteral("--help")}, &exitCode, QStringLiteral("ja")));
    QCOMPARE(exitCode, 0);
    QVERIFY2(help.contains(QStringLiteral("デスクトップコンソール")), qPrintable(help));

    // The window itself, with the catalogue the program loads for Japanese.
    QTranslator japanese;
    QVERIFY(Translations::load(japanese, QLocale(QLocale::Japanese)));
    QCoreApplication::installTranslator(&japanese);
    QTemporaryDir dir;
    FleetSession session;
    QVERIFY(session.open(dir.filePath(QStringLiteral("inventory.sqlite"))));
    MainWindow window(session);
    QStringList actions;
    for (const QAction* action : window.findChildren<QAction*>())
        actions << action->text();
    QCoreApplication::removeTranslator(&japanese);
    QVERIFY2(actions.contains(QStringLiteral("すべて更新")), qPrintable(actions.join(u',')));
    QVERIFY(actions.contains(QStringLiteral("ファイル(&F)")));
    QVERIFY(actions.contains(QStringLiteral("鮮度をチェック")));
}

void TestMirrorConsole::windowShowsTheDemoLab()
{
    QTemporaryDir dir;
    FleetSession session;
    QVERIFY(session.open(dir.filePath(QStringLiteral("inventory.sqlite"))));
    MainWindow window(session);
    QVERIFY(window.statusBar()->currentMessage().contains(dir.path()));
    window.announceDemoLab(QStringLiteral("/tmp/lab/inventory.json"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(
        window.statusBar()->currentMessage().contains(QStringLiteral("/tmp/lab/inventory.json")));
}

void TestMirrorConsole::anEmptyInventoryTeachesHowToBegin()
{
    QTemporaryDir dir;
    FleetSession session;
    QVERIFY(session.open(dir.filePath(QStringLiteral("inventory.sqlite"))));
    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FleetEmptyState* empty = window.fleetView()->emptyState();
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(!window.fleetView()->table()->isVisible());
    QVERIFY(!window.demoBanner()->isVisible());
    // Both ways to begin are a click away.
    const QList<QToolButton*> buttons = empty->findChildren<QToolButton*>();
    QCOMPARE(buttons.size(), 2);
    QCOMPARE(buttons.at(0)->defaultAction(), window.acts()->add);
    QCOMPARE(buttons.at(1)->defaultAction(), window.acts()->importEmails);
    buttons.at(1)->click();
    QTRY_VERIFY(window.findChild<ImportEmailDialog*>());
    QVERIFY(window.findChild<ImportEmailDialog*>()->problems()->text().isEmpty());
}

void TestMirrorConsole::mirrorsComeFromAPastedEmailAndGo()
{
    QTemporaryDir dir;
    FleetSession session;
    QVERIFY(session.open(dir.filePath(QStringLiteral("inventory.sqlite"))));
    MainWindow window(session);
    auto email = [](const char* name) {
        QFile file(QStringLiteral(MC_TEST_DATA "/email/") + QString::fromLatin1(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };

    // Nothing pasted yet is no error; problems named by line; nothing
    // imported while one remains.
    ImportEmailDialog dialog(session);
    QVERIFY(dialog.problems()->text().isEmpty());
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.pasteBox()->setPlainText(QStringLiteral("  \n"));
    QVERIFY(dialog.problems()->text().isEmpty());
    dialog.pasteBox()->setPlainText(email("quoted-with-errors.txt"));
    QVERIFY(dialog.problems()->text().contains(QStringLiteral("line ")));
    QCOMPARE(dialog.preview()->rowCount(), 1);
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.partial()->setChecked(true);
    QVERIFY(dialog.importButton()->isEnabled());

    dialog.pasteBox()->setPlainText(email("seed-both-templates.txt"));
    QVERIFY(dialog.problems()->text().isEmpty());
    QCOMPARE(dialog.preview()->rowCount(), 2);
    dialog.partial()->setChecked(false);
    QVERIFY(dialog.importButton()->isEnabled());
    // The e-mail does not say how the console reaches them: chosen here,
    // trigger-only on 22 unless told.
    QCOMPARE(AccessMode(dialog.accessMode()->currentData().toInt()), AccessMode::TriggerOnly);
    QCOMPARE(dialog.sshPort()->value(), 22);
    dialog.accessMode()->setCurrentIndex(dialog.accessMode()->findData(int(AccessMode::Shell)));
    dialog.sshPort()->setValue(2222);
    QVERIFY(!dialog.confirmation()->isVisibleTo(&dialog));
    dialog.import();
    QTRY_COMPARE(window.fleetView()->model()->rowCount(), 2);
    // Said what was added, and the dialog stays for the next e-mail.
    QTRY_VERIFY(dialog.confirmation()->isVisibleTo(&dialog));
    QVERIFY2(dialog.confirmation()->text().contains(QStringLiteral("clamav2.foo.com (PL, shell, "
                                                                   "port 2222)")),
             qPrintable(dialog.confirmation()->text()));
    QVERIFY(dialog.pasteBox()->toPlainText().isEmpty());
    QVERIFY(dialog.problems()->text().isEmpty());
    const auto imported = session.inventory().find(QStringLiteral("clamav2.foo.com"));
    QCOMPARE(imported->accessMode, AccessMode::Shell);
    QCOMPARE(imported->sshPort, 2222);
    QCOMPARE(
        AuditTrail(session.database()).entries(QStringLiteral("clamav2.foo.com")).first().action,
        QStringLiteral("mirror-add"));
    // Pasted again: both known, nothing to import.
    ImportEmailDialog again(session);
    again.pasteBox()->setPlainText(email("seed-both-templates.txt"));
    // The inventory's names are read off the GUI thread.
    QTRY_COMPARE(again.preview()->knownCount(), 2);
    QVERIFY(!again.importButton()->isEnabled());

    // Disable one, then remove both, asked with their names.
    window.fleetView()->table()->selectRow(0);
    const QString first = window.fleetView()->selectedMirrors().first().name;
    window.changeSelection(false);
    QTRY_VERIFY(!session.inventory().find(first)->enabled);
    window.fleetView()->table()->selectAll();
    Confirmation::setAutomaticAnswer(false);
    window.removeSelection();
    QCOMPARE(session.inventory().all().size(), 2);
    QVERIFY(Confirmation::lastQuestion().contains(QStringLiteral("clamav.foo.com")));
    QVERIFY(Confirmation::lastQuestion().contains(QStringLiteral("clamav2.foo.com")));
    Confirmation::setAutomaticAnswer(true);
    window.removeSelection();
    Confirmation::setAutomaticAnswer(std::nullopt);
    QTRY_COMPARE(session.inventory().all().size(), 0);
    QTRY_COMPARE(window.fleetView()->model()->rowCount(), 0);
    QCOMPARE(AuditTrail(session.database()).entries(first).first().action,
             QStringLiteral("mirror-remove"));
}

void TestMirrorConsole::mirrorsAreAddedAndEditedInAForm()
{
    QTemporaryDir dir;
    FleetSession session;
    QVERIFY(session.open(dir.filePath(QStringLiteral("inventory.sqlite"))));
    MainWindow window(session);

    MirrorFormDialog* form = window.openMirrorForm(MirrorRecord{});
    QVERIFY(!form->saveButton()->isEnabled()); // nothing typed yet
    form->field(QStringLiteral("name"))->setText(QStringLiteral("clamav.mirror.example.PL"));
    form->field(QStringLiteral("address"))->setText(QStringLiteral("192.0.2.300"));
    // The country names the e-mail import reads, as well as codes.
    form->field(QStringLiteral("country"))->setText(QStringLiteral("Atlantis"));
    QVERIFY2(form->problems()->text().contains(QStringLiteral("ATLANTIS")) ||
                 form->problems()->text().contains(QStringLiteral("Atlantis")),
             qPrintable(form->problems()->text()));
    form->field(QStringLiteral("country"))->setText(QStringLiteral("poland"));
    QCOMPARE(form->record().country, QStringLiteral("PL"));
    form->field(QStringLiteral("country"))->setText(QStringLiteral("United Kingdom"));
    QCOMPARE(form->record().country, QStringLiteral("GB"));
    form->field(QStringLiteral("country"))->setText(QStringLiteral("pl"));
    QVERIFY(form->problems()->text().contains(QStringLiteral("192.0.2.300")));
    QVERIFY(!form->saveButton()->isEnabled());
    form->field(QStringLiteral("address"))->setText(QStringLiteral("192.0.2.30"));
    form->field(QStringLiteral("adminEmail"))->setText(QStringLiteral("admin@example.pl"));
    form->field(QStringLiteral("tags"))->setText(QStringLiteral("university, , ipv6 "));
    form->accessMode()->setCurrentIndex(1);
    QVERIFY2(form->saveButton()->isEnabled(), qPrintable(form->problems()->text()));
    form->save();
    QVERIFY(!form->saveButton()->isEnabled()); // until the store answers
    QTRY_VERIFY(session.inventory().find(QStringLiteral("clamav.mirror.example.pl")));
    const auto added = session.inventory().find(QStringLiteral("clamav.mirror.example.pl"));
    QCOMPARE(added->country, QStringLiteral("PL"));
    QCOMPARE(added->accessMode, AccessMode::TriggerOnly);
    QCOMPARE(added->tags, (QStringList{QStringLiteral("university"), QStringLiteral("ipv6")}));
    QTRY_COMPARE(window.fleetView()->model()->rowCount(), 1);

    // The same name again: refused, named, and what was typed is kept.
    MirrorFormDialog* twice = window.openMirrorForm(MirrorRecord{});
    twice->field(QStringLiteral("name"))->setText(added->name);
    twice->field(QStringLiteral("address"))->setText(QStringLiteral("192.0.2.31"));
    twice->field(QStringLiteral("country"))->setText(QStringLiteral("DE"));
    twice->save();
    QTRY_VERIFY(twice->problems()->text().contains(QStringLiteral("already")));
    QVERIFY(twice->isVisible());
    QVERIFY(twice->saveButton()->isEnabled());
    QCOMPARE(twice->field(QStringLiteral("address"))->text(), QStringLiteral("192.0.2.31"));
    twice->close();

    // Edited: stored, and the audit names what changed.
    window.fleetView()->table()->selectRow(0);
    MirrorFormDialog* edit = window.openMirrorForm(*added);
    QCOMPARE(edit->field(QStringLiteral("address"))->text(), QStringLiteral("192.0.2.30"));
    edit->field(QStringLiteral("address"))->setText(QStringLiteral("192.0.2.40"));
    // Where the console connects changes: asked, with the old and new address.
    Confirmation::setAutomaticAnswer(true);
    edit->save();
    QVERIFY2(Confirmation::lastQuestion().contains(QStringLiteral("192.0.2.30")) &&
                 Confirmation::lastQuestion().contains(QStringLiteral("192.0.2.40")),
             qPrintable(Confirmation::lastQuestion()));
    QTRY_COMPARE(session.inventory().find(added->id)->address, QStringLiteral("192.0.2.40"));
    AuditEntry last = AuditTrail(session.database()).entries(added->name).first();
    QCOMPARE(last.action, QStringLiteral("mirror-edit"));
    QVERIFY2(last.detail.contains(QStringLiteral("address: 192.0.2.30 -> 192.0.2.40")),
             qPrintable(last.detail));
    QVERIFY(!last.detail.contains(QStringLiteral("country")));

    // Trigger-only to shell: asked by name; a no stores nothing, a yes is
    // audited with the old and new mode.
    const MirrorRecord triggerOnly = *session.inventory().find(added->id);
    MirrorFormDialog* shell = window.openMirrorForm(triggerOnly);
    shell->accessMode()->setCurrentIndex(0);
    Confirmation::setAutomaticAnswer(false);
    shell->save();
    QVERIFY(Confirmation::lastQuestion().contains(added->name));
    QVERIFY(Confirmation::lastQuestion().contains(QStringLiteral("trigger-only")));
    QCOMPARE(session.inventory().find(added->id)->accessMode, AccessMode::TriggerOnly);
    Confirmation::setAutomaticAnswer(true);
    shell->save();
    Confirmation::setAutomaticAnswer(std::nullopt);
    QTRY_COMPARE(session.inventory().find(added->id)->accessMode, AccessMode::Shell);
    last = AuditTrail(session.database()).entries(added->name).first();
    QVERIFY2(last.detail.contains(QStringLiteral("accessMode: trigger-only -> shell")),
             qPrintable(last.detail));
}

QTEST_MAIN(TestMirrorConsole)
#include "tst_mirrorconsole.moc"
