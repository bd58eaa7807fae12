#include "service/AlertKeeper.h"

#include "inventory/MaintenanceWindows.h"
#include "session/FleetSession.h"

AlertKeeper::AlertKeeper(FleetSession& session, AlertSettings alerts, MailSettings mail,
                         QObject* parent)
    : QObject(parent), m_session(session), m_alerts(std::move(alerts)), m_mail(std::move(mail))
{
    connect(&session, &FleetSession::mirrorChecked, this, &AlertKeeper::onChecked);
    connect(&session, &FleetSession::mirrorRefreshed, this, &AlertKeeper::onRefreshed);
    connect(&session, &FleetSession::hostKeyQuestion, this, &AlertKeeper::onHostKey);
    connect(&session, &FleetSession::freshnessStarted, this, [this] {
        m_tally = {};
        m_heldBack.clear();
    });
}

bool AlertKeeper::inMaintenance(qint64 mirrorId) const
{
    return MaintenanceWindows(m_session.database())
        .covering(mirrorId, QDateTime::currentDateTimeUtc())
        .has_value();
}

void AlertKeeper::judge(qint64 mirrorId, const RuleSet& rules)
{
    std::optional<MirrorRecord> mirror;
    if (mirrorId != 0) {
        mirror = m_session.inventory().find(mirrorId);
        if (!mirror)
            return; // removed meanwhile: nothing to tell anybody
        // In maintenance nothing is judged: the first observation after it is
        // judged against the states from before, so what it left broken is told.
        if (inMaintenance(mirrorId))
            return;
    }
    const MirrorRecord* record = mirror ? &*mirror : nullptr;
    AlertBook book(m_session.database());
    auto states = book.states(mirrorId);
    if (!states) {
        emit failed(states.error());
        return;
    }
    const QList<AlertTransition> transitions = rules(*states, record);
    const QList<MailMessage> mails =
        AlertMail::compose(transitions, record, m_mail, QDateTime::currentDateTimeUtc());
    // States change at every observation (counts, evidence): always kept.
    if (auto done = book.record(mirrorId, *states, transitions, mails); !done) {
        emit failed(done.error());
        return;
    }
    if (!transitions.isEmpty())
        emit recorded(transitions, int(mails.size()));
}

void AlertKeeper::onChecked(const FreshnessResult& result)
{
    if (inMaintenance(result.mirrorId))
        return;
    ++m_tally.checked;
    if (result.verdict.kind == FreshnessVerdict::Kind::Unreachable) {
        ++m_tally.unreachable;
        m_heldBack.append(result);
        return;
    }
    judgeCheck(result);
}

void AlertKeeper::judgeCheck(const FreshnessResult& result)
{
    judge(result.mirrorId, [&](AlertEvaluator::States& states, const MirrorRecord*) {
        return AlertEvaluator::afterCheck(result, result.check.mirror, states, m_alerts);
    });
}

SweepTally AlertKeeper::endSweep(int failedPercent)
{
    const SweepTally tally = std::exchange(m_tally, {});
    const QList<FreshnessResult> heldBack = std::exchange(m_heldBack, {});
    judge(0, [&](AlertEvaluator::States& states, const MirrorRecord*) {
        return AlertEvaluator::afterSweep(tally, failedPercent, QDateTime::currentDateTimeUtc(),
                                          states);
    });
    if (!tally.checkerFailed(failedPercent)) {
        for (const FreshnessResult& result : heldBack)
            judgeCheck(result);
    }
    return tally;
}

void AlertKeeper::onRefreshed(const MirrorFacts& facts)
{
    judge(facts.mirrorId, [&](AlertEvaluator::States& states, const MirrorRecord*) {
        return AlertEvaluator::afterProbe(facts, states, m_alerts);
    });
}

void AlertKeeper::onHostKey(const MirrorRecord& mirror, const HostKeyVerdict& verdict)
{
    judge(mirror.id, [&](AlertEvaluator::States& states, const MirrorRecord*) {
        return AlertEvaluator::afterHostKey(mirror.id, mirror.name, verdict,
                                            QDateTime::currentDateTimeUtc(), states);
    });
}

void AlertKeeper::remind(const QDateTime& now)
{
    const auto active = AlertBook(m_session.database()).active();
    for (auto it = active.cbegin(); it != active.cend(); ++it) {
        judge(it.key(), [&](AlertEvaluator::States& states, const MirrorRecord* mirror) {
            return AlertEvaluator::reminders(
                mirror ? mirror->id : 0, mirror ? mirror->name : QString(), states, m_alerts, now);
        });
    }
}
