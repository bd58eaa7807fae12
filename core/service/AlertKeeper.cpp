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
}

void AlertKeeper::judge(qint64 mirrorId, const RuleSet& rules)
{
    const std::optional<MirrorRecord> mirror = m_session.inventory().find(mirrorId);
    if (!mirror)
        return; // removed meanwhile: nothing to tell anybody
    // In maintenance nothing is judged: the first observation after it is
    // judged against the states from before, so what it left broken is told.
    if (MaintenanceWindows(m_session.database())
            .covering(mirrorId, QDateTime::currentDateTimeUtc()))
        return;
    AlertBook book(m_session.database());
    auto states = book.states(mirrorId);
    if (!states) {
        emit failed(states.error());
        return;
    }
    const QList<AlertTransition> transitions = rules(*states, *mirror);
    const QList<MailMessage> mails =
        AlertMail::compose(transitions, &*mirror, m_mail, QDateTime::currentDateTimeUtc());
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
    judge(result.mirrorId, [&](AlertEvaluator::States& states, const MirrorRecord&) {
        return AlertEvaluator::afterCheck(result, result.check.mirror, states, m_alerts);
    });
}

void AlertKeeper::onRefreshed(const MirrorFacts& facts)
{
    judge(facts.mirrorId, [&](AlertEvaluator::States& states, const MirrorRecord&) {
        return AlertEvaluator::afterProbe(facts, states, m_alerts);
    });
}

void AlertKeeper::onHostKey(const MirrorRecord& mirror, const HostKeyVerdict& verdict)
{
    judge(mirror.id, [&](AlertEvaluator::States& states, const MirrorRecord&) {
        return AlertEvaluator::afterHostKey(mirror.id, mirror.name, verdict,
                                            QDateTime::currentDateTimeUtc(), states);
    });
}

void AlertKeeper::remind(const QDateTime& now)
{
    const auto active = AlertBook(m_session.database()).active();
    for (auto it = active.cbegin(); it != active.cend(); ++it) {
        judge(it.key(), [&](AlertEvaluator::States& states, const MirrorRecord& mirror) {
            return AlertEvaluator::reminders(mirror.id, mirror.name, states, m_alerts, now);
        });
    }
}
