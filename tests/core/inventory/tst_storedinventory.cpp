#include "StallMeter.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/StoredInventory.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The inventory as a face changes it: on the store's thread, audited, told
// back to the asker's thread, and never holding that thread while the store
// is busy.
class TestStoredInventory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aBusyStoreNeverHoldsTheAskersThread();
    void aFailedChangeSaysWhyAndKeepsWhatWentBefore();
    void anAskerGoneHearsNothing();
    void anActIsRecordedOnceKept();

private:
    static MirrorRecord mirror(const QString& name);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<InventoryDatabase> m_db; // the store as the test reads it
};

void TestStoredInventory::init()
{
    m_path = m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_db = std::make_unique<InventoryDatabase>();
    QVERIFY(m_db->open(m_path));
}

MirrorRecord TestStoredInventory::mirror(const QString& name)
{
    MirrorRecord m;
    m.name = name;
    m.address = QStringLiteral("192.0.2.7");
    m.country = QStringLiteral("PL");
    return m;
}

void TestStoredInventory::aBusyStoreNeverHoldsTheAskersThread()
{
    StoredInventory stored(m_path);
    QSignalSpy changed(&stored, &StoredInventory::changed);
    QSignalSpy recorded(&stored, &StoredInventory::recorded);
    // Another writer holds the store, as a colleague's mirrorctl might.
    QSqlQuery hold(m_db->database());
    QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
    StallMeter stalls;
    stalls.start();
    std::optional<Result<Done>> added;
    stored.add({mirror(QStringLiteral("a.example.pl")), mirror(QStringLiteral("b.example.pl"))},
               QStringLiteral("a test"), this, [&](const Result<Done>& r) { added = r; });
    QTest::qWait(1500);
    QVERIFY(!added);
    QVERIFY(changed.isEmpty());
    QVERIFY(hold.exec(QStringLiteral("COMMIT")));
    QTRY_VERIFY_WITH_TIMEOUT(added, 10000);
    QVERIFY(*added);
    QVERIFY2(stalls.longestStallMs() < 500, qPrintable(QString::number(stalls.longestStallMs())));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(recorded.first().first().value<AuditEntry>().action, QStringLiteral("mirror-add"));
    QCOMPARE(MirrorInventory(*m_db).all().size(), 2);

    std::optional<QList<MirrorRecord>> all;
    stored.mirrors(this, [&](const QList<MirrorRecord>& mirrors) { all = mirrors; });
    QTRY_VERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().name, QStringLiteral("a.example.pl"));
}

void TestStoredInventory::aFailedChangeSaysWhyAndKeepsWhatWentBefore()
{
    StoredInventory stored(m_path);
    QSignalSpy changed(&stored, &StoredInventory::changed);
    QSignalSpy recorded(&stored, &StoredInventory::recorded);
    std::optional<Result<Done>> added;
    stored.add({mirror(QStringLiteral("a.example.pl")), mirror(QStringLiteral("a.example.pl"))},
               QStringLiteral("a test"), this, [&](const Result<Done>& r) { added = r; });
    QTRY_VERIFY(added);
    QVERIFY(!*added);
    QVERIFY2(added->error().contains(QStringLiteral("a.example.pl")), qPrintable(added->error()));
    // The first went in, and the views hear of it.
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(changed.size(), 1);

    // An edit that fails changed nothing: no reload.
    MirrorRecord ghost = mirror(QStringLiteral("ghost.example.pl"));
    ghost.id = 4242;
    std::optional<Result<Done>> updated;
    stored.update(ghost, this, [&](const Result<Done>& r) { updated = r; });
    QTRY_VERIFY(updated);
    QVERIFY(!*updated);
    QCOMPARE(changed.size(), 1);
}

void TestStoredInventory::anAskerGoneHearsNothing()
{
    StoredInventory stored(m_path);
    QSignalSpy changed(&stored, &StoredInventory::changed);
    bool told = false;
    {
        QObject asker;
        stored.add({mirror(QStringLiteral("a.example.pl"))}, QStringLiteral("a test"), &asker,
                   [&](const Result<Done>&) { told = true; });
    }
    QTRY_COMPARE(changed.size(), 1);
    QTest::qWait(50);
    QVERIFY(!told);
    QCOMPARE(MirrorInventory(*m_db).all().size(), 1);
}

void TestStoredInventory::anActIsRecordedOnceKept()
{
    std::optional<AuditEntry> kept;
    {
        StoredInventory stored(m_path);
        connect(&stored, &StoredInventory::recorded, this,
                [&](const AuditEntry& entry) { kept = entry; });
        stored.record(QStringLiteral("a.example.pl"), QStringLiteral("lock-break"),
                      QStringLiteral("removed"));
        QTRY_VERIFY(kept);
        QCOMPARE(kept->action, QStringLiteral("lock-break"));
        QVERIFY(kept->id > 0);
        // Asked for just before the end: kept all the same.
        stored.record(QStringLiteral("a.example.pl"), QStringLiteral("trigger"),
                      QStringLiteral("sync from rsync1.clamav.net"));
    }
    const QList<AuditEntry> entries = AuditTrail(*m_db).entries(QStringLiteral("a.example.pl"));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().action, QStringLiteral("trigger"));
}

QTEST_GUILESS_MAIN(TestStoredInventory)
#include "tst_storedinventory.moc"
