#include "app/ConsoleSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Typed settings with one table of keys, defaults and ranges.
class TestConsoleSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsComeFromTheTable();
    void valuesPersistAndReachThePool();
    void badValuesAreRefusedNamingTheRange();
    void aFileEditedByHandIsHeldToTheSameRules();
    void dnsPublishingIsTyped();
};

void TestConsoleSettings::defaultsComeFromTheTable()
{
    QTemporaryDir dir;
    const ConsoleSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    const SshPoolSettings pool = settings.poolSettings();
    QCOMPARE(pool.maxMirrors, 32);
    QCOMPARE(pool.ssh.connectTimeout, std::chrono::milliseconds(10000));
    QCOMPARE(pool.ssh.operationTimeout, std::chrono::milliseconds(120000));
    QCOMPARE(settings.historyRetentionDays(), 400);
}

void TestConsoleSettings::valuesPersistAndReachThePool()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    QString error;
    {
        ConsoleSettings settings(path);
        QVERIFY(settings.setValue(QStringLiteral("ssh/max-mirrors"), QStringLiteral("8"), &error));
        QVERIFY(
            settings.setValue(QStringLiteral("ssh/connect-timeout"), QStringLiteral("3"), &error));
        QVERIFY(settings.setValue(QStringLiteral("history/retention-days"), QStringLiteral("30"),
                                  &error));
        // The key file must be there to be taken; nothing means the agent only.
        QVERIFY(!settings.setValue(QStringLiteral("ssh/key-file"),
                                   dir.filePath(QStringLiteral("missing")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
        QVERIFY(!settings.setValue(QStringLiteral("ssh/key-file"), dir.path(), &error));
        QVERIFY(settings.setValue(QStringLiteral("ssh/key-file"), path, &error));
    }
    QCOMPARE(ConsoleSettings(path).poolSettings().identity.keyFile, path);
    {
        ConsoleSettings settings(path);
        QVERIFY(settings.setValue(QStringLiteral("ssh/key-file"), QString(), &error));
    }
    const ConsoleSettings reread(path);
    QVERIFY(reread.poolSettings().identity.keyFile.isEmpty());
    QCOMPARE(reread.poolSettings().maxMirrors, 8);
    QCOMPARE(reread.poolSettings().ssh.connectTimeout, std::chrono::milliseconds(3000));
    QCOMPARE(reread.historyRetentionDays(), 30);
}

void TestConsoleSettings::badValuesAreRefusedNamingTheRange()
{
    QTemporaryDir dir;
    ConsoleSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    QString error;
    QVERIFY(!settings.setValue(QStringLiteral("ssh/max-mirrors"), QStringLiteral("0"), &error));
    QVERIFY(error.contains(QStringLiteral("1 to 512")));
    QVERIFY(!settings.setValue(QStringLiteral("ssh/max-mirrors"), QStringLiteral("lots"), &error));
    QVERIFY(!settings.setValue(QStringLiteral("ssh/colour"), QStringLiteral("1"), &error));
    QVERIFY(error.contains(QStringLiteral("ssh/max-mirrors")));
    QCOMPARE(settings.poolSettings().maxMirrors, 32);
}

void TestConsoleSettings::aFileEditedByHandIsHeldToTheSameRules()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings edited(path, QSettings::IniFormat);
        edited.setValue(QStringLiteral("dns/zone"), QStringLiteral("clamav.net.\nupdate add x"));
        edited.setValue(QStringLiteral("dns/timeout"), 0);
        edited.setValue(QStringLiteral("dns/ttl"), QStringLiteral("soon"));
        edited.setValue(QStringLiteral("dns/server"), QStringLiteral("::1"));
        edited.setValue(QStringLiteral("dns/reload-command"), QStringLiteral("rndc reload\nrm"));
    }
    const DnsPublishing dns = ConsoleSettings(path).dnsPublishing();
    QCOMPARE(dns.names.zone, QStringLiteral("clamav.net"));
    QCOMPARE(dns.timeout, std::chrono::seconds(30));
    QCOMPARE(dns.names.ttl, 300);
    QCOMPARE(dns.server.host, QStringLiteral("::1")); // an address is a server's name too
    QVERIFY(dns.reloadCommand.isEmpty());
}

void TestConsoleSettings::dnsPublishingIsTyped()
{
    QTemporaryDir dir;
    ConsoleSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    QCOMPARE(settings.dnsPublishing().method, DnsPublishing::Method::Off);
    QString error;
    QVERIFY(!settings.setValue(QStringLiteral("dns/publish"), QStringLiteral("bind"), &error));
    QVERIFY(error.contains(QStringLiteral("off, nsupdate, zone-file")));
    QVERIFY(!settings.setValue(QStringLiteral("dns/zone-file"), QStringLiteral("fragment.zone"),
                               &error));
    QVERIFY(error.contains(QStringLiteral("absolute path")));
    QVERIFY(!settings.setValue(QStringLiteral("dns/max-removals"), QStringLiteral("0"), &error));
    QVERIFY(settings.setValue(QStringLiteral("dns/publish"), QStringLiteral("zone-file"), &error));
    QVERIFY(settings.setValue(QStringLiteral("dns/zone-file"),
                              QStringLiteral("/etc/bind/clamav/db.fragment"), &error));
    QVERIFY(settings.setValue(QStringLiteral("dns/reload-command"),
                              QStringLiteral("/usr/sbin/rndc reload clamav.net"), &error));
    const DnsPublishing dns = settings.dnsPublishing();
    QCOMPARE(dns.method, DnsPublishing::Method::ZoneFile);
    QCOMPARE(dns.zoneFile, QStringLiteral("/etc/bind/clamav/db.fragment"));
    QCOMPARE(dns.reloadCommand, QStringLiteral("/usr/sbin/rndc reload clamav.net"));
    QCOMPARE(dns.maxRemovals, 3);
}

QTEST_GUILESS_MAIN(TestConsoleSettings)
#include "tst_consolesettings.moc"
