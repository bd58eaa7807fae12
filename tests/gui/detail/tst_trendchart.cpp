#include "detail/ChartAxes.h"
#include "detail/TrendChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>

// Charts people read at a glance: whole days or hours on the time axis,
// 0 to 100 %, sizes in a unit that fits, and each point's value on hover.
class TestTrendChart : public QObject
{
    Q_OBJECT

private slots:
    void sizesTakeTheUnitThatFits()
    {
        QCOMPARE(ChartAxes::byteScale(999).unit, QStringLiteral("bytes"));
        QCOMPARE(ChartAxes::byteScale(1500).unit, QStringLiteral("kB"));
        QCOMPARE(ChartAxes::byteScale(7.5e6).divisor, 1e6);
        QCOMPARE(ChartAxes::byteScale(61e9).unit, QStringLiteral("GB"));
        QCOMPARE(ChartAxes::byteScale(2e12).unit, QStringLiteral("TB"));
    }

    void timeTicksFallOnWholeDaysOrHours()
    {
        const QDateTime start(QDate(2026, 11, 1), QTime(13, 20), Qt::UTC);
        const std::unique_ptr<QDateTimeAxis> month(
            ChartAxes::timeAxis(TrendChart::x(start), TrendChart::x(start.addDays(29))));
        QCOMPARE(month->min(), QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(month->max().time(), QTime(0, 0));
        QVERIFY(month->max() > start.addDays(29));
        QVERIFY(month->tickCount() <= 8 && month->tickCount() >= 2);
        const qint64 days = month->min().daysTo(month->max());
        QCOMPARE(days % (month->tickCount() - 1), 0);
        QCOMPARE(month->format(), QStringLiteral("MMM d"));

        const std::unique_ptr<QDateTimeAxis> hours(
            ChartAxes::timeAxis(TrendChart::x(start), TrendChart::x(start.addSecs(5 * 3600))));
        QCOMPARE(hours->min(), QDateTime(QDate(2026, 11, 1), QTime(13, 0), Qt::UTC));
        QCOMPARE(hours->max().time().minute(), 0);
        QCOMPARE(hours->min().secsTo(hours->max()) / 3600 % (hours->tickCount() - 1), 0);
        QVERIFY(hours->format().contains(QStringLiteral("HH:mm")));
        // One point still spans a whole unit.
        const std::unique_ptr<QDateTimeAxis> one(
            ChartAxes::timeAxis(TrendChart::x(start), TrendChart::x(start)));
        QVERIFY(one->min() < start && one->max() > start);
    }

    void percentagesRunFromNoneToAll()
    {
        const std::unique_ptr<QValueAxis> axis(ChartAxes::percentAxis());
        QCOMPARE(axis->min(), 0.0);
        QCOMPARE(axis->max(), 100.0);
        QCOMPARE(axis->tickCount(), 5);
        QVERIFY(axis->labelFormat().contains(QStringLiteral("%%")));
    }

    void pointsTellTheirValueWhenHovered()
    {
        TrendChart chart(QStringLiteral("Disk"));
        chart.resize(600, 300);
        chart.show();
        const QDateTime at(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC);
        chart.plot(QStringLiteral("Disk space"), TrendChart::Scale::Bytes,
                   {{QStringLiteral("DocumentRoot free"),
                     {{TrendChart::x(at.addDays(-1)), 60e9}, {TrendChart::x(at), 61.3e9}}}},
                   QStringLiteral("none"));
        QCOMPARE(chart.pointCount(), 2);
        auto* series = qobject_cast<QLineSeries*>(chart.chart()->series().first());
        QCOMPARE(series->at(1).y(), 61.3); // in GB, the axis's unit
        const auto* value = qobject_cast<QValueAxis*>(chart.chart()->axes(Qt::Vertical).first());
        QCOMPARE(value->titleText(), QStringLiteral("GB"));
        QCOMPARE(value->min(), 0.0);
        QVERIFY(value->max() >= 61.3);
        const QString text = chart.pointText(QStringLiteral("DocumentRoot free"), series->at(1));
        QVERIFY2(text.contains(QStringLiteral("61.3 GB")) &&
                     text.contains(QStringLiteral("14:00")) &&
                     text.contains(QStringLiteral("DocumentRoot free")),
                 qPrintable(text));
        emit series->hovered(series->at(1), true);
        QTRY_COMPARE(QToolTip::text(), text);

        chart.plot(QStringLiteral("Uptime"), TrendChart::Scale::Percent,
                   {{QStringLiteral("up %"), {{TrendChart::x(at), 99.5}}}}, QStringLiteral("none"));
        auto* up = qobject_cast<QLineSeries*>(chart.chart()->series().first());
        QVERIFY(
            chart.pointText(QStringLiteral("up %"), up->at(0)).contains(QStringLiteral("99.5 %")));
        const auto* percent = qobject_cast<QValueAxis*>(chart.chart()->axes(Qt::Vertical).first());
        QCOMPARE(percent->max(), 100.0);

        chart.plot(QStringLiteral("Uptime"), TrendChart::Scale::Percent, {},
                   QStringLiteral("none"));
        QCOMPARE(chart.chart()->title(), QStringLiteral("none"));
        QCOMPARE(chart.pointCount(), 0);
    }
};

QTEST_MAIN(TestTrendChart)
#include "tst_trendchart.moc"
