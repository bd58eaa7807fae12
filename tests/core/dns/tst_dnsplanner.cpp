#include "dns/DnsPlanner.h"
#include "util/Addresses.h"

#include <QTest>

// The monitor's DNS plan against what was published: who goes in, who
// leaves, who waits for the removal limit, and that no country is left
// without a record.
class TestDnsPlanner : public QObject
{
    Q_OBJECT

private slots:
    void firstPublicationTakesTheFitMirrors();
    void holdingKeepsAMirrorAsItWas();
    void judgedRemovalsWaitPastTheLimit();
    void operatorsActsNeverWait();
    void anEmptiedCountryFallsBack();
    void aMirrorGoneFromTheInventoryLeaves();
    void badAddressesAndCountriesAreNeverPublished();
    void nothingChangedIsNoChange();
    void addressesAreCanonical();
    void aNewAddressOrCountryNeedsAFitCheck();

private:
    using Kind = DnsStanding::Kind;
    static DnsStanding standing(qint64 id, const QString& country, Kind kind,
                                const QString& why = {})
    {
        return {id,      QStringLiteral("m%1.example").arg(id),
                country, QStringLiteral("192.0.2.%1").arg(id),
                kind,    why};
    }
    static DnsRecordSets published(const QList<std::pair<QString, QList<qint64>>>& countries)
    {
        DnsRecordSets sets;
        for (const auto& [country, ids] : countries) {
            CountryRecords& set = sets[country];
            set.country = country;
            for (qint64 id : ids)
                set.records.append({id, QStringLiteral("m%1.example").arg(id),
                                    QStringLiteral("192.0.2.%1").arg(id)});
        }
        return sets;
    }
    static QList<qint64> ids(const CountryRecords& set)
    {
        QList<qint64> list;
        for (const DnsRecord& r : set.records)
            list << r.mirrorId;
        return list;
    }
};

void TestDnsPlanner::firstPublicationTakesTheFitMirrors()
{
    const DnsPlan plan = DnsPlanner::plan(
        {standing(1, QStringLiteral("de"), Kind::Serves),
         standing(2, QStringLiteral("DE"), Kind::Serves),
         standing(3, QStringLiteral("PL"), Kind::Holds, QStringLiteral("old: 30 h")),
         standing(4, QStringLiteral("PL"), Kind::Leaves, QStringLiteral("removed"))},
        {}, 3);
    QCOMPARE(plan.sets.keys(), (QStringList{QStringLiteral("DE"), QStringLiteral("PL")}));
    QCOMPARE(ids(plan.sets[QStringLiteral("DE")]), (QList<qint64>{1, 2}));
    // Held, never in: stays out, and says why.
    QVERIFY(plan.sets[QStringLiteral("PL")].fallsBack());
    QCOMPARE(plan.sets[QStringLiteral("PL")].notes,
             (QStringList{QStringLiteral("m3.example left out: old: 30 h"),
                          QStringLiteral("m4.example left out: removed")}));
    QCOMPARE(plan.changed, (QStringList{QStringLiteral("DE"), QStringLiteral("PL")}));
    QCOMPARE(plan.added.size(), 2);
    QVERIFY(plan.removed.isEmpty());
}

void TestDnsPlanner::holdingKeepsAMirrorAsItWas()
{
    const DnsPlan plan =
        DnsPlanner::plan({standing(1, QStringLiteral("DE"), Kind::Holds, QStringLiteral("lagging")),
                          standing(2, QStringLiteral("DE"), Kind::Serves)},
                         published({{QStringLiteral("DE"), {1}}}), 3);
    QCOMPARE(ids(plan.sets[QStringLiteral("DE")]), (QList<qint64>{1, 2}));
    QCOMPARE(plan.added.size(), 1);
    QCOMPARE(plan.added.first().record.mirrorId, 2);
}

void TestDnsPlanner::judgedRemovalsWaitPastTheLimit()
{
    QList<DnsStanding> standings;
    for (qint64 id = 1; id <= 5; ++id)
        standings << standing(id, QStringLiteral("US"), Kind::Leaves, QStringLiteral("removed"));
    const DnsPlan plan =
        DnsPlanner::plan(standings, published({{QStringLiteral("US"), {1, 2, 3, 4, 5}}}), 2);
    QCOMPARE(plan.removed.size(), 2);
    QCOMPARE(plan.deferred.size(), 3);
    QCOMPARE(ids(plan.sets[QStringLiteral("US")]), (QList<qint64>{3, 4, 5}));
    QCOMPARE(plan.sets[QStringLiteral("US")]
                 .notes
                 .filter(QStringLiteral("kept for now, at most 2 removals a sweep (5 judged "
                                        "out): removed"))
                 .size(),
             3);
    // The next sweep takes the next two.
    QList<DnsStanding> next;
    for (qint64 id = 3; id <= 5; ++id)
        next << standing(id, QStringLiteral("US"), Kind::Leaves, QStringLiteral("removed"));
    QCOMPARE(DnsPlanner::plan(next, plan.sets, 2).deferred.size(), 1);
    // At no removals a sweep, every judged one waits.
    QCOMPARE(DnsPlanner::plan(standings, published({{QStringLiteral("US"), {1, 2, 3, 4, 5}}}), 0)
                 .removed.size(),
             0);
}

void TestDnsPlanner::operatorsActsNeverWait()
{
    const DnsPlan plan = DnsPlanner::plan(
        {standing(1, QStringLiteral("DE"), Kind::Withdrawn, QStringLiteral("in maintenance")),
         standing(2, QStringLiteral("DE"), Kind::Withdrawn, QStringLiteral("disabled")),
         standing(3, QStringLiteral("DE"), Kind::Serves)},
        published({{QStringLiteral("DE"), {1, 2, 3}}}), 0);
    QCOMPARE(ids(plan.sets[QStringLiteral("DE")]), (QList<qint64>{3}));
    QCOMPARE(plan.removed.size(), 2);
    QCOMPARE(plan.removed.first().why, QStringLiteral("in maintenance"));
    QVERIFY(plan.deferred.isEmpty());
}

void TestDnsPlanner::anEmptiedCountryFallsBack()
{
    const DnsPlan plan =
        DnsPlanner::plan({standing(7, QStringLiteral("JP"), Kind::Leaves, QStringLiteral("x"))},
                         published({{QStringLiteral("JP"), {7}}}), 3);
    QVERIFY(plan.sets[QStringLiteral("JP")].fallsBack());
    QCOMPARE(plan.changed, QStringList{QStringLiteral("JP")});
}

void TestDnsPlanner::aMirrorGoneFromTheInventoryLeaves()
{
    const DnsPlan plan =
        DnsPlanner::plan({standing(1, QStringLiteral("DE"), Kind::Serves)},
                         published({{QStringLiteral("DE"), {1}}, {QStringLiteral("FR"), {9}}}), 0);
    QVERIFY(plan.sets.contains(QStringLiteral("FR")));
    QVERIFY(plan.sets[QStringLiteral("FR")].fallsBack());
    QCOMPARE(plan.removed.size(), 1);
    QCOMPARE(plan.removed.first().why, QStringLiteral("no longer in the inventory"));
    QCOMPARE(plan.changed, QStringList{QStringLiteral("FR")});
}

void TestDnsPlanner::badAddressesAndCountriesAreNeverPublished()
{
    DnsStanding name = standing(1, QStringLiteral("DE"), Kind::Serves);
    name.address = QStringLiteral("mirror.example.de");
    DnsStanding shorthand = standing(2, QStringLiteral("DE"), Kind::Serves);
    shorthand.address = QStringLiteral("10.1");
    DnsStanding country = standing(3, QStringLiteral("D\nE"), Kind::Serves);
    const DnsPlan plan = DnsPlanner::plan({name, shorthand, country}, {}, 3);
    QCOMPARE(plan.sets.keys(), QStringList{QStringLiteral("DE")});
    QVERIFY(plan.sets[QStringLiteral("DE")].fallsBack());
    QVERIFY(plan.sets[QStringLiteral("DE")].notes.first().contains(
        QStringLiteral("mirror.example.de is not an IP address")));
}

void TestDnsPlanner::nothingChangedIsNoChange()
{
    const DnsPlan plan = DnsPlanner::plan({standing(2, QStringLiteral("DE"), Kind::Serves),
                                           standing(1, QStringLiteral("DE"), Kind::Serves)},
                                          published({{QStringLiteral("DE"), {1, 2}}}), 3);
    QVERIFY(!plan.changes());
    QVERIFY(plan.added.isEmpty());
}

void TestDnsPlanner::addressesAreCanonical()
{
    QCOMPARE(Addresses::canonicalIpAddress(QStringLiteral("2001:DB8:0:0::1")),
             QStringLiteral("2001:db8::1"));
    QCOMPARE(Addresses::canonicalIpAddress(QStringLiteral("192.0.2.1")),
             QStringLiteral("192.0.2.1"));
    QVERIFY(Addresses::canonicalIpAddress(QStringLiteral("::ffff:192.0.2.1")).isEmpty());
    QVERIFY(Addresses::canonicalIpAddress(QStringLiteral("fe80::1%eth0")).isEmpty());
    QVERIFY(Addresses::canonicalIpAddress(QStringLiteral("1.2.3")).isEmpty());
    QVERIFY(Addresses::canonicalIpAddress(QString()).isEmpty());
}

void TestDnsPlanner::aNewAddressOrCountryNeedsAFitCheck()
{
    // Edited in the inventory while old: it stays where and as it was published.
    DnsStanding moved = standing(1, QStringLiteral("PL"), Kind::Holds, QStringLiteral("old"));
    moved.address = QStringLiteral("198.51.100.1");
    DnsStanding judged = standing(2, QStringLiteral("PL"), Kind::Leaves, QStringLiteral("removed"));
    judged.address = QStringLiteral("198.51.100.2");
    DnsPlan plan =
        DnsPlanner::plan({moved, judged}, published({{QStringLiteral("DE"), {1, 2}}}), 0);
    QCOMPARE(plan.sets[QStringLiteral("DE")].records.size(), 2);
    QCOMPARE(plan.sets[QStringLiteral("DE")].records.first().address, QStringLiteral("192.0.2.1"));
    QCOMPARE(plan.deferred.first().record.address, QStringLiteral("192.0.2.2"));
    QVERIFY(plan.sets[QStringLiteral("PL")].fallsBack());
    QVERIFY(!plan.sets[QStringLiteral("DE")].fallsBack());
    // Found fit there: it moves.
    moved.kind = Kind::Serves;
    plan = DnsPlanner::plan({moved}, published({{QStringLiteral("DE"), {1}}}), 0);
    QVERIFY(plan.sets[QStringLiteral("DE")].fallsBack());
    QCOMPARE(plan.sets[QStringLiteral("PL")].records.first().address,
             QStringLiteral("198.51.100.1"));
    QVERIFY(plan.removed.isEmpty());
    QVERIFY(plan.added.isEmpty());
    QCOMPARE(plan.changed, (QStringList{QStringLiteral("DE"), QStringLiteral("PL")}));
}

QTEST_GUILESS_MAIN(TestDnsPlanner)
#include "tst_dnsplanner.moc"
