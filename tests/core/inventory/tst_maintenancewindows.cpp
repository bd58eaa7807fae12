#include "inventory/InventoryDatabase.h"
#include "inventory/MaintenanceWindows.h"
#include "inventory/MirrorInventory.h"

#include <QTemporaryDir>
#include <QTest>

// Maintenance windows in the store: refused without a reason or backwards,
// found by the time they cover, ended early with the plan kept.
class TestMaintenanceWindows : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aWindowCoversItsTimeOnly();
    void badWindowsAreRefusedByWhatIsWrong();
    void endingEarlyKeepsTheStart();

private:
    MaintenanceWindow window(int fromHours, int untilHours) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<InventoryDatabase> m_db;
    qint64 m_mirror = 0;
};

namespace {

const QDateTime kNow(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);

} // namespace

void TestMaintenanceWindows::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<InventoryDatabase>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("inventory.sqlite"))));
    MirrorRecord m;
    m.name = QStringLiteral("mirror1.example.de");
    m.address = QStringLiteral("192.0.2.7");
    m.country = QStringLiteral("DE");
    const auto added = MirrorInventory(*m_db).add(m);
    QVERIFY(added);
    m_mirror = added->id;
}

MaintenanceWindow TestMaintenanceWindows::window(int fromHours, int untilHours) const
{
    MaintenanceWindow w;
    w.mirrorId = m_mirror;
    w.startsAt = kNow.addSecs(fromHours * 3600);
    w.endsAt = kNow.addSecs(untilHours * 3600);
    w.reason = QStringLiteral("  disk   swap ");
    w.operatorName = QStringLiteral("kim");
    return w;
}

void TestMaintenanceWindows::aWindowCoversItsTimeOnly()
{
    MaintenanceWindows windows(*m_db);
    const auto added = windows.add(window(1, 3));
    QVERIFY(added);
    QCOMPARE(added->reason, QStringLiteral("disk swap"));
    QVERIFY(!windows.covering(m_mirror, kNow));
    const auto under = windows.covering(m_mirror, kNow.addSecs(3600));
    QVERIFY(under);
    QCOMPARE(under->mirror, QStringLiteral("mirror1.example.de"));
    QCOMPARE(under->id, added->id);
    QVERIFY(!windows.covering(m_mirror, kNow.addSecs(3 * 3600))); // its end is outside it
    QVERIFY(!windows.covering(m_mirror + 1, kNow.addSecs(3600)));
    QCOMPARE(windows.list(kNow).size(), 1);
    QCOMPARE(windows.list(kNow.addSecs(3 * 3600)).size(), 0);
}

void TestMaintenanceWindows::badWindowsAreRefusedByWhatIsWrong()
{
    MaintenanceWindows windows(*m_db);
    const auto backwards = windows.add(window(3, 1));
    QVERIFY(!backwards);
    QVERIFY(backwards.error().contains(QStringLiteral("must end after it starts")));
    MaintenanceWindow silent = window(0, 1);
    silent.reason = QStringLiteral("   ");
    const auto noReason = windows.add(silent);
    QVERIFY(!noReason);
    QVERIFY(noReason.error().contains(QStringLiteral("needs a reason")));
    MaintenanceWindow nowhere = window(0, 1);
    nowhere.mirrorId = 999; // the store's own rule: no window of no mirror
    QVERIFY(!windows.add(nowhere));
    QVERIFY(windows.list().isEmpty());
}

void TestMaintenanceWindows::endingEarlyKeepsTheStart()
{
    MaintenanceWindows windows(*m_db);
    const auto running = windows.add(window(-1, 5));
    const auto later = windows.add(window(24, 30));
    QVERIFY(running && later);
    QCOMPARE(*windows.end(running->id, kNow), true);
    QVERIFY(!windows.covering(m_mirror, kNow));
    QCOMPARE(*windows.end(running->id, kNow), false); // over already
    QCOMPARE(*windows.end(later->id, kNow), true);    // never starts
    QVERIFY(!windows.covering(m_mirror, kNow.addSecs(25 * 3600)));
    QVERIFY(windows.list(kNow).isEmpty());
    const QList<MaintenanceWindow> all = windows.list();
    QCOMPARE(all.size(), 1); // the one to come is as long as nothing now
    QCOMPARE(all[0].startsAt, kNow.addSecs(-3600));
    QCOMPARE(all[0].endsAt, kNow);
}

QTEST_GUILESS_MAIN(TestMaintenanceWindows)
#include "tst_maintenancewindows.moc"
