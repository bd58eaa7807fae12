#include "LabHttp.h"
#include "LabProcess.h"
#include "LabSshClient.h"
#include "MirrorLab.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkDatagram>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <sys/stat.h>

// The lab itself: what it starts, what it reports, its faults, and that it
// leaves nothing behind.
class TestMirrorLab : public QObject
{
    Q_OBJECT

private slots:
    void refusesABadMirrorCount();
    void inventoryDescribesEveryMirror();
    void homeIsLaidOutAsTheSeedSays();
    void dnsAnswersTheCurrentVersions();
    void faultsChangeWhatAClientSees();
    void twoLabsRunSideBySide();
    void toolBringsALabUpAndDownLeavingNothing();

private:
    static int modeOf(const QString& path);
    static QString keyscanFingerprint(const QString& address, quint16 port);
};

namespace {

MirrorLabOptions labOf(int mirrors, QList<int> triggerOnly = {})
{
    MirrorLabOptions options;
    options.mirrors = mirrors;
    options.triggerOnly = std::move(triggerOnly);
    return options;
}

} // namespace

int TestMirrorLab::modeOf(const QString& path)
{
    struct stat st
    {};
    ::stat(QFile::encodeName(path).constData(), &st);
    return int(st.st_mode & 07777);
}

QString TestMirrorLab::keyscanFingerprint(const QString& address, quint16 port)
{
    QProcess pipeline;
    pipeline.start(
        QStringLiteral("sh"),
        {QStringLiteral("-c"), QStringLiteral("ssh-keyscan -T 5 -t ed25519 -p %1 %2 2>/dev/null | "
                                              "ssh-keygen -l -E sha256 -f -")
                                   .arg(port)
                                   .arg(address)});
    pipeline.waitForFinished(20000);
    const QList<QByteArray> words = pipeline.readAllStandardOutput().split(' ');
    return words.size() > 1 ? QString::fromLatin1(words.at(1)) : QString();
}

void TestMirrorLab::refusesABadMirrorCount()
{
    for (int count : {0, MirrorLab::kMaxMirrors + 1}) {
        MirrorLab lab(labOf(count));
        QString error;
        QVERIFY(!lab.start(&error));
        QVERIFY2(error.contains(QString::number(count)), qPrintable(error));
    }
}

void TestMirrorLab::inventoryDescribesEveryMirror()
{
    MirrorLab lab(labOf(3, {2}));
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    const QJsonObject inventory = lab.inventory();
    const QJsonArray mirrors = inventory.value(QStringLiteral("mirrors")).toArray();
    QCOMPARE(mirrors.size(), 3);
    QSet<QString> addresses;
    for (int i = 0; i < mirrors.size(); ++i) {
        const QJsonObject m = mirrors.at(i).toObject();
        for (const char* key : {"name", "address", "user", "keyPath", "hostKeyFingerprint", "home",
                                "documentRoot", "logPath", "accessMode", "country"})
            QVERIFY2(!m.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY(m.value(QStringLiteral("sshPort")).toInt() > 0);
        const QString address = m.value(QStringLiteral("address")).toString();
        QVERIFY(address.startsWith(QStringLiteral("127.")));
        addresses.insert(address);
        QCOMPARE(m.value(QStringLiteral("accessMode")).toString(),
                 i == 2 ? QStringLiteral("trigger-only") : QStringLiteral("shell"));
        QCOMPARE(m.value(QStringLiteral("hostKeyFingerprint")).toString(),
                 keyscanFingerprint(address, quint16(m.value(QStringLiteral("sshPort")).toInt())));
    }
    QCOMPARE(addresses.size(), 3);
    QVERIFY(QFile::exists(lab.directory() + QStringLiteral("/inventory.json")));
}

void TestMirrorLab::homeIsLaidOutAsTheSeedSays()
{
    MirrorLab lab(labOf(2, {1}));
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    const LabMirror& mirror = lab.mirror(0);
    const QString home = mirror.home();
    QCOMPARE(modeOf(home), 0755);
    QCOMPARE(modeOf(home + QStringLiteral("/.ssh")), 0700);
    QCOMPARE(modeOf(home + QStringLiteral("/.ssh/authorized_keys")), 0600);
    QCOMPARE(modeOf(home + QStringLiteral("/bin/clam-clientsync")), 0755);
    QCOMPARE(modeOf(mirror.confPath()), 0600);
    QCOMPARE(QFileInfo(home + QStringLiteral("/bin")).ownerId(), lab.account().uid);
    QCOMPARE(QFileInfo(mirror.confPath()).ownerId(), lab.account().uid);
    for (const char* file : {"main.cvd", "daily.cvd", "bytecode.cvd", "timestamp", "local_test"})
        QVERIFY2(QFile::exists(mirror.documentRoot() + QLatin1Char('/') + QLatin1String(file)),
                 file);

    QFile conf(mirror.confPath());
    QVERIFY(conf.open(QIODevice::ReadOnly));
    const QByteArray text = conf.readAll();
    QVERIFY(text.contains("MODULE=\"clamavdb\"\n"));
    QVERIFY(text.contains("EXCLUDE=\"--exclude local_*\"\n"));
    const QByteArray to = "TO=" + QFile::encodeName(mirror.documentRoot()) + '\n';
    QVERIFY(text.contains(to));

    QFile triggerKeys(lab.mirror(1).home() + QStringLiteral("/.ssh/authorized_keys"));
    QVERIFY(triggerKeys.open(QIODevice::ReadOnly));
    QVERIFY(triggerKeys.readAll().startsWith(
        "no-port-forwarding,no-X11-forwarding,no-agent-forwarding,no-pty,"
        "command=\"bash ~/bin/clam-clientsync rsync2.clamav.net &\" ssh-ed25519 "));
}

void TestMirrorLab::dnsAnswersTheCurrentVersions()
{
    MirrorLab lab(labOf(1));
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    auto ask = [&] {
        QByteArray query("\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00", 12);
        for (const char* label : {"current", "cvd", "clamav", "net"})
            query.append(char(qstrlen(label))).append(label);
        query.append("\x00\x00\x10\x00\x01", 5);
        QUdpSocket socket;
        socket.writeDatagram(query, QHostAddress(lab.network().dnsAddress()),
                             lab.network().dnsPort());
        return socket.waitForReadyRead(3000) ? socket.receiveDatagram().data() : QByteArray();
    };
    QVERIFY(ask().contains(lab.upstream().database().versions().txtRecord().toLatin1()));
    QVERIFY2(lab.publishDaily(&error), qPrintable(error));
    const QByteArray answer = ask();
    const QByteArray daily =
        ':' + QByteArray::number(lab.upstream().database().versions().daily) + ':';
    QVERIFY(answer.contains(daily));
}

void TestMirrorLab::faultsChangeWhatAClientSees()
{
    MirrorLab lab(labOf(4));
    QString error;
    QVERIFY2(lab.start(&error), qPrintable(error));
    const quint16 ssh = lab.network().sshPort();
    const quint16 http = lab.network().httpPort();

    const QString oldKey = lab.mirror(0).sshd().hostKeyFingerprint();
    QVERIFY2(lab.applyFault(0, QStringLiteral("changed-host-key"), &error), qPrintable(error));
    QVERIFY(lab.mirror(0).sshd().hostKeyFingerprint() != oldKey);
    QCOMPARE(keyscanFingerprint(lab.mirror(0).identity().address, ssh),
             lab.mirror(0).sshd().hostKeyFingerprint());

    QVERIFY2(lab.applyFault(1, QStringLiteral("host-down"), &error), qPrintable(error));
    QVERIFY(!LabProcess::waitForTcp(lab.mirror(1).identity().address, ssh, {},
                                    std::chrono::milliseconds(300)));
    QVERIFY2(lab.applyFault(1, QStringLiteral("host-up"), &error), qPrintable(error));
    QCOMPARE(LabSshClient(lab).run(1, QStringLiteral("echo back")).standardOutput,
             QByteArray("back\n"));

    QVERIFY2(lab.applyFault(2, QStringLiteral("host-silent"), &error), qPrintable(error));
    const QString silent = lab.mirror(2).identity().address;
    QVERIFY(LabProcess::waitForTcp(silent, ssh, {}, std::chrono::milliseconds(500)));
    QVERIFY(!LabProcess::waitForTcp(silent, ssh, "SSH-", std::chrono::milliseconds(1500)));

    QVERIFY2(lab.applyFault(3, QStringLiteral("aged-timestamp=30"), &error), qPrintable(error));
    const QDateTime stamp =
        QFileInfo(lab.mirror(3).documentRoot() + QStringLiteral("/timestamp")).lastModified();
    QVERIFY(qAbs(stamp.secsTo(QDateTime::currentDateTimeUtc()) - 30 * 3600) < 60);

    const QString address = lab.mirror(3).identity().address;
    QCOMPARE(
        LabHttp::get(address, http, QStringLiteral("/local_test"), "db.test.clamav.net").status,
        200);
    QCOMPARE(LabHttp::get(address, http, QStringLiteral("/local_test"), "elsewhere.example").status,
             0);
    QVERIFY2(lab.applyFault(3, QStringLiteral("vhost-down"), &error), qPrintable(error));
    QCOMPARE(
        LabHttp::get(address, http, QStringLiteral("/local_test"), "db.test.clamav.net").status, 0);

    QVERIFY(!lab.applyFault(3, QStringLiteral("no-such-fault"), &error));
    QVERIFY2(error.contains(QStringLiteral("no-such-fault")), qPrintable(error));
    QVERIFY(!lab.applyFault(9, QStringLiteral("host-down"), &error));
}

void TestMirrorLab::twoLabsRunSideBySide()
{
    MirrorLab first(labOf(2));
    MirrorLab second(labOf(2));
    QString error;
    QVERIFY2(first.start(&error), qPrintable(error));
    QVERIFY2(second.start(&error), qPrintable(error));
    QVERIFY(first.network().slot() != second.network().slot());
    const QString survivorDir = second.directory();
    first.stop();
    QVERIFY(LabProcess::processesOf(first.directory()).isEmpty());
    QVERIFY(!LabProcess::processesOf(survivorDir).isEmpty());
    QCOMPARE(LabSshClient(second).run(1, QStringLiteral("echo alive")).standardOutput,
             QByteArray("alive\n"));
}

void TestMirrorLab::toolBringsALabUpAndDownLeavingNothing()
{
    QTemporaryDir parent;
    const QString dir = parent.path() + QStringLiteral("/lab");
    QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("755"), parent.path()});
    QProcess up;
    up.start(QStringLiteral(MIRROR_LAB_TOOL),
             {QStringLiteral("up"), QStringLiteral("--mirrors"), QStringLiteral("3"),
              QStringLiteral("--dir"), dir, QStringLiteral("--trigger-only"), QStringLiteral("1")});
    // Whatever fails below, the lab must not outlive the test.
    const auto down = qScopeGuard([&] {
        QProcess::execute(QStringLiteral(MIRROR_LAB_TOOL),
                          {QStringLiteral("down"), QStringLiteral("--dir"), dir});
    });
    QVERIFY(up.waitForFinished(120000));
    QCOMPARE(up.exitCode(), 0);
    const QJsonObject inventory = QJsonDocument::fromJson(up.readAllStandardOutput()).object();
    QCOMPARE(inventory.value(QStringLiteral("mirrors")).toArray().size(), 3);
    QVERIFY(!LabProcess::processesOf(dir).isEmpty());

    QProcess again;
    again.start(QStringLiteral(MIRROR_LAB_TOOL),
                {QStringLiteral("up"), QStringLiteral("--dir"), dir});
    QVERIFY(again.waitForFinished(30000));
    QCOMPARE(again.exitCode(), 1);
    QVERIFY(again.readAllStandardError().contains("already runs"));

    QProcess fault;
    fault.start(QStringLiteral(MIRROR_LAB_TOOL),
                {QStringLiteral("fault"), QStringLiteral("--dir"), dir, QStringLiteral("--mirror"),
                 QStringLiteral("0"), QStringLiteral("stale-lock=600")});
    QVERIFY(fault.waitForFinished(30000));
    QCOMPARE(fault.exitCode(), 0);
    const QString lockGlob = inventory.value(QStringLiteral("mirrors"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("documentRoot"))
                                 .toString();
    QCOMPARE(QDir(lockGlob).entryList({QStringLiteral("Archive-Update-in-Progress-*")}).size(), 1);

    QFile pidFile(dir + QStringLiteral("/supervisor.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t supervisor = pidFile.readAll().trimmed().toInt();
    QVERIFY(LabProcess::isAlive(supervisor));
    QCOMPARE(QProcess::execute(QStringLiteral(MIRROR_LAB_TOOL),
                               {QStringLiteral("down"), QStringLiteral("--dir"), dir}),
             0);
    QVERIFY(!LabProcess::isAlive(supervisor));
    QVERIFY(LabProcess::processesOf(dir).isEmpty());
    QVERIFY(!QFile::exists(dir + QStringLiteral("/supervisor.pid")));
}

QTEST_GUILESS_MAIN(TestMirrorLab)
#include "tst_mirrorlab.moc"
