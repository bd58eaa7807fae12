#include "session/FleetSession.h"
#include "MainWindow.h"
#include "MirrorLab.h"
#include "fleet/FleetTableModel.h"
#include "fleet/FleetView.h"
#include "fleet/LiveSyncRuns.h"

#include <QSignalSpy>
#include <QTest>

// The console over a fleet in which some mirrors misbehave on purpose: each
// bad one shows what it broke in its own row, the good ones are refreshed,
// checked and synced as ever.
class TestHostileFleet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theTableNamesWhatEachHostileMirrorBroke();

private:
    std::unique_ptr<MirrorLab> m_lab;
};

namespace {
constexpr int kHealthy = 0, kFlood = 1, kEndless = 2, kTrickle = 3, kTools = 4;
}

void TestHostileFleet::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = 5;
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    const std::pair<int, const char*> faults[] = {{kFlood, "flood-shell"},
                                                  {kEndless, "endless-http"},
                                                  {kTrickle, "trickle-http"},
                                                  {kTools, "hostile-tools"}};
    for (const auto& [index, fault] : faults)
        QVERIFY2(m_lab->applyFault(index, QString::fromLatin1(fault), &error), qPrintable(error));
}

void TestHostileFleet::cleanupTestCase()
{
    m_lab.reset();
}

void TestHostileFleet::theTableNamesWhatEachHostileMirrorBroke()
{
    FleetSession session;
    const auto opened = session.openDemoLab(m_lab->directory() + QStringLiteral("/inventory.json"));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
    MainWindow window(session);
    FleetTableModel* model = window.fleetView()->model();
    auto cell = [&](int mirror, int column) -> QString {
        const QString name = m_lab->mirror(mirror).identity().name;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->row(r)->mirror.name == name)
                return model->data(model->index(r, column)).toString() + QLatin1Char(' ') +
                       model->data(model->index(r, column), Qt::ToolTipRole).toString();
        }
        return QString();
    };

    QSignalSpy refreshed(&session, &FleetSession::refreshFinished);
    session.refreshAll();
    QVERIFY(refreshed.wait(120000));
    QCOMPARE(refreshed.first().at(1).toInt(), 1); // the flood alone failed
    QVERIFY2(cell(kFlood, FleetTableModel::Refreshed).contains(QStringLiteral("sent more than")),
             qPrintable(cell(kFlood, FleetTableModel::Refreshed)));
    for (int good : {kHealthy, kEndless, kTrickle, kTools})
        QVERIFY2(!cell(good, FleetTableModel::Refreshed).contains(QStringLiteral("sent more than")),
                 qPrintable(cell(good, FleetTableModel::Refreshed)));

    QSignalSpy checked(&session, &FleetSession::freshnessFinished);
    session.checkFreshness();
    QVERIFY(checked.wait(120000));
    QVERIFY2(cell(kHealthy, FleetTableModel::Verdict).contains(QStringLiteral("fresh")),
             qPrintable(cell(kHealthy, FleetTableModel::Verdict)));
    for (int bad : {kEndless, kTrickle})
        QVERIFY2(!cell(bad, FleetTableModel::Verdict).startsWith(QStringLiteral("fresh")),
                 qPrintable(cell(bad, FleetTableModel::Verdict)));

    // A sync on the flooding mirror ends at the output limit, named.
    QSignalSpy ended(&session, &FleetSession::syncEnded);
    session.triggerSync({*session.inventory().find(m_lab->mirror(kFlood).identity().name)});
    QVERIFY(ended.wait(60000));
    const LiveSyncRun& run = session.syncs().run(ended.first().first().toInt());
    QCOMPARE(run.stage, LiveSyncRun::Stage::Failed);
    QVERIFY2(run.result.contains(QStringLiteral("sent more than")), qPrintable(run.result));
}

QTEST_MAIN(TestHostileFleet)
#include "tst_hostilefleet.moc"
