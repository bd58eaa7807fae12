#include "monitor/FreshnessVerdict.h"

#include "inventory/ProbeHistory.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FreshnessJudge", text);
}

bool isOld(const QString& name)
{
    return name == QLatin1String("old") || name == QLatin1String("removed");
}

} // namespace

QString FreshnessVerdict::name(Kind kind)
{
    switch (kind) {
    case Kind::Fresh:
        return QStringLiteral("fresh");
    case Kind::Lagging:
        return QStringLiteral("lagging");
    case Kind::Old:
        return QStringLiteral("old");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Unreachable:
        break;
    }
    return QStringLiteral("unreachable");
}

std::optional<FreshnessVerdict::Kind> FreshnessVerdict::fromName(const QString& name)
{
    for (Kind k : {Kind::Fresh, Kind::Lagging, Kind::Old, Kind::Removed, Kind::Unreachable}) {
        if (FreshnessVerdict::name(k) == name)
            return k;
    }
    return std::nullopt;
}

namespace FreshnessJudge {

FreshnessVerdict judge(const HttpCheck& check, std::optional<int> currentDaily,
                       const QList<HistoryEntry>& earlier, const FreshnessThresholds& thresholds)
{
    FreshnessVerdict verdict;
    if (!check.reachable) {
        verdict.reason = tr("no HTTP answer: %1").arg(check.error);
        return verdict;
    }
    const double ageHours =
        check.timestamp ? double(check.timestamp->secsTo(check.checkedAt)) / 3600.0 : -1;
    if (!check.timestamp || ageHours >= thresholds.oldAfterHours) {
        verdict.kind = FreshnessVerdict::Kind::Old;
        verdict.reason =
            check.timestamp ? tr("timestamp %1 h old").arg(ageHours, 0, 'f', 1)
            : !check.redirects.isEmpty()
                ? tr("timestamp unavailable: redirected, which freshclam cannot follow")
            : !check.limitsBroken.isEmpty()
                ? tr("timestamp unavailable: the mirror broke a limit: %1")
                      .arg(check.limitsBroken.first())
                : tr("timestamp unavailable");
        // How long has it been old without a break? Only history can say.
        QDateTime oldSince = check.checkedAt;
        for (auto it = earlier.crbegin(); it != earlier.crend(); ++it) {
            if (!isOld(it->payload.value(QStringLiteral("verdict")).toString()))
                break;
            oldSince = it->at;
        }
        const double oldForHours = double(oldSince.secsTo(check.checkedAt)) / 3600.0;
        if (oldForHours >= thresholds.removedAfterHours - thresholds.oldAfterHours) {
            verdict.kind = FreshnessVerdict::Kind::Removed;
            verdict.reason += tr("; old for %1 h").arg(oldForHours, 0, 'f', 1);
        }
        return verdict;
    }
    const int served = check.cvdVersions.value(QStringLiteral("daily"), -1);
    if (currentDaily && served >= 0 && served < *currentDaily) {
        verdict.kind = FreshnessVerdict::Kind::Lagging;
        verdict.dailyLag = *currentDaily - served;
        verdict.reason = tr("serves daily %1, current is %2").arg(served).arg(*currentDaily);
        return verdict;
    }
    verdict.kind = FreshnessVerdict::Kind::Fresh;
    verdict.reason = tr("timestamp %1 h old").arg(ageHours, 0, 'f', 1);
    return verdict;
}

} // namespace FreshnessJudge
