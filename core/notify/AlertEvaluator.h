#pragma once

#include "notify/AlertRule.h"

#include <QMap>

struct FreshnessResult;
struct SweepTally;
struct HostKeyVerdict;
struct MirrorFacts;

// The rule set: what one observation of a mirror (a freshness check, a
// probe, a host key it presented) does to its stored alert states, and the
// transitions that follow. Pure: the caller loads and stores the states, so
// a restart judges the next observation exactly as the monitor before it
// would have.
namespace AlertEvaluator {

// One mirror's states, by rule; a rule missing is a rule never met.
using States = QMap<AlertRule, AlertState>;

QList<AlertTransition> afterCheck(const FreshnessResult& result, const QString& mirror,
                                  States& states, const AlertSettings& settings);
QList<AlertTransition> afterProbe(const MirrorFacts& facts, States& states,
                                  const AlertSettings& settings);
QList<AlertTransition> afterHostKey(qint64 mirrorId, const QString& mirror,
                                    const HostKeyVerdict& verdict, const QDateTime& at,
                                    States& states);
// The checker's own rule (the fleet's states, mirror id 0): raised by a
// sweep that failed for more than failedPercent of the fleet, cleared by
// one that did not.
QList<AlertTransition> afterSweep(const SweepTally& tally, int failedPercent, const QDateTime& at,
                                  States& states);
// A reminder of each rule still raised whose last mail is older than the
// settings' interval.
QList<AlertTransition> reminders(qint64 mirrorId, const QString& mirror, States& states,
                                 const AlertSettings& settings, const QDateTime& now);

} // namespace AlertEvaluator
