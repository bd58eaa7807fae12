// mirror-demo-history: gives the console's inventory of a running demo lab a
// month of history made from the lab's own runs. One real refresh and
// freshness check of every mirror through the console's session (its access
// logs, freshclam-like, are read then), then the results written back in time.
#include "DemoHistory.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/MirrorInventory.h"
#include "session/FleetSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A month of history for the demo lab's console, from the lab's own runs."));
    parser.addHelpOption();
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Days of history."),
                                        QStringLiteral("DAYS"), QStringLiteral("30"));
    parser.addOption(daysOption);
    parser.addPositionalArgument(QStringLiteral("inventory"),
                                 QStringLiteral("The lab's inventory.json."));
    parser.process(app);
    bool numeric = false;
    const int days = parser.value(daysOption).toInt(&numeric);
    if (parser.positionalArguments().size() != 1 || !numeric || days < 1 || days > 400) {
        QTextStream(stderr) << "mirror-demo-history: one inventory.json and --days 1 to 400\n";
        return 2;
    }
    FleetSession session;
    if (const auto opened = session.openDemoLab(parser.positionalArguments().first()); !opened) {
        QTextStream(stderr) << "mirror-demo-history: " << opened.error() << '\n';
        return 1;
    }
    QObject::connect(&session, &FleetSession::refreshFinished, &session,
                     [&session] { session.checkFreshness(); });
    QObject::connect(&session, &FleetSession::freshnessFinished, &app, [&] {
        const DemoHistory::Written written = DemoHistory::backfill(
            session.database(), session.inventory().all(), days, QDateTime::currentDateTimeUtc());
        QTextStream(stdout) << "history: " << written.checks << " checks, " << written.diskPoints
                            << " disk readings, " << written.syncRuns << " sync runs over " << days
                            << " days\n";
        app.quit();
    });
    session.refreshAll();
    return QCoreApplication::exec();
}
