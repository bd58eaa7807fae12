#include "inventory/InventoryDatabase.h"
#include "inventory/MirrorInventory.h"
#include "inventory/ProbeHistory.h"
#include "session/StoredFacts.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// The store read off the asker's thread, in the order asked, as types.
class TestStoredFacts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void queriesRunOffTheAskersThreadAndAnswerOnIt();
    void workAskedForBeforeTheEndIsDone();
    void aReadAskedAfterAWriteSeesIt();
    void anAnswerToAContextGoneIsDropped();
    void anUnopenableStoreAnswersEmpty();
    void diskTrendPointsReadBackFromTheirJson();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<InventoryDatabase> m_db;
    MirrorRecord m_mirror;
};

void TestStoredFacts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<InventoryDatabase>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("inventory.sqlite"))));
    MirrorRecord mirror;
    mirror.name = QStringLiteral("clamav.example.net");
    mirror.address = QStringLiteral("127.0.0.1");
    mirror.country = QStringLiteral("DE");
    const auto added = MirrorInventory(*m_db).add(mirror);
    QVERIFY2(added, added ? "" : qPrintable(added.error()));
    m_mirror = *added;
}

void TestStoredFacts::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestStoredFacts::queriesRunOffTheAskersThreadAndAnswerOnIt()
{
    StoreThread store(m_db->path());
    QObject context;
    QThread* ranOn = nullptr;
    QThread* answeredOn = nullptr;
    int mirrors = -1;
    store.run<int>(
        &context,
        [&](InventoryDatabase& db) {
            ranOn = QThread::currentThread();
            return int(MirrorInventory(db).all().size());
        },
        [&](const int& count) {
            answeredOn = QThread::currentThread();
            mirrors = count;
        });
    QTRY_COMPARE(mirrors, 1);
    QVERIFY(ranOn && ranOn != QThread::currentThread());
    QCOMPARE(answeredOn, QThread::currentThread());
}

void TestStoredFacts::workAskedForBeforeTheEndIsDone()
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    {
        StoreThread store(m_db->path());
        for (int i = 0; i < 50; ++i) {
            store.run<bool>(
                nullptr,
                [&, i](InventoryDatabase& db) {
                    return bool(ProbeHistory(db).record(
                        {m_mirror.id, QStringLiteral("probe"), at.addSecs(i), QJsonObject{}}));
                },
                [](bool) {});
        }
    }
    QCOMPARE(
        ProbeHistory(*m_db).entries(m_mirror.id, QStringLiteral("probe"), at.addSecs(-1)).size(),
        50);
}

void TestStoredFacts::aReadAskedAfterAWriteSeesIt()
{
    StoredFacts stored(m_db->path());
    QObject context;
    std::optional<FleetRow> before;
    stored.row(m_mirror, &context, [&](const FleetRow& row) { before = row; });
    QTRY_VERIFY(before);
    QVERIFY(!before->facts);
    QCOMPARE(before->sentToday, -1);

    MirrorFacts facts;
    facts.mirror = m_mirror.name;
    facts.probedAt = QDateTime::currentDateTimeUtc();
    facts.probed = true;
    facts.lock.kind = LockState::Kind::Stale;
    QVERIFY(ProbeHistory(*m_db).record(
        {m_mirror.id, QStringLiteral("probe"), facts.probedAt, facts.toJson()}));
    QList<FleetRow> fleet;
    stored.fleet(&context, [&](const QList<FleetRow>& rows) { fleet = rows; });
    QTRY_COMPARE(fleet.size(), 1);
    QVERIFY(fleet.first().facts);
    QCOMPARE(fleet.first().facts->mirrorId, m_mirror.id);
    QCOMPARE(fleet.first().facts->lock.kind, LockState::Kind::Stale);

    // A refresh older than the month shown is not a mirror's state.
    MirrorRecord quiet = m_mirror;
    quiet.id = 0;
    quiet.name = QStringLiteral("quiet.example.net");
    const auto added = MirrorInventory(*m_db).add(quiet);
    QVERIFY(added);
    QVERIFY(ProbeHistory(*m_db).record(
        {added->id, QStringLiteral("probe"),
         facts.probedAt.addDays(-StoredFacts::kFactsShownForDays - 1), facts.toJson()}));
    fleet.clear();
    stored.fleet(&context, [&](const QList<FleetRow>& rows) { fleet = rows; });
    QTRY_COMPARE(fleet.size(), 2);
    for (const FleetRow& row : fleet)
        QCOMPARE(row.facts.has_value(), row.mirror.id == m_mirror.id);
}

void TestStoredFacts::anAnswerToAContextGoneIsDropped()
{
    StoredFacts stored(m_db->path());
    auto context = std::make_unique<QObject>();
    QObject still;
    bool answered = false;
    bool later = false;
    stored.fleet(context.get(), [&](const QList<FleetRow>&) { answered = true; });
    context.reset();
    // Answers come in the order asked: once this one came, the first would have.
    stored.fleet(&still, [&](const QList<FleetRow>& rows) {
        later = !rows.isEmpty() && rows.first().mirror.name == m_mirror.name;
    });
    QTRY_VERIFY(later);
    QVERIFY(!answered);
}

void TestStoredFacts::anUnopenableStoreAnswersEmpty()
{
    // A directory where the file should be: SQLite cannot open it.
    StoredFacts stored(m_dir->path());
    QObject context;
    bool answered = false;
    QList<FleetRow> rows{FleetRow{}};
    stored.fleet(&context, [&](const QList<FleetRow>& fleet) {
        answered = true;
        rows = fleet;
    });
    QTRY_VERIFY(answered);
    QVERIFY(rows.isEmpty());
}

void TestStoredFacts::diskTrendPointsReadBackFromTheirJson()
{
    const QDateTime at(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    DiskFacts disk;
    disk.databaseBytes = 312'000'000;
    disk.documentRoot = DiskUsage{DiskUsage::Unit::KibiBytes,
                                  QStringLiteral("/dev/sda1"),
                                  9'000'000,
                                  4'000'000,
                                  5'000'000,
                                  45,
                                  QStringLiteral("/")};
    const DiskTrendPoint point = disk.trendPoint(at);
    QVERIFY(ProbeHistory(*m_db).record({m_mirror.id, QStringLiteral("disk"), at, point.toJson()}));
    StoredFacts stored(m_db->path());
    QObject context;
    QList<DiskTrendPoint> points;
    stored.diskTrend(m_mirror.id, at.addDays(-1), &context,
                     [&](const QList<DiskTrendPoint>& read) { points = read; });
    QTRY_COMPARE(points.size(), 1);
    const DiskTrendPoint& back = points.first();
    QCOMPARE(back.at, at);
    QCOMPARE(back.databaseBytes, point.databaseBytes);
    QCOMPARE(back.documentRootUsed, std::optional<qint64>(4'000'000));
    QCOMPARE(back.documentRootAvailable, std::optional<qint64>(5'000'000));
    // No df answer for home: not known, not zero.
    QVERIFY(!back.homeUsed && !back.homeAvailable);
}

QTEST_GUILESS_MAIN(TestStoredFacts)
#include "tst_storedfacts.moc"
