#pragma once

#include "parsers/ParseProblem.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

// A packet-filter rule reduced to what the How-to's requirements look at,
// whichever tool printed it (iptables-save or nft -j).
struct FirewallRule
{
    QString table; // filter, nat, ...
    QString chain;
    QString hook;        // input, output, prerouting, ...; empty for a user chain
    QString protocol;    // tcp, udp; empty: any
    QStringList sources; // addresses or CIDR; empty: any
    bool sourcesNegated = false;
    QStringList destinations;
    bool destinationsNegated = false;
    QList<int> destinationPorts; // empty: any
    QString inInterface;
    QString outInterface;
    bool onlyEstablished = false; // conntrack/state RELATED,ESTABLISHED
    QString verdict; // accept, drop, reject, redirect, jump, return, log, or "" (no verdict)
    QString jumpTarget;
    int redirectPort = 0; // REDIRECT --to-ports / redirect to :port; 0 unknown
    bool opaque = false;  // holds matches we cannot read (nft's "xt"): judge with care
    QString evidence;     // the rule as the tool printed it
};

struct FirewallChain
{
    QString table;
    QString name;
    QString hook;
    QString policy; // accept, drop; empty for a user chain
};

struct FirewallRuleset
{
    QString source; // "iptables-save" or "nft"
    QList<FirewallChain> chains;
    QList<FirewallRule> rules; // in evaluation order within each chain
};

namespace IptablesSaveParser {
Result<FirewallRuleset, ParseProblem> parse(QByteArrayView text);
}

namespace NftJsonParser {
Result<FirewallRuleset, ParseProblem> parse(QByteArrayView json);
}
