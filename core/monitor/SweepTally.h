#pragma once

#include <QString>

// How one freshness sweep went over the mirrors that count (those not in a
// maintenance window): when more of them than a set share gave no HTTP
// answer at once, the likelier cause is the checker's own network, and the
// sweep is the checker's failure, not theirs.
struct SweepTally
{
    int checked = 0;
    int unreachable = 0;

    // Two at least: one dead mirror of a fleet of one is that mirror's fault.
    bool checkerFailed(int failedPercent) const
    {
        return unreachable >= 2 && qint64(unreachable) * 100 > qint64(checked) * failedPercent;
    }
};
