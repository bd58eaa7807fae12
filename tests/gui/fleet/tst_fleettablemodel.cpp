#include "app/Translations.h"
#include "fleet/FleetFilterModel.h"
#include "fleet/FleetSummaryStrip.h"
#include "fleet/FleetTableModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

// Cells that say what is known, and that something is not.
class TestFleetTableModel : public QObject
{
    Q_OBJECT

private slots:
    void unknownsAreSaidNotHidden();
    void sortsByValueWithUnknownsLast_data();
    void sortsByValueWithUnknownsLast();
    void aBurstOfUpdatesIsOneChange();
    void theWorstProblemHasAColumn();
    void theDnsColumnSaysInOrOutAndWhy();
    void theStripCountsAndFiltersInOneClick();
};

namespace {

using Check = FirewallCheck::Result;

// available: KiB free in DocumentRoot; none when df did not answer.
FleetRow row(const QString& name, std::optional<qint64> available, const QList<Check>& firewall)
{
    FleetRow r;
    r.mirror.name = name;
    MirrorFacts facts;
    facts.mirror = name;
    facts.probed = true;
    if (available) {
        facts.disk.documentRoot = DiskUsage();
        facts.disk.documentRoot->available = *available;
    }
    for (const Check result : firewall)
        facts.firewall.checks.append({QString(), QString(), result, QString(), QString()});
    r.facts = facts;
    return r;
}

FleetRow judged(const QString& name, FreshnessVerdict::Kind kind)
{
    FleetRow r = row(name, 1 << 20, {Check::Ok});
    r.freshness = FreshnessResult();
    r.freshness->verdict.kind = kind;
    return r;
}

// Fresh and fine; old; fresh with a stale lock and a blocked port; never
// checked and not reachable over SSH.
QList<FleetRow> aSmallFleet()
{
    FleetRow locked = judged(QStringLiteral("c.example.jp"), FreshnessVerdict::Kind::Fresh);
    locked.facts->lock.kind = LockState::Kind::Stale;
    locked.facts->firewall.checks.append(
        {QString(), QString(), Check::Blocked, QString(), QString()});
    FleetRow gone = row(QStringLiteral("d.example.pl"), std::nullopt, {});
    gone.facts->probed = false;
    gone.facts->error = QStringLiteral("connection refused\nby 192.0.2.4");
    return {judged(QStringLiteral("a.example.de"), FreshnessVerdict::Kind::Fresh),
            judged(QStringLiteral("b.example.de"), FreshnessVerdict::Kind::Old), locked, gone};
}

} // namespace

void TestFleetTableModel::unknownsAreSaidNotHidden()
{
    // English plural forms, as the console loads them.
    QTranslator english;
    QVERIFY(Translations::load(english, QLocale(QLocale::English)));
    QCoreApplication::installTranslator(&english);
    FleetTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Check> mostlyUnknown{Check::Ok,      Check::Ok,      Check::Unknown,
                                     Check::Unknown, Check::Unknown, Check::Unknown};
    model.setRows({row(QStringLiteral("a.example.net"), std::nullopt, mostlyUnknown),
                   row(QStringLiteral("b.example.net"), 2048, {Check::Missing, Check::Unknown}),
                   row(QStringLiteral("c.example.net"), 0, {Check::Ok})});
    auto cell = [&](int r, int column) {
        return model.data(model.index(r, column)).toString();
    };
    QCOMPARE(cell(0, FleetTableModel::DiskFree), QStringLiteral("unknown"));
    QCOMPARE(cell(0, FleetTableModel::Firewall), QStringLiteral("2 ok, 4 unknown"));
    QCOMPARE(cell(1, FleetTableModel::DiskFree),
             QLocale().formattedDataSize(2048 * 1024, 1, QLocale::DataSizeSIFormat));
    QCOMPARE(cell(1, FleetTableModel::Firewall), QStringLiteral("1 problem, 1 unknown"));
    // A full disk is a number, not an unknown.
    QCOMPARE(cell(2, FleetTableModel::DiskFree),
             QLocale().formattedDataSize(0, 1, QLocale::DataSizeSIFormat));
    QCOMPARE(cell(2, FleetTableModel::Firewall), QStringLiteral("1 ok"));
    // Where the monitor publishes no DNS, the column says nothing.
    QVERIFY(cell(0, FleetTableModel::Dns).isEmpty());
}

void TestFleetTableModel::sortsByValueWithUnknownsLast_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending"); // names; the unknown one last both ways
    QTest::newRow("timestamp age")
        << int(FleetTableModel::Timestamp)
        << QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")};
    QTest::newRow("disk free") << int(FleetTableModel::DiskFree)
                               << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                              QStringLiteral("c")};
    QTest::newRow("last sync") << int(FleetTableModel::LastSync)
                               << QStringList{QStringLiteral("b"), QStringLiteral("a"),
                                              QStringLiteral("c")};
    QTest::newRow("daily") << int(FleetTableModel::Daily)
                           << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                          QStringLiteral("c")};
    QTest::newRow("verdict") << int(FleetTableModel::Verdict)
                             << QStringList{QStringLiteral("b"), QStringLiteral("a"),
                                            QStringLiteral("c")};
    QTest::newRow("dns") << int(FleetTableModel::Dns)
                         << QStringList{QStringLiteral("b"), QStringLiteral("a"),
                                        QStringLiteral("c")};
}

void TestFleetTableModel::sortsByValueWithUnknownsLast()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    // As text each pair sorts the wrong way round: "10.0 h" < "9.5 h",
    // "84.0 GB" < "9.0 GB", "12/1/26" < "9/30/26", "100000" < "99999".
    auto checked = [](double ageHours, int daily, FreshnessVerdict::Kind kind, int lag) {
        FreshnessResult result;
        result.check.checkedAt = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        result.check.timestamp = result.check.checkedAt.addSecs(qint64(-ageHours * 3600));
        result.check.cvdVersions.insert(QStringLiteral("daily"), daily);
        result.verdict.kind = kind;
        result.verdict.dailyLag = lag;
        return result;
    };
    FleetRow a = row(QStringLiteral("a"), 9'000'000, {});
    a.freshness = checked(10.0, 99999, FreshnessVerdict::Kind::Lagging, 3);
    a.lastRun = SyncRun{};
    a.lastRun->finishedAt = QDateTime(QDate(2026, 12, 1), QTime(1, 0), Qt::UTC);
    FleetRow b = row(QStringLiteral("b"), 84'000'000, {});
    b.freshness = checked(9.5, 100000, FreshnessVerdict::Kind::Lagging, 1);
    b.lastRun = SyncRun{};
    b.lastRun->finishedAt = QDateTime(QDate(2026, 9, 30), QTime(1, 0), Qt::UTC);
    a.inDns = false;
    b.inDns = true;
    // never checked, no df answer, never synced, the monitor publishes no DNS
    FleetRow c = row(QStringLiteral("c"), std::nullopt, {});
    FleetTableModel model;
    model.setRows({c, a, b});
    FleetFilterModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(FleetTableModel::SortRole);
    auto names = [&] {
        QStringList out;
        for (int r = 0; r < sorted.rowCount(); ++r)
            out << sorted.index(r, FleetTableModel::Name).data().toString();
        return out;
    };
    sorted.sort(column, Qt::AscendingOrder);
    QCOMPARE(names(), ascending);
    sorted.sort(column, Qt::DescendingOrder);
    QCOMPARE(names(), (QStringList{ascending.at(1), ascending.at(0), ascending.at(2)}));
}

void TestFleetTableModel::aBurstOfUpdatesIsOneChange()
{
    FleetTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FleetFilterModel sorted;
    sorted.setSourceModel(&model);
    sorted.sort(FleetTableModel::DiskFree);
    QList<FleetRow> rows;
    for (int i = 0; i < 5; ++i)
        rows << row(QStringLiteral("m%1.example.net").arg(i), 1000 * (i + 1), {});
    model.setRows(rows);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    // Results handled in one go, as queued signals are: the views hear once.
    for (int i : {3, 1}) {
        MirrorFacts facts = *rows.at(i).facts;
        facts.disk.documentRoot->available = 10 - i;
        model.updateFacts(rows.at(i).mirror.name, facts);
    }
    model.updateRuns(rows.at(2).mirror.name, std::nullopt, 5);
    QCOMPARE(model.row(3)->facts->disk.documentRoot->available, 7);
    QVERIFY(changes.isEmpty());
    QTRY_COMPARE(changes.size(), 1);
    QCOMPARE(changes.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changes.first().at(1).toModelIndex().row(), 3);
    // The proxy sorted them anew from that one change.
    QCOMPARE(sorted.index(0, 0).data().toString(), QStringLiteral("m3.example.net"));
    QCOMPARE(sorted.index(1, 0).data().toString(), QStringLiteral("m1.example.net"));
    // A reset meanwhile makes a pending change moot.
    model.setNote(rows.at(4).mirror.name, QStringLiteral("disabled"));
    model.setRows(rows);
    QTest::qWait(20);
    QCOMPARE(changes.size(), 1);
}

void TestFleetTableModel::theWorstProblemHasAColumn()
{
    FleetTableModel model;
    model.setRows(aSmallFleet());
    const auto cell = [&](int r) {
        return model.index(r, FleetTableModel::Problem).data();
    };
    QCOMPARE(cell(0).toString(), QString());
    // The stale lock is worse than the blocked port.
    QCOMPARE(cell(2).toString(), QStringLiteral("stale lock"));
    QCOMPARE(cell(3).toString(), QStringLiteral("connection refused"));
    QCOMPARE(model.index(3, FleetTableModel::Problem).data(Qt::ToolTipRole).toString(),
             QStringLiteral("connection refused\nby 192.0.2.4"));
    // Sorted by how bad, the rows without one last.
    const auto rank = [&](int r) {
        return model.index(r, FleetTableModel::Problem).data(FleetTableModel::SortRole).toInt();
    };
    QVERIFY(rank(3) < rank(2));
    QVERIFY(rank(2) < rank(0));
}

void TestFleetTableModel::theDnsColumnSaysInOrOutAndWhy()
{
    QList<FleetRow> fleet = aSmallFleet();
    fleet[0].mirror.country = QStringLiteral("DE");
    fleet[0].inDns = true;
    fleet[1].mirror.country = QStringLiteral("DE");
    fleet[1].inDns = false;
    FleetTableModel model;
    model.setRows(fleet);
    const auto cell = [&](int r, int role) {
        return model.index(r, FleetTableModel::Dns).data(role).toString();
    };
    QCOMPARE(cell(0, Qt::DisplayRole), QStringLiteral("in"));
    QCOMPARE(cell(1, Qt::DisplayRole), QStringLiteral("out"));
    QVERIFY2(cell(1, Qt::ToolTipRole).startsWith(QStringLiteral("Out of its country's db.XY")),
             qPrintable(cell(1, Qt::ToolTipRole)));
    QCOMPARE(model.headerData(FleetTableModel::Dns, Qt::Horizontal).toString(),
             QStringLiteral("DNS"));
}

void TestFleetTableModel::theStripCountsAndFiltersInOneClick()
{
    FleetTableModel model;
    FleetFilterModel filter;
    filter.setSourceModel(&model);
    FleetSummaryStrip strip(&model, &filter);
    model.setRows(aSmallFleet());
    strip.recount();
    QCOMPARE(strip.verdictButton(QStringLiteral("fresh"))->text(), QStringLiteral("2 fresh"));
    QCOMPARE(strip.verdictButton(QStringLiteral("old"))->text(), QStringLiteral("1 old"));
    QCOMPARE(strip.verdictButton(QStringLiteral("unchecked"))->text(),
             QStringLiteral("1 unchecked"));
    QCOMPARE(strip.verdictButton(QStringLiteral("removed"))->text(), QStringLiteral("0 removed"));
    QVERIFY(!strip.verdictButton(QStringLiteral("removed"))->isEnabled());
    QCOMPARE(strip.verdictButton(QStringLiteral("not-fresh"))->text(),
             QStringLiteral("2 not fresh"));
    QCOMPARE(strip.problemButton(QStringLiteral("stale-lock"))->text(),
             QStringLiteral("1 stale lock"));
    QCOMPARE(strip.problemButton(QStringLiteral("firewall-problem"))->text(),
             QStringLiteral("1 firewall problem"));
    QCOMPARE(strip.problemButton(QStringLiteral("any"))->text(), QStringLiteral("2 with problems"));
    QVERIFY(strip.problemButton(QStringLiteral("failed-sync"))->isHidden());
    QCOMPARE(strip.showing()->text(), QStringLiteral("4 mirror(s)"));

    // One click filters; the strip says how many are in view.
    QObject::connect(&strip, &FleetSummaryStrip::chosen, &filter,
                     [&](const QString& verdict, const QString& problem) {
                         filter.setVerdict(verdict);
                         filter.setProblem(problem);
                     });
    strip.problemButton(QStringLiteral("any"))->click();
    QCOMPARE(filter.rowCount(), 2);
    QCOMPARE(strip.showing()->text(), QStringLiteral("showing 2 of 4"));
    strip.verdictButton(QStringLiteral("not-fresh"))->click();
    QVERIFY(!strip.problemButton(QStringLiteral("any"))->isChecked());
    QCOMPARE(filter.rowCount(), 2);
    QStringList names;
    for (int r = 0; r < filter.rowCount(); ++r)
        names << filter.index(r, FleetTableModel::Name).data().toString();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("b.example.de"), QStringLiteral("d.example.pl")}));
    // Clicked again: off.
    strip.verdictButton(QStringLiteral("not-fresh"))->click();
    QCOMPARE(filter.rowCount(), 4);
    QCOMPARE(strip.showing()->text(), QStringLiteral("4 mirror(s)"));
}

QTEST_MAIN(TestFleetTableModel)
#include "tst_fleettablemodel.moc"
