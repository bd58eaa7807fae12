#include "LabFiles.h"
#include "LabProbe.h"
#include "LabProcess.h"
#include "MirrorLab.h"
#include "facts/DiskFacts.h"
#include "facts/LockState.h"
#include "facts/SetupAudit.h"
#include "fleet/MirrorFacts.h"
#include "inventory/InventoryExchange.h"
#include "remote/ProbeOutput.h"
#include "remote/ProbeScript.h"
#include "ssh/HostKeyStore.h"
#include "ssh/SshSession.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Lock, disk and setup-audit facts from real probes of lab mirrors with
// their faults switched on.
class TestMirrorFacts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void healthyMirrorPassesTheAudit();
    void templateConfFailsTheAudit();
    void unwritableDocumentRootFailsTheAudit();
    void wrongModeFailsTheAudit();
    void staleLockIsStaleUntilTwoHours();
    void lockHeldByARunningSync();
    void realSyncHangingOnItsPushMasterHoldsTheLock();
    void diskFactsCountTheDatabase();
    void agedTimestampShowsItsAge();
    void factsReadBackFromTheirJson();

private:
    ProbeOutput probe(int mirror);
    AuditItem item(const SetupAudit& audit, const QString& id);

    std::unique_ptr<MirrorLab> m_lab;
    QList<MirrorRecord> m_records;
    QTemporaryDir m_data;
    std::unique_ptr<HostKeyStore> m_hostKeys;
};

void TestMirrorFacts::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = 5;
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    m_records = InventoryExchange::fromJson(QJsonDocument(m_lab->inventory()).toJson()).mirrors;
    m_hostKeys = std::make_unique<HostKeyStore>(m_data.filePath(QStringLiteral("known_hosts")),
                                                QStringList{});
}

void TestMirrorFacts::cleanupTestCase()
{
    m_lab.reset();
}

ProbeOutput TestMirrorFacts::probe(int mirror)
{
    const LabMirror& m = m_lab->mirror(mirror);
    ProbeRequest request;
    request.home = m.home();
    return LabProbe::run({m.identity().name, m.identity().address, m_lab->network().sshPort(),
                          m_lab->account().user, m_lab->teamKeyPath(),
                          m.sshd().hostKeyFingerprint()},
                         request, *m_hostKeys);
}

AuditItem TestMirrorFacts::item(const SetupAudit& audit, const QString& id)
{
    for (const AuditItem& i : audit.items) {
        if (i.id == id)
            return i;
    }
    return {};
}

void TestMirrorFacts::healthyMirrorPassesTheAudit()
{
    const ProbeOutput out = probe(0);
    QVERIFY(out.complete);
    const SetupAudit audit = SetupAuditor::audit(out, m_records.at(0), true);
    for (const AuditItem& i : audit.items)
        QVERIFY2(i.result == AuditItem::Result::Pass,
                 qPrintable(i.id + QStringLiteral(": ") + i.evidence));
    QCOMPARE(audit.items.size(), 12);
    QCOMPARE(
        item(SetupAuditor::audit(out, m_records.at(0), std::nullopt), QStringLiteral("local-test"))
            .result,
        AuditItem::Result::Unknown);
    QCOMPARE(LockStateReader::read(out.section(QStringLiteral("lock")),
                                   out.section(QStringLiteral("procs")),
                                   QDateTime::currentSecsSinceEpoch())
                 .kind,
             LockState::Kind::Absent);
}

void TestMirrorFacts::templateConfFailsTheAudit()
{
    QString error;
    QVERIFY(m_lab->applyFault(1, QStringLiteral("changeme-conf"), &error));
    const SetupAudit audit = SetupAuditor::audit(probe(1), m_records.at(1), true);
    const AuditItem conf = item(audit, QStringLiteral("conf-content"));
    QCOMPARE(conf.result, AuditItem::Result::Fail);
    QVERIFY2(conf.evidence.contains(QStringLiteral("changeme")), qPrintable(conf.evidence));
    // TO="$HOME/changeme/" does not exist.
    QCOMPARE(item(audit, QStringLiteral("documentroot-writable")).result, AuditItem::Result::Fail);
}

void TestMirrorFacts::unwritableDocumentRootFailsTheAudit()
{
    QString error;
    QVERIFY(m_lab->applyFault(2, QStringLiteral("unwritable-docroot"), &error));
    const AuditItem writable = item(SetupAuditor::audit(probe(2), m_records.at(2), true),
                                    QStringLiteral("documentroot-writable"));
    QVERIFY(m_lab->applyFault(2, QStringLiteral("writable-docroot"), &error));
    QCOMPARE(writable.result, AuditItem::Result::Fail);
    QVERIFY(writable.evidence.contains(QStringLiteral("not writable")));
    QVERIFY(writable.fix.contains(QStringLiteral("without a lock")) ||
            writable.fix.contains(QStringLiteral("no lock")));
}

void TestMirrorFacts::wrongModeFailsTheAudit()
{
    QString error;
    QVERIFY(LabFiles::setMode(m_lab->mirror(3).confPath(), 0644, &error));
    QVERIFY(LabFiles::setMode(m_lab->mirror(3).home() + QStringLiteral("/.ssh"), 0755, &error));
    const SetupAudit audit = SetupAuditor::audit(probe(3), m_records.at(3), true);
    const AuditItem conf = item(audit, QStringLiteral("conf-mode"));
    QCOMPARE(conf.result, AuditItem::Result::Fail);
    QVERIFY(conf.evidence.contains(QStringLiteral("mode 644")));
    QVERIFY(conf.fix.contains(QStringLiteral("chmod 600")));
    QCOMPARE(item(audit, QStringLiteral("ssh-dir-mode")).result, AuditItem::Result::Fail);
    QCOMPARE(item(audit, QStringLiteral("home-mode")).result, AuditItem::Result::Pass);
}

void TestMirrorFacts::staleLockIsStaleUntilTwoHours()
{
    QString error;
    QVERIFY(m_lab->mirror(4).placeStaleLock(1800, &error));
    ProbeOutput out = probe(4);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    LockState lock = LockStateReader::read(out.section(QStringLiteral("lock")),
                                           out.section(QStringLiteral("procs")), now);
    QVERIFY2(lock.kind == LockState::Kind::Stale,
             qPrintable(lock.syncProcesses.join(QLatin1Char('\n'))));
    QVERIFY(qAbs(lock.ageSeconds - 1800) < 60);
    QVERIFY(lock.breakable());
    QVERIFY(lock.path.endsWith(QStringLiteral("/Archive-Update-in-Progress-") +
                               QSysInfo::machineHostName()));
    QVERIFY(qAbs(lock.forcedAwayFrom().toSecsSinceEpoch() - (now + 5400)) < 60);
    QVERIFY(lock.describe().contains(QStringLiteral("refuse")));

    QVERIFY(m_lab->mirror(4).placeStaleLock(3 * 3600, &error));
    out = probe(4);
    lock = LockStateReader::read(out.section(QStringLiteral("lock")),
                                 out.section(QStringLiteral("procs")), now);
    QVERIFY(lock.describe().contains(QStringLiteral("force it away")));
}

void TestMirrorFacts::lockHeldByARunningSync()
{
    ProbeSection lock{
        QStringLiteral("lock"), {}, "1795500000 444 /srv/www/Archive-Update-in-Progress-m1\n", 0};
    ProbeSection procs{
        QStringLiteral("procs"),
        {},
        "  4242      12 bash /home/clamavdb/bin/clam-clientsync rsync1.clamav.net\n"
        "  4250      11 rsync --recursive --links clamavdb@rsync1.clamav.net::clamavdb /srv/www\n",
        0};
    const LockState state = LockStateReader::read(&lock, &procs, 1795500030);
    QCOMPARE(state.kind, LockState::Kind::HeldBySync);
    QCOMPARE(state.syncProcesses.size(), 2);
    QCOMPARE(state.ageSeconds, 30);
    QVERIFY(!state.breakable());
    ProbeSection noLock{QStringLiteral("lock"), {}, "absent\n", 0};
    QVERIFY(LockStateReader::read(&noLock, &procs, 0).syncRunningWithoutLock);
    QCOMPARE(LockStateReader::read(nullptr, nullptr, 0).kind, LockState::Kind::Unknown);
}

void TestMirrorFacts::realSyncHangingOnItsPushMasterHoldsTheLock()
{
    QString error;
    const int mirror = 0; // its push master is rsync1
    QVERIFY(m_lab->upstream().silenceDaemon(1, &error));
    const LabMirror& m = m_lab->mirror(mirror);
    QProcess sync;
    sync.start(QStringLiteral("ssh"),
               {QStringLiteral("-i"), m_lab->teamKeyPath(), QStringLiteral("-o"),
                QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
                QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-p"),
                QString::number(m_lab->network().sshPort()),
                m_lab->account().user + QLatin1Char('@') + m.identity().address,
                QStringLiteral("bash ~/bin/clam-clientsync rsync1.clamav.net")});
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m.lockPath()), 10000);
    const ProbeOutput out = probe(mirror);
    const LockState lock = LockStateReader::read(out.section(QStringLiteral("lock")),
                                                 out.section(QStringLiteral("procs")),
                                                 QDateTime::currentSecsSinceEpoch());
    sync.kill();
    sync.waitForFinished();
    LabProcess::stopAll(m.home());
    QVERIFY(m_lab->upstream().startDaemon(1, &error));
    QCOMPARE(lock.kind, LockState::Kind::HeldBySync);
    QVERIFY(!lock.breakable());
    QVERIFY2(lock.syncProcesses.join(QLatin1Char('\n')).contains(QStringLiteral("clam-clientsync")),
             qPrintable(lock.syncProcesses.join(QLatin1Char('\n'))));
}

void TestMirrorFacts::diskFactsCountTheDatabase()
{
    const DiskFacts disk = DiskFactsReader::read(probe(0), 1);
    QVERIFY(disk.documentRoot.has_value());
    QVERIFY(disk.home.has_value());
    QVERIFY(disk.documentRootInodes.has_value());
    QVERIFY(disk.databaseFiles >= 8); // 3 cvd, 4 cdiff, timestamp
    QVERIFY(disk.databaseBytes > 1000);
    const DiskFacts floor = DiskFactsReader::read(probe(0), qint64(1) << 60);
    QVERIFY(!floor.warnings.isEmpty());
    QVERIFY(floor.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("floor")));
}

void TestMirrorFacts::agedTimestampShowsItsAge()
{
    QString error;
    QVERIFY(m_lab->applyFault(2, QStringLiteral("aged-timestamp=30"), &error));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const MirrorFacts facts =
        MirrorFactsReader::read(m_records.at(2), probe(2), now, FactSettings{});
    QVERIFY(facts.timestampModified.isValid());
    QVERIFY(qAbs(facts.timestampModified.secsTo(now) - 30 * 3600) < 120);
    QVERIFY(qAbs(facts.toJson().value(QStringLiteral("timestampAgeHours")).toDouble() - 30.0) <
            0.1);
}

void TestMirrorFacts::factsReadBackFromTheirJson()
{
    // Mirrors in several states: healthy, a stale lock, a failed probe.
    QString error;
    QVERIFY2(m_lab->applyFault(4, QStringLiteral("stale-lock=9000"), &error), qPrintable(error));
    QList<MirrorFacts> all;
    for (int m = 0; m < 5; ++m)
        all << MirrorFactsReader::read(m_records.at(m), probe(m), QDateTime::currentDateTimeUtc(),
                                       FactSettings{});
    MirrorFacts failed;
    failed.mirror = m_records.at(0).name;
    failed.probedAt = QDateTime::currentDateTimeUtc();
    failed.error = QStringLiteral("connection refused");
    all << failed;
    for (const MirrorFacts& facts : std::as_const(all)) {
        const QJsonObject json = facts.toJson();
        const MirrorFacts back = MirrorFacts::fromJson(json);
        QCOMPARE(back.toJson(), json);
        QCOMPARE(back.lock.kind, facts.lock.kind);
        QCOMPARE(back.lock.since, facts.lock.since);
        QCOMPARE(back.lock.describe(), facts.lock.describe());
        QCOMPARE(back.disk.documentRoot.has_value(), facts.disk.documentRoot.has_value());
        QCOMPARE(back.audit.failed(), facts.audit.failed());
        QCOMPARE(back.firewall.checks.size(), facts.firewall.checks.size());
        QCOMPARE(back.timestampModified, facts.timestampModified);
    }
    QCOMPARE(all.at(4).lock.kind, LockState::Kind::Stale);
}

QTEST_GUILESS_MAIN(TestMirrorFacts)
#include "tst_mirrorfacts.moc"
