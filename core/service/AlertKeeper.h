#pragma once

#include "monitor/FreshnessSweep.h"
#include "monitor/SweepTally.h"
#include "notify/AlertBook.h"
#include "notify/AlertMail.h"

#include <QObject>

class FleetSession;
struct HostKeyVerdict;
struct MirrorFacts;
struct MirrorRecord;

// Keeps the stored alerts true to what a session observes: each check,
// probe and host key goes through the rule set against the mirror's stored
// states, and the states, transitions and mails are recorded together; a
// mirror in a maintenance window is left alone. A check without an HTTP
// answer waits for its sweep's end: a sweep in which much of the fleet gave
// none is the checker's failure, told once, and counts against nobody.
// Lives on the thread of the session's own store.
class AlertKeeper : public QObject
{
    Q_OBJECT

public:
    AlertKeeper(FleetSession& session, AlertSettings alerts, MailSettings mail,
                QObject* parent = nullptr);

    // A reminder for each alert raised longer than the interval ago.
    void remind(const QDateTime& now);
    // The sweep that ended, as the mirrors outside maintenance went: the
    // checker's rule judged on it, the unreachable checks held back judged
    // unless it failed.
    SweepTally endSweep(int failedPercent);

signals:
    void recorded(const QList<AlertTransition>& transitions, int mails);
    void failed(const QString& why);

private:
    void onChecked(const FreshnessResult& result);
    void judgeCheck(const FreshnessResult& result);
    void onRefreshed(const MirrorFacts& facts);
    void onHostKey(const MirrorRecord& mirror, const HostKeyVerdict& verdict);
    // Loads the mirror's states, lets the rules change them, records the outcome.
    // mirror null: the fleet's own states (the checker's, mirror id 0).
    using RuleSet =
        std::function<QList<AlertTransition>(AlertEvaluator::States&, const MirrorRecord*)>;
    void judge(qint64 mirrorId, const RuleSet& rules);
    bool inMaintenance(qint64 mirrorId) const;

    FleetSession& m_session;
    AlertSettings m_alerts;
    MailSettings m_mail;
    SweepTally m_tally;
    QList<FreshnessResult> m_heldBack;
};
