#include "ssh/HostKeyStore.h"
#include "ssh/KnownHosts.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// Known, unknown, changed and revoked keys; accepting one, and replacing one.
class TestHostKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void unknownHostIsUnknown();
    void keyFromTheUsersFileIsKnown();
    void differentKeyOfTheSameTypeIsChanged();
    void otherKeyTypesOnRecordStillNeedAnAccept();
    void revokedKeyIsRefused();
    void acceptedKeyBecomesKnownAndPrivate();
    void acceptingAChangedKeyOverridesTheUsersFile();
    void keyTrustedForTheSessionIsNeverWritten();

private:
    QList<KnownHostEntry> m_keys; // ed25519, ecdsa, rsa from the sample
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_console;
    QString m_user;
    QByteArray blob(int i) const { return m_keys.at(i).keyBlob; }
    QByteArray type(int i) const { return m_keys.at(i).keyType; }
};

void TestHostKeyStore::init()
{
    QFile sample(QStringLiteral(MC_TEST_DATA "/known_hosts/plain"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray text = sample.readAll();
    m_keys = KnownHosts::parse(text).entries.mid(0, 3);
    m_dir = std::make_unique<QTemporaryDir>();
    m_console = m_dir->filePath(QStringLiteral("console/known_hosts"));
    m_user = m_dir->filePath(QStringLiteral("user_known_hosts"));
    QFile user(m_user);
    QVERIFY(user.open(QIODevice::WriteOnly));
    user.write(text);
}

void TestHostKeyStore::unknownHostIsUnknown()
{
    HostKeyStore store(m_console, {m_user});
    const HostKeyVerdict v = store.verify("203.0.113.5", 22, type(0), blob(0));
    QCOMPARE(v.status, HostKeyVerdict::Status::Unknown);
    QCOMPARE(v.presentedFingerprint, KnownHosts::fingerprint(blob(0)));
    QVERIFY(!v.otherKeyTypesKnown);
    QVERIFY(v.explain(QStringLiteral("m1"), QStringLiteral("x")).contains(v.presentedFingerprint));
}

void TestHostKeyStore::keyFromTheUsersFileIsKnown()
{
    HostKeyStore store(m_console, {m_user});
    QCOMPARE(store.verify("mirror1.example.de", 22, type(0), blob(0)).status,
             HostKeyVerdict::Status::Known);
    QCOMPARE(store.verify("192.0.2.11", 2222, type(1), blob(1)).status,
             HostKeyVerdict::Status::Known);
}

void TestHostKeyStore::differentKeyOfTheSameTypeIsChanged()
{
    HostKeyStore store(m_console, {m_user});
    // The wildcard *.lab.test line knows key 0; present a different ed25519 key.
    QByteArray other = blob(0);
    other[other.size() - 1] = char(other.at(other.size() - 1) ^ 0x5a);
    const HostKeyVerdict v = store.verify("m7.lab.test", 22, type(0), other);
    QCOMPARE(v.status, HostKeyVerdict::Status::Changed);
    QCOMPARE(v.recordedFingerprints, QStringList{KnownHosts::fingerprint(blob(0))});
    QCOMPARE(v.recordedIn, m_user);
    const QString message =
        v.explain(QStringLiteral("m7.lab.test"), QStringLiteral("clamavdb@m7:22"));
    QVERIFY(message.contains(QStringLiteral("m7.lab.test")));
    QVERIFY(message.contains(v.presentedFingerprint));
    QVERIFY(message.contains(KnownHosts::fingerprint(blob(0))));
}

void TestHostKeyStore::otherKeyTypesOnRecordStillNeedAnAccept()
{
    HostKeyStore store(m_console, {m_user});
    const HostKeyVerdict v = store.verify("192.0.2.12", 22, type(0), blob(0));
    QCOMPARE(v.status, HostKeyVerdict::Status::Unknown);
    QVERIFY(v.otherKeyTypesKnown);
}

void TestHostKeyStore::revokedKeyIsRefused()
{
    HostKeyStore store(m_console, {m_user});
    QCOMPARE(store.verify("192.0.2.13", 22, type(1), blob(1)).status,
             HostKeyVerdict::Status::Revoked);
}

void TestHostKeyStore::acceptedKeyBecomesKnownAndPrivate()
{
    HostKeyStore store(m_console, {m_user});
    QVERIFY(store.accept("127.20.0.9", 2022, type(0), blob(0), false).ok());
    QVERIFY(store.accept("127.20.0.10", 22, type(1), blob(1), false).ok());
    QCOMPARE(store.verify("127.20.0.9", 2022, type(0), blob(0)).status,
             HostKeyVerdict::Status::Known);
    QCOMPARE(store.verify("127.20.0.10", 22, type(1), blob(1)).status,
             HostKeyVerdict::Status::Known);
    QCOMPARE(store.verify("127.20.0.9", 22, type(0), blob(0)).status,
             HostKeyVerdict::Status::Unknown);
    QCOMPARE(QFileInfo(m_console).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestHostKeyStore::acceptingAChangedKeyOverridesTheUsersFile()
{
    HostKeyStore store(m_console, {m_user});
    QVERIFY(store.accept("127.20.0.10", 22, type(1), blob(1), false).ok());
    // mirror1 has key 0 in the user's file and now presents another ed25519 key.
    QByteArray newKey = blob(0);
    newKey[newKey.size() - 1] = char(newKey.at(newKey.size() - 1) ^ 0x33);
    QCOMPARE(store.verify("mirror1.example.de", 22, type(0), newKey).status,
             HostKeyVerdict::Status::Changed);
    QVERIFY(store.accept("mirror1.example.de", 22, type(0), newKey, true).ok());
    QCOMPARE(store.verify("mirror1.example.de", 22, type(0), newKey).status,
             HostKeyVerdict::Status::Known);
    QCOMPARE(store.verify("mirror1.example.de", 22, type(0), blob(0)).status,
             HostKeyVerdict::Status::Changed);
    // Replacing touched only that host.
    QCOMPARE(store.verify("127.20.0.10", 22, type(1), blob(1)).status,
             HostKeyVerdict::Status::Known);
}

void TestHostKeyStore::keyTrustedForTheSessionIsNeverWritten()
{
    {
        HostKeyStore store(m_console, {m_user});
        store.trustForSession("127.20.0.9", 2022, type(0), blob(0));
        QCOMPARE(store.verify("127.20.0.9", 2022, type(0), blob(0)).status,
                 HostKeyVerdict::Status::Known);
        QCOMPARE(store.verify("127.20.0.9", 22, type(0), blob(0)).status,
                 HostKeyVerdict::Status::Unknown);
        QCOMPARE(store.verify("127.20.0.9", 2022, type(1), blob(1)).status,
                 HostKeyVerdict::Status::Unknown);
    }
    HostKeyStore later(m_console, {m_user});
    QCOMPARE(later.verify("127.20.0.9", 2022, type(0), blob(0)).status,
             HostKeyVerdict::Status::Unknown);
}

QTEST_GUILESS_MAIN(TestHostKeyStore)
#include "tst_hostkeystore.moc"
