#include "LabProbe.h"
#include "MirrorLab.h"
#include "facts/TrafficFacts.h"
#include "fleet/MirrorFacts.h"
#include "inventory/InventoryExchange.h"
#include "remote/ProbeBaseline.h"
#include "ssh/HostKeyStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// A light probe and a full one of the same mirror state give the same facts;
// a change of what the cached sections are read from makes the light one full.
class TestLightProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void anIdleMirrorGivesTheSameFacts();
    void newAccessLogLinesStayLight();
    void aStaleLockMakesItFullThenLightAgain();
    void rotatedLogsAndALiveOneAreReadLight();
    void aChangedConfOrKeyModeMakesItFull();
    void aDatabaseFileTouchedInPlaceMakesItFull();
    void aBaselineIsNotKeptFromWhatCannotServe();
    void aNameHoldingANewlineKeepsItFull();
    void aLightProbeLeavingTheDiskOutCarriesTheLastReading();
    void theDiskIsReadEveryOtherLightProbeUnlessCloseToFull();

private:
    ProbeRequest requestFor(int mirror) const;
    ProbeOutput probe(int mirror, const ProbeRequest& request);
    // Full, then light from its baseline, on the same state: the light one
    // completed, its facts compared with the full one's.
    void compareFullAndLight(int mirror, bool expectLight = true);

    std::unique_ptr<MirrorLab> m_lab;
    QTemporaryDir m_data;
    std::unique_ptr<HostKeyStore> m_hostKeys;
    QList<MirrorRecord> m_records;
};

namespace {

// Disk figures move between two probes whatever they are (other writers on
// the same filesystem): the rest is compared exactly.
QJsonObject comparable(MirrorFacts facts)
{
    for (auto* usage :
         {&facts.disk.documentRoot, &facts.disk.home, &facts.disk.documentRootInodes}) {
        if (*usage)
            (*usage)->used = (*usage)->available = (*usage)->usedPercent = 0;
    }
    facts.disk.warnings.clear();
    return facts.toJson();
}

} // namespace

void TestLightProbe::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = 4;
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    m_records = InventoryExchange::fromJson(QJsonDocument(m_lab->inventory()).toJson()).mirrors;
    m_hostKeys = std::make_unique<HostKeyStore>(m_data.filePath(QStringLiteral("known_hosts")),
                                                QStringList{});
}

void TestLightProbe::cleanupTestCase()
{
    m_lab.reset();
}

ProbeRequest TestLightProbe::requestFor(int mirror) const
{
    ProbeRequest request;
    request.home = m_lab->mirror(mirror).home();
    request.accessLogPath = m_lab->mirror(mirror).accessLogPath();
    request.rsyncHost = m_lab->mirror(mirror).identity().rsyncHost;
    return request;
}

ProbeOutput TestLightProbe::probe(int mirror, const ProbeRequest& request)
{
    const LabMirror& m = m_lab->mirror(mirror);
    QString error;
    ProbeOutput out =
        LabProbe::run({m.identity().name, m.identity().address, m_lab->network().sshPort(),
                       m_lab->account().user, m_lab->teamKeyPath(), m.sshd().hostKeyFingerprint()},
                      request, *m_hostKeys, &error);
    if (!out.complete)
        qWarning("probe of mirror %d: %s", mirror, qPrintable(error));
    return out;
}

void TestLightProbe::compareFullAndLight(int mirror, bool expectLight)
{
    const ProbeRequest request = requestFor(mirror);
    const ProbeOutput full = probe(mirror, request);
    QVERIFY(full.complete);
    QVERIFY(!ProbeBaseline::isLight(full));
    const auto baseline = ProbeBaseline::of(full);
    QVERIFY(baseline);
    ProbeRequest lightRequest = request;
    lightRequest.baseline = *baseline;
    const ProbeOutput answer = probe(mirror, lightRequest);
    QVERIFY(answer.complete);
    QCOMPARE(ProbeBaseline::isLight(answer), expectLight);
    const ProbeOutput light = expectLight ? baseline->complete(answer) : answer;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const MirrorRecord& record = m_records.at(mirror);
    const MirrorFacts fromFull = MirrorFactsReader::read(record, full, now, FactSettings{}, true);
    const MirrorFacts fromLight = MirrorFactsReader::read(record, light, now, FactSettings{}, true);
    QCOMPARE(QJsonDocument(comparable(fromLight)).toJson(),
             QJsonDocument(comparable(fromFull)).toJson());
    QCOMPARE(TrafficReader::read(light).hours.size(), TrafficReader::read(full).hours.size());
    // Every section a full probe prints is there, once.
    for (const ProbeSection& section : full.sections) {
        if (section.name != QLatin1String("run"))
            QCOMPARE(light.all(section.name).size(), 1);
    }
    QCOMPARE(light.all(QStringLiteral("run")).size(), full.all(QStringLiteral("run")).size());
}

void TestLightProbe::anIdleMirrorGivesTheSameFacts()
{
    compareFullAndLight(0);
}

void TestLightProbe::newAccessLogLinesStayLight()
{
    const ProbeRequest request = requestFor(1);
    const ProbeOutput full = probe(1, request);
    const auto baseline = ProbeBaseline::of(full);
    QVERIFY(baseline);
    QFile log(m_lab->mirror(1).accessLogPath());
    QVERIFY(log.open(QIODevice::Append));
    QVERIFY(log.write("192.0.2.9 - - [01/Dec/2026:10:00:00 +0000] \"GET /daily.cvd HTTP/1.1\" 200 "
                      "10 \"-\" \"ClamAV/1.4.6\"\n") > 0);
    log.close();
    ProbeRequest lightRequest = request;
    lightRequest.baseline = *baseline;
    const ProbeSection* access = full.section(QStringLiteral("access"));
    QVERIFY(access);
    lightRequest.accessLogInode = access->args.value(0).toLongLong();
    lightRequest.accessLogOffset = access->args.value(2).toLongLong();
    const ProbeOutput light = probe(1, lightRequest);
    QVERIFY(ProbeBaseline::isLight(light));
    const ProbeSection* next = light.section(QStringLiteral("access"));
    QVERIFY(next);
    QVERIFY(next->content.startsWith("192.0.2.9 "));
    QCOMPARE(next->content.count('\n'), 1);
    // Nothing new: the section comes, empty, and no tail runs for it.
    lightRequest.accessLogOffset += next->content.size();
    const ProbeOutput quiet = probe(1, lightRequest);
    QVERIFY(ProbeBaseline::isLight(quiet));
    QVERIFY(quiet.section(QStringLiteral("access"))->content.isEmpty());
    compareFullAndLight(1);
}

void TestLightProbe::aStaleLockMakesItFullThenLightAgain()
{
    const ProbeOutput before = probe(2, requestFor(2));
    const auto baseline = ProbeBaseline::of(before);
    QVERIFY(baseline);
    QString error;
    QVERIFY2(m_lab->mirror(2).placeStaleLock(600, &error), qPrintable(error));
    // The lock changed DocumentRoot: the old baseline no longer serves.
    ProbeRequest stale = requestFor(2);
    stale.baseline = *baseline;
    const ProbeOutput afterLock = probe(2, stale);
    QVERIFY(afterLock.complete);
    QVERIFY(!ProbeBaseline::isLight(afterLock));
    QVERIFY(afterLock.section(QStringLiteral("lock"))->content.contains("Archive-Update"));
    // From the new baseline, the lock and its processes are read light.
    compareFullAndLight(2);
    const MirrorFacts facts = MirrorFactsReader::read(
        m_records.at(2), afterLock, QDateTime::currentDateTimeUtc(), FactSettings{}, true);
    QCOMPARE(facts.lock.kind, LockState::Kind::Stale);
}

void TestLightProbe::rotatedLogsAndALiveOneAreReadLight()
{
    QString error;
    QVERIFY2(m_lab->applyFault(3, QStringLiteral("log-history"), &error), qPrintable(error));
    const LabMirror& m = m_lab->mirror(3);
    QVERIFY2(m.writeOwned(m.home() + QStringLiteral("/rsync.log"),
                          "receiving incremental file list\ndaily.cvd\n", 0644, &error),
             qPrintable(error));
    compareFullAndLight(3);
    ProbeRequest request = requestFor(3);
    const ProbeOutput full = probe(3, request);
    QCOMPARE(full.all(QStringLiteral("run")).size(), 7);
    QVERIFY(full.section(QStringLiteral("live")));
    // Runs already stored are not sent again, light or full.
    for (const ProbeSection* run : full.all(QStringLiteral("run")))
        request.logs.knownRunTimes << run->args.value(0).toLongLong();
    request.baseline = *ProbeBaseline::of(full);
    const ProbeOutput light = probe(3, request);
    QVERIFY(ProbeBaseline::isLight(light));
    QVERIFY(light.all(QStringLiteral("run")).isEmpty());
    QVERIFY2(light.section(QStringLiteral("live"))->content.startsWith("receiving"),
             light.section(QStringLiteral("live"))->content.left(200).constData());
}

void TestLightProbe::aChangedConfOrKeyModeMakesItFull()
{
    const LabMirror& m = m_lab->mirror(0);
    const auto baseline = ProbeBaseline::of(probe(0, requestFor(0)));
    QVERIFY(baseline);
    ProbeRequest request = requestFor(0);
    request.baseline = *baseline;
    QString error;
    QVERIFY2(m_lab->mirror(0).writeConf(QStringLiteral("an0therPassword"), &error),
             qPrintable(error));
    QVERIFY(!ProbeBaseline::isLight(probe(0, request)));

    request.baseline = *ProbeBaseline::of(probe(0, requestFor(0)));
    QVERIFY(ProbeBaseline::isLight(probe(0, request)));
    QFile keys(m.home() + QStringLiteral("/.ssh/authorized_keys"));
    const auto mode = keys.permissions();
    QVERIFY(keys.setPermissions(mode | QFileDevice::ReadGroup));
    const ProbeOutput changed = probe(0, request);
    QVERIFY(keys.setPermissions(mode));
    QVERIFY(changed.complete);
    QVERIFY(!ProbeBaseline::isLight(changed));
    QVERIFY(changed.section(QStringLiteral("modes"))->content.contains("640 "));
}

void TestLightProbe::aDatabaseFileTouchedInPlaceMakesItFull()
{
    // An upload that rewrites timestamp in place leaves DocumentRoot as it was.
    const auto baseline = ProbeBaseline::of(probe(1, requestFor(1)));
    QVERIFY(baseline);
    ProbeRequest request = requestFor(1);
    request.baseline = *baseline;
    QVERIFY(ProbeBaseline::isLight(probe(1, request)));
    QFile timestamp(m_lab->mirror(1).documentRoot() + QStringLiteral("/timestamp"));
    QVERIFY(timestamp.open(QIODevice::ReadWrite));
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
    QVERIFY(timestamp.setFileTime(later, QFileDevice::FileModificationTime));
    timestamp.close();
    const ProbeOutput after = probe(1, request);
    QVERIFY(after.complete);
    QVERIFY(!ProbeBaseline::isLight(after));
    const MirrorFacts facts = MirrorFactsReader::read(
        m_records.at(1), after, QDateTime::currentDateTimeUtc(), FactSettings{}, true);
    QCOMPARE(facts.timestampModified.toSecsSinceEpoch(), later.toSecsSinceEpoch());
}

void TestLightProbe::aBaselineIsNotKeptFromWhatCannotServe()
{
    ProbeOutput full = probe(0, requestFor(0));
    QVERIFY(ProbeBaseline::of(full));
    ProbeOutput cut = full;
    cut.complete = false;
    QVERIFY(!ProbeBaseline::of(cut));
    // A mirror whose cached sections are huge (a vast rule set) is probed in full.
    ProbeOutput huge = full;
    for (ProbeSection& section : huge.sections) {
        if (section.name == QLatin1String("firewall"))
            section.content = QByteArray(ProbeBaseline::kLargestBytes + 1, 'x');
    }
    QVERIFY(!ProbeBaseline::of(huge));
    ProbeOutput lightAlready = full;
    lightAlready.sections.append(ProbeSection{QStringLiteral("light"), {}, {}, 0});
    QVERIFY(!ProbeBaseline::of(lightAlready));
}

void TestLightProbe::aNameHoldingANewlineKeepsItFull()
{
    // Its stat line would split in two, and the second could pass for a log's:
    // no signature is taken, so every probe of that mirror is full.
    const QString forged = m_lab->mirror(3).documentRoot() + QStringLiteral("/x\n1 2 3.cvd");
    QFile file(forged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const ProbeOutput full = probe(3, requestFor(3));
    QVERIFY(QFile::remove(forged));
    QVERIFY(full.complete);
    QVERIFY(!ProbeBaseline::of(full));
    QVERIFY(ProbeBaseline::of(probe(3, requestFor(3))));
}

void TestLightProbe::aLightProbeLeavingTheDiskOutCarriesTheLastReading()
{
    const ProbeRequest request = requestFor(1);
    const ProbeOutput full = probe(1, request);
    const auto baseline = ProbeBaseline::of(full);
    QVERIFY(baseline);
    QCOMPARE(baseline->disk.size(), 2);
    ProbeRequest light = request;
    light.baseline = *baseline;
    light.readDisk = false;
    const ProbeOutput answer = probe(1, light);
    QVERIFY(ProbeBaseline::isLight(answer));
    QVERIFY(!answer.section(QStringLiteral("fs")));
    QVERIFY(!answer.section(QStringLiteral("df")));
    const ProbeOutput completed = baseline->complete(answer);
    QCOMPARE(completed.section(QStringLiteral("df"))->content,
             full.section(QStringLiteral("df"))->content);
    QCOMPARE(completed.section(QStringLiteral("dfi"))->content,
             full.section(QStringLiteral("dfi"))->content);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const MirrorRecord& record = m_records.at(1);
    QCOMPARE(
        QJsonDocument(
            MirrorFactsReader::read(record, completed, now, FactSettings{}, true).toJson())
            .toJson(),
        QJsonDocument(MirrorFactsReader::read(record, full, now, FactSettings{}, true).toJson())
            .toJson());

    // The next one that reads the disk becomes the reading carried on.
    light.readDisk = true;
    const ProbeOutput reading = baseline->complete(probe(1, light));
    QVERIFY(reading.section(QStringLiteral("df")));
    ProbeBaseline changed = *baseline;
    changed.disk.first().content = "stale";
    const ProbeBaseline next = changed.withDiskOf(reading);
    QCOMPARE(next.disk.first().content, reading.section(QStringLiteral("df"))->content);
    QCOMPARE(next.disk.last().content, reading.section(QStringLiteral("dfi"))->content);
    QCOMPARE(next.signature, baseline->signature);
}

void TestLightProbe::theDiskIsReadEveryOtherLightProbeUnlessCloseToFull()
{
    const auto withFree = [](qint64 kib) {
        ProbeBaseline b;
        b.disk = {{QStringLiteral("df"),
                   {},
                   QStringLiteral("Filesystem 1024-blocks Used Available Capacity Mounted on\n"
                                  "/dev/sda1 104857600 52428800 52428800 50% /\n"
                                  "/dev/sdb1 104857600 1000 %1 1% /home\n")
                       .arg(kib)
                       .toUtf8(),
                   0},
                  {QStringLiteral("dfi"), {}, {}, 0}};
        return b;
    };
    const ProbeBaseline roomy = withFree(50LL * 1024 * 1024);
    QVERIFY(!roomy.readsDiskAt(0));
    QVERIFY(roomy.readsDiskAt(1));
    QVERIFY(!roomy.readsDiskAt(2));
    QVERIFY(roomy.readsDiskAt(7));
    // The home's filesystem close to full: every light probe reads it.
    const ProbeBaseline tight = withFree(ProbeBaseline::kCloseToFullKiB - 1);
    QVERIFY(tight.readsDiskAt(0));
    QVERIFY(tight.readsDiskAt(2));
    // A reading that failed is not carried on.
    ProbeBaseline unread = roomy;
    unread.disk.first().exitStatus = 1;
    QVERIFY(unread.readsDiskAt(0));
    QVERIFY(ProbeBaseline{}.readsDiskAt(0));
}

QTEST_GUILESS_MAIN(TestLightProbe)
#include "tst_lightprobe.moc"
