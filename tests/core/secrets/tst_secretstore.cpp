#include "inventory/AuditTrail.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/MirrorInventory.h"
#include "secrets/SecretStore.h"

#include <QDirIterator>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

// Secrets live in a real Secret Service (gnome-keyring in a private D-Bus
// session) and nowhere else.
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadRemove();
    void missingSecretIsNamed();
    void secretsNeverReachTheConsolesFiles();

private:
    template <typename T>
    static Result<T> wait(std::function<void(std::function<void(Result<T>)>)> call);
};

template <typename T>
Result<T> TestSecretStore::wait(std::function<void(std::function<void(Result<T>)>)> call)
{
    std::optional<Result<T>> result;
    call([&](Result<T> r) { result.emplace(std::move(r)); });
    [[maybe_unused]] const bool arrived =
        QTest::qWaitFor([&] { return result.has_value(); }, 20000);
    return result.value_or(Result<T>(fail(QStringLiteral("the keychain did not answer"))));
}

void TestSecretStore::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/run-with-keyring, which starts the secret service");
    QCoreApplication::setOrganizationName(QStringLiteral("mirror-console"));
    QCoreApplication::setApplicationName(QStringLiteral("mirror-console"));
}

void TestSecretStore::writeReadRemove()
{
    SecretStore store(QStringLiteral("mirror-console-test"));
    const QByteArray secret("pa$$ phrase\n\x01\xff", 14);
    const QString key = SecretStore::keyPassphraseKey(QStringLiteral("/tmp/team/id_ed25519"));
    const auto written = wait<Done>([&](auto done) { store.write(key, secret, done); });
    QVERIFY2(written, written ? "" : qPrintable(written.error()));
    const auto read = wait<QByteArray>([&](auto done) { store.read(key, done); });
    QVERIFY2(read, read ? "" : qPrintable(read.error()));
    QCOMPARE(read.value(), secret);
    QVERIFY(wait<Done>([&](auto done) { store.remove(key, done); }));
    QVERIFY(!wait<QByteArray>([&](auto done) { store.read(key, done); }));
}

void TestSecretStore::missingSecretIsNamed()
{
    SecretStore store(QStringLiteral("mirror-console-test"));
    const QString key = SecretStore::rsyncPasswordKey(QStringLiteral("never.example.de"));
    const auto read = wait<QByteArray>([&](auto done) { store.read(key, done); });
    QVERIFY(!read);
    QVERIFY(read.error().contains(key));
}

void TestSecretStore::secretsNeverReachTheConsolesFiles()
{
    const QByteArray passphrase = "passphrase-4f1d9c-never-on-disk";
    const QByteArray rsyncPassword = "rsync-pw-77ab02-never-on-disk";
    SecretStore store;
    QVERIFY(wait<Done>([&](auto done) {
        store.write(SecretStore::keyPassphraseKey(QStringLiteral("/k")), passphrase, done);
    }));
    QVERIFY(wait<Done>([&](auto done) {
        store.write(SecretStore::rsyncPasswordKey(QStringLiteral("clamav.foo.com")), rsyncPassword,
                    done);
    }));

    // The console's other stores, used the way the console uses them.
    InventoryDatabase db;
    QVERIFY(db.open(InventoryDatabase::defaultPath()));
    MirrorRecord mirror;
    mirror.name = QStringLiteral("clamav.foo.com");
    mirror.address = QStringLiteral("192.0.2.1");
    mirror.country = QStringLiteral("PL");
    QVERIFY(MirrorInventory(db).add(mirror));
    QVERIFY(AuditTrail(db).record(mirror.name, QStringLiteral("rsync-password-set"),
                                  QStringLiteral("stored in the keychain")));
    QSettings settings;
    settings.setValue(QStringLiteral("ssh/keyFile"), QStringLiteral("/k"));
    settings.sync();

    const auto stored = wait<QByteArray>(
        [&](auto done) { store.read(SecretStore::rsyncPasswordKey(mirror.name), done); });
    QCOMPARE(stored.value(), rsyncPassword);

    int files = 0;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        QVERIFY2(!content.contains(passphrase), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(rsyncPassword), qPrintable(file.fileName()));
    }
    QVERIFY2(files >= 3, "the inventory, the settings and the keyring itself were searched");
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
