#include "LabNamespaceMirror.h"
#include "LabProbe.h"
#include "MirrorLab.h"
#include "facts/FirewallVerdict.h"
#include "inventory/InventoryExchange.h"
#include "remote/ProbeOutput.h"
#include "remote/ProbeScript.h"
#include "ssh/HostKeyStore.h"
#include "ssh/SshSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// Firewall verdicts from mirrors in network namespaces of their own, each
// with real iptables or nft rules, probed over SSH like any mirror.
class TestFirewallLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void compliantRulesPass();
    void blockedRsyncOutIsBlocked();
    void sshOn2222WithoutRedirectIsMissingIt();
    void sshOn2222WithRedirectPasses();
    void nftOnlyRulesAreJudged();

private:
    LabNamespaceMirror* mirror(int index, quint16 port);
    FirewallVerdict verdictOf(LabNamespaceMirror& m);
    void apply(LabNamespaceMirror& m, const QStringList& commands);
    static FirewallCheck::Result result(const FirewallVerdict& v, const char* id);

    std::unique_ptr<MirrorLab> m_lab;
    std::vector<std::unique_ptr<LabNamespaceMirror>> m_mirrors;
    QTemporaryDir m_data;
    std::unique_ptr<HostKeyStore> m_hostKeys;
};

void TestFirewallLab::initTestCase()
{
    QVERIFY2(::geteuid() == 0,
             "network namespaces with their own packet filters need root (CI runs as root)");
    MirrorLabOptions options;
    options.mirrors = 1;
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    m_hostKeys = std::make_unique<HostKeyStore>(m_data.filePath(QStringLiteral("known_hosts")),
                                                QStringList{});
}

void TestFirewallLab::cleanupTestCase()
{
    m_mirrors.clear();
    m_lab.reset();
}

LabNamespaceMirror* TestFirewallLab::mirror(int index, quint16 port)
{
    m_mirrors.push_back(std::make_unique<LabNamespaceMirror>(*m_lab, index, port));
    QString error;
    if (!m_mirrors.back()->start(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return m_mirrors.back().get();
}

void TestFirewallLab::apply(LabNamespaceMirror& m, const QStringList& commands)
{
    for (const QString& command : commands) {
        QString error;
        QVERIFY2(m.run(command.split(QLatin1Char(' ')), &error), qPrintable(error));
    }
}

FirewallVerdict TestFirewallLab::verdictOf(LabNamespaceMirror& m)
{
    ProbeRequest request;
    request.connectTimeoutSeconds = 1;
    QString error;
    const ProbeOutput probe =
        LabProbe::run({m.name(), m.address(), m.sshPort(), QStringLiteral("root"),
                       m_lab->teamKeyPath(), m.hostKeyFingerprint()},
                      request, *m_hostKeys, &error);
    if (!probe.complete)
        qWarning("%s", qPrintable(error));
    return probe.complete
               ? FirewallJudge::judge(probe, FirewallVerdict::defaultPushMasterAddresses(),
                                      m.sshPort(), true)
               : FirewallVerdict{};
}

FirewallCheck::Result TestFirewallLab::result(const FirewallVerdict& v, const char* id)
{
    for (const FirewallCheck& c : v.checks) {
        if (c.id == QLatin1String(id))
            return c.result;
    }
    return FirewallCheck::Result::Unknown;
}

namespace {

// Policy drop both ways, the push masters allowed, and the console's own
// address so it can log in at all.
QStringList compliant(const QString& console, int sshPort)
{
    QStringList rules{
        QStringLiteral("iptables -P INPUT DROP"),
        QStringLiteral("iptables -P OUTPUT DROP"),
        QStringLiteral("iptables -A INPUT -i lo -j ACCEPT"),
        QStringLiteral("iptables -A OUTPUT -o lo -j ACCEPT"),
        QStringLiteral("iptables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT"),
        QStringLiteral("iptables -A OUTPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT"),
        QStringLiteral("iptables -A INPUT -s %1 -p tcp --dport %2 -j ACCEPT")
            .arg(console)
            .arg(sshPort)};
    for (const QString& a : FirewallVerdict::defaultPushMasterAddresses()) {
        rules << QStringLiteral("iptables -A INPUT -s %1 -p tcp --dport %2 -j ACCEPT")
                     .arg(a)
                     .arg(sshPort)
              << QStringLiteral("iptables -A OUTPUT -d %1 -p tcp --dport 873 -j ACCEPT").arg(a)
              << QStringLiteral("iptables -A OUTPUT -d %1 -p udp --dport 873 -j ACCEPT").arg(a);
    }
    return rules;
}

} // namespace

void TestFirewallLab::compliantRulesPass()
{
    LabNamespaceMirror* m = mirror(0, 22);
    QVERIFY(m);
    apply(*m, compliant(m->consoleAddress(), 22));
    const FirewallVerdict v = verdictOf(*m);
    QCOMPARE(v.rulesSource, QStringLiteral("iptables-save"));
    QCOMPARE(result(v, "ssh-in"), FirewallCheck::Result::Ok);
    QCOMPARE(result(v, "rsync-out-tcp"), FirewallCheck::Result::Ok);
    QCOMPARE(result(v, "rsync-out-udp"), FirewallCheck::Result::Ok);
    QCOMPARE(result(v, "ssh-redirect"), FirewallCheck::Result::NotNeeded);
}

void TestFirewallLab::blockedRsyncOutIsBlocked()
{
    LabNamespaceMirror* m = mirror(1, 22);
    QVERIFY(m);
    apply(*m, {QStringLiteral("iptables -A OUTPUT -p tcp --dport 873 -j DROP"),
               QStringLiteral("iptables -A OUTPUT -p udp --dport 873 -j REJECT")});
    const FirewallVerdict v = verdictOf(*m);
    QCOMPARE(result(v, "ssh-in"), FirewallCheck::Result::Ok);
    QCOMPARE(result(v, "rsync-out-tcp"), FirewallCheck::Result::Blocked);
    QCOMPARE(result(v, "rsync-out-udp"), FirewallCheck::Result::Blocked);
}

void TestFirewallLab::sshOn2222WithoutRedirectIsMissingIt()
{
    LabNamespaceMirror* m = mirror(2, 2222);
    QVERIFY(m);
    apply(*m, compliant(m->consoleAddress(), 2222));
    const FirewallVerdict v = verdictOf(*m);
    QCOMPARE(result(v, "ssh-in"), FirewallCheck::Result::Ok);
    QCOMPARE(result(v, "ssh-redirect"), FirewallCheck::Result::Missing);
}

void TestFirewallLab::sshOn2222WithRedirectPasses()
{
    LabNamespaceMirror* m = mirror(3, 2222);
    QVERIFY(m);
    QStringList rules = compliant(m->consoleAddress(), 2222);
    for (const QString& a : FirewallVerdict::defaultPushMasterAddresses())
        rules << QStringLiteral("iptables -t nat -I PREROUTING -s %1 -m tcp -p tcp --dport 22 -j "
                                "REDIRECT --to-port 2222")
                     .arg(a);
    apply(*m, rules);
    const FirewallVerdict v = verdictOf(*m);
    QCOMPARE(result(v, "ssh-redirect"), FirewallCheck::Result::Ok);
    QCOMPARE(result(v, "ssh-in"), FirewallCheck::Result::Ok);
}

void TestFirewallLab::nftOnlyRulesAreJudged()
{
    LabNamespaceMirror* m = mirror(4, 22);
    QVERIFY(m);
    const QString masters =
        FirewallVerdict::defaultPushMasterAddresses().join(QStringLiteral(", "));
    apply(*m, {QStringLiteral("nft add table inet filter"),
               QStringLiteral("nft add chain inet filter input { type filter hook input priority 0 "
                              "; policy drop ; }"),
               QStringLiteral("nft add chain inet filter output { type filter hook output priority "
                              "0 ; policy accept ; }"),
               QStringLiteral("nft add rule inet filter input ct state established,related accept"),
               QStringLiteral("nft add rule inet filter input ip saddr %1 tcp dport 22 accept")
                   .arg(m->consoleAddress()),
               QStringLiteral("nft add rule inet filter input ip saddr { %1 } tcp dport 22 accept")
                   .arg(masters),
               QStringLiteral("nft add rule inet filter output udp dport 873 drop")});
    const FirewallVerdict v = verdictOf(*m);
    QCOMPARE(v.rulesSource, QStringLiteral("nft"));
    QCOMPARE(result(v, "ssh-in"), FirewallCheck::Result::Ok);
    QCOMPARE(result(v, "rsync-out-tcp"), FirewallCheck::Result::Ok);
    QCOMPARE(result(v, "rsync-out-udp"), FirewallCheck::Result::Blocked);
}

QTEST_GUILESS_MAIN(TestFirewallLab)
#include "tst_firewalllab.moc"
