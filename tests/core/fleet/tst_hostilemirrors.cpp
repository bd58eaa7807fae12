#include "MirrorLab.h"
#include "fleet/FleetRefresher.h"
#include "fleet/RemoteLogFetcher.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/InventoryExchange.h"
#include "inventory/MirrorInventory.h"
#include "monitor/HttpChecker.h"
#include "ssh/HostKeyStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// A fleet in which some mirrors misbehave on purpose: each bad one is named,
// bounded in time and memory, and every good one is still done.
//
// Memory: the peak resident set may grow by at most kRssGrowthMb over what the
// process held before a scenario (the kernel's peak is reset first): the
// limits in play (16 MB of output, 4 KB bodies, the crafted rule sets cut at
// 4 MB on the mirror and parsed) stay well under it; an unbounded read of any
// of them does not.
class TestHostileMirrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aRefreshBoundsEveryMirror();
    void aFreshnessCheckBoundsEveryMirror();
    void sftpRefusesAFifo();
    void aLogFetchStopsAtItsLimitAndLeavesNothing();
    void aSilentSftpServerIsCutAtTheDeadline();
    void closingThePoolDoesNotWaitForASilentServer();

private:
    static qint64 peakRssMb();
    static void resetPeakRss();
    std::unique_ptr<SshPool> makePool(std::chrono::milliseconds operation,
                                      qint64 maxOutputMb = 16) const;
    MirrorRecord record(int index) const { return m_mirrors.at(index); }

    std::unique_ptr<MirrorLab> m_lab;
    QTemporaryDir m_data;
    std::unique_ptr<InventoryDatabase> m_db;
    std::unique_ptr<HostKeyStore> m_hostKeys;
    QList<MirrorRecord> m_mirrors;
};

namespace {
constexpr int kHealthy = 0;
constexpr int kFlood = 1;
constexpr int kHostileTools = 2;
constexpr int kEndlessHttp = 3;
constexpr int kTrickle = 4;
constexpr int kFifoConf = 5;
constexpr int kSilentSftp = 6;
constexpr int kMirrors = 8; // the last one healthy too
constexpr qint64 kRssGrowthMb = 200;
} // namespace

qint64 TestHostileMirrors::peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

void TestHostileMirrors::resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

void TestHostileMirrors::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = kMirrors;
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    const std::pair<int, const char*> faults[] = {
        {kFlood, "flood-shell"},        {kHostileTools, "hostile-tools"},
        {kEndlessHttp, "endless-http"}, {kTrickle, "trickle-http"},
        {kFifoConf, "fifo-conf"},       {kSilentSftp, "silent-sftp"}};
    for (const auto& [index, fault] : faults)
        QVERIFY2(m_lab->applyFault(index, QString::fromLatin1(fault), &error), qPrintable(error));
    m_db = std::make_unique<InventoryDatabase>();
    QVERIFY(m_db->open(m_data.filePath(QStringLiteral("inventory.sqlite"))));
    MirrorInventory inventory(*m_db);
    for (const MirrorRecord& m :
         InventoryExchange::fromJson(QJsonDocument(m_lab->inventory()).toJson()).mirrors) {
        const auto added = inventory.add(m);
        QVERIFY(added);
        m_mirrors << *added;
    }
    m_hostKeys = std::make_unique<HostKeyStore>(m_data.filePath(QStringLiteral("known_hosts")),
                                                QStringList{});
}

void TestHostileMirrors::cleanupTestCase()
{
    m_lab.reset();
}

std::unique_ptr<SshPool> TestHostileMirrors::makePool(std::chrono::milliseconds operation,
                                                      qint64 maxOutputMb) const
{
    SshPoolSettings settings;
    settings.ssh.readUserConfig = false;
    settings.ssh.connectTimeout = std::chrono::seconds(3);
    settings.ssh.operationTimeout = operation;
    settings.ssh.maxOutputBytes = maxOutputMb << 20;
    settings.identity.useAgent = false;
    return std::make_unique<SshPool>(*m_hostKeys, settings);
}

void TestHostileMirrors::aRefreshBoundsEveryMirror()
{
    auto pool = makePool(std::chrono::seconds(20));
    FleetRefresher refresher(*pool, *m_db, FactSettings{});
    QHash<QString, MirrorFacts> facts;
    connect(&refresher, &FleetRefresher::mirrorRefreshed, this,
            [&facts](const MirrorFacts& f) { facts.insert(f.mirror, f); });
    QSignalSpy finished(&refresher, &FleetRefresher::finished);
    resetPeakRss();
    const qint64 before = peakRssMb();
    QElapsedTimer clock;
    clock.start();
    refresher.refresh(m_mirrors);
    QVERIFY(finished.wait(60'000));
    qInfo() << "refresh of" << kMirrors << "mirrors:" << clock.elapsed() << "ms, peak RSS" << before
            << "->" << peakRssMb() << "MB";
    QVERIFY2(peakRssMb() - before < kRssGrowthMb,
             qPrintable(QString::number(peakRssMb() - before)));
    QCOMPARE(facts.size(), kMirrors);

    const MirrorFacts flood = facts.value(record(kFlood).name);
    QVERIFY(!flood.probed);
    QVERIFY2(flood.error.contains(record(kFlood).name) &&
                 flood.error.contains(QLatin1String("16 MB")),
             qPrintable(flood.error));
    // Ten megabytes of chains that jump to each other: read, judged, done.
    const MirrorFacts tools = facts.value(record(kHostileTools).name);
    QVERIFY2(tools.probed, qPrintable(tools.error));
    // The FIFO is named, not opened.
    const MirrorFacts fifo = facts.value(record(kFifoConf).name);
    QVERIFY2(fifo.probed, qPrintable(fifo.error));
    for (int healthy : {kHealthy, kEndlessHttp, kTrickle, kSilentSftp, kMirrors - 1}) {
        const MirrorFacts f = facts.value(record(healthy).name);
        QVERIFY2(f.probed && f.error.isEmpty(), qPrintable(record(healthy).name + f.error));
    }
}

void TestHostileMirrors::aFreshnessCheckBoundsEveryMirror()
{
    HttpChecker checker;
    checker.setTimeout(std::chrono::seconds(3));
    QHash<QString, HttpCheck> checks;
    connect(&checker, &HttpChecker::checked, this,
            [&checks](const HttpCheck& c) { checks.insert(c.mirror, c); });
    QSignalSpy finished(&checker, &HttpChecker::finished);
    resetPeakRss();
    const qint64 before = peakRssMb();
    QElapsedTimer clock;
    clock.start();
    checker.check(m_mirrors);
    QVERIFY(finished.wait(30'000));
    // Every request is cut 3 s after it was sent, however the mirror trickles:
    // a mirror's nine requests go out in two waves of at most six.
    QVERIFY2(clock.elapsed() < 12'000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(peakRssMb() - before < kRssGrowthMb,
             qPrintable(QString::number(peakRssMb() - before)));
    QCOMPARE(checks.size(), kMirrors);

    const HttpCheck endless = checks.value(record(kEndlessHttp).name);
    QVERIFY(!endless.timestamp);
    QVERIFY2(!endless.limitsBroken.isEmpty() &&
                 endless.limitsBroken.first().contains(QLatin1String("body over 4096 bytes")),
             qPrintable(endless.limitsBroken.join(QLatin1Char('|'))));
    const HttpCheck trickle = checks.value(record(kTrickle).name);
    QVERIFY(!trickle.timestamp);
    QVERIFY2(!trickle.limitsBroken.isEmpty() &&
                 trickle.limitsBroken.first().contains(QLatin1String("not answered within 3 s")),
             qPrintable(trickle.limitsBroken.join(QLatin1Char('|'))));
    for (int healthy : {kHealthy, kFlood, kHostileTools, kFifoConf, kMirrors - 1}) {
        const HttpCheck c = checks.value(record(healthy).name);
        QVERIFY2(c.reachable && c.timestamp && c.limitsBroken.isEmpty(),
                 qPrintable(record(healthy).name + c.error));
    }
}

void TestHostileMirrors::sftpRefusesAFifo()
{
    auto pool = makePool(std::chrono::seconds(20));
    QSignalSpy finished(pool.get(), &SshPool::finished);
    QElapsedTimer clock;
    clock.start();
    const MirrorRecord fifo = record(kFifoConf);
    pool->readFile(fifo, m_lab->mirror(kFifoConf).confPath());
    QVERIFY(finished.wait(20'000));
    QVERIFY(clock.elapsed() < 10'000);
    const auto result = finished.first().first().value<SshJobResult>();
    QVERIFY(!result.ok);
    QVERIFY2(result.failure.message.contains(QLatin1String("not a regular file")),
             qPrintable(result.failure.message));
}

void TestHostileMirrors::aLogFetchStopsAtItsLimitAndLeavesNothing()
{
    auto pool = makePool(std::chrono::seconds(20));
    const QString folder = m_data.filePath(QStringLiteral("logs"));
    RemoteLogFetcher fetcher(*pool, folder, 16 * 1024 * 1024);
    QSignalSpy failed(&fetcher, &RemoteLogFetcher::fetchFailed);
    QSignalSpy fetched(&fetcher, &RemoteLogFetcher::fetched);
    fetcher.fetch(record(kFlood));
    fetcher.fetch(record(kHostileTools));
    QVERIFY(QTest::qWaitFor([&] { return failed.size() + fetched.size() == 2; }, 30'000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), record(kFlood).name);
    QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("sent more than 16 MB")),
             qPrintable(failed.first().at(1).toString()));
    QVERIFY(!QFile::exists(folder + QLatin1Char('/') + record(kFlood).name +
                           QStringLiteral("/sync-logs.log")));
    // The other mirror's log, escape sequences and all, is copied as it is.
    QCOMPARE(fetched.size(), 1);
    QFile copy(fetched.first().at(1).toString());
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QVERIFY(copy.readAll().contains("\x1b]0;owned\x07"));
}

void TestHostileMirrors::aSilentSftpServerIsCutAtTheDeadline()
{
    // 3 s to connect (twice at most), 2 s for the operation, 5 s of grace.
    auto pool = makePool(std::chrono::seconds(2));
    QSignalSpy finished(pool.get(), &SshPool::finished);
    QElapsedTimer clock;
    clock.start();
    pool->readFile(record(kSilentSftp), m_lab->mirror(kSilentSftp).confPath());
    QVERIFY(finished.wait(30'000));
    QVERIFY2(clock.elapsed() < 15'000, qPrintable(QString::number(clock.elapsed())));
    const auto result = finished.first().first().value<SshJobResult>();
    QVERIFY(!result.ok);
    QVERIFY2(result.failure.message.contains(record(kSilentSftp).name),
             qPrintable(result.failure.message));
    // The other mirrors' sessions are not touched: a read there still works.
    pool->readFile(record(kHealthy), m_lab->mirror(kHealthy).confPath());
    QVERIFY(finished.wait(20'000));
    QVERIFY(finished.last().first().value<SshJobResult>().ok);
}

void TestHostileMirrors::closingThePoolDoesNotWaitForASilentServer()
{
    auto pool = makePool(std::chrono::seconds(60));
    QSignalSpy started(pool.get(), &SshPool::started);
    pool->readFile(record(kSilentSftp), m_lab->mirror(kSilentSftp).confPath());
    QVERIFY(started.wait(5'000));
    QTest::qWait(1'000);
    QElapsedTimer clock;
    clock.start();
    pool.reset();
    QVERIFY2(clock.elapsed() < 4'000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestHostileMirrors)
#include "tst_hostilemirrors.moc"
