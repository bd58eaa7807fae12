#include "inventory/AuditTrail.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/MirrorInventory.h"
#include "inventory/ProbeHistory.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The inventory database: mirrors, their history and the audit trail.
class TestMirrorInventory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freshFileGetsTheLatestSchema();
    void addFindUpdateRemove();
    void badRecordsAreRefusedNamingTheField();
    void namesAreUniqueWhateverTheCase();
    void newerSchemaIsLeftUntouched();
    void auditTrailIsAppendOnly();
    void historyIsKeptPrunedAndGoesWithItsMirror();

private:
    static MirrorRecord sample(const QString& name);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<InventoryDatabase> m_db;
};

MirrorRecord TestMirrorInventory::sample(const QString& name)
{
    MirrorRecord r;
    r.name = name;
    r.address = QStringLiteral("192.0.2.10");
    r.country = QStringLiteral("PL");
    r.adminName = QStringLiteral("John Doe");
    r.adminEmail = QStringLiteral("john.doe@foo.com");
    r.tags = {QStringLiteral("eu"), QStringLiteral("fast")};
    return r;
}

void TestMirrorInventory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<InventoryDatabase>();
    const auto opened = m_db->open(m_dir->filePath(QStringLiteral("data/inventory.sqlite")));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
}

void TestMirrorInventory::freshFileGetsTheLatestSchema()
{
    QCOMPARE(m_db->schemaVersion(), InventoryDatabase::latestSchemaVersion());
    QCOMPARE(QFileInfo(m_db->path()).permissions() & QFileDevice::ReadOther,
             QFileDevice::Permissions());
}

void TestMirrorInventory::addFindUpdateRemove()
{
    MirrorInventory inventory(*m_db);
    MirrorRecord record = sample(QStringLiteral("clamav.foo.com"));
    record.accessMode = AccessMode::TriggerOnly;
    record.sshPort = 2222;
    const auto added = inventory.add(record);
    QVERIFY2(added, added ? "" : qPrintable(added.error()));
    QVERIFY(added->id > 0);
    record.id = added->id;
    QCOMPARE(inventory.find(QStringLiteral("clamav.foo.com")).value(), record);
    QCOMPARE(inventory.find(record.id).value(), record);

    record.notes = QStringLiteral("moved racks");
    record.enabled = false;
    QVERIFY(inventory.update(record));
    QCOMPARE(inventory.find(record.id)->notes, QStringLiteral("moved racks"));
    QVERIFY(!inventory.find(record.id)->enabled);

    QVERIFY(inventory.add(sample(QStringLiteral("a.example.de"))));
    QCOMPARE(inventory.all().size(), 2);
    QCOMPARE(inventory.all().first().name, QStringLiteral("a.example.de"));
    QVERIFY(inventory.remove(record.id));
    QVERIFY(!inventory.find(record.id));
    QVERIFY(!inventory.remove(record.id));
}

void TestMirrorInventory::badRecordsAreRefusedNamingTheField()
{
    MirrorInventory inventory(*m_db);
    MirrorRecord bad = sample(QStringLiteral("ok.example.de"));
    bad.country = QStringLiteral("Poland");
    bad.address = QStringLiteral("1.2.3");
    const auto added = inventory.add(bad);
    QVERIFY(!added);
    QVERIFY(added.error().contains(QStringLiteral("country \"Poland\"")));
    QVERIFY(added.error().contains(QStringLiteral("address \"1.2.3\"")));
    QVERIFY(inventory.all().isEmpty());
}

void TestMirrorInventory::namesAreUniqueWhateverTheCase()
{
    MirrorInventory inventory(*m_db);
    QVERIFY(inventory.add(sample(QStringLiteral("clamav.foo.com"))));
    const auto again = inventory.add(sample(QStringLiteral("CLAMAV.foo.com")));
    QVERIFY(!again);
    QVERIFY(again.error().contains(QStringLiteral("already")));
}

void TestMirrorInventory::newerSchemaIsLeftUntouched()
{
    QSqlQuery(m_db->database()).exec(QStringLiteral("PRAGMA user_version = 99"));
    const QString path = m_db->path();
    m_db.reset();
    InventoryDatabase reopened;
    const auto opened = reopened.open(path);
    QVERIFY(!opened);
    QVERIFY(opened.error().contains(QStringLiteral("newer")));
    QCOMPARE(reopened.schemaVersion(), 99);
}

void TestMirrorInventory::auditTrailIsAppendOnly()
{
    AuditTrail audit(*m_db);
    QVERIFY(audit.record(QStringLiteral("clamav.foo.com"), QStringLiteral("trigger"),
                         QStringLiteral("rsync1")));
    QVERIFY(audit.record(QString(), QStringLiteral("import"), QStringLiteral("2 mirrors")));
    const QList<AuditEntry> all = audit.entries();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().action, QStringLiteral("import"));
    QCOMPARE(all.last().operatorName, AuditTrail::currentOperator());
    QCOMPARE(audit.entries(QStringLiteral("clamav.foo.com")).size(), 1);

    QSqlQuery query(m_db->database());
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit SET action = 'nothing'")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit")));
    QCOMPARE(audit.entries().size(), 2);
}

void TestMirrorInventory::historyIsKeptPrunedAndGoesWithItsMirror()
{
    MirrorInventory inventory(*m_db);
    const qint64 id = inventory.add(sample(QStringLiteral("clamav.foo.com")))->id;
    ProbeHistory history(*m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int days : {40, 10, 0})
        QVERIFY(history.record({id, QStringLiteral("freshness"), now.addDays(-days),
                                QJsonObject{{QStringLiteral("ageHours"), days * 24}}}));
    const QList<HistoryEntry> all =
        history.entries(id, QStringLiteral("freshness"), now.addDays(-100));
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.first().payload.value(QStringLiteral("ageHours")).toInt(), 960);
    QCOMPARE(history.latest(id, QStringLiteral("freshness"))
                 ->payload.value(QStringLiteral("ageHours"))
                 .toInt(),
             0);
    QVERIFY(!history.latest(id, QStringLiteral("probe")));
    QCOMPARE(history.prune(now.addDays(-30)).value(), 1);
    QCOMPARE(history.entries(id, QStringLiteral("freshness"), now.addDays(-100)).size(), 2);
    QVERIFY(inventory.remove(id));
    QCOMPARE(history.entries(id, QStringLiteral("freshness"), now.addDays(-100)).size(), 0);
}

QTEST_GUILESS_MAIN(TestMirrorInventory)
#include "tst_mirrorinventory.moc"
