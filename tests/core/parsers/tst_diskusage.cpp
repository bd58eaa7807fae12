#include "parsers/DiskUsage.h"
#include "parsers/NetDevCounters.h"

#include <QFile>
#include <QTest>

// df -P, df -Pi and /proc/net/dev as this machine printed them.
class TestDiskUsage : public QObject
{
    Q_OBJECT

private slots:
    void readsDfP();
    void readsDfPi();
    void namesWithSpaces();
    void refusesWhatIsNotDf();
    void readsProcNetDev();
    void refusesWhatIsNotProcNetDev();

private:
    static QByteArray sample(const char* name);
};

QByteArray TestDiskUsage::sample(const char* name)
{
    QFile file(QStringLiteral(MC_TEST_DATA "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestDiskUsage::readsDfP()
{
    const auto rows = DiskUsageParser::parse(sample("df/df-P.txt"));
    QVERIFY(rows);
    QCOMPARE(rows->size(), 3);
    const DiskUsage& root = rows->first();
    QCOMPARE(root.unit, DiskUsage::Unit::KibiBytes);
    QCOMPARE(root.filesystem, QStringLiteral("/dev/vda"));
    QCOMPARE(root.mountPoint, QStringLiteral("/"));
    QVERIFY(root.total > 0 && root.available > 0 && root.used >= 0);
    QVERIFY(root.usedPercent >= 0 && root.usedPercent <= 100);
    QCOMPARE(rows->at(2).mountPoint, QStringLiteral("/dev/shm"));
}

void TestDiskUsage::readsDfPi()
{
    const auto rows = DiskUsageParser::parse(sample("df/df-Pi.txt"));
    QVERIFY(rows);
    QCOMPARE(rows->first().unit, DiskUsage::Unit::Inodes);
    QVERIFY(rows->first().total > rows->first().used);
}

void TestDiskUsage::namesWithSpaces()
{
    const auto rows = DiskUsageParser::parse(sample("df/df-P-spaces.txt"));
    QVERIFY(rows);
    QCOMPARE(rows->first().filesystem, QStringLiteral("/dev/mapper/vg-web space"));
    QCOMPARE(rows->first().mountPoint, QStringLiteral("/srv/www mirror"));
    QCOMPARE(rows->first().usedPercent, 80);
    QCOMPARE(rows->at(1).available, 1);
}

void TestDiskUsage::refusesWhatIsNotDf()
{
    QVERIFY(!DiskUsageParser::parse(QByteArray()));
    QVERIFY(!DiskUsageParser::parse("total 12\n-rw-r--r-- 1 root root 0 x\n"));
    const auto broken = DiskUsageParser::parse(
        "Filesystem 1024-blocks Used Available Capacity Mounted on\n/dev/x 1 2\n");
    QVERIFY(!broken);
    QCOMPARE(broken.error().line, 2);
}

void TestDiskUsage::readsProcNetDev()
{
    const auto interfaces = NetDevParser::parse(sample("netdev/proc-net-dev.txt"));
    QVERIFY(interfaces);
    QVERIFY(interfaces->size() >= 2);
    QCOMPARE(interfaces->first().interface, QStringLiteral("lo"));
    QCOMPARE(interfaces->first().receivedBytes, interfaces->first().sentBytes);
}

void TestDiskUsage::refusesWhatIsNotProcNetDev()
{
    QVERIFY(!NetDevParser::parse("hello\n"));
    const QByteArray header = "Inter-|   Receive |  Transmit\n face |bytes packets|bytes\n";
    QCOMPARE(NetDevParser::parse(QByteArray(header + "eth0 1 2 3\n")).error().line, 3);
    QCOMPARE(NetDevParser::parse(QByteArray(header + "eth0: 1 2 3\n")).error().line, 3);
}

QTEST_GUILESS_MAIN(TestDiskUsage)
#include "tst_diskusage.moc"
