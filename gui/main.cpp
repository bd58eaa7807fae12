#include "MainWindow.h"
#include "app/ApplicationInfo.h"
#include "app/CommandLine.h"
#include "app/Translations.h"
#include "menus/ConsoleTheme.h"
#include "session/FleetSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTextStream>

namespace {

struct GuiArguments
{
    QString demoLabInventory;
};

GuiArguments parseArguments(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop console for administering a fleet of ClamAV database mirrors."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoLab(
        QStringLiteral("demo-lab"),
        QCoreApplication::translate("main", "Inventory of a running demo lab, shown while the "
                                            "console has no inventory of its own."),
        QStringLiteral("FILE"));
    parser.addOption(demoLab);
    parser.process(app);
    return {parser.value(demoLab)};
}

} // namespace

int main(int argc, char** argv)
{
    const QString executable = QStringLiteral("mirror-console");
    if (CommandLine::asksOnlyForInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        ApplicationInfo::applyTo(app, executable);
        Translations::install(app);
        parseArguments(app);
        return 0;
    }

    QApplication app(argc, argv);
    ApplicationInfo::applyTo(app, executable);
    Translations::install(app);
    QApplication::setApplicationDisplayName(ApplicationInfo::applicationDisplayName());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mirror-console.svg")));
    const GuiArguments arguments = parseArguments(app);
    if (const ConsoleTheme::Choice theme = ConsoleTheme::kept();
        theme != ConsoleTheme::Choice::System)
        ConsoleTheme::apply(theme);

    FleetSession session;
    const auto opened = arguments.demoLabInventory.isEmpty()
                            ? session.open(InventoryDatabase::defaultPath())
                            : session.openDemoLab(arguments.demoLabInventory);
    if (!opened) {
        QTextStream(stderr) << "mirror-console: " << opened.error() << Qt::endl;
        return 1;
    }
    MainWindow window(session);
    if (!arguments.demoLabInventory.isEmpty()) {
        window.announceDemoLab(arguments.demoLabInventory);
        session.refreshAll();
    }
    // What the table shows at start is judged now, not at the first hourly sweep.
    session.checkFreshness();
    window.show();
    return QApplication::exec();
}
