#include "MainWindow.h"
#include "app/ConsoleSettings.h"
#include "fleet/FleetTableModel.h"
#include "fleet/FleetView.h"
#include "help/AboutDialog.h"
#include "help/ShortcutsDialog.h"
#include "menus/ConsoleActions.h"
#include "menus/ConsoleTheme.h"
#include "session/FleetSession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <libssh/libssh.h>

// What a first-hour operator reaches from the menu bar, the toolbar and a
// right click on the fleet's rows.
class TestConsoleMenus : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theMenuBarHoldsEveryAct();
    void everyToolbarActHasAPicture();
    void aRowMenuOffersWhatAppliesToTheSelection();
    void theShortcutsAreListed();
    void aboutNamesTheLibraries();
    void theFleetIsExportedAsMirrorctlWritesIt();
    void aThemeIsChosenAndKept();

private:
    QStringList entries(const QString& menuTitle) const;
    void addMirrors();
    QString exportTo(FleetExport::Format format, const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FleetSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestConsoleMenus::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<FleetSession>();
    QVERIFY(m_session->open(m_dir->filePath(QStringLiteral("inventory.sqlite"))));
    m_window = std::make_unique<MainWindow>(*m_session);
}

void TestConsoleMenus::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_dir.reset();
}

QStringList TestConsoleMenus::entries(const QString& menuTitle) const
{
    for (QAction* top : m_window->menuBar()->actions()) {
        if (top->text().remove(u'&') != menuTitle)
            continue;
        QStringList texts;
        for (const QAction* entry : top->menu()->actions())
            if (!entry->isSeparator())
                texts << entry->text();
        return texts;
    }
    return {};
}

void TestConsoleMenus::addMirrors()
{
    MirrorRecord shell;
    shell.name = QStringLiteral("clamav.example.pl");
    shell.address = QStringLiteral("192.0.2.10");
    shell.country = QStringLiteral("PL");
    shell.accessMode = AccessMode::Shell;
    MirrorRecord trigger = shell;
    trigger.name = QStringLiteral("db.example.de");
    trigger.address = QStringLiteral("192.0.2.11");
    trigger.country = QStringLiteral("DE");
    trigger.accessMode = AccessMode::TriggerOnly;
    std::optional<Result<Done>> added;
    m_session->storedInventory().add({shell, trigger}, QStringLiteral("a test"), nullptr,
                                     [&](const Result<Done>& r) { added = r; });
    QTRY_VERIFY(added);
    QVERIFY(*added);
    QTRY_COMPARE(m_window->fleetView()->model()->rowCount(), 2);
}

void TestConsoleMenus::theMenuBarHoldsEveryAct()
{
    QStringList titles;
    for (const QAction* top : m_window->menuBar()->actions())
        titles << top->text().remove(u'&');
    QCOMPARE(titles,
             (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                          QStringLiteral("Mirrors"), QStringLiteral("Help")}));
    const ConsoleActions& acts = *m_window->acts();
    QCOMPARE(entries(QStringLiteral("File")),
             (QStringList{acts.exportCsv->text(), acts.exportJson->text(), acts.exportHtml->text(),
                          acts.exportDns->text(), acts.quit->text()}));
    QCOMPARE(entries(QStringLiteral("Edit")),
             (QStringList{acts.find->text(), acts.preferences->text()}));
    const QStringList view = entries(QStringLiteral("View"));
    for (const char* entry : {"Mirror details", "Syncs", "Activity", "Fleet", "Columns", "Theme"})
        QVERIFY2(view.contains(QString::fromUtf8(entry)), entry);
    const QStringList mirrors = entries(QStringLiteral("Mirrors"));
    for (const QAction* act : {acts.add, acts.edit, acts.importEmails, acts.syncSelection,
                               acts.refreshSelection, acts.refreshAll, acts.checkSelection,
                               acts.checkAll, acts.disable, acts.enable, acts.remove})
        QVERIFY2(mirrors.contains(act->text()), qPrintable(act->text()));
    QCOMPARE(entries(QStringLiteral("Help")),
             (QStringList{acts.shortcuts->text(), acts.about->text()}));

    // View ▸ Columns follows the table's header.
    QMenu columns;
    m_window->fleetView()->fillColumnsMenu(&columns);
    QCOMPARE(columns.actions().size(), FleetTableModel::ColumnCount - 1);
    columns.actions().at(FleetTableModel::Access - 1)->setChecked(false);
    QVERIFY(m_window->fleetView()->table()->horizontalHeader()->isSectionHidden(
        FleetTableModel::Access));
}

void TestConsoleMenus::everyToolbarActHasAPicture()
{
    // Offscreen there is no icon theme: the console's own drawings stand in.
    const auto bars = m_window->findChildren<QToolBar*>();
    QCOMPARE(bars.size(), 1);
    QVERIFY(bars.first()->actions().size() >= 5);
    for (const QAction* action : bars.first()->actions()) {
        if (action->isSeparator())
            continue;
        QVERIFY2(!action->icon().pixmap(24, 24).isNull(), qPrintable(action->text()));
    }
}

void TestConsoleMenus::aRowMenuOffersWhatAppliesToTheSelection()
{
    addMirrors();
    const ConsoleActions& acts = *m_window->acts();
    const auto offered = [&] {
        std::unique_ptr<QMenu> menu(m_window->rowMenu());
        QList<QAction*> shown;
        for (QAction* action : menu->actions())
            if (!action->isSeparator())
                shown << action;
        return shown;
    };
    QVERIFY(m_window->fleetView()->selectMirror(QStringLiteral("db.example.de")));
    QList<QAction*> menu = offered();
    // Trigger-only: synced and checked, never probed.
    QVERIFY(menu.contains(acts.syncSelection));
    QVERIFY(menu.contains(acts.checkSelection));
    QVERIFY(!menu.contains(acts.refreshSelection));
    QVERIFY(menu.contains(acts.edit));
    QVERIFY(menu.contains(acts.disable));
    QVERIFY(!menu.contains(acts.enable));

    m_window->fleetView()->table()->selectAll();
    menu = offered();
    QVERIFY(menu.contains(acts.refreshSelection)); // the shell one
    QVERIFY(!menu.contains(acts.edit));            // one at a time

    m_window->changeSelection(false);
    QTRY_VERIFY(!m_session->inventory().find(QStringLiteral("db.example.de"))->enabled);
    QTRY_VERIFY(m_window->fleetView()->selectMirror(QStringLiteral("db.example.de")));
    QTRY_VERIFY(offered().contains(acts.enable));
    menu = offered();
    QVERIFY(!menu.contains(acts.disable));
    QVERIFY(!menu.contains(acts.syncSelection));
    QVERIFY(menu.contains(acts.remove));
}

void TestConsoleMenus::theShortcutsAreListed()
{
    const QList<QAction*> all = m_window->acts()->all();
    ShortcutsDialog dialog(all);
    QAbstractItemModelTester tester(dialog.table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qsizetype withKeys = std::count_if(
        all.cbegin(), all.cend(), [](const QAction* a) { return !a->shortcut().isEmpty(); });
    QVERIFY(withKeys >= 12);
    QCOMPARE(dialog.table()->model()->rowCount(), withKeys);
    QStringList keys;
    for (int row = 0; row < withKeys; ++row)
        keys << dialog.table()->model()->index(row, 1).data().toString();
    QVERIFY2(keys.contains(QStringLiteral("F5")), qPrintable(keys.join(u',')));
    QVERIFY(keys.contains(QStringLiteral("Shift+F5")));
    // Every key is one act's: none does two things.
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
}

void TestConsoleMenus::aboutNamesTheLibraries()
{
    AboutDialog about;
    const QString text = about.libraries()->text();
    QVERIFY2(text.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))),
             qPrintable(text));
    const QString ssh = QString::fromLatin1(ssh_version(0)).section(u'/', 0, 0);
    QVERIFY2(text.contains(QStringLiteral("libssh %1").arg(ssh)), qPrintable(text));
    QVERIFY2(QRegularExpression(QStringLiteral("QtKeychain \\d+\\.\\d+")).match(text).hasMatch(),
             qPrintable(text));
}

QString TestConsoleMenus::exportTo(FleetExport::Format format, const QString& path)
{
    QSignalSpy exported(m_window.get(), &MainWindow::exported);
    m_window->exportFleet(format, path);
    if (!exported.wait(10000))
        return QStringLiteral("no answer");
    return exported.first().at(1).toString();
}

void TestConsoleMenus::theFleetIsExportedAsMirrorctlWritesIt()
{
    addMirrors();
    const ConsoleSettings settings(m_session->settingsPath());
    for (const auto format : {FleetExport::Format::Csv, FleetExport::Format::Json,
                              FleetExport::Format::Html, FleetExport::Format::Zone}) {
        const QString path = m_dir->filePath(QStringLiteral("export-%1").arg(int(format)));
        QCOMPARE(exportTo(format, path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("clamav.example.pl"));
        // The same document mirrorctl writes, but for the moment it is made at.
        QByteArray expected =
            FleetExport::document(m_session->database(), format, settings.zoneOptions(), 30,
                                  QDateTime::currentDateTimeUtc());
        if (format == FleetExport::Format::Csv)
            QCOMPARE(written, expected);
        else
            QCOMPARE(written.count('\n'), expected.count('\n'));
    }
    // Where it cannot be written: said, naming the file.
    const QString nowhere = m_dir->filePath(QStringLiteral("no/such/dir/fleet.csv"));
    const QString failure = exportTo(FleetExport::Format::Csv, nowhere);
    QVERIFY2(failure.contains(nowhere), qPrintable(failure));
}

namespace {

// The mean lightness of what an icon draws, its transparent pixels left out.
int inkLightness(const QIcon& icon)
{
    const QImage image = icon.pixmap(24, 24).toImage();
    qint64 sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > 200) {
                sum += pixel.lightness();
                ++count;
            }
        }
    }
    return count ? int(sum / count) : -1;
}

} // namespace

void TestConsoleMenus::aThemeIsChosenAndKept()
{
    const QColor desktop = QApplication::palette().color(QPalette::Window);
    const QIcon refresh = m_window->acts()->refreshAll->icon();
    ConsoleTheme::apply(ConsoleTheme::Choice::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    // The console's own drawings take the theme's text colour: light on dark.
    QVERIFY2(inkLightness(refresh) > 150, qPrintable(QString::number(inkLightness(refresh))));
    QVERIFY(inkLightness(refresh) >
            inkLightness(QIcon(QStringLiteral(":/icons/actions/view-refresh.svg"))));
    ConsoleTheme::keep(ConsoleTheme::Choice::Dark);
    QCOMPARE(ConsoleTheme::kept(), ConsoleTheme::Choice::Dark);
    ConsoleTheme::apply(ConsoleTheme::Choice::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    QVERIFY2(inkLightness(refresh) < 100, qPrintable(QString::number(inkLightness(refresh))));
    ConsoleTheme::apply(ConsoleTheme::Choice::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), desktop);
    ConsoleTheme::keep(ConsoleTheme::Choice::System);
}

QTEST_MAIN(TestConsoleMenus)
#include "tst_consolemenus.moc"
