#include "parsers/CurrentVersions.h"
#include "parsers/CvdHeader.h"

#include <QFile>
#include <QTest>

// CVD headers and the current.cvd.clamav.net record: the two places a
// database version is read from.
class TestCvdHeader : public QObject
{
    Q_OBJECT

private slots:
    void readsTheLabsHeaders();
    void refusesWhatIsNotAHeader_data();
    void refusesWhatIsNotAHeader();
    void readsTheVersionsRecord();
    void versionsRecordWithFewerFields();
    void refusesABadVersionsRecord_data();
    void refusesABadVersionsRecord();
};

void TestCvdHeader::readsTheLabsHeaders()
{
    QFile file(QStringLiteral(MC_TEST_DATA "/cvd/daily.hdr"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto cvd = CvdHeaderParser::parse(file.readAll());
    QVERIFY2(cvd, cvd ? "" : qPrintable(cvd.error().reason));
    QCOMPARE(cvd->version, 27000);
    QCOMPARE(cvd->signatures, 2040000);
    QCOMPARE(cvd->functionalityLevel, 90);
    QCOMPARE(cvd->md5.size(), 32);
    QCOMPARE(cvd->builder, QStringLiteral("mirror-lab"));
    QVERIFY(cvd->buildTimeText.endsWith(QStringLiteral("+0000")));
    QVERIFY(cvd->buildTime.has_value());
}

void TestCvdHeader::refusesWhatIsNotAHeader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QByteArray good = "ClamAV-VDB:16 Sep 2021 08-32 "
                      "-0400:62:6647427:90:0123456789abcdef0123456789abcdef:sig:builder:1631795520";
    good.resize(512, ' ');
    QTest::newRow("short") << good.left(100) << QStringLiteral("truncated");
    QByteArray html = "<html><body>Not Found</body></html>";
    html.resize(512, ' ');
    QTest::newRow("html") << html << QStringLiteral("not a CVD");
    QByteArray fields = "ClamAV-VDB:a:b";
    fields.resize(512, ' ');
    QTest::newRow("fields") << fields << QStringLiteral("fields");
    QByteArray md5 = good;
    md5.replace("0123456789abcdef0123456789abcdef", "not-an-md5-sum-at-all-xxxxxxxxxx");
    QTest::newRow("md5") << md5 << QStringLiteral("MD5");
}

void TestCvdHeader::refusesWhatIsNotAHeader()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto cvd = CvdHeaderParser::parse(bytes);
    QVERIFY(!cvd);
    QVERIFY2(cvd.error().reason.contains(reason), qPrintable(cvd.error().reason));
}

void TestCvdHeader::readsTheVersionsRecord()
{
    const auto v = CurrentVersionsParser::parse("0.99.2:57:23148:1488371340:1:63:45637:290");
    QVERIFY(v);
    QCOMPARE(v->clamavVersion, QStringLiteral("0.99.2"));
    QCOMPARE(v->main, 57);
    QCOMPARE(v->daily, 23148);
    QCOMPARE(v->recordTime.value(), 1488371340);
    QVERIFY(v->versionWarning);
    QCOMPARE(v->functionalityLevel.value(), 63);
    QCOMPARE(v->safebrowsing.value(), 45637);
    QCOMPARE(v->bytecode.value(), 290);
    QCOMPARE(CurrentVersionsParser::parse("\"1.4.6:62:27000:1795535321:1:90:0:335\"")->daily,
             27000);
}

void TestCvdHeader::versionsRecordWithFewerFields()
{
    const auto v = CurrentVersionsParser::parse("0.88:43:4321");
    QVERIFY(v);
    QVERIFY(!v->bytecode);
    QVERIFY(!v->recordTime);
}

void TestCvdHeader::refusesABadVersionsRecord_data()
{
    QTest::addColumn<QByteArray>("txt");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("two fields") << QByteArray("1.0:62");
    QTest::newRow("daily not a number") << QByteArray("1.0:62:abc");
    QTest::newRow("bytecode not a number") << QByteArray("1.0:62:27000:1:1:90:0:x");
}

void TestCvdHeader::refusesABadVersionsRecord()
{
    QFETCH(QByteArray, txt);
    QVERIFY(!CurrentVersionsParser::parse(txt));
}

QTEST_GUILESS_MAIN(TestCvdHeader)
#include "tst_cvdheader.moc"
