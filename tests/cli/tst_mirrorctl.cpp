#include "BuildInfo.h"

#include <QProcess>
#include <QTest>

// mirrorctl's contract with scripts: --version, --help, and exit 2 on usage errors.
class TestMirrorctl : public QObject
{
    Q_OBJECT

private slots:
    void versionNamesTheProgram();
    void helpDescribesIt();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();

private:
    static QProcess* run(const QStringList& args);
};

QProcess* TestMirrorctl::run(const QStringList& args)
{
    auto* process = new QProcess;
    process->start(QStringLiteral(MIRRORCTL), args);
    process->waitForFinished(10000);
    return process;
}

void TestMirrorctl::versionNamesTheProgram()
{
    std::unique_ptr<QProcess> p(run({QStringLiteral("--version")}));
    QCOMPARE(p->exitCode(), 0);
    QCOMPARE(p->readAllStandardOutput().trimmed(), QByteArray("mirrorctl " MC_VERSION));
}

void TestMirrorctl::helpDescribesIt()
{
    std::unique_ptr<QProcess> p(run({QStringLiteral("--help")}));
    QCOMPARE(p->exitCode(), 0);
    const QByteArray help = p->readAllStandardOutput();
    QVERIFY(help.contains("Usage: "));
    QVERIFY(help.contains("--version"));
}

void TestMirrorctl::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("nothing") << QStringList{} << QByteArray("no command given");
    QTest::newRow("unknown") << QStringList{QStringLiteral("frobnicate")}
                             << QByteArray("unknown command \"frobnicate\"");
}

void TestMirrorctl::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    std::unique_ptr<QProcess> p(run(args));
    QCOMPARE(p->exitCode(), 2);
    QVERIFY(p->readAllStandardError().contains(message));
}

QTEST_GUILESS_MAIN(TestMirrorctl)
#include "tst_mirrorctl.moc"
