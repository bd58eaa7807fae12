#pragma once

#include "monitor/HttpCheck.h"

#include <QList>
#include <QString>

#include <optional>

struct HistoryEntry;

// The How-to's monitoring rules, settable: a timestamp a day old or
// unavailable is old; old for a second day, the mirror is removed from DNS.
struct FreshnessThresholds
{
    double oldAfterHours = 24;
    double removedAfterHours = 48;
};

struct FreshnessVerdict
{
    enum class Kind
    {
        Fresh,
        Lagging,
        Old,
        Removed,
        Unreachable
    };

    Kind kind = Kind::Unreachable;
    int dailyLag = 0; // versions behind the current daily
    QString reason;

    static QString name(Kind kind);
    static std::optional<Kind> fromName(const QString& name);
};

namespace FreshnessJudge {

// earlier: this mirror's stored "freshness" entries, oldest first; removal is
// judged from them, never from one check alone.
FreshnessVerdict judge(const HttpCheck& check, std::optional<int> currentDaily,
                       const QList<HistoryEntry>& earlier,
                       const FreshnessThresholds& thresholds = {});

} // namespace FreshnessJudge
