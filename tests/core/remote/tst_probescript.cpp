#include "LabProbe.h"
#include "MirrorLab.h"
#include "facts/SetupAudit.h"
#include "inventory/MirrorRecord.h"
#include "parsers/ClientSyncConf.h"
#include "parsers/DiskUsage.h"
#include "parsers/NetDevCounters.h"
#include "parsers/SyncRunLog.h"
#include "remote/ProbeOutput.h"
#include "remote/ProbeScript.h"
#include "ssh/HostKeyStore.h"
#include "ssh/SshSession.h"

#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

// The probe against real lab mirrors: one exec, every section back.
class TestProbeScript : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everySectionComesBack();
    void finishedRunsAreSentOnce();
    void accessLogIsReadIncrementally();
    void staleLockAndUnreachablePushMasterShow();
    void garbledOutputIsRefused();
    void aPushMasterThatIsAnOptionNeverReachesRsync();
    void theAuditSaysWhereAnUnquotedToSyncsTo();

private:
    ProbeOutput probe(int mirror, const ProbeRequest& request);
    ProbeRequest requestFor(int mirror) const;

    std::unique_ptr<MirrorLab> m_lab;
    QTemporaryDir m_data;
    std::unique_ptr<HostKeyStore> m_hostKeys;
};

void TestProbeScript::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = 3;
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    m_hostKeys = std::make_unique<HostKeyStore>(m_data.filePath(QStringLiteral("known_hosts")),
                                                QStringList{});
}

void TestProbeScript::cleanupTestCase()
{
    m_lab.reset();
}

ProbeRequest TestProbeScript::requestFor(int mirror) const
{
    ProbeRequest request;
    request.home = m_lab->mirror(mirror).home();
    request.accessLogPath = m_lab->mirror(mirror).accessLogPath();
    request.rsyncHost = m_lab->mirror(mirror).identity().rsyncHost;
    return request;
}

ProbeOutput TestProbeScript::probe(int mirror, const ProbeRequest& request)
{
    const LabMirror& m = m_lab->mirror(mirror);
    return LabProbe::run({m.identity().name, m.identity().address, m_lab->network().sshPort(),
                          m_lab->account().user, m_lab->teamKeyPath(),
                          m.sshd().hostKeyFingerprint()},
                         request, *m_hostKeys);
}

void TestProbeScript::everySectionComesBack()
{
    // The lab's mirrors share this machine's interfaces: the probe's counters
    // are those /proc/net/dev shows, read between a reading before and after.
    auto procNetDev = [] {
        QFile file(QStringLiteral("/proc/net/dev"));
        return file.open(QIODevice::ReadOnly) ? NetDevParser::parse(file.readAll()).value()
                                              : QList<NetDevCounters>{};
    };
    const QList<NetDevCounters> before = procNetDev();
    const ProbeOutput out = probe(0, requestFor(0));
    const QList<NetDevCounters> after = procNetDev();
    QVERIFY(out.complete);
    for (const char* name :
         {"meta", "tools", "conf", "keys", "modes", "docroot", "lock", "procs", "df", "dfi",
          "database", "netdev", "logfiles", "firewall", "nft", "reach"})
        QVERIFY2(out.section(QLatin1String(name)), name);
    const LabMirror& m = m_lab->mirror(0);
    const QByteArray hostLine = "hostname=" + QSysInfo::machineHostName().toUtf8() + '\n';
    QVERIFY(out.section(QStringLiteral("meta"))->content.contains(hostLine));
    QFile conf(m.confPath());
    QVERIFY(conf.open(QIODevice::ReadOnly));
    QCOMPARE(out.section(QStringLiteral("conf"))->content, conf.readAll());
    QVERIFY(ClientSyncConfParser::parse(out.section(QStringLiteral("conf"))->content)
                ->problems()
                .isEmpty());
    QVERIFY(out.section(QStringLiteral("modes"))->content.contains("600 "));
    QVERIFY(out.section(QStringLiteral("docroot"))->content.contains("\nwritable\n"));
    QCOMPARE(out.section(QStringLiteral("lock"))->content.trimmed(), QByteArray("absent"));
    QCOMPARE(DiskUsageParser::parse(out.section(QStringLiteral("df"))->content)->size(), 2);
    QCOMPARE(DiskUsageParser::parse(out.section(QStringLiteral("dfi"))->content)->first().unit,
             DiskUsage::Unit::Inodes);
    const auto counters = NetDevParser::parse(out.section(QStringLiteral("netdev"))->content);
    QVERIFY(counters);
    QCOMPARE(counters->size(), after.size());
    for (const NetDevCounters& c : *counters) {
        auto named = [&](const QList<NetDevCounters>& all) {
            return *std::find_if(all.cbegin(), all.cend(), [&](const NetDevCounters& n) {
                return n.interface == c.interface;
            });
        };
        QVERIFY2(std::any_of(after.cbegin(), after.cend(),
                             [&](const NetDevCounters& n) { return n.interface == c.interface; }),
                 qPrintable(c.interface));
        QVERIFY(c.receivedBytes >= named(before).receivedBytes);
        QVERIFY(c.receivedBytes <= named(after).receivedBytes);
        QVERIFY(c.sentPackets >= named(before).sentPackets);
        QVERIFY(c.sentPackets <= named(after).sentPackets);
    }
    QVERIFY(out.section(QStringLiteral("database"))->content.contains("/daily.cvd\n"));
    QVERIFY(out.section(QStringLiteral("tools"))->content.contains("lockfile=/usr/bin/lockfile"));
    QCOMPARE(out.section(QStringLiteral("reach"))->exitStatus, 0);
    QVERIFY(out.all(QStringLiteral("run")).isEmpty());
}

void TestProbeScript::finishedRunsAreSentOnce()
{
    QString error;
    QVERIFY2(m_lab->applyFault(1, QStringLiteral("log-history"), &error), qPrintable(error));
    ProbeRequest request = requestFor(1);
    const ProbeOutput first = probe(1, request);
    QVERIFY(first.complete);
    const auto runs = first.all(QStringLiteral("run"));
    QCOMPARE(runs.size(), 7);
    int failed = 0;
    for (const ProbeSection* run : runs) {
        request.logs.knownRunTimes << run->args.value(0).toLongLong();
        failed +=
            SyncRunLogParser::parse(run->content).outcome == SyncRunLog::Outcome::Failed ? 1 : 0;
    }
    QCOMPARE(failed, 2);
    QCOMPARE(first.section(QStringLiteral("logfiles"))->content.count('\n'), 7);

    const ProbeOutput second = probe(1, request);
    QVERIFY(second.all(QStringLiteral("run")).isEmpty());
}

void TestProbeScript::accessLogIsReadIncrementally()
{
    ProbeRequest request = requestFor(2);
    QFile log(m_lab->mirror(2).accessLogPath());
    QVERIFY(log.open(QIODevice::Append));
    log.write("192.0.2.1 - - [24/Nov/2026:10:00:00 +0000] \"GET /daily.cvd HTTP/1.1\" 200 10 \"-\" "
              "\"ClamAV/1.4.6\"\n");
    log.flush();
    const ProbeOutput first = probe(2, request);
    const ProbeSection* access = first.section(QStringLiteral("access"));
    QVERIFY(access);
    QCOMPARE(access->content.count('\n'), 1);
    request.accessLogInode = access->args.value(0).toLongLong();
    request.accessLogOffset = access->args.value(2).toLongLong();
    log.write("192.0.2.2 - - [24/Nov/2026:10:00:01 +0000] \"GET /main.cvd HTTP/1.1\" 200 20 \"-\" "
              "\"ClamAV/1.4.6\"\n");
    log.flush();
    const ProbeSection* next = probe(2, request).section(QStringLiteral("access"));
    QVERIFY(next);
    QVERIFY(next->content.startsWith("192.0.2.2 "));
    QCOMPARE(next->content.count('\n'), 1);
}

void TestProbeScript::staleLockAndUnreachablePushMasterShow()
{
    QString error;
    QVERIFY(m_lab->mirror(0).placeStaleLock(600, &error));
    m_lab->upstream().stopDaemon(1);
    const ProbeOutput out = probe(0, requestFor(0));
    QVERIFY(m_lab->upstream().startDaemon(1, &error));
    const QByteArray lock = out.section(QStringLiteral("lock"))->content;
    QVERIFY2(lock.contains("444 ") && lock.contains("Archive-Update-in-Progress-"),
             lock.constData());
    QVERIFY(out.section(QStringLiteral("reach"))->exitStatus != 0);
}

void TestProbeScript::garbledOutputIsRefused()
{
    QVERIFY(!ProbeOutputParser::parse("hello", "@@mc-x"));
    QVERIFY(!ProbeOutputParser::parse("@@mc-x begin conf\nTO=/x\n", "@@mc-x"));
    const auto ok = ProbeOutputParser::parse(
        "@@mc-x begin conf\nTO=/x\n\n@@mc-x end 0\n@@mc-x done\n", "@@mc-x");
    QVERIFY(ok);
    QCOMPARE(ok->section(QStringLiteral("conf"))->content, QByteArray("TO=/x\n"));
    QVERIFY(ok->complete);
}

void TestProbeScript::aPushMasterThatIsAnOptionNeverReachesRsync()
{
    // A stored record from before values were checked, or a forged one.
    const QString planted = m_lab->mirror(0).home() + QStringLiteral("/planted-by-rsync.log");
    ProbeRequest request = requestFor(0);
    request.rsyncHost = QStringLiteral("--log-file=") + planted;
    const ProbeOutput out = probe(0, request);
    QVERIFY(out.complete);
    const ProbeSection* reach = out.section(QStringLiteral("reach"));
    QVERIFY(reach && reach->exitStatus != 0);
    QVERIFY2(reach->content.contains("no valid push master"), reach->content.constData());
    QVERIFY(!QFile::exists(planted));
}

void TestProbeScript::theAuditSaysWhereAnUnquotedToSyncsTo()
{
    // A DocumentRoot named with a space, as an admin may write it: the
    // script's unquoted $TO makes two arguments of it.
    LabMirror& m = m_lab->mirror(2);
    QString error;
    QFile good(m.confPath());
    QVERIFY(good.open(QIODevice::ReadOnly));
    QByteArray conf = good.readAll();
    const QByteArray root = m.documentRoot().toUtf8();
    conf.replace(QByteArray("TO=" + root), QByteArray("TO=\"" + root + " db\""));
    QVERIFY2(m.writeOwned(m.confPath(), conf, 0600, &error), qPrintable(error));

    const ProbeOutput out = probe(2, requestFor(2));
    QVERIFY(out.complete);
    const SetupAudit audit = SetupAuditor::audit(out, MirrorRecord{}, std::nullopt);
    const auto item =
        std::find_if(audit.items.cbegin(), audit.items.cend(),
                     [](const AuditItem& i) { return i.id == QLatin1String("conf-content"); });
    QVERIFY(item != audit.items.cend());
    QCOMPARE(item->result, AuditItem::Result::Fail);
    QVERIFY2(item->evidence.contains(QStringLiteral("every sync fails")),
             qPrintable(item->evidence));

    // And the next sync does what the audit said: rsync refuses the words
    // and writes nothing anywhere.
    m.runSync(m.identity().rsyncHost);
    const QString rotated = m.syncLogPath() + QStringLiteral(".0"); // savelog's, when installed
    QFile log(QFile::exists(rotated) ? rotated : m.syncLogPath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray said = log.readAll();
    QVERIFY2(said.contains("Unexpected local arg") && said.contains("(code 1)"), said.constData());
    QVERIFY(!QFile::exists(m.home() + QStringLiteral("/db")));
    QVERIFY2(m_lab->applyFault(2, QStringLiteral("good-conf"), &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProbeScript)
#include "tst_probescript.moc"
