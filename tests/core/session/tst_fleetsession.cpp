#include "MirrorLab.h"
#include "session/FleetSession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// What the console's acts set going: a refresh asked for during another is
// done after it, and an act that changes what a mirror serves has its
// freshness checked at once, not at the next hourly sweep.
class TestFleetSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void aRefreshAskedForDuringAnotherIsDoneAfterIt();
    void aSyncIsFollowedByAFreshnessCheck();
    void aLockBreakIsFollowedByAFreshnessCheck();
    void aHostKeyAcceptIsFollowedByAFreshnessCheck();
    void aHugeDemoInventoryIsRefused();

private:
    MirrorRecord mirror(int index) const;
    bool waitChecked(const QString& mirror);

    std::unique_ptr<MirrorLab> m_lab;
    std::unique_ptr<FleetSession> m_session;
    QStringList m_checked;
};

void TestFleetSession::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = 4;
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    m_session = std::make_unique<FleetSession>();
    const auto opened =
        m_session->openDemoLab(m_lab->directory() + QStringLiteral("/inventory.json"));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
    connect(m_session.get(), &FleetSession::mirrorChecked, this,
            [this](const FreshnessResult& r) { m_checked << r.check.mirror; });
}

void TestFleetSession::cleanupTestCase()
{
    m_session.reset();
    m_lab.reset();
}

void TestFleetSession::init()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->refreshing() && !m_session->checkingFreshness(), 60000);
    m_checked.clear();
}

MirrorRecord TestFleetSession::mirror(int index) const
{
    return *m_session->inventory().find(m_lab->mirror(index).identity().name);
}

bool TestFleetSession::waitChecked(const QString& mirror)
{
    return QTest::qWaitFor([&] { return m_checked.contains(mirror); }, 30000);
}

void TestFleetSession::aRefreshAskedForDuringAnotherIsDoneAfterIt()
{
    QSignalSpy finished(m_session.get(), &FleetSession::refreshFinished);
    QStringList refreshed;
    QObject scope;
    connect(m_session.get(), &FleetSession::mirrorRefreshed, &scope,
            [&](const MirrorFacts& facts) { refreshed << facts.mirror; });
    const MirrorRecord one = mirror(1);
    m_session->refreshAll();
    QVERIFY(m_session->refreshing());
    m_session->refresh({one}); // Refresh selection, or an act's own refresh
    m_session->refresh({one});
    QVERIFY(QTest::qWaitFor([&] { return finished.size() == 2; }, 60000));
    QCOMPARE(refreshed.count(one.name), 2);
    QCOMPARE(finished.last().at(0).toInt(), 1);

    // A whole refresh asked for during one is done again after it.
    m_session->refreshAll();
    m_session->refreshAll();
    QVERIFY(QTest::qWaitFor([&] { return finished.size() == 4; }, 60000));
    QCOMPARE(finished.last().at(0).toInt(), 4);
    QTest::qWait(300);
    QCOMPARE(finished.size(), 4);
}

void TestFleetSession::aSyncIsFollowedByAFreshnessCheck()
{
    const MirrorRecord synced = mirror(1);
    m_session->triggerSync({synced}, QStringLiteral("rsync1"));
    QVERIFY(waitChecked(synced.name));
    QVERIFY(!m_checked.contains(m_lab->mirror(2).identity().name));
}

void TestFleetSession::aLockBreakIsFollowedByAFreshnessCheck()
{
    QString error;
    QVERIFY2(m_lab->applyFault(2, QStringLiteral("stale-lock=9000"), &error), qPrintable(error));
    QSignalSpy acted(m_session.get(), &FleetSession::actFinished);
    m_session->breakStaleLock(mirror(2));
    QVERIFY(acted.wait(30000));
    QVERIFY2(acted.first().at(1).toBool(), qPrintable(acted.first().at(2).toString()));
    QVERIFY(waitChecked(mirror(2).name));
}

void TestFleetSession::aHostKeyAcceptIsFollowedByAFreshnessCheck()
{
    QString error;
    QVERIFY2(m_lab->applyFault(3, QStringLiteral("changed-host-key"), &error), qPrintable(error));
    m_session->reconnect();
    QSignalSpy asked(m_session.get(), &FleetSession::hostKeyQuestion);
    m_session->refresh({mirror(3)});
    QVERIFY(asked.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->refreshing(), 30000);
    m_session->acceptHostKey(asked.first().at(0).value<MirrorRecord>(),
                             asked.first().at(1).value<HostKeyVerdict>(), true);
    QVERIFY(waitChecked(mirror(3).name));
}

QTEST_MAIN(TestFleetSession)
void TestFleetSession::aHugeDemoInventoryIsRefused()
{
    QTemporaryDir dir;
    QFile huge(dir.filePath(QStringLiteral("inventory.json")));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(65 * 1024 * 1024)); // sparse: no disk spent
    huge.close();
    FleetSession session;
    const auto opened = session.openDemoLab(huge.fileName());
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QStringLiteral("larger than 64 MB")),
             qPrintable(opened.error()));
}

#include "tst_fleetsession.moc"
