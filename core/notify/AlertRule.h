#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What the monitor watches for on each mirror, from the How-to's monitoring
// (old after a day, removed after two) and what a mirror's admin must mend.
enum class AlertRule
{
    Old,
    Removed,
    Unreachable,    // for a number of checks in a row
    Lagging,        // a number of daily versions behind, for some hours
    StaleLock,      // a lock left behind, so no sync starts
    FailedSyncs,    // a number of failed runs in a row
    LowDisk,        // less free than the How-to's 200 MB, or the floor
    FirewallBad,    // a firewall check that was fine, or unknown, turned bad
    HostKeyChanged, // the mirror presented another key than the one on record
    Checker,        // the monitor's own sweep failed for much of the fleet
};

namespace AlertRules {

const QList<AlertRule>& all();
// The store's word: old, removed, unreachable, lagging, stale-lock,
// failed-syncs, low-disk, firewall, host-key, checker.
QString name(AlertRule rule);
std::optional<AlertRule> fromName(const QString& name);
// Whether the mirror's admin hears of it, not only the team: a changed host
// key is the team's own question, the checker's failure too.
bool tellsAdmin(AlertRule rule);
// The ones a freshness check judges; the others come from a probe.
bool fromFreshness(AlertRule rule);

} // namespace AlertRules

// The thresholds of the rules, from the settings.
struct AlertSettings
{
    int unreachableChecks = 3;
    int laggingVersions = 2;
    double laggingHours = 6;
    int failedSyncsInARow = 3;
    qint64 freeFloorBytes = 200LL * 1000 * 1000; // at least the How-to's 200 MB
    double reminderHours = 24;                   // 0: no reminders
};

// One rule on one mirror, as stored between checks and across restarts.
struct AlertState
{
    AlertRule rule = AlertRule::Old;
    bool active = false;
    int count = 0;          // observations in a row that met the rule
    QDateTime pendingSince; // when the condition began, before it was raised
    QDateTime since;        // raised at
    QDateTime notifiedAt;   // the last mail of it: the raise or a reminder
    QString evidence;       // what the last observation that met it showed
};

// A rule raised, reminded of or cleared on a mirror (mirrorId 0 and no name:
// the fleet's own, as the checker's).
struct AlertTransition
{
    enum class Kind
    {
        Raised,
        Reminder,
        Cleared
    };

    qint64 mirrorId = 0;
    QString mirror;
    AlertRule rule = AlertRule::Old;
    Kind kind = Kind::Raised;
    QDateTime at;
    QString evidence;

    static QString kindName(Kind kind); // raised, reminder, cleared
    static std::optional<Kind> kindFromName(const QString& name);
};
