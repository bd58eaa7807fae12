#include "activity/ActivityPane.h"
#include "activity/AlertTableModel.h"
#include "notify/AlertBook.h"
#include "session/FleetSession.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

// The Activity dock's alerts: those the monitoring service recorded in the
// store beside the console's own, newest first.
class TestActivityPane : public QObject
{
    Q_OBJECT

private slots:
    void theStoresAlertsAreShownWithTheConsolesOwn();
};

void TestActivityPane::theStoresAlertsAreShownWithTheConsolesOwn()
{
    QTemporaryDir dir;
    FleetSession session;
    QVERIFY(session.open(dir.filePath(QStringLiteral("inventory.sqlite"))));
    // Whole seconds, as the store keeps them.
    const QDateTime raisedAt =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 7200, Qt::UTC);
    const QList<AlertTransition> transitions{
        {7, QStringLiteral("mirror1.example.de"), AlertRule::Old, AlertTransition::Kind::Raised,
         raisedAt, QStringLiteral("timestamp 25.0 h old")},
        {7, QStringLiteral("mirror1.example.de"), AlertRule::Old, AlertTransition::Kind::Cleared,
         raisedAt.addSecs(3600), QStringLiteral("timestamp 0.2 h old")}};
    QVERIFY(AlertBook(session.database()).record(7, {}, transitions, {}));

    ActivityPane pane(session);
    AlertTableModel* alerts = pane.alerts();
    QAbstractItemModelTester tester(alerts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(alerts->rowCount(), 2);
    QCOMPARE(alerts->alert(0)->text,
             QStringLiteral(
                 "mirror1.example.de: fine again (timestamp a day old) — timestamp 0.2 h old"));
    QCOMPARE(alerts->alert(1)->text,
             QStringLiteral("mirror1.example.de: timestamp a day old — timestamp 25.0 h old"));
    alerts->add(
        {QDateTime::currentDateTimeUtc(), QStringLiteral("mirror2"), QStringLiteral("now")});
    QCOMPARE(alerts->rowCount(), 3);
    QCOMPARE(alerts->alert(0)->mirror, QStringLiteral("mirror2"));
    QCOMPARE(alerts->alert(2)->at, raisedAt);
}

QTEST_MAIN(TestActivityPane)
#include "tst_activitypane.moc"
