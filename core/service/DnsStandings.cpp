#include "service/DnsStandings.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DnsStandings", text);
}

QString timeText(const QDateTime& at)
{
    return QLocale::c().toString(at.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

namespace DnsStandings {

DnsStanding judge(const MirrorStatus& status, const QList<MaintenanceWindow>& windows,
                  const QList<AlertState>& raised, const QDateTime& now)
{
    const MirrorRecord& m = status.mirror;
    DnsStanding s{m.id, m.name, m.country, m.address, DnsStanding::Kind::Holds, {}};
    const auto out = [&s](DnsStanding::Kind kind, const QString& why) {
        s.kind = kind;
        s.why = why;
        return s;
    };
    if (!m.enabled)
        return out(DnsStanding::Kind::Withdrawn, tr("disabled"));
    const MaintenanceWindow* lastEnded = nullptr;
    for (const MaintenanceWindow& w : windows) {
        if (w.coversTime(now))
            return out(DnsStanding::Kind::Withdrawn,
                       tr("in maintenance until %1: %2").arg(timeText(w.endsAt), w.reason));
        if (w.endsAt <= now && (!lastEnded || w.endsAt > lastEnded->endsAt))
            lastEnded = &w;
    }
    if (!status.latest)
        return out(DnsStanding::Kind::Holds, tr("not checked yet"));
    const FreshnessResult& latest = *status.latest;
    if (lastEnded && latest.check.checkedAt < lastEnded->endsAt)
        return out(
            DnsStanding::Kind::Withdrawn,
            tr("maintenance ended %1: back after a fresh check").arg(timeText(lastEnded->endsAt)));
    using Kind = FreshnessVerdict::Kind;
    if (latest.verdict.kind == Kind::Removed)
        return out(DnsStanding::Kind::Leaves, tr("removed: %1").arg(latest.verdict.reason));
    for (const AlertState& alert : raised) {
        if (alert.rule == AlertRule::Unreachable)
            return out(DnsStanding::Kind::Leaves, tr("unreachable: %1").arg(alert.evidence));
    }
    if (status.fitToServe())
        return out(DnsStanding::Kind::Serves, {});
    if (latest.verdict.kind == Kind::Fresh)
        return out(DnsStanding::Kind::Leaves,
                   tr("fresh, but not served as database.clamav.net and db.%1.clamav.net")
                       .arg(m.country.toLower()));
    return out(DnsStanding::Kind::Holds,
               tr("%1: %2, in again after a fresh check")
                   .arg(FreshnessVerdict::name(latest.verdict.kind), latest.verdict.reason));
}

} // namespace DnsStandings
