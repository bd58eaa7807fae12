#include "BuildInfo.h"
#include "ConsoleBackend.h"
#include "MainWindow.h"

#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

// The console's executable answers --version and --help without a display,
// and its window comes up offscreen.
class TestMirrorConsole : public QObject
{
    Q_OBJECT

private slots:
    void versionNeedsNoDisplay();
    void helpNeedsNoDisplay();
    void windowShowsTheDemoLab();
};

namespace {

QByteArray runWithoutDisplay(const QStringList& args, int* exitCode)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
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

void TestMirrorConsole::windowShowsTheDemoLab()
{
    QTemporaryDir dir;
    ConsoleBackend backend;
    QVERIFY(backend.open(dir.filePath(QStringLiteral("inventory.sqlite"))));
    MainWindow window(backend);
    QVERIFY(window.statusBar()->currentMessage().contains(dir.path()));
    window.announceDemoLab(QStringLiteral("/tmp/lab/inventory.json"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(
        window.statusBar()->currentMessage().contains(QStringLiteral("/tmp/lab/inventory.json")));
}

QTEST_MAIN(TestMirrorConsole)
#include "tst_mirrorconsole.moc"
