#include "fleet/FleetTableModel.h"
#include "inventory/AuditTrail.h"
#include "inventory/MaintenanceWindows.h"
#include "inventory/MirrorInventory.h"
#include "mirrors/MaintenanceDialog.h"
#include "session/FleetSession.h"

#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// A maintenance window from the console: no start without a reason, a
// window that ends before it starts refused by name, the one under way
// shown, ended now, and the fleet's Problem column saying so meanwhile.
class TestMaintenanceDialog : public QObject
{
    Q_OBJECT

private slots:
    void startShowAndEnd();
};

void TestMaintenanceDialog::startShowAndEnd()
{
    QTemporaryDir dir;
    FleetSession session;
    QVERIFY(session.open(dir.filePath(QStringLiteral("inventory.sqlite"))));
    MirrorRecord m;
    m.name = QStringLiteral("mirror1.example.de");
    m.address = QStringLiteral("192.0.2.7");
    m.country = QStringLiteral("DE");
    const auto added = session.inventory().add(m);
    QVERIFY(added);

    MaintenanceDialog first(session, *added);
    first.show();
    QTRY_COMPARE(first.current()->text(), QStringLiteral("No maintenance under way."));
    QVERIFY(!first.endButton()->isVisible());
    QVERIFY(!first.startButton()->isEnabled()); // no reason yet
    QTest::keyClicks(first.reason(), QStringLiteral("disk replacement"));
    QVERIFY(first.startButton()->isEnabled());
    first.until()->setDateTime(first.from()->dateTime().addSecs(-60));
    first.startButton()->click();
    QTRY_VERIFY(first.problem()->text().contains(QStringLiteral("must end after it starts")));
    QVERIFY(first.isVisible());
    first.until()->setDateTime(QDateTime::currentDateTime().addSecs(3 * 3600));
    QSignalSpy accepted(&first, &QDialog::accepted);
    first.startButton()->click();
    QVERIFY(accepted.wait(5000));
    const auto window = MaintenanceWindows(session.database())
                            .covering(added->id, QDateTime::currentDateTimeUtc().addSecs(60));
    QVERIFY(window);
    QCOMPARE(window->reason, QStringLiteral("disk replacement"));
    QCOMPARE(AuditTrail(session.database()).entries(added->name).first().action,
             QStringLiteral("maintenance-add"));

    std::optional<FleetRow> row;
    session.stored().row(*added, this, [&row](const FleetRow& r) { row = r; });
    QTRY_VERIFY(row.has_value());
    FleetTableModel model;
    model.setRows({*row});
    QVERIFY2(model.index(0, FleetTableModel::Problem)
                 .data()
                 .toString()
                 .startsWith(QStringLiteral("in maintenance until")),
             qPrintable(model.index(0, FleetTableModel::Problem).data().toString()));

    MaintenanceDialog second(session, *added);
    second.show();
    QTRY_VERIFY(second.endButton()->isVisible());
    QVERIFY2(second.current()->text().contains(QStringLiteral("disk replacement")),
             qPrintable(second.current()->text()));
    QSignalSpy ended(&second, &QDialog::accepted);
    second.endButton()->click();
    QVERIFY(ended.wait(5000));
    QVERIFY(!MaintenanceWindows(session.database())
                 .covering(added->id, QDateTime::currentDateTimeUtc().addSecs(60)));
    QCOMPARE(AuditTrail(session.database()).entries(added->name).first().action,
             QStringLiteral("maintenance-end"));
}

QTEST_MAIN(TestMaintenanceDialog)
#include "tst_maintenancedialog.moc"
