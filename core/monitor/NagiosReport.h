#pragma once

#include "monitor/FreshnessSweep.h"

#include <QList>
#include <QString>

// A freshness check as Nagios, Icinga and their plugins' guidelines want it:
// one line of status and perfdata, and the exit code that says how bad.
// In English whatever the language: monitoring systems parse it.
struct NagiosReport
{
    enum Code
    {
        Ok = 0,       // every mirror fresh
        Warning = 1,  // one lagging or old
        Critical = 2, // one removed or unreachable
        Unknown = 3   // nothing checked
    };

    Code code = Unknown;
    QString line;

    // currentKnown: whether the current versions were known (lagging is not
    // judged without them).
    static NagiosReport of(const QList<FreshnessResult>& results, bool currentKnown,
                           const FreshnessThresholds& thresholds);
};
