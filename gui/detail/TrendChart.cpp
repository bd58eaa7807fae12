#include "detail/TrendChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

TrendChart::TrendChart(const QString& accessibleName, QWidget* parent) : QChartView(parent)
{
    setAccessibleName(accessibleName);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
}

void TrendChart::plot(const QString& title, const QString& valueTitle, const QList<Line>& lines,
                      const QString& emptyText)
{
    auto* chart = new QChart;
    m_points = 0;
    qreal low = 0;
    qreal high = 0;
    qreal first = 0;
    qreal last = 0;
    for (const Line& line : lines) {
        if (line.points.isEmpty())
            continue;
        auto* series = new QLineSeries;
        series->setName(line.name);
        series->setPointsVisible(true); // a single point draws no line
        series->append(line.points);
        chart->addSeries(series);
        for (const QPointF& point : line.points) {
            low = m_points ? qMin(low, point.y()) : point.y();
            high = m_points ? qMax(high, point.y()) : point.y();
            first = m_points ? qMin(first, point.x()) : point.x();
            last = m_points ? qMax(last, point.x()) : point.x();
            ++m_points;
        }
    }
    chart->setTitle(m_points ? title : emptyText);
    if (m_points) {
        auto* time = new QDateTimeAxis;
        const bool days = last - first > 2 * 24 * 3600 * 1000.0;
        time->setFormat(days ? QStringLiteral("MMM d") : QStringLiteral("MMM d HH:mm"));
        time->setTitleText(tr("UTC"));
        // One point still needs a span for the axis to draw.
        time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first), Qt::UTC).addSecs(-3600),
                       QDateTime::fromMSecsSinceEpoch(qint64(last), Qt::UTC).addSecs(3600));
        auto* value = new QValueAxis;
        value->setTitleText(valueTitle);
        value->setRange(qMin<qreal>(0, low), high > low ? high * 1.05 : low + 1);
        value->setLabelFormat(QStringLiteral("%.1f"));
        chart->addAxis(time, Qt::AlignBottom);
        chart->addAxis(value, Qt::AlignLeft);
        for (QAbstractSeries* series : chart->series()) {
            series->attachAxis(time);
            series->attachAxis(value);
        }
    }
    chart->legend()->setVisible(lines.size() > 1 && m_points);
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}
