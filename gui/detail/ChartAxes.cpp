#include "detail/ChartAxes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QValueAxis>

#include <cmath>

namespace ChartAxes {

ByteScale byteScale(qreal largestBytes)
{
    const std::pair<qreal, const char*> units[]{
        {1e12, QT_TRANSLATE_NOOP("ChartAxes", "TB")},
        {1e9, QT_TRANSLATE_NOOP("ChartAxes", "GB")},
        {1e6, QT_TRANSLATE_NOOP("ChartAxes", "MB")},
        {1e3, QT_TRANSLATE_NOOP("ChartAxes", "kB")},
    };
    for (const auto& [divisor, unit] : units) {
        if (largestBytes >= divisor)
            return {divisor, QCoreApplication::translate("ChartAxes", unit)};
    }
    return {1, QCoreApplication::translate("ChartAxes", "bytes")};
}

QDateTimeAxis* timeAxis(qreal first, qreal last)
{
    constexpr qint64 hour = 3600 * 1000;
    constexpr qint64 day = 24 * hour;
    constexpr int mostTicks = 8;
    const bool days = last - first >= 2 * day;
    const qint64 unit = days ? day : hour;
    // Whole units around the points, at least one.
    const qint64 from = qint64(std::floor(first / unit)) * unit;
    qint64 units = qMax<qint64>(1, qint64(std::ceil((last - from) / unit)));
    if (qint64(from + units * unit) <= qint64(last))
        ++units;
    const qint64 step = (units + mostTicks - 2) / (mostTicks - 1);
    units = ((units + step - 1) / step) * step;
    auto* axis = new QDateTimeAxis;
    axis->setRange(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC),
                   QDateTime::fromMSecsSinceEpoch(from + units * unit, Qt::UTC));
    axis->setTickCount(int(units / step) + 1);
    // Hours alone: the day is in the title and in each point's tooltip.
    axis->setFormat(days ? QStringLiteral("MMM d") : QStringLiteral("HH:mm"));
    axis->setTitleText(QCoreApplication::translate("ChartAxes", "UTC"));
    return axis;
}

QValueAxis* percentAxis()
{
    auto* axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(5);
    axis->setLabelFormat(QStringLiteral("%.0f %%"));
    return axis;
}

QValueAxis* amountAxis(qreal largest, const QString& unit)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, largest > 0 ? largest * 1.05 : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(axis->max() >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    axis->setTitleText(unit);
    return axis;
}

} // namespace ChartAxes
