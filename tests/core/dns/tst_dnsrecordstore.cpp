#include "dns/DnsRecordStore.h"
#include "inventory/InventoryDatabase.h"

#include <QTemporaryDir>
#include <QTest>

// What the monitor last published, as the store keeps it: nothing at first,
// then each country's records, a record that stays keeping when it came in,
// an emptied country kept as its fallback.
class TestDnsRecordStore : public QObject
{
    Q_OBJECT

private slots:
    void keepsWhatWasPublished();
};

void TestDnsRecordStore::keepsWhatWasPublished()
{
    QTemporaryDir dir;
    InventoryDatabase db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("inventory.sqlite"))));
    DnsRecordStore store(db);
    QVERIFY(store.published()->isEmpty());
    QVERIFY(!store.isIn(1).has_value()); // the monitor publishes nothing yet

    const QDateTime first(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    DnsRecordSets sets;
    sets[QStringLiteral("DE")] = {
        QStringLiteral("DE"),
        {{1, QStringLiteral("a.example.de"), QStringLiteral("192.0.2.1")},
         {2, QStringLiteral("b.example.de"), QStringLiteral("192.0.2.2")}},
        {QStringLiteral("a note, not stored")}};
    sets[QStringLiteral("PL")] = {QStringLiteral("PL"), {}, {}};
    QVERIFY(store.replace(sets, first));

    const QDateTime second = first.addSecs(3600);
    sets[QStringLiteral("DE")].records.removeLast();
    QVERIFY(store.replace(sets, second));
    const auto back = store.published();
    QVERIFY(back);
    QCOMPARE(back->keys(), (QStringList{QStringLiteral("DE"), QStringLiteral("PL")}));
    QCOMPARE(back->value(QStringLiteral("DE")).records.size(), 1);
    QVERIFY(back->value(QStringLiteral("DE")).sameRecords(sets[QStringLiteral("DE")]));
    QVERIFY(back->value(QStringLiteral("DE")).notes.isEmpty());
    QVERIFY(back->value(QStringLiteral("PL")).fallsBack());
    QCOMPARE(store.mirrorsIn().value(1), first); // in since it came in
    QCOMPARE(*store.isIn(1), true);
    QCOMPARE(*store.isIn(2), false);
}

QTEST_GUILESS_MAIN(TestDnsRecordStore)
#include "tst_dnsrecordstore.moc"
