#include "remote/RemoteValue.h"

#include <QTest>

// Values checked for what they are before they reach a mirror's command line.
class TestRemoteValue : public QObject
{
    Q_OBJECT

private slots:
    void pushMasters_data();
    void pushMasters();
    void paths();
    void users();
};

void TestRemoteValue::pushMasters_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("fine");
    QTest::newRow("host") << QStringLiteral("rsync1.clamav.net") << true;
    QTest::newRow("IPv4") << QStringLiteral("198.148.79.65") << true;
    QTest::newRow("IPv6") << QStringLiteral("2001:db8::1") << true;
    QTest::newRow("URL") << QStringLiteral("rsync://rsync2.clamav.net/") << true;
    QTest::newRow("URL with port") << QStringLiteral("rsync://rsync2.clamav.net:8873") << true;
    QTest::newRow("option") << QStringLiteral("--log-file=/tmp/x") << false;
    QTest::newRow("option-like host") << QStringLiteral("-e.example.net") << false;
    QTest::newRow("shell") << QStringLiteral("a.example.net;id") << false;
    QTest::newRow("URL with a path") << QStringLiteral("rsync://a.example.net/x/../y") << false;
    QTest::newRow("URL with a user") << QStringLiteral("rsync://u@a.example.net/") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRemoteValue::pushMasters()
{
    QFETCH(QString, value);
    QFETCH(bool, fine);
    const QString problem = RemoteValue::pushMasterProblem(value);
    QCOMPARE(problem.isEmpty(), fine);
    if (!fine)
        QVERIFY2(problem.contains(QStringLiteral("push master")), qPrintable(problem));
}

void TestRemoteValue::paths()
{
    QVERIFY(
        RemoteValue::pathProblem(QStringLiteral("/home/clamavdb/public_html"), QStringLiteral("TO"))
            .isEmpty());
    QVERIFY(RemoteValue::pathProblem(QStringLiteral("public_html"), QStringLiteral("TO"))
                .contains(QStringLiteral("absolute")));
    QVERIFY(
        !RemoteValue::pathProblem(QStringLiteral("/a\nrm -rf ~"), QStringLiteral("TO")).isEmpty());
    QVERIFY(
        !RemoteValue::pathProblem(QStringLiteral("/a") + QChar(0), QStringLiteral("TO")).isEmpty());
}

void TestRemoteValue::users()
{
    QVERIFY(RemoteValue::userProblem(QStringLiteral("clamavdb")).isEmpty());
    QVERIFY(!RemoteValue::userProblem(QStringLiteral("-oProxyCommand=x")).isEmpty());
    QVERIFY(!RemoteValue::userProblem(QStringLiteral("a b")).isEmpty());
    QVERIFY(RemoteValue::systemHostnameProblem(QStringLiteral("mirror1")).isEmpty());
    QVERIFY(!RemoteValue::systemHostnameProblem(QStringLiteral("a/../b")).isEmpty());
}

QTEST_GUILESS_MAIN(TestRemoteValue)
#include "tst_remotevalue.moc"
