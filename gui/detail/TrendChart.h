#pragma once

#include <QChartView>
#include <QDateTime>
#include <QList>
#include <QPointF>

// Values over time as lines on a date axis: the Disk tab's space and the
// Freshness tab's daily uptime.
class TrendChart : public QChartView
{
    Q_OBJECT

public:
    struct Line
    {
        QString name;
        QList<QPointF> points; // x: milliseconds since the epoch (UTC)
    };

    TrendChart(const QString& accessibleName, QWidget* parent = nullptr);

    // An empty list of lines (or of points) shows emptyText instead.
    void plot(const QString& title, const QString& valueTitle, const QList<Line>& lines,
              const QString& emptyText);
    int pointCount() const { return m_points; }

    static qreal x(const QDateTime& at) { return qreal(at.toMSecsSinceEpoch()); }

private:
    int m_points = 0;
};
