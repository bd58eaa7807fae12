#include "BuildInfo.h"
#include "inventory/AuditTrail.h"
#include "inventory/InventoryDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// mirrorctl's contract with scripts: commands, --json, and exit codes
// (0 ok, 1 failure on a mirror, 2 usage).
class TestMirrorctl : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void versionNamesTheProgram();
    void helpListsTheCommands();
    void helpSpeaksTheSystemLanguage();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void addListRemoveAreAudited();
    void badMirrorIsRefusedNamingTheField();
    void importEmailIsAllOrNothing();
    void importEmailPartialTakesTheGoodOnes();
    void importEmailTakesTheAccessTheEmailLeavesOut();
    void exportWritesJsonAndCsv();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run mirrorctl(QStringList args, const QByteArray& input = {});
    QStringList auditActions();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestMirrorctl::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("inventory.sqlite"));
}

TestMirrorctl::Run TestMirrorctl::mirrorctl(QStringList args, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral(MIRRORCTL), args);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QStringList TestMirrorctl::auditActions()
{
    InventoryDatabase db;
    if (!db.open(m_db))
        return {};
    QStringList actions;
    for (const AuditEntry& e : AuditTrail(db).entries())
        actions.prepend(e.action + QLatin1Char(' ') + e.mirror);
    return actions;
}

void TestMirrorctl::versionNamesTheProgram()
{
    const Run run = mirrorctl({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("mirrorctl " MC_VERSION));
}

void TestMirrorctl::helpSpeaksTheSystemLanguage()
{
    for (const auto& [language, usage] :
         {std::pair{"ja", "使い方: mirrorctl"}, std::pair{"de", "Aufruf: mirrorctl"}}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QString::fromLatin1(language));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MIRRORCTL), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.startsWith(QString::fromUtf8(usage)), qPrintable(out.left(80)));
    }
}

void TestMirrorctl::helpListsTheCommands()
{
    const Run run = mirrorctl({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char* command :
         {"add", "remove", "list", "import-email", "import-lab", "export", "exec"})
        QVERIFY2(run.out.contains(QByteArray(QByteArray("  ") + command + ' ')), command);
    QVERIFY(run.out.contains("--version"));
    QCOMPARE(mirrorctl({QStringLiteral("exec"), QStringLiteral("--help")}).exitCode, 0);
}

void TestMirrorctl::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("nothing") << QStringList{} << QByteArray("no command given");
    QTest::newRow("unknown") << QStringList{QStringLiteral("frobnicate")}
                             << QByteArray("unknown command \"frobnicate\"");
    QTest::newRow("bad option") << QStringList{QStringLiteral("list"), QStringLiteral("--frob")}
                                << QByteArray("frob");
    QTest::newRow("no name") << QStringList{QStringLiteral("add")}
                             << QByteArray("exactly one mirror name");
    QTest::newRow("country") << QStringList{QStringLiteral("add"), QStringLiteral("m.example.de"),
                                            QStringLiteral("--country"), QStringLiteral("Atlantis")}
                             << QByteArray("unknown country \"Atlantis\"");
    QTest::newRow("port") << QStringList{QStringLiteral("add"), QStringLiteral("m.example.de"),
                                         QStringLiteral("--port"), QStringLiteral("99999")}
                          << QByteArray("99999");
    QTest::newRow("exec") << QStringList{QStringLiteral("exec"), QStringLiteral("m.example.de")}
                          << QByteArray("needs a mirror and a command");
}

void TestMirrorctl::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Run run = mirrorctl(args << QStringLiteral("--db") << m_db);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

void TestMirrorctl::addListRemoveAreAudited()
{
    Run run = mirrorctl(
        {QStringLiteral("add"), QStringLiteral("clamav.foo.com"), QStringLiteral("--address"),
         QStringLiteral("192.0.2.4"), QStringLiteral("--country"), QStringLiteral("Poland"),
         QStringLiteral("--admin"), QStringLiteral("John Doe <john@foo.com> || <alerts@foo.com>"),
         QStringLiteral("--mode"), QStringLiteral("trigger-only"), QStringLiteral("--tag"),
         QStringLiteral("eu"), QStringLiteral("--db"), m_db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run =
        mirrorctl({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray mirrors = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(mirrors.size(), 1);
    const QJsonObject m = mirrors.first().toObject();
    QCOMPARE(m.value(QStringLiteral("country")).toString(), QStringLiteral("PL"));
    QCOMPARE(m.value(QStringLiteral("alertsEmail")).toString(), QStringLiteral("alerts@foo.com"));
    QCOMPARE(m.value(QStringLiteral("accessMode")).toString(), QStringLiteral("trigger-only"));
    QVERIFY(mirrorctl({QStringLiteral("list"), QStringLiteral("--db"), m_db})
                .out.contains("clamav.foo.com"));

    run = mirrorctl(
        {QStringLiteral("remove"), QStringLiteral("clamav.foo.com"), QStringLiteral("--db"), m_db});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(mirrorctl({QStringLiteral("remove"), QStringLiteral("clamav.foo.com"),
                        QStringLiteral("--db"), m_db})
                 .exitCode,
             1);
    QCOMPARE(auditActions(), (QStringList{QStringLiteral("mirror-add clamav.foo.com"),
                                          QStringLiteral("mirror-remove clamav.foo.com")}));
}

void TestMirrorctl::badMirrorIsRefusedNamingTheField()
{
    const Run run = mirrorctl({QStringLiteral("add"), QStringLiteral("clamav.foo.com"),
                               QStringLiteral("--address"), QStringLiteral("1.2.3"),
                               QStringLiteral("--country"), QStringLiteral("PL"),
                               QStringLiteral("--db"), m_db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("address \"1.2.3\""));
    QVERIFY(auditActions().isEmpty());
}

void TestMirrorctl::importEmailIsAllOrNothing()
{
    const QString bad = QStringLiteral(MC_TEST_DATA "/email/quoted-with-errors.txt");
    const Run run = mirrorctl({QStringLiteral("import-email"), bad, QStringLiteral("--db"), m_db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QByteArray(bad.toUtf8() + ":6: ")), run.err.constData());
    QVERIFY(run.err.contains(":13: unknown country \"Atlantis\""));
    QVERIFY(run.err.contains("nothing imported"));
    QVERIFY(QJsonDocument::fromJson(mirrorctl({QStringLiteral("list"), QStringLiteral("--json"),
                                               QStringLiteral("--db"), m_db})
                                        .out)
                .array()
                .isEmpty());

    QFile good(QStringLiteral(MC_TEST_DATA "/email/seed-both-templates.txt"));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const Run fromStdin = mirrorctl(
        {QStringLiteral("import-email"), QStringLiteral("-"), QStringLiteral("--db"), m_db},
        good.readAll());
    QVERIFY2(fromStdin.exitCode == 0, fromStdin.err.constData());
    QCOMPARE(auditActions().size(), 2);
    const Run again =
        mirrorctl({QStringLiteral("import-email"), good.fileName(), QStringLiteral("--db"), m_db});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("clamav.foo.com is already in the inventory"));
}

void TestMirrorctl::importEmailPartialTakesTheGoodOnes()
{
    const Run run = mirrorctl({QStringLiteral("import-email"),
                               QStringLiteral(MC_TEST_DATA "/email/quoted-with-errors.txt"),
                               QStringLiteral("--partial"), QStringLiteral("--db"), m_db});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(auditActions(), QStringList{QStringLiteral("mirror-add mirror.example.de")});
}

void TestMirrorctl::importEmailTakesTheAccessTheEmailLeavesOut()
{
    const QString email = QStringLiteral(MC_TEST_DATA "/email/seed-both-templates.txt");
    const Run badMode = mirrorctl({QStringLiteral("import-email"), email, QStringLiteral("--mode"),
                                   QStringLiteral("root"), QStringLiteral("--db"), m_db});
    QCOMPARE(badMode.exitCode, 2);
    QVERIFY2(badMode.err.contains("--mode is shell or trigger-only, not \"root\""),
             badMode.err.constData());
    const Run badPort = mirrorctl({QStringLiteral("import-email"), email, QStringLiteral("--port"),
                                   QStringLiteral("70000"), QStringLiteral("--db"), m_db});
    QCOMPARE(badPort.exitCode, 2);
    QVERIFY(badPort.err.contains("70000"));
    QVERIFY(auditActions().isEmpty());

    const Run run = mirrorctl({QStringLiteral("import-email"), email, QStringLiteral("--mode"),
                               QStringLiteral("shell"), QStringLiteral("--port"),
                               QStringLiteral("2222"), QStringLiteral("--db"), m_db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray listed =
        QJsonDocument::fromJson(mirrorctl({QStringLiteral("list"), QStringLiteral("--json"),
                                           QStringLiteral("--db"), m_db})
                                    .out)
            .array();
    QCOMPARE(listed.size(), 2);
    for (const QJsonValue& mirror : listed) {
        QCOMPARE(mirror[QStringLiteral("accessMode")].toString(), QStringLiteral("shell"));
        QCOMPARE(mirror[QStringLiteral("sshPort")].toInt(), 2222);
    }
}

void TestMirrorctl::exportWritesJsonAndCsv()
{
    QVERIFY(
        mirrorctl({QStringLiteral("import-lab"), QStringLiteral(MC_TEST_DATA "/lab-inventory.json"),
                   QStringLiteral("--db"), m_db})
            .exitCode == 0);
    const QString csv = m_dir->filePath(QStringLiteral("out.csv"));
    QCOMPARE(mirrorctl({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--output"), csv, QStringLiteral("--db"), m_db})
                 .exitCode,
             0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 3);
    const Run json = mirrorctl({QStringLiteral("export"), QStringLiteral("--db"), m_db});
    QCOMPARE(QJsonDocument::fromJson(json.out)
                 .object()
                 .value(QStringLiteral("mirrors"))
                 .toArray()
                 .size(),
             2);
    QCOMPARE(mirrorctl({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml"),
                        QStringLiteral("--db"), m_db})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestMirrorctl)
#include "tst_mirrorctl.moc"
