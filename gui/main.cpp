#include "MainWindow.h"
#include "app/ApplicationInfo.h"
#include "app/CommandLine.h"

#include <QApplication>
#include <QCommandLineParser>

namespace {

void parseArguments(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop console for administering a fleet of ClamAV database mirrors."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
}

} // namespace

int main(int argc, char** argv)
{
    const QString executable = QStringLiteral("mirror-console");
    if (CommandLine::asksOnlyForInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        ApplicationInfo::applyTo(app, executable);
        parseArguments(app);
        return 0;
    }

    QApplication app(argc, argv);
    ApplicationInfo::applyTo(app, executable);
    QApplication::setApplicationDisplayName(ApplicationInfo::applicationDisplayName());
    parseArguments(app);

    MainWindow window;
    window.show();
    return QApplication::exec();
}
