#include "LabPrimaryDns.h"
#include "LabSmtp.h"
#include "MirrorLab.h"
#include "MonitorState.h"
#include "inventory/MaintenanceWindows.h"
#include "inventory/MirrorInventory.h"
#include "inventory/ProbeHistory.h"
#include "notify/AlertBook.h"
#include "notify/Outbox.h"
#include "service/MonitorService.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The How-to's DNS kept by the monitoring service over a real lab, a real
// BIND primary and a real mail server: a mirror old for two days leaves
// db.XY and its admin hears of it; back, it is told fine again and returns
// after a fresh check; a maintenance window keeps it out in silence until a
// check after it; half the fleet unreachable at once changes no record and
// makes one alert about the checker.
class TestMonitorDns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theFreshFleetIsPublished();
    void twoDaysOldLeavesDnsAndItsAdminIsTold();
    void backItIsToldAndReturns();
    void maintenanceKeepsAMirrorOutUntilAFreshCheck();
    void theCheckersOwnFailureChangesNothing();

private:
    struct Run
    {
        QStringList notes;
        QList<DnsPlan> planned; // none: the checker failed
        QList<DnsPlan> published;
        QList<LabSmtp::Mail> mails; // those this run sent
        QString failure;
        QByteArray metrics; // the page as the sweep left it
    };
    Run run(bool expectUpdate);
    QString name(int i) { return m_lab->mirror(i).identity().name; }
    QString address(int i) { return m_lab->mirror(i).identity().address; }
    QStringList records(int i)
    {
        return m_dns->lookup(
            QStringLiteral("db.%1.clamav.net").arg(m_lab->mirror(i).identity().country.toLower()),
            QStringLiteral("A"));
    }
    qint64 idOf(InventoryDatabase& db, int i) { return MirrorInventory(db).find(name(i))->id; }

    QTemporaryDir m_dir;
    std::unique_ptr<MirrorLab> m_lab;
    std::unique_ptr<LabSmtp> m_smtp;
    std::unique_ptr<LabPrimaryDns> m_dns;
    QString m_state;
    QHostAddress m_nameserver;
    static constexpr int kMirrors = 6; // six countries
    static constexpr char kFallback[] = "db.local.clamav.net.";
};

void TestMonitorDns::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = kMirrors;
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    m_smtp = std::make_unique<LabSmtp>(m_dir.filePath(QStringLiteral("smtp")));
    QVERIFY2(m_smtp->start(&error), qPrintable(error));
    m_dns = std::make_unique<LabPrimaryDns>(m_dir.filePath(QStringLiteral("named")));
    QVERIFY2(m_dns->start(&error), qPrintable(error));

    m_state = m_dir.filePath(QStringLiteral("state"));
    const auto nameserver = MonitorState::make(
        m_lab->directory(), m_state, MonitorState::withAdmins,
        MonitorState::mailTo(*m_smtp) +
            MonitorState::Settings{
                {QStringLiteral("http/timeout"), QStringLiteral("60")},
                // One check without an answer would take a mirror out: the
                // checker's guard is all that keeps them in below.
                {QStringLiteral("alerts/unreachable-checks"), QStringLiteral("1")},
                {QStringLiteral("dns/publish"), QStringLiteral("nsupdate")},
                {QStringLiteral("dns/server"), m_dns->address()},
                {QStringLiteral("dns/server-port"), QString::number(m_dns->port())},
                {QStringLiteral("dns/key-file"), m_dns->keyFile()}});
    QVERIFY2(nameserver, qPrintable(nameserver.ok() ? QString() : nameserver.error()));
    m_nameserver = *nameserver;
}

void TestMonitorDns::cleanupTestCase()
{
    m_dns.reset();
    m_smtp.reset();
    m_lab.reset();
}

TestMonitorDns::Run TestMonitorDns::run(bool expectUpdate)
{
    Run result;
    const qsizetype before = m_smtp->mails().size();
    MonitorService service({m_state, LabSmtp::password(), m_nameserver, {}});
    QSignalSpy swept(&service, &MonitorService::sweepFinished);
    QSignalSpy mailed(&service, &MonitorService::mailsSent);
    connect(&service, &MonitorService::note, this,
            [&result](const QString& n) { result.notes << n; });
    connect(&service, &MonitorService::dnsPlanned, this,
            [&result](const DnsPlan& plan) { result.planned << plan; });
    connect(&service, &MonitorService::dnsPublished, this,
            [&result](const DnsPlan& plan) { result.published << plan; });
    const auto waitFor = [](const std::function<bool()>& done) {
        QDeadlineTimer deadline(30000);
        while (!done() && !deadline.hasExpired())
            QTest::qWait(50);
        return done();
    };
    if (!service.start() || !swept.wait(90000)) {
        result.failure = QStringLiteral("no sweep");
        return result;
    }
    // The plan is made before the sweep is told to be over: whether it
    // sends anything is known now, and what it sent is waited for.
    const bool sends = !result.planned.isEmpty() && result.planned.last().changes();
    if (sends != expectUpdate)
        result.failure = sends ? QStringLiteral("an unexpected DNS update")
                               : QStringLiteral("no DNS update planned");
    else if (sends &&
             !waitFor([&] { return !result.published.isEmpty() || !result.notes.isEmpty(); }))
        result.failure = QStringLiteral("the DNS update did not end");
    // The mails the sweep owed have left.
    if (!waitFor([&] {
            return Outbox(service.session().database())
                       .due(QDateTime::currentDateTimeUtc())
                       .isEmpty() &&
                   (mailed.isEmpty() || mailed.last().at(1).toInt() == 0);
        }))
        result.failure = QStringLiteral("mails left in the outbox");
    QTest::qWait(200);
    result.mails = m_smtp->mails().mid(before);
    result.metrics = service.metricsPage(MetricsExposition::Format::Text);
    return result;
}

void TestMonitorDns::theFreshFleetIsPublished()
{
    const Run first = run(true);
    QVERIFY2(first.failure.isEmpty(), qPrintable(first.failure));
    QVERIFY2(first.notes.isEmpty(), qPrintable(first.notes.join(QLatin1Char('\n'))));
    QCOMPARE(first.published.size(), 1);
    QCOMPARE(first.published.first().added.size(), kMirrors);
    for (int i = 0; i < kMirrors; ++i)
        QCOMPARE(records(i), QStringList{address(i)});
    QVERIFY(first.mails.isEmpty());
    // Nothing changed: nothing sent again.
    const Run second = run(false);
    QVERIFY2(second.failure.isEmpty(), qPrintable(second.failure));
    QCOMPARE(second.planned.size(), 1);
    QVERIFY(second.published.isEmpty());
    QVERIFY2(second.notes.isEmpty(), qPrintable(second.notes.join(QLatin1Char('\n'))));
}

void TestMonitorDns::twoDaysOldLeavesDnsAndItsAdminIsTold()
{
    // A day and a half compressed: the fresh check it had was 26 hours ago,
    // a check 25 hours ago found it a day old, and it is still old now.
    QString error;
    QVERIFY2(m_lab->mirror(1).ageTimestamp(49.5, &error), qPrintable(error));
    {
        InventoryDatabase db;
        QVERIFY(db.open(m_state + QStringLiteral("/inventory.sqlite")));
        const qint64 id = idOf(db, 1);
        QSqlQuery shift(db.database());
        shift.prepare(
            QStringLiteral("UPDATE history SET at = at - 26 * 3600 * 1000 WHERE mirror_id = ?"));
        shift.addBindValue(id);
        QVERIFY(shift.exec());
        FreshnessResult old;
        old.check.mirror = name(1);
        old.check.checkedAt = QDateTime::currentDateTimeUtc().addSecs(-25 * 3600);
        old.check.reachable = true;
        old.verdict.kind = FreshnessVerdict::Kind::Old;
        old.verdict.reason = QStringLiteral("timestamp 24.5 h old");
        QVERIFY(ProbeHistory(db).record(
            {id, QStringLiteral("freshness"), old.check.checkedAt, old.toJson()}));
    }
    const Run removed = run(true);
    QVERIFY2(removed.failure.isEmpty(), qPrintable(removed.failure));
    QCOMPARE(removed.published.size(), 1);
    QCOMPARE(removed.published.first().removed.size(), 1);
    QCOMPARE(removed.published.first().removed.first().record.mirror, name(1));
    QCOMPARE(records(1), QStringList{QLatin1String(kFallback)});
    for (int i : {0, 2, 3, 4, 5})
        QCOMPARE(records(i), QStringList{address(i)});
    // The dashboards see it too.
    QVERIFY2(removed.metrics.contains(
                 QByteArray("clamav_mirror_in_dns{mirror=\"" + name(1).toUtf8() + "\"} 0\n")),
             removed.metrics.constData());
    QVERIFY(removed.metrics.contains(
        QByteArray("clamav_mirror_in_dns{mirror=\"" + name(0).toUtf8() + "\"} 1\n")));
    QVERIFY(removed.metrics.contains("mirror_monitor_dns_updates_total 1\n"));
    // The team and the mirror's alerts address, each once.
    QStringList told;
    for (const LabSmtp::Mail& mail : removed.mails) {
        QVERIFY2(mail.subject().contains(QStringLiteral("taken out of DNS")),
                 qPrintable(mail.subject()));
        told << mail.to;
    }
    told.sort();
    QCOMPARE(told, (QStringList{QStringLiteral("alerts@%1").arg(name(1)),
                                QStringLiteral("mirrors@clamav.example")}));
}

void TestMonitorDns::backItIsToldAndReturns()
{
    QString error;
    QVERIFY2(m_lab->mirror(1).ageTimestamp(0, &error), qPrintable(error));
    const Run back = run(true);
    QVERIFY2(back.failure.isEmpty(), qPrintable(back.failure));
    QCOMPARE(back.published.size(), 1);
    QCOMPARE(back.published.first().added.size(), 1);
    QCOMPARE(records(1), QStringList{address(1)});
    QCOMPARE(back.mails.size(), 2);
    for (const LabSmtp::Mail& mail : back.mails)
        QVERIFY2(mail.subject().contains(QStringLiteral("is fine again")),
                 qPrintable(mail.subject()));
}

void TestMonitorDns::maintenanceKeepsAMirrorOutUntilAFreshCheck()
{
    QString error;
    QVERIFY2(m_lab->mirror(2).ageTimestamp(30, &error), qPrintable(error));
    qint64 window = 0;
    {
        InventoryDatabase db;
        QVERIFY(db.open(m_state + QStringLiteral("/inventory.sqlite")));
        MaintenanceWindow w;
        w.mirrorId = idOf(db, 2);
        w.startsAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        w.endsAt = QDateTime::currentDateTimeUtc().addSecs(7200);
        w.reason = QStringLiteral("new disks");
        w.operatorName = QStringLiteral("test");
        const auto added = MaintenanceWindows(db).add(w);
        QVERIFY(added);
        window = added->id;
    }
    const Run during = run(true);
    QVERIFY2(during.failure.isEmpty(), qPrintable(during.failure));
    QVERIFY(during.mails.isEmpty()); // a day old, and nobody told
    QCOMPARE(during.published.size(), 1);
    const QString why = during.published.first().removed.first().why;
    QVERIFY2(why.startsWith(QStringLiteral("in maintenance until ")) &&
                 why.endsWith(QStringLiteral(": new disks")),
             qPrintable(why));
    QCOMPARE(records(2), QStringList{QLatin1String(kFallback)});

    // Over, but still a day old: what it left broken is told, and it stays
    // out until a check finds it fresh.
    {
        InventoryDatabase db;
        QVERIFY(db.open(m_state + QStringLiteral("/inventory.sqlite")));
        QVERIFY(MaintenanceWindows(db).end(window, QDateTime::currentDateTimeUtc()));
    }
    const Run over = run(false);
    QVERIFY2(over.failure.isEmpty(), qPrintable(over.failure));
    QVERIFY(over.published.isEmpty());
    QCOMPARE(records(2), QStringList{QLatin1String(kFallback)});
    QCOMPARE(over.mails.size(), 2);
    QVERIFY2(over.mails.first().subject().contains(QStringLiteral("timestamp a day old")),
             qPrintable(over.mails.first().subject()));
    QVERIFY2(m_lab->mirror(2).ageTimestamp(0, &error), qPrintable(error));
    const Run fresh = run(true);
    QVERIFY2(fresh.failure.isEmpty(), qPrintable(fresh.failure));
    QCOMPARE(fresh.published.size(), 1);
    QCOMPARE(records(2), QStringList{address(2)});
}

void TestMonitorDns::theCheckersOwnFailureChangesNothing()
{
    // Half the fleet gives no HTTP answer at once.
    QString error;
    for (int i : {3, 4, 5})
        QVERIFY2(m_lab->applyFault(i, QStringLiteral("vhost-down"), &error), qPrintable(error));
    const Run blind = run(false);
    QVERIFY2(blind.failure.isEmpty(), qPrintable(blind.failure));
    QVERIFY(blind.planned.isEmpty()); // nothing even planned: the checker was blind
    QVERIFY(blind.published.isEmpty());
    for (int i = 0; i < kMirrors; ++i)
        QCOMPARE(records(i), QStringList{address(i)});
    QCOMPARE(blind.mails.size(), 1);
    QCOMPARE(blind.mails.first().to, QStringList{QStringLiteral("mirrors@clamav.example")});
    QVERIFY2(
        blind.mails.first().subject().contains(QStringLiteral("the checker's own sweep failed")),
        qPrintable(blind.mails.first().subject()));
    QVERIFY(blind.notes.filter(QStringLiteral("checker's own failure")).size() == 1);
    QVERIFY(blind.metrics.contains("mirror_monitor_checker_failed 1\n"));
    {
        InventoryDatabase db;
        QVERIFY(db.open(m_state + QStringLiteral("/inventory.sqlite")));
        const auto raised = AlertBook(db).active();
        for (int i : {3, 4, 5})
            QVERIFY2(!raised.contains(idOf(db, i)), qPrintable(name(i)));
    }
    // A second blind sweep tells nobody again.
    QVERIFY(run(false).mails.isEmpty());
    for (int i : {3, 4, 5})
        QVERIFY2(m_lab->applyFault(i, QStringLiteral("vhost-up"), &error), qPrintable(error));
    const Run seeing = run(false);
    QVERIFY2(seeing.failure.isEmpty(), qPrintable(seeing.failure));
    QCOMPARE(seeing.mails.size(), 1);
    QVERIFY(seeing.mails.first().subject().contains(QStringLiteral("is fine again")));
    for (int i = 0; i < kMirrors; ++i)
        QCOMPARE(records(i), QStringList{address(i)});
}

QTEST_GUILESS_MAIN(TestMonitorDns)
#include "tst_monitordns.moc"
