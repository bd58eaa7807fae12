#include "ssh/KnownHosts.h"

#include <QFile>
#include <QTest>

// The known_hosts parser on files written by OpenSSH's own tools.
class TestKnownHosts : public QObject
{
    Q_OBJECT

private slots:
    void parsesPlainEntries();
    void matchesHashedNames();
    void honoursWildcardsAndNegation();
    void reportsBadLinesAndKeepsTheRest();
    void fingerprintIsOpenSshs();
    void formatLineRoundTrips();

private:
    static QByteArray data(const char* name);
};

QByteArray TestKnownHosts::data(const char* name)
{
    QFile file(QStringLiteral(MC_TEST_DATA "/known_hosts/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestKnownHosts::parsesPlainEntries()
{
    const KnownHostsFile file = KnownHosts::parse(data("plain"));
    QVERIFY(file.problems.isEmpty());
    QCOMPARE(file.entries.size(), 6);
    const KnownHostEntry& first = file.entries.at(0);
    QCOMPARE(first.line, 2);
    QCOMPARE(first.patterns, (QList<QByteArray>{"mirror1.example.de", "192.0.2.10"}));
    QCOMPARE(first.keyType, QByteArray("ssh-ed25519"));
    QCOMPARE(first.comment, QByteArray("old mirror"));
    QVERIFY(first.matches("MIRROR1.example.de", 22));
    QVERIFY(first.matches("192.0.2.10", 22));
    QVERIFY(!first.matches("192.0.2.10", 2222));

    const KnownHostEntry& ported = file.entries.at(1);
    QCOMPARE(ported.keyType, QByteArray("ecdsa-sha2-nistp256"));
    QVERIFY(ported.matches("192.0.2.11", 2222));
    QVERIFY(!ported.matches("192.0.2.11", 22));

    QCOMPARE(file.entries.at(4).marker, KnownHostEntry::Marker::Revoked);
    QCOMPARE(file.entries.at(5).marker, KnownHostEntry::Marker::CertAuthority);
}

void TestKnownHosts::matchesHashedNames()
{
    const KnownHostsFile file = KnownHosts::parse(data("hashed"));
    QVERIFY(file.problems.isEmpty());
    QCOMPARE(file.entries.size(), 4);
    QVERIFY(file.entries.at(0).patterns.isEmpty());
    QVERIFY(file.entries.at(0).matches("mirror1.example.de", 22));
    QVERIFY(!file.entries.at(0).matches("mirror2.example.de", 22));
    QVERIFY(file.entries.at(1).matches("192.0.2.10", 22));
    QVERIFY(file.entries.at(2).matches("192.0.2.11", 2222));
    QVERIFY(!file.entries.at(2).matches("192.0.2.11", 22));
}

void TestKnownHosts::honoursWildcardsAndNegation()
{
    const KnownHostEntry wildcard = KnownHosts::parse(data("plain")).entries.at(3);
    QVERIFY(wildcard.matches("mirror007.de.lab.test", 22));
    QVERIFY(!wildcard.matches("bad.lab.test", 22));
    QVERIFY(!wildcard.matches("lab.test.example", 22));
    QVERIFY(KnownHosts::wildcardMatch("db.*.clamav.net", "db.pl.clamav.net"));
    QVERIFY(KnownHosts::wildcardMatch("192.0.2.?", "192.0.2.7"));
    QVERIFY(!KnownHosts::wildcardMatch("192.0.2.?", "192.0.2.77"));
}

void TestKnownHosts::reportsBadLinesAndKeepsTheRest()
{
    const QByteArray good = data("plain").split('\n').at(1);
    const QByteArray text =
        "host-only\r\n" + good +
        "\r\n@bogus host ssh-ed25519 AAAA\n"
        "h ssh-ed25519 !!notbase64!!\n"
        "h ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIG7fxhRkMaLOvs9mjjE88ctfQctSXnDZg5DAtzp4uvn0\n"
        "|1|short|x ssh-ed25519 AAAA\n";
    const KnownHostsFile file = KnownHosts::parse(text);
    QCOMPARE(file.entries.size(), 1);
    QCOMPARE(file.entries.first().line, 2);
    QCOMPARE(file.problems.size(), 5);
    QCOMPARE(file.problems.at(0).line, 1);
    QVERIFY(file.problems.at(1).reason.contains(QStringLiteral("@bogus")));
    QVERIFY(file.problems.at(2).reason.contains(QStringLiteral("base64")));
    QVERIFY(file.problems.at(3).reason.contains(QStringLiteral("ssh-rsa")));
    QCOMPARE(file.problems.at(4).line, 6);
    QVERIFY(KnownHosts::parse(QByteArray()).entries.isEmpty());
}

void TestKnownHosts::fingerprintIsOpenSshs()
{
    // As `ssh-keygen -lf -E sha256` printed them for the keys in the sample.
    const KnownHostsFile file = KnownHosts::parse(data("plain"));
    QCOMPARE(KnownHosts::fingerprint(file.entries.at(0).keyBlob),
             QStringLiteral("SHA256:9rqQ4p7RtF/YzyUo/ZECL+UvVvqDhFBQCQmTBTQLtls"));
    QCOMPARE(KnownHosts::fingerprint(file.entries.at(1).keyBlob),
             QStringLiteral("SHA256:I4s5cpguqbC3s5O8qPrsYsiY4iFVCS5qANc6NvHUHds"));
    QCOMPARE(KnownHosts::fingerprint(file.entries.at(2).keyBlob),
             QStringLiteral("SHA256:ZkVhZW2ESerp5AXf3pUYnukQqVvoxH671dU3qj8nF/4"));
}

void TestKnownHosts::formatLineRoundTrips()
{
    const KnownHostEntry original = KnownHosts::parse(data("plain")).entries.at(1);
    const QByteArray line =
        KnownHosts::formatLine("127.20.0.3", 2022, original.keyType, original.keyBlob);
    QVERIFY(line.startsWith("[127.20.0.3]:2022 ecdsa-sha2-nistp256 "));
    const KnownHostsFile reparsed = KnownHosts::parse(line);
    QCOMPARE(reparsed.entries.size(), 1);
    QCOMPARE(reparsed.entries.first().keyBlob, original.keyBlob);
    QVERIFY(reparsed.entries.first().matches("127.20.0.3", 2022));
}

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
