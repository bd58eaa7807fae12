#include "LabPrimaryDns.h"
#include "LabProcess.h"
#include "dns/DnsPublisher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// The plan reaching a real BIND primary: as one nsupdate signed with TSIG,
// or as a zone fragment the primary reloads; refused keys, failing reloads
// and a primary that never answers end within the deadline and change
// nothing.
class TestDnsPublisher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nsupdateReplacesTheChangedNames();
    void aWrongKeyChangesNothing();
    void aKeyOthersMayReadIsRefused();
    void aPrimaryThatNeverAnswersEndsAtTheDeadline();
    void aZoneFragmentIsWrittenAndReloaded();
    void aFailingReloadIsTold();

private:
    DnsPublishing nsupdate(const QString& keyFile) const;
    static DnsPlan plan(const QList<std::pair<QString, QStringList>>& countries);
    static std::pair<bool, QString> publish(DnsPublisher& publisher, const DnsPlan& plan);

    QTemporaryDir m_dir;
    std::unique_ptr<LabPrimaryDns> m_primary;
};

void TestDnsPublisher::initTestCase()
{
    m_primary = std::make_unique<LabPrimaryDns>(m_dir.filePath(QStringLiteral("named")));
    QString error;
    QVERIFY2(m_primary->start(&error), qPrintable(error));
}

DnsPublishing TestDnsPublisher::nsupdate(const QString& keyFile) const
{
    DnsPublishing p;
    p.method = DnsPublishing::Method::Nsupdate;
    p.server = {m_primary->address(), m_primary->port()};
    p.keyFile = keyFile;
    p.timeout = std::chrono::seconds(5);
    return p;
}

DnsPlan TestDnsPublisher::plan(const QList<std::pair<QString, QStringList>>& countries)
{
    DnsPlan plan;
    qint64 id = 0;
    for (const auto& [country, addresses] : countries) {
        CountryRecords& set = plan.sets[country];
        set.country = country;
        for (const QString& address : addresses)
            set.records.append({++id, QStringLiteral("m%1.example").arg(id), address});
        // What would be a record in an update, and one in a zone file.
        set.notes << QStringLiteral("a note\nupdate add evil.clamav.net. 60 IN A 6.6.6.6")
                  << QStringLiteral("a note\nevil.clamav.net. 60 IN A 6.6.6.6");
        plan.changed << country;
    }
    return plan;
}

std::pair<bool, QString> TestDnsPublisher::publish(DnsPublisher& publisher, const DnsPlan& plan)
{
    QSignalSpy finished(&publisher, &DnsPublisher::finished);
    if (!publisher.publish(plan, QStringLiteral("test")))
        return {false, QStringLiteral("not started")};
    if (!finished.wait(30000))
        return {false, QStringLiteral("no end")};
    return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
}

void TestDnsPublisher::nsupdateReplacesTheChangedNames()
{
    DnsPublisher publisher(nsupdate(m_primary->keyFile()));
    auto [ok, why] = publish(
        publisher,
        plan({{QStringLiteral("DE"), {QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.2")}},
              {QStringLiteral("PL"), {QStringLiteral("2001:db8::7")}},
              {QStringLiteral("JP"), {}}}));
    QVERIFY2(ok, qPrintable(why));
    QCOMPARE(m_primary->lookup(QStringLiteral("db.de.clamav.net"), QStringLiteral("A")),
             (QStringList{QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.2")}));
    QCOMPARE(m_primary->lookup(QStringLiteral("db.pl.clamav.net"), QStringLiteral("AAAA")),
             QStringList{QStringLiteral("2001:db8::7")});
    QCOMPARE(m_primary->lookup(QStringLiteral("db.jp.clamav.net"), QStringLiteral("CNAME")),
             QStringList{QStringLiteral("db.local.clamav.net.")});
    QVERIFY(m_primary->lookup(QStringLiteral("evil.clamav.net"), QStringLiteral("A")).isEmpty());

    // DE emptied: its addresses go, the fallback comes, in one update; PL untouched.
    DnsPlan next = plan({{QStringLiteral("DE"), {}}});
    std::tie(ok, why) = publish(publisher, next);
    QVERIFY2(ok, qPrintable(why));
    // An A query meets the CNAME alone.
    QCOMPARE(m_primary->lookup(QStringLiteral("db.de.clamav.net"), QStringLiteral("A")),
             QStringList{QStringLiteral("db.local.clamav.net.")});
    QCOMPARE(m_primary->lookup(QStringLiteral("db.de.clamav.net"), QStringLiteral("CNAME")),
             QStringList{QStringLiteral("db.local.clamav.net.")});
    QCOMPARE(m_primary->lookup(QStringLiteral("db.pl.clamav.net"), QStringLiteral("AAAA")),
             QStringList{QStringLiteral("2001:db8::7")});
    // And back.
    std::tie(ok, why) =
        publish(publisher, plan({{QStringLiteral("DE"), {QStringLiteral("192.0.2.9")}}}));
    QVERIFY2(ok, qPrintable(why));
    QCOMPARE(m_primary->lookup(QStringLiteral("db.de.clamav.net"), QStringLiteral("A")),
             QStringList{QStringLiteral("192.0.2.9")});
    QVERIFY(
        m_primary->lookup(QStringLiteral("db.de.clamav.net"), QStringLiteral("CNAME")).isEmpty());
}

void TestDnsPublisher::aWrongKeyChangesNothing()
{
    const QStringList before =
        m_primary->lookup(QStringLiteral("db.pl.clamav.net"), QStringLiteral("AAAA"));
    DnsPublisher publisher(nsupdate(m_primary->wrongKeyFile()));
    const auto [ok, why] =
        publish(publisher, plan({{QStringLiteral("PL"), {QStringLiteral("192.0.2.66")}}}));
    QVERIFY(!ok);
    QVERIFY2(why.startsWith(QStringLiteral("nsupdate failed with exit code")), qPrintable(why));
    QCOMPARE(m_primary->lookup(QStringLiteral("db.pl.clamav.net"), QStringLiteral("AAAA")), before);
    QVERIFY(m_primary->lookup(QStringLiteral("db.pl.clamav.net"), QStringLiteral("A")).isEmpty());
}

void TestDnsPublisher::aKeyOthersMayReadIsRefused()
{
    const QString key = m_dir.filePath(QStringLiteral("shared.key"));
    QVERIFY(QFile::copy(m_primary->keyFile(), key));
    QVERIFY(QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadOther));
    DnsPublisher shared(nsupdate(key));
    auto [ok, why] =
        publish(shared, plan({{QStringLiteral("PL"), {QStringLiteral("192.0.2.66")}}}));
    QVERIFY(!ok);
    QVERIFY2(why.contains(QStringLiteral("may be read by others than its owner")), qPrintable(why));
    DnsPublisher none(nsupdate({}));
    std::tie(ok, why) = publish(none, plan({{QStringLiteral("PL"), {}}}));
    QVERIFY(!ok);
    QVERIFY2(why.contains(QStringLiteral("dns/key-file")), qPrintable(why));
    DnsPublisher missing(nsupdate(m_dir.filePath(QStringLiteral("no-such.key"))));
    std::tie(ok, why) = publish(missing, plan({{QStringLiteral("PL"), {}}}));
    QVERIFY(!ok);
    QVERIFY2(why.contains(QStringLiteral("does not exist")), qPrintable(why));
}

void TestDnsPublisher::aPrimaryThatNeverAnswersEndsAtTheDeadline()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const int silent = LabProcess::listenSilently(QStringLiteral("127.0.0.1"), port);
    QVERIFY(silent >= 0);
    DnsPublishing p = nsupdate(m_primary->keyFile());
    p.server.port = port;
    p.timeout = std::chrono::seconds(2);
    DnsPublisher publisher(p);
    QElapsedTimer clock;
    clock.start();
    const auto [ok, why] = publish(publisher, plan({{QStringLiteral("PL"), {}}}));
    ::close(silent);
    QVERIFY(!ok);
    QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(why.startsWith(QStringLiteral("nsupdate")), qPrintable(why));
}

void TestDnsPublisher::aZoneFragmentIsWrittenAndReloaded()
{
    LabPrimaryDns primary(m_dir.filePath(QStringLiteral("fragment")),
                          LabPrimaryDns::Zone::Fragment);
    QString error;
    QVERIFY2(primary.start(&error), qPrintable(error));
    DnsPublishing p;
    p.method = DnsPublishing::Method::ZoneFile;
    p.zoneFile = primary.fragmentFile();
    p.reloadCommand = primary.reloadCommand();
    DnsPublisher publisher(p);
    const auto [ok, why] = publish(
        publisher,
        plan({{QStringLiteral("SE"), {QStringLiteral("192.0.2.5")}}, {QStringLiteral("NO"), {}}}));
    QVERIFY2(ok, qPrintable(why));
    QTRY_COMPARE_WITH_TIMEOUT(
        primary.lookup(QStringLiteral("db.se.clamav.net"), QStringLiteral("A")),
        QStringList{QStringLiteral("192.0.2.5")}, 10000);
    QCOMPARE(primary.lookup(QStringLiteral("db.no.clamav.net"), QStringLiteral("CNAME")),
             QStringList{QStringLiteral("db.local.clamav.net.")});
    QVERIFY(primary.lookup(QStringLiteral("evil.clamav.net"), QStringLiteral("A")).isEmpty());
    QCOMPARE(QFileInfo(primary.fragmentFile()).permissions() & QFileDevice::ReadOther,
             QFileDevice::ReadOther);
}

void TestDnsPublisher::aFailingReloadIsTold()
{
    DnsPublishing p;
    p.method = DnsPublishing::Method::ZoneFile;
    p.zoneFile = m_dir.filePath(QStringLiteral("fragment.zone"));
    p.reloadCommand = QStringLiteral("/bin/sh -c \"echo no such zone >&2; exit 3\"");
    DnsPublisher publisher(p);
    auto [ok, why] = publish(publisher, plan({{QStringLiteral("SE"), {}}}));
    QVERIFY(!ok);
    // Nothing was there before: nothing is left.
    QCOMPARE(why, QStringLiteral("/bin/sh failed with exit code 3: no such zone; %1 is as it was")
                      .arg(p.zoneFile));
    QVERIFY(!QFile::exists(p.zoneFile));
    // What was there is put back whole.
    QFile before(p.zoneFile);
    QVERIFY(before.open(QIODevice::WriteOnly));
    before.write("; the zone the server serves\n");
    before.close();
    std::tie(ok, why) = publish(publisher, plan({{QStringLiteral("SE"), {}}}));
    QVERIFY(!ok);
    QVERIFY(before.open(QIODevice::ReadOnly));
    QCOMPARE(before.readAll(), QByteArray("; the zone the server serves\n"));
    before.close();
    p.zoneFile = m_dir.filePath(QStringLiteral("no/such/dir/fragment.zone"));
    DnsPublisher unwritable(p);
    std::tie(ok, why) = publish(unwritable, plan({{QStringLiteral("SE"), {}}}));
    QVERIFY(!ok);
    QVERIFY2(why.startsWith(QStringLiteral("cannot write")), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestDnsPublisher)
#include "tst_dnspublisher.moc"
