#include "MirrorLab.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// mirrorctl check against the lab: DNS for the current versions, HTTP for
// every mirror, trigger-only ones included.
class TestMirrorctlCheck : public QObject
{
    Q_OBJECT

private slots:
    void verdictsOfAFleet();
};

void TestMirrorctlCheck::verdictsOfAFleet()
{
    MirrorLabOptions options;
    options.mirrors = 4;
    options.triggerOnly = {3};
    MirrorLab lab(options);
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    QVERIFY(lab.applyFault(1, QStringLiteral("aged-timestamp=30"), &error));
    QVERIFY(lab.publishDaily(&error));
    QCOMPARE(lab.mirror(0).runSync(QStringLiteral("rsync1.clamav.net")).exitStatus, 0);

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("inventory.sqlite"));
    auto mirrorctl = [&](const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(MIRRORCTL),
                QStringList{args.first(), QStringLiteral("--db"), db} + args.mid(1));
        p.waitForFinished(60000);
        return std::pair{p.exitCode(), p.readAllStandardOutput()};
    };
    QCOMPARE(mirrorctl({QStringLiteral("import-lab"),
                        lab.directory() + QStringLiteral("/inventory.json")})
                 .first,
             0);
    // Qt 6.4 asks a nameserver on port 53 only; without root the lab's is elsewhere.
    const QStringList current =
        lab.network().dnsPort() == 53
            ? QStringList{QStringLiteral("--nameserver"), lab.network().dnsAddress()}
            : QStringList{QStringLiteral("--reference"), lab.mirror(0).identity().name};
    const auto [status, out] =
        mirrorctl(QStringList{QStringLiteral("check"), QStringLiteral("--json")} + current);
    QCOMPARE(status, 1);
    const QJsonObject result = QJsonDocument::fromJson(out).object();
    QCOMPARE(result.value(QStringLiteral("currentDaily")).toInt(),
             lab.upstream().database().versions().daily);
    QHash<QString, QString> verdicts;
    for (const QJsonValue& m : result.value(QStringLiteral("mirrors")).toArray())
        verdicts.insert(m.toObject().value(QStringLiteral("mirror")).toString(),
                        m.toObject().value(QStringLiteral("verdict")).toString());
    QCOMPARE(verdicts.value(lab.mirror(0).identity().name), QStringLiteral("fresh"));
    QCOMPARE(verdicts.value(lab.mirror(1).identity().name), QStringLiteral("old"));
    QCOMPARE(verdicts.value(lab.mirror(2).identity().name), QStringLiteral("lagging"));
    QCOMPARE(verdicts.value(lab.mirror(3).identity().name), QStringLiteral("lagging"));
    // HTTP only: the trigger-only mirror was not synced by being checked.
    QVERIFY(!QFile::exists(lab.mirror(3).syncLogPath() + QStringLiteral(".0")));
    QCOMPARE(mirrorctl({QStringLiteral("check"), lab.mirror(0).identity().name}).first, 0);
    // For Nagios or Icinga: one line, perfdata, the plugin's exit codes.
    const auto [fine, okLine] =
        mirrorctl(QStringList{QStringLiteral("check"), lab.mirror(0).identity().name,
                              QStringLiteral("--nagios")} +
                  current);
    QCOMPARE(fine, 0);
    QVERIFY2(okLine.startsWith("MIRRORS OK - 1 of 1 fresh | fresh=1;;;0;1 "), okLine.constData());
    const auto [warned, warnLine] =
        mirrorctl(QStringList{QStringLiteral("check"), QStringLiteral("--nagios")} + current);
    QCOMPARE(warned, 1); // old and lagging: a warning, nothing removed or unreachable
    QVERIFY2(warnLine.startsWith("MIRRORS WARNING - 1 of 4 fresh: "), warnLine.constData());
    QVERIFY2(warnLine.contains(" old=1;;;0;4 ") && warnLine.contains(" lagging=2;;;0;4 ") &&
                 warnLine.contains(";86400;172800;0; lag=1;;;0;"),
             warnLine.constData());
    QCOMPARE(warnLine.count('\n'), 1);

    // What is published from the stored verdicts, without connecting.
    const auto [listed, csv] = mirrorctl({QStringLiteral("verdicts"), QStringLiteral("--csv")});
    QCOMPARE(listed, 1); // not every mirror is fresh
    QVERIFY(csv.startsWith("mirror,country,enabled,verdict"));
    QVERIFY(csv.contains(QByteArray(lab.mirror(1).identity().name.toUtf8() + ',')));
    QVERIFY(csv.contains(",old,"));
    const QString freshCountry = lab.mirror(0).identity().country;
    const auto [zoned, zone] =
        mirrorctl({QStringLiteral("export-dns"), QStringLiteral("--country"), freshCountry});
    QCOMPARE(zoned, 0);
    QVERIFY2(zone.contains(QStringLiteral("db.%1.clamav.net. 300 IN A %2")
                               .arg(freshCountry.toLower(), lab.mirror(0).identity().address)
                               .toUtf8()),
             zone.constData());
    const QString oldCountry = lab.mirror(1).identity().country;
    const auto [fellBack, pool] =
        mirrorctl({QStringLiteral("export-dns"), QStringLiteral("--country"), oldCountry});
    QCOMPARE(fellBack, 0);
    QVERIFY2(pool.contains("IN CNAME db.local.clamav.net."), pool.constData());
    QCOMPARE(
        mirrorctl({QStringLiteral("export-dns"), QStringLiteral("--country"), QStringLiteral("ZZ")})
            .first,
        1);
    const QString page = dir.filePath(QStringLiteral("mirrors.html"));
    QCOMPARE(mirrorctl({QStringLiteral("export-html"), QStringLiteral("--output"), page}).first, 0);
    QFile html(page);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains(lab.mirror(0).identity().name.toUtf8()));

    // A refresh now takes local_test's answer from that check into the audit.
    const auto [refreshed, facts] = mirrorctl(
        {QStringLiteral("audit"), lab.mirror(0).identity().name, QStringLiteral("--json")});
    QCOMPARE(refreshed, 0);
    bool found = false;
    for (const QJsonValue& item : QJsonDocument::fromJson(facts)
                                      .array()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("audit"))
                                      .toObject()
                                      .value(QStringLiteral("items"))
                                      .toArray()) {
        if (item.toObject().value(QStringLiteral("id")).toString() == QLatin1String("local-test")) {
            QCOMPARE(item.toObject().value(QStringLiteral("result")).toString(),
                     QStringLiteral("pass"));
            found = true;
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestMirrorctlCheck)
#include "tst_mirrorctl_check.moc"
