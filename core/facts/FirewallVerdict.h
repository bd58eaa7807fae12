#pragma once

#include "parsers/FirewallRules.h"

#include <QList>
#include <QString>
#include <QStringList>

struct ProbeOutput;

// The How-to's firewall requirements, each judged from the mirror's rules
// and from real connections.
struct FirewallCheck
{
    enum class Result
    {
        Ok,
        Missing,
        Blocked,
        Unknown,
        NotNeeded
    };

    QString
        id; // ssh-in, rsync-out-tcp, rsync-out-udp, ssh-redirect, ssh-reachable, rsync-reachable
    QString title;
    Result result = Result::Unknown;
    QString evidence;
    QString fix; // when bad: the commands (as the How-to writes them) or what to look at

    // The store's and --json's word: ok, missing, blocked, not-needed, unknown.
    static QString resultName(Result result);
    bool bad() const { return result == Result::Missing || result == Result::Blocked; }
};

struct FirewallVerdict
{
    QString rulesSource; // iptables-save, nft, or empty when unreadable
    QList<FirewallCheck> checks;

    // The How-to's push masters; a setting, as the list changed over the years.
    static QStringList defaultPushMasterAddresses();
};

namespace FirewallJudge {

// What a packet meets in the rules: accept, drop, reject, redirect:<port>,
// or "unknown" when an unreadable rule could have matched.
struct Decision
{
    QString outcome;
    QString evidence; // the deciding rule, or the chain policy
};

Decision decide(const FirewallRuleset& rules, const QString& hook, const QString& protocol,
                const QString& source, const QString& destination, int port);

// sshPort: where sshd listens on the mirror; sshReachable: the console's own
// connection got through.
FirewallVerdict judge(const ProbeOutput& probe, const QStringList& pushMasters, int sshPort,
                      bool sshReachable);

} // namespace FirewallJudge
