#include "inventory/InventoryExchange.h"
#include "inventory/MirrorChange.h"

#include <QFile>
#include <QTest>

// Mirrors to and from JSON and CSV; the lab's inventory reads as is.
class TestInventoryExchange : public QObject
{
    Q_OBJECT

private slots:
    void readsTheLabsInventory();
    void jsonRoundTrips();
    void badEntriesAreNamedAndSkipped();
    void notJsonIsSaidSo();
    void csvQuotesWhatNeedsIt();
    void anUpdateChangesOnlyTheFieldsGiven();
};

void TestInventoryExchange::readsTheLabsInventory()
{
    QFile file(QStringLiteral(MC_TEST_DATA "/lab-inventory.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const InventoryExchange::Imported imported = InventoryExchange::fromJson(file.readAll());
    QVERIFY2(imported.problems.isEmpty(), qPrintable(imported.problems.value(0).describe()));
    QCOMPARE(imported.mirrors.size(), 2);
    const MirrorRecord& shell = imported.mirrors.at(0);
    QCOMPARE(shell.name, QStringLiteral("mirror001.de.lab.test"));
    QCOMPARE(shell.address, QStringLiteral("127.20.0.1"));
    QCOMPARE(shell.country, QStringLiteral("DE"));
    QCOMPARE(shell.accessMode, AccessMode::Shell);
    QCOMPARE(shell.keyFile, QStringLiteral("/tmp/smp/team/id_ed25519"));
    QCOMPARE(shell.documentRoot, QStringLiteral("/tmp/smp/mirrors/000/home/public_html"));
    QCOMPARE(imported.mirrors.at(1).accessMode, AccessMode::TriggerOnly);
    QCOMPARE(imported.mirrors.at(1).rsyncHost, QStringLiteral("rsync2.clamav.net"));
}

void TestInventoryExchange::jsonRoundTrips()
{
    MirrorRecord r;
    r.name = QStringLiteral("clamav.foo.com");
    r.address = QStringLiteral("2001:db8::1");
    r.country = QStringLiteral("PL");
    r.adminEmail = QStringLiteral("john@foo.com");
    r.tags = {QStringLiteral("eu")};
    r.notes = QStringLiteral("line one\nline \"two\"");
    r.enabled = false;
    r.sshPort = 2222;
    r.accessMode = AccessMode::TriggerOnly;
    const InventoryExchange::Imported back =
        InventoryExchange::fromJson(InventoryExchange::toJson({r}));
    QVERIFY(back.problems.isEmpty());
    QCOMPARE(back.mirrors, QList<MirrorRecord>{r});
}

void TestInventoryExchange::badEntriesAreNamedAndSkipped()
{
    const QByteArray json = R"({"mirrors": [
        {"name": "good.example.de", "address": "192.0.2.1", "country": "DE"},
        {"name": "bad.example.de", "address": "192.0.2.2", "country": "Germany"},
        {"name": "port.example.de", "address": "192.0.2.3", "country": "DE", "sshPort": 70000},
        {"name": "mode.example.de", "address": "192.0.2.4", "country": "DE", "accessMode": "sftp"},
        42]})";
    const InventoryExchange::Imported imported = InventoryExchange::fromJson(json);
    QCOMPARE(imported.mirrors.size(), 1);
    QCOMPARE(imported.problems.size(), 4);
    QCOMPARE(imported.problems.at(0).line, 2);
    QVERIFY(imported.problems.at(0).reason.contains(QStringLiteral("bad.example.de")));
    QVERIFY(imported.problems.at(1).reason.contains(QStringLiteral("sshPort")));
    QVERIFY(imported.problems.at(2).reason.contains(QStringLiteral("sftp")));
    QCOMPARE(imported.problems.at(3).line, 5);
}

void TestInventoryExchange::notJsonIsSaidSo()
{
    const InventoryExchange::Imported imported = InventoryExchange::fromJson("{mirrors: oops");
    QCOMPARE(imported.problems.size(), 1);
    QVERIFY(imported.problems.first().reason.startsWith(QStringLiteral("not JSON")));
    QVERIFY(!InventoryExchange::fromJson("[]").problems.isEmpty());
}

void TestInventoryExchange::csvQuotesWhatNeedsIt()
{
    MirrorRecord r;
    r.name = QStringLiteral("clamav.foo.com");
    r.address = QStringLiteral("1.2.3.4");
    r.country = QStringLiteral("PL");
    r.adminName = QStringLiteral("Doe, John \"JD\"");
    const QList<QByteArray> lines = InventoryExchange::toCsv({r}).split('\n');
    QVERIFY(lines.at(0).startsWith("name,address,country,admin_name"));
    QVERIFY(lines.at(1).startsWith("clamav.foo.com,1.2.3.4,PL,\"Doe, John \"\"JD\"\"\","));
}

void TestInventoryExchange::anUpdateChangesOnlyTheFieldsGiven()
{
    MirrorRecord stored;
    stored.id = 7;
    stored.name = QStringLiteral("clamav.example.de");
    stored.address = QStringLiteral("192.0.2.1");
    stored.country = QStringLiteral("DE");
    stored.accessMode = AccessMode::TriggerOnly;
    stored.sshPort = 2222;
    stored.tags = {QStringLiteral("university")};
    stored.enabled = false;
    const InventoryExchange::StoredRecord lookup = [&](const QString& name) {
        return name == stored.name ? std::optional<MirrorRecord>(stored) : std::nullopt;
    };
    // Only a name and notes: everything else as stored, the record still whole.
    auto imported = InventoryExchange::fromJson(
        R"({"mirrors": [{"name": "clamav.example.de", "notes": "moved racks"},
                        {"name": "clamav.example.de", "address": "192.0.2.9"}]})",
        lookup);
    QVERIFY2(imported.problems.isEmpty(), qPrintable(imported.problems.value(0).reason));
    QCOMPARE(imported.mirrors.size(), 2);
    const MirrorRecord& notes = imported.mirrors.at(0);
    QCOMPARE(notes.id, stored.id);
    QCOMPARE(notes.accessMode, AccessMode::TriggerOnly);
    QCOMPARE(notes.sshPort, quint16(2222));
    QCOMPARE(notes.tags, stored.tags);
    QCOMPARE(notes.enabled, false);
    QCOMPARE(notes.notes, QStringLiteral("moved racks"));
    const QList<FieldChange> changes = MirrorChange::between(stored, imported.mirrors.at(1));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().field, QStringLiteral("address"));
    QVERIFY(MirrorChange::mattersToSafety(changes.first()));
    QCOMPARE(MirrorChange::describe(changes), QStringLiteral("address: 192.0.2.1 -> 192.0.2.9"));
    QVERIFY(!MirrorChange::opensAShell(stored, imported.mirrors.at(1)));
    MirrorRecord shell = imported.mirrors.at(1);
    shell.accessMode = AccessMode::Shell;
    QVERIFY(MirrorChange::opensAShell(stored, shell));
    // A bad value is refused, naming it.
    imported = InventoryExchange::fromJson(
        R"({"mirrors": [{"name": "clamav.example.de", "rsyncHost": "--log-file=/tmp/x"}]})",
        lookup);
    QCOMPARE(imported.mirrors.size(), 0);
    QVERIFY2(imported.problems.first().reason.contains(QStringLiteral("push master")),
             qPrintable(imported.problems.first().reason));
}

QTEST_GUILESS_MAIN(TestInventoryExchange)
#include "tst_inventoryexchange.moc"
