#include "parsers/FirewallRules.h"

#include <QFile>
#include <QTest>

// iptables-save and nft -j output, as printed by the real tools in a network
// namespace holding the How-to's rules.
class TestFirewallRules : public QObject
{
    Q_OBJECT

private slots:
    void readsIptablesSave();
    void readsNatRedirectFromIptablesSave();
    void readsNativeNft();
    void nftOfIptablesRulesIsOpaqueWhereItMustBe();
    void refusesGarbage();

private:
    static QByteArray sample(const char* name);
};

QByteArray TestFirewallRules::sample(const char* name)
{
    QFile file(QStringLiteral(MC_TEST_DATA "/firewall/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestFirewallRules::readsIptablesSave()
{
    const auto set = IptablesSaveParser::parse(sample("iptables-save-compliant.txt"));
    QVERIFY2(set, set ? "" : qPrintable(set.error().describe()));
    QCOMPARE(set->source, QStringLiteral("iptables-save"));
    QCOMPARE(set->chains.size(), 7);
    QCOMPARE(set->chains.first().policy, QStringLiteral("drop"));
    QCOMPARE(set->chains.first().hook, QStringLiteral("input"));
    QCOMPARE(set->rules.size(), 17);
    const FirewallRule& lo = set->rules.at(0);
    QCOMPARE(lo.inInterface, QStringLiteral("lo"));
    QCOMPARE(lo.verdict, QStringLiteral("accept"));
    QVERIFY(set->rules.at(1).onlyEstablished);
    const FirewallRule& ssh = set->rules.at(2);
    QCOMPARE(ssh.sources, QStringList{QStringLiteral("64.18.103.6/32")});
    QCOMPARE(ssh.protocol, QStringLiteral("tcp"));
    QCOMPARE(ssh.destinationPorts, QList<int>{22});
    const FirewallRule& web = set->rules.at(6);
    QCOMPARE(web.destinationPorts, (QList<int>{80, 443}));
    QCOMPARE(web.verdict, QStringLiteral("accept"));
    const FirewallRule& rsyncUdp = set->rules.at(8);
    QCOMPARE(rsyncUdp.hook, QStringLiteral("output"));
    QCOMPARE(rsyncUdp.protocol, QStringLiteral("udp"));
    QCOMPARE(rsyncUdp.destinations, QStringList{QStringLiteral("64.18.103.6/32")});
    QCOMPARE(rsyncUdp.destinationPorts, QList<int>{873});
}

void TestFirewallRules::readsNatRedirectFromIptablesSave()
{
    const auto set = IptablesSaveParser::parse(sample("iptables-save-compliant.txt"));
    QVERIFY(set);
    const FirewallRule& redirect = set->rules.at(15);
    QCOMPARE(redirect.table, QStringLiteral("nat"));
    QCOMPARE(redirect.hook, QStringLiteral("prerouting"));
    QCOMPARE(redirect.verdict, QStringLiteral("redirect"));
    QCOMPARE(redirect.redirectPort, 2222);
    QCOMPARE(redirect.sources, QStringList{QStringLiteral("128.177.8.249/32")});
    QVERIFY(redirect.evidence.contains(QStringLiteral("--to-ports 2222")));
}

void TestFirewallRules::readsNativeNft()
{
    const auto set = NftJsonParser::parse(sample("nft-native.json"));
    QVERIFY2(set, set ? "" : qPrintable(set.error().describe()));
    QCOMPARE(set->source, QStringLiteral("nft"));
    QCOMPARE(set->chains.size(), 3);
    QCOMPARE(set->rules.size(), 6);
    const FirewallRule& ssh = set->rules.at(2);
    QCOMPARE(ssh.hook, QStringLiteral("input"));
    QCOMPARE(ssh.sources.size(), 4);
    QVERIFY(ssh.sources.contains(QStringLiteral("172.110.204.69")));
    QCOMPARE(ssh.destinationPorts, QList<int>{22});
    QCOMPARE(ssh.verdict, QStringLiteral("accept"));
    QVERIFY(!ssh.opaque);
    const FirewallRule& blocked = set->rules.at(4);
    QCOMPARE(blocked.protocol, QStringLiteral("udp"));
    QCOMPARE(blocked.verdict, QStringLiteral("drop"));
    const FirewallRule& redirect = set->rules.at(5);
    QCOMPARE(redirect.hook, QStringLiteral("prerouting"));
    QCOMPARE(redirect.redirectPort, 2222);
}

void TestFirewallRules::nftOfIptablesRulesIsOpaqueWhereItMustBe()
{
    const auto set = NftJsonParser::parse(sample("nft-from-iptables.json"));
    QVERIFY(set);
    const FirewallRule& redirect = set->rules.last();
    QCOMPARE(redirect.verdict, QStringLiteral("redirect"));
    QCOMPARE(redirect.redirectPort, 0);
    QVERIFY(redirect.opaque);
    QVERIFY(set->rules.at(1).opaque); // -m conntrack shows as "xt"
}

void TestFirewallRules::refusesGarbage()
{
    QVERIFY(!NftJsonParser::parse("{}"));
    QVERIFY(!NftJsonParser::parse("not json"));
    const auto before = IptablesSaveParser::parse("-A INPUT -j ACCEPT\n");
    QVERIFY(!before);
    QCOMPARE(before.error().line, 1);
    const auto port = IptablesSaveParser::parse("*filter\n-A INPUT -p tcp --dport ssh -j ACCEPT\n");
    QVERIFY(!port);
    QCOMPARE(port.error().line, 2);
    QVERIFY(!IptablesSaveParser::parse("*filter\nhello\n"));
}

QTEST_GUILESS_MAIN(TestFirewallRules)
#include "tst_firewallrules.moc"
