#include "facts/FirewallVerdict.h"
#include "remote/ProbeOutput.h"

#include <QFile>
#include <QTest>

// The How-to's firewall rules judged from real iptables-save and nft output.
class TestFirewallVerdict : public QObject
{
    Q_OBJECT

private slots:
    void compliantIptablesRulesPass();
    void nftRulesBlockingRsyncAreBlocked();
    void redirectMustCoverEveryPushMaster();
    void unreadableRulesAreUnknownWithTheReason();
    void policyDropWithoutRulesIsMissing();

private:
    static ProbeOutput probeWith(const char* iptablesFile, const char* nftFile,
                                 int reachStatus = 0);
    static FirewallCheck check(const FirewallVerdict& v, const QString& id);
};

ProbeOutput TestFirewallVerdict::probeWith(const char* iptablesFile, const char* nftFile,
                                           int reachStatus)
{
    auto read = [](const char* name) {
        QFile file(QStringLiteral(MC_TEST_DATA "/firewall/") + QLatin1String(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    ProbeOutput probe;
    probe.sections.append(
        {QStringLiteral("firewall"),
         {},
         iptablesFile
             ? read(iptablesFile)
             : QByteArray("iptables-save v1.8.9 (nf_tables): Permission denied (you must be root)"),
         iptablesFile ? 0 : 4});
    probe.sections.append({QStringLiteral("nft"),
                           {},
                           nftFile ? read(nftFile) : QByteArray("nft: cannot read the rules"),
                           nftFile ? 0 : 4});
    probe.sections.append(
        {QStringLiteral("reach"),
         {},
         reachStatus
             ? QByteArray(
                   "rsync: failed to connect to rsync1.clamav.net: Connection timed out (110)")
             : QByteArray(),
         reachStatus});
    probe.complete = true;
    return probe;
}

FirewallCheck TestFirewallVerdict::check(const FirewallVerdict& v, const QString& id)
{
    for (const FirewallCheck& c : v.checks) {
        if (c.id == id)
            return c;
    }
    return {};
}

void TestFirewallVerdict::compliantIptablesRulesPass()
{
    const FirewallVerdict v =
        FirewallJudge::judge(probeWith("iptables-save-compliant.txt", "nft-from-iptables.json"),
                             FirewallVerdict::defaultPushMasterAddresses(), 22, true);
    QCOMPARE(v.rulesSource, QStringLiteral("iptables-save"));
    QCOMPARE(check(v, QStringLiteral("ssh-in")).result, FirewallCheck::Result::Ok);
    QCOMPARE(check(v, QStringLiteral("rsync-out-tcp")).result, FirewallCheck::Result::Ok);
    QCOMPARE(check(v, QStringLiteral("rsync-out-udp")).result, FirewallCheck::Result::Ok);
    QCOMPARE(check(v, QStringLiteral("ssh-redirect")).result, FirewallCheck::Result::NotNeeded);
    QCOMPARE(check(v, QStringLiteral("ssh-reachable")).result, FirewallCheck::Result::Ok);
    QCOMPARE(check(v, QStringLiteral("rsync-reachable")).result, FirewallCheck::Result::Ok);
    for (const FirewallCheck& c : v.checks)
        QVERIFY2(c.fix.isEmpty(), qPrintable(c.id)); // nothing to fix
    // An address outside the list is dropped by the INPUT policy.
    const auto rules = IptablesSaveParser::parse(probeWith("iptables-save-compliant.txt", nullptr)
                                                     .section(QStringLiteral("firewall"))
                                                     ->content);
    QCOMPARE(FirewallJudge::decide(*rules, QStringLiteral("input"), QStringLiteral("tcp"),
                                   QStringLiteral("203.0.113.1"), {}, 22)
                 .outcome,
             QStringLiteral("drop"));
    QCOMPARE(FirewallJudge::decide(*rules, QStringLiteral("input"), QStringLiteral("tcp"),
                                   QStringLiteral("203.0.113.1"), {}, 443)
                 .outcome,
             QStringLiteral("accept"));
}

void TestFirewallVerdict::nftRulesBlockingRsyncAreBlocked()
{
    const FirewallVerdict v =
        FirewallJudge::judge(probeWith(nullptr, "nft-native.json", 5),
                             FirewallVerdict::defaultPushMasterAddresses(), 22, true);
    QCOMPARE(v.rulesSource, QStringLiteral("nft"));
    QCOMPARE(check(v, QStringLiteral("ssh-in")).result, FirewallCheck::Result::Ok);
    const FirewallCheck tcp = check(v, QStringLiteral("rsync-out-tcp"));
    QCOMPARE(tcp.result, FirewallCheck::Result::Blocked);
    QVERIFY(tcp.evidence.contains(QStringLiteral("873")));
    QCOMPARE(check(v, QStringLiteral("rsync-out-udp")).result, FirewallCheck::Result::Blocked);
    // One rule per push master, inserted before whatever drops it.
    const QStringList fix = tcp.fix.split(QLatin1Char('\n'));
    QCOMPARE(fix.size(), FirewallVerdict::defaultPushMasterAddresses().size());
    QCOMPARE(fix.first(), QStringLiteral("iptables -I OUTPUT -p tcp -d %1 --dport 873 -j ACCEPT")
                              .arg(FirewallVerdict::defaultPushMasterAddresses().first()));
    QVERIFY(check(v, QStringLiteral("rsync-out-udp")).fix.contains(QStringLiteral("-p udp")));
    QVERIFY(check(v, QStringLiteral("ssh-in")).fix.isEmpty());
    const FirewallCheck reach = check(v, QStringLiteral("rsync-reachable"));
    QCOMPARE(reach.result, FirewallCheck::Result::Blocked);
    QVERIFY(reach.evidence.contains(QStringLiteral("timed out")));
    QVERIFY(reach.fix.contains(QStringLiteral("rsync rsync1.clamav.net::")));
}

void TestFirewallVerdict::redirectMustCoverEveryPushMaster()
{
    const QStringList masters = FirewallVerdict::defaultPushMasterAddresses();
    // iptables-save: two of four redirected.
    FirewallCheck redirect =
        check(FirewallJudge::judge(probeWith("iptables-save-compliant.txt", nullptr), masters, 2222,
                                   true),
              QStringLiteral("ssh-redirect"));
    QCOMPARE(redirect.result, FirewallCheck::Result::Missing);
    QVERIFY(redirect.evidence.contains(QStringLiteral("64.18.103.6")));
    QVERIFY(!redirect.evidence.contains(QStringLiteral("198.148.79.65")));
    // The How-to's own command, for the masters not yet redirected only.
    QVERIFY2(redirect.fix.contains(QStringLiteral("iptables -t nat -I PREROUTING -s 64.18.103.6 -m "
                                                  "tcp -p tcp --dport 22 -j REDIRECT --to-port "
                                                  "2222")),
             qPrintable(redirect.fix));
    QVERIFY(!redirect.fix.contains(QStringLiteral("198.148.79.65")));
    // Only the masters that are redirected: ok.
    redirect =
        check(FirewallJudge::judge(
                  probeWith("iptables-save-compliant.txt", nullptr),
                  {QStringLiteral("198.148.79.65"), QStringLiteral("128.177.8.249")}, 2222, true),
              QStringLiteral("ssh-redirect"));
    QCOMPARE(redirect.result, FirewallCheck::Result::Ok);
    // nft of iptables-nft rules hides the port: unknown, not ok.
    const auto nftOnly = probeWith(nullptr, "nft-from-iptables.json");
    redirect = check(FirewallJudge::judge(nftOnly, {QStringLiteral("198.148.79.65")}, 2222, true),
                     QStringLiteral("ssh-redirect"));
    QCOMPARE(redirect.result, FirewallCheck::Result::Unknown);
}

void TestFirewallVerdict::unreadableRulesAreUnknownWithTheReason()
{
    const FirewallVerdict v = FirewallJudge::judge(
        probeWith(nullptr, nullptr), FirewallVerdict::defaultPushMasterAddresses(), 22, false);
    QVERIFY(v.rulesSource.isEmpty());
    const FirewallCheck ssh = check(v, QStringLiteral("ssh-in"));
    QCOMPARE(ssh.result, FirewallCheck::Result::Unknown);
    QVERIFY(ssh.evidence.contains(QStringLiteral("must be root")));
    QCOMPARE(check(v, QStringLiteral("ssh-reachable")).result, FirewallCheck::Result::Blocked);
}

void TestFirewallVerdict::policyDropWithoutRulesIsMissing()
{
    ProbeOutput probe;
    const QByteArray text = "*filter\n:INPUT ACCEPT [0:0]\n:OUTPUT DROP [0:0]\nCOMMIT\n";
    probe.sections.append({QStringLiteral("firewall"), {}, text, 0});
    const FirewallVerdict v =
        FirewallJudge::judge(probe, FirewallVerdict::defaultPushMasterAddresses(), 22, true);
    QCOMPARE(check(v, QStringLiteral("ssh-in")).result, FirewallCheck::Result::Ok);
    QCOMPARE(check(v, QStringLiteral("rsync-out-tcp")).result, FirewallCheck::Result::Missing);
    // The list's later IPv6 masters need ip6tables.
    const FirewallCheck six =
        check(FirewallJudge::judge(probe, {QStringLiteral("2001:db8::873")}, 22, true),
              QStringLiteral("rsync-out-tcp"));
    QCOMPARE(six.fix,
             QStringLiteral("ip6tables -I OUTPUT -p tcp -d 2001:db8::873 --dport 873 -j ACCEPT"));
}

QTEST_GUILESS_MAIN(TestFirewallVerdict)
#include "tst_firewallverdict.moc"
