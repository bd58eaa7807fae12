#include "detail/TrendChart.h"

#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

TrendChart::TrendChart(const QString& accessibleName, QWidget* parent) : QChartView(parent)
{
    setAccessibleName(accessibleName);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
}

void TrendChart::plot(const QString& title, Scale scale, const QList<Line>& lines,
                      const QString& emptyText)
{
    auto* chart = new QChart;
    m_points = 0;
    m_scale = scale;
    qreal high = 0;
    qreal first = 0;
    qreal last = 0;
    for (const Line& line : lines) {
        for (const QPointF& point : line.points) {
            high = m_points ? qMax(high, point.y()) : point.y();
            first = m_points ? qMin(first, point.x()) : point.x();
            last = m_points ? qMax(last, point.x()) : point.x();
            ++m_points;
        }
    }
    m_bytes = ChartAxes::byteScale(scale == Scale::Bytes ? high : 0);
    for (const Line& line : lines) {
        if (line.points.isEmpty())
            continue;
        auto* series = new QLineSeries;
        series->setName(line.name);
        series->setPointsVisible(true); // a single point draws no line
        for (const QPointF& point : line.points)
            series->append(point.x(),
                           scale == Scale::Bytes ? point.y() / m_bytes.divisor : point.y());
        connect(series, &QLineSeries::hovered, this,
                [this, name = line.name](const QPointF& point, bool entered) {
                    if (entered)
                        QToolTip::showText(QCursor::pos(), pointText(name, point), this);
                    else
                        QToolTip::hideText();
                });
        chart->addSeries(series);
    }
    chart->setTitle(m_points ? title : emptyText);
    if (m_points) {
        QDateTimeAxis* time = ChartAxes::timeAxis(first, last);
        QValueAxis* value = scale == Scale::Percent
                                ? ChartAxes::percentAxis()
                                : ChartAxes::amountAxis(high / m_bytes.divisor, m_bytes.unit);
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

QString TrendChart::pointText(const QString& line, const QPointF& plotted) const
{
    const QLocale locale;
    const QString at = locale.toString(QDateTime::fromMSecsSinceEpoch(qint64(plotted.x()), Qt::UTC),
                                       QStringLiteral("MMM d HH:mm"));
    const QString value = m_scale == Scale::Percent
                              ? tr("%1 %").arg(locale.toString(plotted.y(), 'f', 1))
                              : locale.formattedDataSize(qint64(plotted.y() * m_bytes.divisor), 1,
                                                         QLocale::DataSizeSIFormat);
    return tr("%1: %2 at %3 UTC").arg(line, value, at);
}
