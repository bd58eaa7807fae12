#include "app/ConsoleSettings.h"

#include <QTemporaryDir>
#include <QTest>

// Typed settings with one table of keys, defaults and ranges.
class TestConsoleSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsComeFromTheTable();
    void valuesPersistAndReachThePool();
    void badValuesAreRefusedNamingTheRange();
};

void TestConsoleSettings::defaultsComeFromTheTable()
{
    QTemporaryDir dir;
    const ConsoleSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    const SshPoolSettings pool = settings.poolSettings();
    QCOMPARE(pool.maxMirrors, 32);
    QCOMPARE(pool.ssh.connectTimeout, std::chrono::milliseconds(10000));
    QCOMPARE(pool.ssh.operationTimeout, std::chrono::milliseconds(120000));
    QCOMPARE(settings.historyRetentionDays(), 400);
}

void TestConsoleSettings::valuesPersistAndReachThePool()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    QString error;
    {
        ConsoleSettings settings(path);
        QVERIFY(settings.setValue(QStringLiteral("ssh/max-mirrors"), QStringLiteral("8"), &error));
        QVERIFY(
            settings.setValue(QStringLiteral("ssh/connect-timeout"), QStringLiteral("3"), &error));
        QVERIFY(settings.setValue(QStringLiteral("history/retention-days"), QStringLiteral("30"),
                                  &error));
        // The key file must be there to be taken; nothing means the agent only.
        QVERIFY(!settings.setValue(QStringLiteral("ssh/key-file"),
                                   dir.filePath(QStringLiteral("missing")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
        QVERIFY(!settings.setValue(QStringLiteral("ssh/key-file"), dir.path(), &error));
        QVERIFY(settings.setValue(QStringLiteral("ssh/key-file"), path, &error));
    }
    QCOMPARE(ConsoleSettings(path).poolSettings().identity.keyFile, path);
    {
        ConsoleSettings settings(path);
        QVERIFY(settings.setValue(QStringLiteral("ssh/key-file"), QString(), &error));
    }
    const ConsoleSettings reread(path);
    QVERIFY(reread.poolSettings().identity.keyFile.isEmpty());
    QCOMPARE(reread.poolSettings().maxMirrors, 8);
    QCOMPARE(reread.poolSettings().ssh.connectTimeout, std::chrono::milliseconds(3000));
    QCOMPARE(reread.historyRetentionDays(), 30);
}

void TestConsoleSettings::badValuesAreRefusedNamingTheRange()
{
    QTemporaryDir dir;
    ConsoleSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    QString error;
    QVERIFY(!settings.setValue(QStringLiteral("ssh/max-mirrors"), QStringLiteral("0"), &error));
    QVERIFY(error.contains(QStringLiteral("1 to 512")));
    QVERIFY(!settings.setValue(QStringLiteral("ssh/max-mirrors"), QStringLiteral("lots"), &error));
    QVERIFY(!settings.setValue(QStringLiteral("ssh/colour"), QStringLiteral("1"), &error));
    QVERIFY(error.contains(QStringLiteral("ssh/max-mirrors")));
    QCOMPARE(settings.poolSettings().maxMirrors, 32);
}

QTEST_GUILESS_MAIN(TestConsoleSettings)
#include "tst_consolesettings.moc"
