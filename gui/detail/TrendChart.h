#pragma once

#include "detail/ChartAxes.h"

#include <QChartView>
#include <QDateTime>
#include <QList>
#include <QPointF>

// Values over time as lines on a date axis: the Disk tab's space and the
// Freshness tab's daily uptime. Hovering a point tells its value and time.
class TrendChart : public QChartView
{
    Q_OBJECT

public:
    enum class Scale
    {
        Percent, // 0 to 100
        Bytes
    };

    struct Line
    {
        QString name;
        QList<QPointF> points; // x: milliseconds since the epoch (UTC); y: in the scale
    };

    TrendChart(const QString& accessibleName, QWidget* parent = nullptr);

    // An empty list of lines (or of points) shows emptyText instead.
    void plot(const QString& title, Scale scale, const QList<Line>& lines,
              const QString& emptyText);
    int pointCount() const { return m_points; }
    // What hovering a point of a line shows.
    QString pointText(const QString& line, const QPointF& plotted) const;

    static qreal x(const QDateTime& at) { return qreal(at.toMSecsSinceEpoch()); }

private:
    int m_points = 0;
    Scale m_scale = Scale::Percent;
    ChartAxes::ByteScale m_bytes;
};
