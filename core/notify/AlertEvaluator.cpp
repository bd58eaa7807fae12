#include "notify/AlertEvaluator.h"

#include "fleet/MirrorFacts.h"
#include "monitor/FreshnessSweep.h"
#include "monitor/SweepTally.h"
#include "ssh/HostKeyStore.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AlertEvaluator", text);
}

// Moves one rule to met or not met, with the transition that makes.
class Judgement
{
public:
    Judgement(qint64 mirrorId, QString mirror, QDateTime at, AlertEvaluator::States& states)
        : m_mirrorId(mirrorId), m_mirror(std::move(mirror)), m_at(std::move(at)), m_states(states)
    {}

    AlertState& state(AlertRule rule)
    {
        auto it = m_states.find(rule);
        if (it == m_states.end()) {
            AlertState fresh;
            fresh.rule = rule;
            it = m_states.insert(rule, fresh);
        }
        return *it;
    }

    void settle(AlertRule rule, bool met, const QString& evidence)
    {
        AlertState& s = state(rule);
        if (met) {
            s.evidence = evidence;
            if (s.active)
                return;
            s.active = true;
            s.since = m_at;
            s.notifiedAt = m_at;
            s.pendingSince = {};
            add(rule, AlertTransition::Kind::Raised, evidence);
            return;
        }
        if (!s.active)
            return;
        s.active = false;
        s.since = {};
        s.notifiedAt = {};
        s.evidence.clear();
        add(rule, AlertTransition::Kind::Cleared, evidence);
    }

    void add(AlertRule rule, AlertTransition::Kind kind, const QString& evidence)
    {
        m_transitions.append({m_mirrorId, m_mirror, rule, kind, m_at, evidence});
    }

    QList<AlertTransition> transitions() const { return m_transitions; }

private:
    qint64 m_mirrorId;
    QString m_mirror;
    QDateTime m_at;
    AlertEvaluator::States& m_states;
    QList<AlertTransition> m_transitions;
};

QString bytes(qint64 n)
{
    return QLocale::c().formattedDataSize(n, 1, QLocale::DataSizeSIFormat);
}

} // namespace

namespace AlertEvaluator {

QList<AlertTransition> afterCheck(const FreshnessResult& result, const QString& mirror,
                                  States& states, const AlertSettings& settings)
{
    using Kind = FreshnessVerdict::Kind;
    const FreshnessVerdict& v = result.verdict;
    Judgement j(result.mirrorId, mirror, result.check.checkedAt, states);

    AlertState& unreachable = j.state(AlertRule::Unreachable);
    unreachable.count = v.kind == Kind::Unreachable ? unreachable.count + 1 : 0;
    j.settle(AlertRule::Unreachable, unreachable.count >= settings.unreachableChecks,
             v.kind == Kind::Unreachable
                 ? tr("%1 checks in a row without an HTTP answer; the last: %2")
                       .arg(unreachable.count)
                       .arg(result.check.error)
                 : v.reason);
    // Unreachable tells nothing of the timestamp or the versions served:
    // those rules stay as they were until the mirror answers again.
    if (v.kind == Kind::Unreachable)
        return j.transitions();

    j.settle(AlertRule::Removed, v.kind == Kind::Removed, v.reason);
    j.settle(AlertRule::Old, v.kind == Kind::Old || v.kind == Kind::Removed, v.reason);
    if (v.kind == Kind::Old || v.kind == Kind::Removed)
        return j.transitions();

    AlertState& lagging = j.state(AlertRule::Lagging);
    const bool behind = v.kind == Kind::Lagging && v.dailyLag >= settings.laggingVersions;
    if (!behind)
        lagging.pendingSince = {};
    else if (!lagging.active && !lagging.pendingSince.isValid())
        lagging.pendingSince = result.check.checkedAt;
    const bool longEnough =
        behind && (lagging.active || double(lagging.pendingSince.secsTo(result.check.checkedAt)) >=
                                         settings.laggingHours * 3600);
    j.settle(AlertRule::Lagging, longEnough,
             behind ? tr("%1 daily versions behind since %2: %3")
                          .arg(v.dailyLag)
                          .arg(QLocale::c().toString(
                                   (lagging.active ? lagging.since : lagging.pendingSince).toUTC(),
                                   QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                               v.reason)
                    : v.reason);
    return j.transitions();
}

QList<AlertTransition> afterProbe(const MirrorFacts& facts, States& states,
                                  const AlertSettings& settings)
{
    Judgement j(facts.mirrorId, facts.mirror, facts.probedAt, states);
    if (!facts.probed)
        return {};
    // A probe went through, so the key it presented was accepted.
    j.settle(AlertRule::HostKeyChanged, false, tr("the mirror's key is accepted"));

    if (facts.lock.kind != LockState::Kind::Unknown)
        j.settle(AlertRule::StaleLock, facts.lock.kind == LockState::Kind::Stale,
                 facts.lock.describe());

    AlertState& failed = j.state(AlertRule::FailedSyncs);
    QList<SyncRun> runs = facts.newRuns;
    std::sort(runs.begin(), runs.end(),
              [](const SyncRun& a, const SyncRun& b) { return a.finishedAt < b.finishedAt; });
    QString lastError;
    bool sawRun = false;
    for (const SyncRun& run : runs) {
        if (run.outcome == SyncRunLog::Outcome::Incomplete)
            continue;
        sawRun = true;
        if (run.outcome == SyncRunLog::Outcome::Failed) {
            ++failed.count;
            lastError = run.firstError;
        } else {
            failed.count = 0;
        }
    }
    if (sawRun)
        j.settle(AlertRule::FailedSyncs, failed.count >= settings.failedSyncsInARow,
                 failed.count > 0
                     ? tr("%1 failed syncs in a row; the last: %2").arg(failed.count).arg(lastError)
                     : tr("the last sync succeeded"));

    if (const auto& fs = facts.disk.documentRoot) {
        const qint64 free = fs->available * 1024;
        const qint64 floor = std::max(settings.freeFloorBytes, DiskFacts::kRequiredWebSpaceBytes);
        j.settle(AlertRule::LowDisk, free < floor,
                 tr("%1 free on %2, where DocumentRoot is; at least %3 wanted")
                     .arg(bytes(free), fs->filesystem, bytes(floor)));
    }

    QStringList bad;
    bool judged = false;
    for (const FirewallCheck& check : facts.firewall.checks) {
        if (check.result == FirewallCheck::Result::Unknown)
            continue;
        judged = true;
        if (check.bad())
            bad << (check.fix.isEmpty()
                        ? tr("%1: %2").arg(check.title, check.evidence)
                        : tr("%1: %2; the fix: %3").arg(check.title, check.evidence, check.fix));
    }
    if (judged)
        j.settle(AlertRule::FirewallBad, !bad.isEmpty(),
                 bad.isEmpty() ? tr("every firewall check passes") : bad.join(QLatin1Char('\n')));
    return j.transitions();
}

QList<AlertTransition> afterHostKey(qint64 mirrorId, const QString& mirror,
                                    const HostKeyVerdict& verdict, const QDateTime& at,
                                    States& states)
{
    if (verdict.status != HostKeyVerdict::Status::Changed)
        return {};
    Judgement j(mirrorId, mirror, at, states);
    j.settle(AlertRule::HostKeyChanged, true,
             tr("presented %1; on record: %2")
                 .arg(verdict.presentedFingerprint,
                      verdict.recordedFingerprints.join(QStringLiteral(", "))));
    return j.transitions();
}

QList<AlertTransition> afterSweep(const SweepTally& tally, int failedPercent, const QDateTime& at,
                                  States& states)
{
    Judgement j(0, QString(), at, states);
    const bool failed = tally.checkerFailed(failedPercent);
    j.settle(AlertRule::Checker, failed,
             failed ? tr("%1 of %2 mirrors gave no HTTP answer in one sweep, more than %3 %: the "
                         "checker's own network is the likelier cause. Their unreachable checks "
                         "were not counted and DNS was left as it was.")
                          .arg(tally.unreachable)
                          .arg(tally.checked)
                          .arg(failedPercent)
                    : tr("%1 of %2 mirrors gave no HTTP answer in the last sweep")
                          .arg(tally.unreachable)
                          .arg(tally.checked));
    return j.transitions();
}

QList<AlertTransition> reminders(qint64 mirrorId, const QString& mirror, States& states,
                                 const AlertSettings& settings, const QDateTime& now)
{
    QList<AlertTransition> due;
    if (settings.reminderHours <= 0)
        return due;
    for (AlertState& s : states) {
        if (!s.active || !s.notifiedAt.isValid() ||
            double(s.notifiedAt.secsTo(now)) < settings.reminderHours * 3600)
            continue;
        s.notifiedAt = now;
        due.append({mirrorId, mirror, s.rule, AlertTransition::Kind::Reminder, now, s.evidence});
    }
    return due;
}

} // namespace AlertEvaluator
