#include "LabProcess.h"
#include "MirrorLab.h"
#include "inventory/InventoryExchange.h"
#include "monitor/HttpChecker.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

// The HTTP side of mirrors, as freshclam and the monitoring see them, against
// the lab's nginx with faults switched on.
class TestHttpChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void checksEveryKindOfMirrorInOneSweep();

private:
    std::unique_ptr<MirrorLab> m_lab;
    QList<MirrorRecord> m_records;
};

namespace {
constexpr int kFresh = 0, kAged = 1, kVhostDown = 2, kRedirect = 3, kLagging = 4, kTriggerOnly = 5;
}

void TestHttpChecker::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = 6;
    options.triggerOnly = {kTriggerOnly};
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    QVERIFY(m_lab->applyFault(kAged, QStringLiteral("aged-timestamp=30"), &error));
    QVERIFY(m_lab->applyFault(kVhostDown, QStringLiteral("vhost-down"), &error));
    QVERIFY(m_lab->applyFault(kRedirect, QStringLiteral("vhost-redirect"), &error));
    // A new daily that only the fresh mirror syncs: the lagging one keeps the old.
    QVERIFY(m_lab->publishDaily(&error));
    QCOMPARE(m_lab->mirror(kFresh).runSync(QStringLiteral("rsync1.clamav.net")).exitStatus, 0);
    m_records = InventoryExchange::fromJson(QJsonDocument(m_lab->inventory()).toJson()).mirrors;
}

void TestHttpChecker::cleanupTestCase()
{
    m_lab.reset();
}

void TestHttpChecker::checksEveryKindOfMirrorInOneSweep()
{
    // Two more: nothing listening, and a host that accepts and never answers.
    MirrorRecord refused = m_records.first();
    refused.name = QStringLiteral("refused.lab.test");
    refused.address = m_lab->network().mirrorAddress(240);
    MirrorRecord silent = m_records.first();
    silent.name = QStringLiteral("silent.lab.test");
    silent.address = m_lab->network().mirrorAddress(241);
    const int silentFd = LabProcess::listenSilently(silent.address, silent.httpPort);
    QVERIFY(silentFd >= 0);

    HttpChecker checker;
    checker.setTimeout(std::chrono::seconds(3));
    QHash<QString, HttpCheck> checks;
    connect(&checker, &HttpChecker::checked, this,
            [&](const HttpCheck& c) { checks.insert(c.mirror, c); });
    QSignalSpy finished(&checker, &HttpChecker::finished);
    QElapsedTimer timer;
    timer.start();
    checker.check(m_records + QList<MirrorRecord>{refused, silent});
    QVERIFY(finished.wait(30000));
    const qint64 elapsed = timer.elapsed();
    ::close(silentFd);
    QCOMPARE(checks.size(), 8);
    QVERIFY2(elapsed < 8000, "a silent mirror must not hold up the sweep beyond its own timeout");

    const int current = m_lab->upstream().database().versions().daily;
    const HttpCheck fresh = checks.value(m_records.at(kFresh).name);
    QVERIFY(fresh.reachable);
    QVERIFY(fresh.timestamp.has_value());
    QCOMPARE(fresh.timestampSource, QStringLiteral("Last-Modified"));
    QVERIFY(fresh.timestamp->secsTo(QDateTime::currentDateTimeUtc()) < 600);
    QCOMPARE(fresh.cvdVersions.value(QStringLiteral("daily")), current);
    QCOMPARE(fresh.cvdVersions.value(QStringLiteral("main")), 62);
    QVERIFY(!fresh.rangeIgnored);
    QVERIFY(fresh.localTestServed());
    QCOMPARE(fresh.vhosts.size(), 4);
    for (auto it = fresh.vhosts.cbegin(); it != fresh.vhosts.cend(); ++it)
        QVERIFY2(it.value(), qPrintable(it.key()));
    QVERIFY(fresh.redirects.isEmpty());

    const HttpCheck aged = checks.value(m_records.at(kAged).name);
    QVERIFY(qAbs(aged.timestamp->secsTo(aged.checkedAt) - 30 * 3600) < 120);

    const HttpCheck down = checks.value(m_records.at(kVhostDown).name);
    QVERIFY(!down.localTestServed());
    QVERIFY(!down.timestamp.has_value());

    const HttpCheck redirect = checks.value(m_records.at(kRedirect).name);
    QVERIFY(!redirect.redirects.isEmpty());
    QVERIFY(redirect.redirects.first().contains(QStringLiteral("/timestamp")) ||
            redirect.redirects.first().contains(QStringLiteral("local_test")) ||
            redirect.redirects.first().contains(QStringLiteral(".cvd")));

    QCOMPARE(checks.value(m_records.at(kLagging).name).cvdVersions.value(QStringLiteral("daily")),
             current - 1);
    QVERIFY(checks.value(m_records.at(kTriggerOnly).name).reachable);

    QVERIFY(!checks.value(refused.name).reachable);
    QVERIFY(!checks.value(refused.name).error.isEmpty());
    QVERIFY(!checks.value(silent.name).reachable);
    QVERIFY(!checks.value(silent.name).error.isEmpty());
}

QTEST_GUILESS_MAIN(TestHttpChecker)
#include "tst_httpchecker.moc"
