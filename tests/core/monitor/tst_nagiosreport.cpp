#include "monitor/NagiosReport.h"

#include <QTest>

// The plugin line and exit code of a check, by the worst verdict.
class TestNagiosReport : public QObject
{
    Q_OBJECT

private slots:
    void theWorstVerdictDecides();
    void nothingCheckedIsUnknown();
};

namespace {

FreshnessResult result(const QString& mirror, FreshnessVerdict::Kind kind, double ageHours,
                       int lag = 0)
{
    FreshnessResult r;
    r.check.mirror = mirror;
    r.check.checkedAt = QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);
    r.check.timestamp = r.check.checkedAt.addSecs(qint64(-ageHours * 3600));
    r.verdict.kind = kind;
    r.verdict.dailyLag = lag;
    return r;
}

} // namespace

void TestNagiosReport::theWorstVerdictDecides()
{
    using K = FreshnessVerdict::Kind;
    const FreshnessThresholds how;
    NagiosReport r = NagiosReport::of({result(QStringLiteral("a"), K::Fresh, 1)}, true, how);
    QCOMPARE(r.code, NagiosReport::Ok);
    QCOMPARE(r.line, QStringLiteral("MIRRORS OK - 1 of 1 fresh | fresh=1;;;0;1 lagging=0;;;0;1 "
                                    "old=0;;;0;1 removed=0;;;0;1 unreachable=0;;;0;1 "
                                    "oldest=3600s;86400;172800;0; lag=0;;;0;"));
    r = NagiosReport::of(
        {result(QStringLiteral("a"), K::Fresh, 1), result(QStringLiteral("b"), K::Lagging, 2, 3)},
        true, how);
    QCOMPARE(r.code, NagiosReport::Warning);
    QVERIFY(r.line.startsWith(QStringLiteral("MIRRORS WARNING - 1 of 2 fresh: b lagging | ")));
    QVERIFY(r.line.endsWith(QStringLiteral(" lag=3;;;0;")));
    QList<FreshnessResult> many;
    for (int i = 0; i < 7; ++i)
        many << result(QStringLiteral("m%1").arg(i), K::Old, 30);
    many << result(QStringLiteral("gone"), K::Unreachable, 0);
    r = NagiosReport::of(many, false, how);
    QCOMPARE(r.code, NagiosReport::Critical);
    QVERIFY2(r.line.contains(QStringLiteral("m4 old, 3 more (current versions unknown")),
             qPrintable(r.line));
    QVERIFY(r.line.contains(QStringLiteral("oldest=108000s;")));
}

void TestNagiosReport::nothingCheckedIsUnknown()
{
    const NagiosReport r = NagiosReport::of({}, true, {});
    QCOMPARE(r.code, NagiosReport::Unknown);
    QCOMPARE(r.line, QStringLiteral("MIRRORS UNKNOWN - no mirror checked"));
}

QTEST_GUILESS_MAIN(TestNagiosReport)
#include "tst_nagiosreport.moc"
