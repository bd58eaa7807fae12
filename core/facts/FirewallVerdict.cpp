#include "facts/FirewallVerdict.h"

#include "remote/ProbeOutput.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QSet>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FirewallVerdict", text);
}

bool addressMatches(const QStringList& patterns, bool negated, const QString& address)
{
    if (patterns.isEmpty() || address.isEmpty())
        return true;
    const QHostAddress host(address);
    bool inside = false;
    for (const QString& p : patterns) {
        const auto subnet = p.contains(QLatin1Char('/'))
                                ? QHostAddress::parseSubnet(p)
                                : QPair<QHostAddress, int>(QHostAddress(p), -1);
        inside |= subnet.second < 0 ? subnet.first == host : host.isInSubnet(subnet);
    }
    return inside != negated;
}

bool portMatches(const FirewallRule& rule, int port)
{
    if (rule.destinationPorts.isEmpty())
        return true;
    return rule.destinationPorts.contains(port);
}

// One packet walked through a rule set. Rules are indexed by chain once, and
// each chain's outcome for the packet is kept: a crafted set of many chains
// that jump to each other costs one pass over its rules, not one per path.
class PacketWalk
{
public:
    PacketWalk(const FirewallRuleset& set, QString protocol, QString source, QString destination,
               int port)
        : m_protocol(std::move(protocol)), m_source(std::move(source)),
          m_destination(std::move(destination)), m_port(port)
    {
        for (const FirewallRule& rule : set.rules)
            m_rules[key(rule.table, rule.chain)].append(&rule);
    }

    // Empty outcome: fell off the chain's end.
    FirewallJudge::Decision chain(const QString& table, const QString& name, int depth = 0)
    {
        if (depth > 16) {
            m_pathDependent = true;
            return {QStringLiteral("unknown"), tr("chains jump too deep to follow")};
        }
        const QString k = key(table, name);
        if (const auto known = m_outcomes.constFind(k); known != m_outcomes.cend())
            return *known;
        if (m_walking.contains(k)) {
            m_pathDependent = true;
            return {QStringLiteral("unknown"), tr("chains jump in a loop")};
        }
        m_walking.insert(k);
        const bool outer = m_pathDependent;
        m_pathDependent = false;
        const FirewallJudge::Decision d = rules(m_rules.value(k), table, depth);
        m_walking.remove(k);
        // What a chain gives on the way to a loop or the depth limit depends
        // on the way there: only what it gives on its own is kept.
        if (!m_pathDependent)
            m_outcomes.insert(k, d);
        m_pathDependent = m_pathDependent || outer;
        return d;
    }

private:
    static QString key(const QString& table, const QString& chain)
    {
        return table + QChar(0) + chain;
    }

    FirewallJudge::Decision rules(const QList<const FirewallRule*>& chainRules,
                                  const QString& table, int depth)
    {
        for (const FirewallRule* rule : chainRules) {
            // Walks through chains that lead to a loop or past the depth limit
            // are not kept, so a crafted set could still branch far: a bound.
            if (++m_steps > kMaxSteps) {
                m_pathDependent = true;
                return {QStringLiteral("unknown"), tr("chains jump too deep to follow")};
            }
            // Packets of a new connection from outside: no loopback, no established.
            if (rule->onlyEstablished || rule->inInterface == QLatin1String("lo") ||
                rule->outInterface == QLatin1String("lo"))
                continue;
            if (!rule->protocol.isEmpty() && rule->protocol != m_protocol &&
                rule->protocol != QLatin1String("all"))
                continue;
            if (!addressMatches(rule->sources, rule->sourcesNegated, m_source) ||
                !addressMatches(rule->destinations, rule->destinationsNegated, m_destination) ||
                !portMatches(*rule, m_port))
                continue;
            if (rule->opaque && rule->verdict != QLatin1String("redirect"))
                return {QStringLiteral("unknown"),
                        tr("a rule the console cannot read may match: %1").arg(rule->evidence)};
            if (rule->verdict == QLatin1String("jump")) {
                const auto inner = chain(table, rule->jumpTarget, depth + 1);
                if (!inner.outcome.isEmpty())
                    return inner;
                continue;
            }
            if (rule->verdict == QLatin1String("return"))
                return {};
            if (rule->verdict == QLatin1String("redirect"))
                return {rule->redirectPort > 0
                            ? QStringLiteral("redirect:%1").arg(rule->redirectPort)
                            : QStringLiteral("redirect:?"),
                        rule->evidence};
            if (rule->verdict == QLatin1String("accept") ||
                rule->verdict == QLatin1String("drop") || rule->verdict == QLatin1String("reject"))
                return {rule->verdict, rule->evidence};
        }
        return {};
    }

    QString m_protocol;
    QString m_source;
    QString m_destination;
    int m_port;
    QHash<QString, QList<const FirewallRule*>> m_rules;
    QHash<QString, FirewallJudge::Decision> m_outcomes;
    QSet<QString> m_walking;
    bool m_pathDependent = false;
    static constexpr qint64 kMaxSteps = 1'000'000; // rules looked at for one packet
    qint64 m_steps = 0;
};

} // namespace

QStringList FirewallVerdict::defaultPushMasterAddresses()
{
    return {QStringLiteral("64.18.103.6"), QStringLiteral("128.177.8.249"),
            QStringLiteral("198.148.79.65"), QStringLiteral("172.110.204.69")};
}

namespace {

// iptables for IPv4 push masters, ip6tables for the IPv6 ones the list gained later.
QString iptablesFor(const QString& address)
{
    return address.contains(QLatin1Char(':')) ? QStringLiteral("ip6tables")
                                              : QStringLiteral("iptables");
}

// One rule per push master, inserted first so that it comes before any drop.
QString rulesFor(const QStringList& addresses, const QString& rule)
{
    QStringList lines;
    for (const QString& address : addresses)
        lines << QStringLiteral("%1 %2").arg(iptablesFor(address), rule.arg(address));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

namespace FirewallJudge {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FirewallJudge", text);
}

} // namespace

Decision decide(const FirewallRuleset& rules, const QString& hook, const QString& protocol,
                const QString& source, const QString& destination, int port)
{
    // Every base chain on the hook sees the packet; one drop is enough.
    Decision result{QStringLiteral("accept"), tr("no rule on %1").arg(hook)};
    const bool nat = hook == QLatin1String("prerouting");
    PacketWalk walk(rules, protocol, source, destination, port);
    for (const FirewallChain& chain : rules.chains) {
        if (chain.hook != hook)
            continue;
        const bool natChain = chain.table == QLatin1String("nat");
        if (natChain != nat)
            continue;
        Decision d = walk.chain(chain.table, chain.name);
        if (d.outcome.isEmpty())
            d = {chain.policy.isEmpty() ? QStringLiteral("accept") : chain.policy,
                 tr("policy %1 of %2 %3")
                     .arg(chain.policy.isEmpty() ? QStringLiteral("accept") : chain.policy,
                          chain.table, chain.name)};
        if (nat) {
            if (d.outcome.startsWith(QLatin1String("redirect")))
                return d;
            result = {QStringLiteral("none"),
                      tr("no redirect in %1 %2").arg(chain.table, chain.name)};
            continue;
        }
        if (d.outcome != QLatin1String("accept"))
            return d;
        result = d;
    }
    if (nat && result.outcome == QLatin1String("accept"))
        result = {QStringLiteral("none"), tr("no nat prerouting chain")};
    return result;
}

FirewallVerdict judge(const ProbeOutput& probe, const QStringList& pushMasters, int sshPort,
                      bool sshReachable)
{
    FirewallVerdict verdict;
    std::optional<FirewallRuleset> rules;
    const ProbeSection* iptables = probe.section(QStringLiteral("firewall"));
    const ProbeSection* nft = probe.section(QStringLiteral("nft"));
    QString unreadable;
    // iptables-save shows REDIRECT ports that nft -j hides for iptables-nft rules.
    if (iptables && iptables->exitStatus == 0) {
        if (auto parsed = IptablesSaveParser::parse(iptables->content);
            parsed && !parsed->chains.isEmpty())
            rules = parsed.value();
    }
    if (!rules && nft && nft->exitStatus == 0) {
        if (auto parsed = NftJsonParser::parse(nft->content))
            rules = parsed.value();
    }
    // Readable and empty: no packet filter at all.
    if (!rules && iptables && iptables->exitStatus == 0 && iptables->content.trimmed().isEmpty())
        rules = FirewallRuleset{QStringLiteral("iptables-save"), {}, {}};
    if (!rules)
        unreadable = iptables ? QString::fromUtf8(iptables->content.trimmed())
                              : tr("the probe did not look");
    verdict.rulesSource = rules ? rules->source : QString();

    auto judgeFlow = [&](const QString& id, const QString& title, const QString& hook,
                         const QString& protocol, int port, bool incoming) {
        FirewallCheck check{id, title, FirewallCheck::Result::Unknown, unreadable, {}};
        if (!rules) {
            verdict.checks.append(check);
            return;
        }
        QStringList blocked, unknown;
        for (const QString& address : pushMasters) {
            const Decision d = incoming ? decide(*rules, hook, protocol, address, {}, port)
                                        : decide(*rules, hook, protocol, {}, address, port);
            if (d.outcome == QLatin1String("unknown"))
                unknown << QStringLiteral("%1: %2").arg(address, d.evidence);
            else if (d.outcome != QLatin1String("accept"))
                blocked << QStringLiteral("%1: %2").arg(address, d.evidence);
        }
        if (!blocked.isEmpty()) {
            // Nothing allows it at all, or something stops it.
            const bool anyExplicitDrop =
                std::any_of(blocked.cbegin(), blocked.cend(),
                            [](const QString& b) { return !b.contains(QLatin1String("policy")); });
            check.result =
                anyExplicitDrop ? FirewallCheck::Result::Blocked : FirewallCheck::Result::Missing;
            check.evidence = blocked.join(QStringLiteral("; "));
            check.fix = rulesFor(pushMasters, incoming ? QStringLiteral("-I INPUT -p %1 -s %3 "
                                                                        "--dport %2 -j ACCEPT")
                                                             .arg(protocol)
                                                             .arg(port)
                                                       : QStringLiteral("-I OUTPUT -p %1 -d %3 "
                                                                        "--dport %2 -j ACCEPT")
                                                             .arg(protocol)
                                                             .arg(port));
        } else if (!unknown.isEmpty()) {
            check.evidence = unknown.join(QStringLiteral("; "));
        } else {
            check.result = FirewallCheck::Result::Ok;
            check.evidence = QCoreApplication::translate("FirewallVerdict",
                                                         "accepted from/to all %n push master(s)",
                                                         nullptr, int(pushMasters.size()));
        }
        verdict.checks.append(check);
    };
    judgeFlow(QStringLiteral("ssh-in"), tr("22/tcp in from the push masters"),
              QStringLiteral("input"), QStringLiteral("tcp"), sshPort, true);
    judgeFlow(QStringLiteral("rsync-out-tcp"), tr("873/tcp out to the push masters"),
              QStringLiteral("output"), QStringLiteral("tcp"), 873, false);
    judgeFlow(QStringLiteral("rsync-out-udp"), tr("873/udp out to the push masters"),
              QStringLiteral("output"), QStringLiteral("udp"), 873, false);

    FirewallCheck redirect{
        QStringLiteral("ssh-redirect"),
        tr("nat PREROUTING redirects 22/tcp from the push masters to sshd's port"),
        FirewallCheck::Result::NotNeeded,
        tr("sshd listens on 22"),
        {}};
    if (sshPort != 22) {
        if (!rules) {
            redirect.result = FirewallCheck::Result::Unknown;
            redirect.evidence = unreadable;
        } else {
            QStringList missing, unsure;
            for (const QString& address : pushMasters) {
                const Decision d = decide(*rules, QStringLiteral("prerouting"),
                                          QStringLiteral("tcp"), address, {}, 22);
                if (d.outcome == QStringLiteral("redirect:%1").arg(sshPort))
                    continue;
                (d.outcome == QLatin1String("redirect:?") ? unsure : missing) << address;
            }
            redirect.result = !missing.isEmpty()  ? FirewallCheck::Result::Missing
                              : !unsure.isEmpty() ? FirewallCheck::Result::Unknown
                                                  : FirewallCheck::Result::Ok;
            redirect.evidence = !missing.isEmpty() ? tr("no redirect to %1 for %2")
                                                         .arg(sshPort)
                                                         .arg(missing.join(QStringLiteral(", ")))
                                : !unsure.isEmpty()
                                    ? tr("a REDIRECT whose port nft does not show, for %1")
                                          .arg(unsure.join(QStringLiteral(", ")))
                                    : tr("all push masters redirected to %1").arg(sshPort);
            if (!missing.isEmpty())
                redirect.fix = rulesFor(missing, QStringLiteral("-t nat -I PREROUTING -s %1 -m tcp "
                                                                "-p tcp --dport 22 -j REDIRECT "
                                                                "--to-port ") +
                                                     QString::number(sshPort));
        }
    }
    verdict.checks.append(redirect);

    verdict.checks.append(
        {QStringLiteral("ssh-reachable"), tr("the console reaches sshd"),
         sshReachable ? FirewallCheck::Result::Ok : FirewallCheck::Result::Blocked,
         sshReachable ? tr("connected on port %1").arg(sshPort)
                      : tr("no connection on port %1").arg(sshPort),
         sshReachable ? QString()
                      : tr("Check that sshd runs and listens on port %1 (ss -tlnp), and that "
                           "nothing between the team and the mirror drops it.")
                            .arg(sshPort)});
    const ProbeSection* reach = probe.section(QStringLiteral("reach"));
    verdict.checks.append(
        {QStringLiteral("rsync-reachable"), tr("the mirror reaches its push master on 873/tcp"),
         !reach                   ? FirewallCheck::Result::Unknown
         : reach->exitStatus == 0 ? FirewallCheck::Result::Ok
                                  : FirewallCheck::Result::Blocked,
         reach ? (reach->exitStatus == 0 ? tr("rsync listed the push master's modules")
                                         : QString::fromUtf8(reach->content.trimmed()))
               : tr("not tested"),
         reach && reach->exitStatus != 0
             ? tr("Allow 873/tcp out to the push masters, then test on the mirror with: "
                  "rsync rsync1.clamav.net::")
             : QString()});
    return verdict;
}

} // namespace FirewallJudge

QString FirewallCheck::resultName(Result result)
{
    switch (result) {
    case Result::Ok:
        return QStringLiteral("ok");
    case Result::Missing:
        return QStringLiteral("missing");
    case Result::Blocked:
        return QStringLiteral("blocked");
    case Result::NotNeeded:
        return QStringLiteral("not-needed");
    case Result::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}
