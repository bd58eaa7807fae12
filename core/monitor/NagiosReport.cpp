#include "monitor/NagiosReport.h"

#include <QMap>

#include <algorithm>

namespace {

const char* const kCodeWords[] = {"OK", "WARNING", "CRITICAL", "UNKNOWN"};

NagiosReport::Code codeOf(FreshnessVerdict::Kind kind)
{
    switch (kind) {
    case FreshnessVerdict::Kind::Fresh:
        return NagiosReport::Ok;
    case FreshnessVerdict::Kind::Lagging:
    case FreshnessVerdict::Kind::Old:
        return NagiosReport::Warning;
    case FreshnessVerdict::Kind::Removed:
    case FreshnessVerdict::Kind::Unreachable:
        break;
    }
    return NagiosReport::Critical;
}

} // namespace

NagiosReport NagiosReport::of(const QList<FreshnessResult>& results, bool currentKnown,
                              const FreshnessThresholds& thresholds)
{
    NagiosReport report;
    if (results.isEmpty()) {
        report.line = QStringLiteral("MIRRORS UNKNOWN - no mirror checked");
        return report;
    }
    report.code = Ok;
    QMap<FreshnessVerdict::Kind, int> counts;
    QStringList bad;
    double oldest = 0;
    int maxLag = 0;
    for (const FreshnessResult& r : results) {
        ++counts[r.verdict.kind];
        report.code = std::max(report.code, codeOf(r.verdict.kind));
        if (r.verdict.kind != FreshnessVerdict::Kind::Fresh)
            bad << QStringLiteral("%1 %2").arg(r.check.mirror,
                                               FreshnessVerdict::name(r.verdict.kind));
        oldest = std::max(oldest, r.check.timestampAgeHours().value_or(0));
        maxLag = std::max(maxLag, r.verdict.dailyLag);
    }
    using K = FreshnessVerdict::Kind;
    QString summary =
        QStringLiteral("%1 of %2 fresh").arg(counts.value(K::Fresh)).arg(results.size());
    if (!bad.isEmpty())
        summary += QStringLiteral(": ") + bad.mid(0, 5).join(QStringLiteral(", ")) +
                   (bad.size() > 5 ? QStringLiteral(", %1 more").arg(bad.size() - 5) : QString());
    if (!currentKnown)
        summary += QStringLiteral(" (current versions unknown: lagging not judged)");
    // Perfdata: counts, then the oldest timestamp in seconds against the
    // How-to's thresholds, then the worst lag in versions.
    const QString perf =
        QStringLiteral("fresh=%1;;;0;%6 lagging=%2;;;0;%6 old=%3;;;0;%6 removed=%4;;;0;%6 "
                       "unreachable=%5;;;0;%6 oldest=%7s;%8;%9;0; lag=%10;;;0;")
            .arg(counts.value(K::Fresh))
            .arg(counts.value(K::Lagging))
            .arg(counts.value(K::Old))
            .arg(counts.value(K::Removed))
            .arg(counts.value(K::Unreachable))
            .arg(results.size())
            .arg(qint64(oldest * 3600))
            .arg(qint64(thresholds.oldAfterHours * 3600))
            .arg(qint64(thresholds.removedAfterHours * 3600))
            .arg(maxLag);
    report.line = QStringLiteral("MIRRORS %1 - %2 | %3")
                      .arg(QLatin1String(kCodeWords[report.code]), summary, perf);
    return report;
}
