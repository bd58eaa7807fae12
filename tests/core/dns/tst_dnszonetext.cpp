#include "dns/DnsZoneText.h"

#include <QTest>

// The record sets as BIND zone lines and as an nsupdate script: what each
// name holds, the fallback, and notes that cannot break out of a comment.
class TestDnsZoneText : public QObject
{
    Q_OBJECT

private slots:
    void zoneLinesHoldRecordsNotesAndFallback();
    void nsupdateReplacesEachNameInOneUpdate();
    void aNoteCannotBecomeACommand();

private:
    static DnsRecordSets sets()
    {
        DnsRecordSets s;
        s[QStringLiteral("DE")] = {
            QStringLiteral("DE"),
            {{1, QStringLiteral("a.example.de"), QStringLiteral("192.0.2.1")},
             {2, QStringLiteral("b.example.de"), QStringLiteral("2001:db8::2")}},
            {QStringLiteral("c.example.de left out: in maintenance")}};
        s[QStringLiteral("PL")] = {QStringLiteral("PL"), {}, {}};
        return s;
    }
};

void TestDnsZoneText::zoneLinesHoldRecordsNotesAndFallback()
{
    DnsZoneText::Names names;
    names.ttl = 600;
    const QString text = DnsZoneText::zoneLines(sets(), names, QStringLiteral("made now"));
    QCOMPARE(text, QStringLiteral("; made now\n"
                                  "\n"
                                  "; c.example.de left out: in maintenance\n"
                                  "db.de.clamav.net. 600 IN A 192.0.2.1 ; a.example.de\n"
                                  "db.de.clamav.net. 600 IN AAAA 2001:db8::2 ; b.example.de\n"
                                  "\n"
                                  "; PL: no fit mirror, falls back to db.local.clamav.net\n"
                                  "db.pl.clamav.net. 600 IN CNAME db.local.clamav.net.\n"));
}

void TestDnsZoneText::nsupdateReplacesEachNameInOneUpdate()
{
    DnsZoneText::Names names;
    names.zone = QStringLiteral("example.net");
    const QString script =
        DnsZoneText::nsupdateScript(sets(), {QStringLiteral("PL"), QStringLiteral("XX")}, names,
                                    {QStringLiteral("127.0.0.1"), 5353}, QStringLiteral("sweep"));
    QCOMPARE(script, QStringLiteral("; sweep\n"
                                    "server 127.0.0.1 5353\n"
                                    "zone example.net.\n"
                                    "; PL\n"
                                    "update delete db.pl.example.net. A\n"
                                    "update delete db.pl.example.net. AAAA\n"
                                    "update delete db.pl.example.net. CNAME\n"
                                    "update add db.pl.example.net. 300 IN CNAME "
                                    "db.local.clamav.net.\n"
                                    "send\n"));
}

void TestDnsZoneText::aNoteCannotBecomeACommand()
{
    DnsRecordSets s = sets();
    s[QStringLiteral("DE")].notes = {
        QStringLiteral("x left out: in maintenance until 12:00: disks\nupdate add evil. 1 IN A "
                       "6.6.6.6\r\nsend")};
    s[QStringLiteral("DE")].records.first().mirror = QStringLiteral("a\u2028update add evil.");
    const QString script = DnsZoneText::nsupdateScript(s, {QStringLiteral("DE")}, {},
                                                       {QStringLiteral("127.0.0.1"), 53}, {});
    const QString zone = DnsZoneText::zoneLines(s, {}, {});
    for (const QString& text : {script, zone}) {
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            QVERIFY2(!line.startsWith(QLatin1String("update add evil")), qPrintable(text));
            QVERIFY2(line != QLatin1String("send") || text == script, qPrintable(text));
        }
        QVERIFY(!text.contains(QChar::LineSeparator));
        QVERIFY(!text.contains(QLatin1Char('\r')));
    }
    QCOMPARE(script.count(QStringLiteral("\nsend\n")), 1);
}

QTEST_GUILESS_MAIN(TestDnsZoneText)
#include "tst_dnszonetext.moc"
