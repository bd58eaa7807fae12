#pragma once

#include <QString>

class QDateTimeAxis;
class QValueAxis;

// Axes people read at a glance: dates on whole days or hours, 0 to 100 %,
// sizes in the one unit that fits the largest value.
namespace ChartAxes {

// Bytes shown in one unit (kB, MB, GB, TB, by powers of 1000 as the
// console's sizes are everywhere else).
struct ByteScale
{
    qreal divisor = 1;
    QString unit;
};
ByteScale byteScale(qreal largestBytes);

// From first to last (milliseconds since the epoch, UTC), widened to whole
// days (or hours, for spans under two days) so that every tick is one.
QDateTimeAxis* timeAxis(qreal first, qreal last);
QValueAxis* percentAxis();
// From 0 to a round number above largest, in the unit given.
QValueAxis* amountAxis(qreal largest, const QString& unit);

} // namespace ChartAxes
