#include "LabHttp.h"
#include "MirrorLab.h"
#include "MirrorctlProcess.h"
#include "inventory/AuditTrail.h"
#include "inventory/InventoryDatabase.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// mirrorctl against real mirrors: import the lab, exec, host keys, refusals.
class TestMirrorctlLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void importedLabMirrorRunsACommand();
    void triggerOnlyMirrorIsRefusedAndNotSynced();
    void unknownHostKeyNeedsADeliberateAccept();
    void changedHostKeyIsRefusedUntilTheNewOneIsAccepted();
    void remoteFailureExitsWithOne();
    void deadHostIsAClearFailure();
    void refreshReadsEveryFactInOneGo();
    void staleLockIsBrokenOnlyWhenStale();
    void triggerSyncsShellAndTriggerOnlyMirrors();
    void configSetChecksBacksUpAndAudits();
    void bandwidthCountsClientsButNotTheMirrorCheck();
    void newRsyncPasswordCanBeKeptInTheKeychain();

private:
    using Run = MirrorctlRun;
    Run mirrorctl(const QStringList& args, const QByteArray& input = {});
    QStringList audit(const QString& action);
    QString name(int i) { return m_lab->mirror(i).identity().name; }

    std::unique_ptr<MirrorLab> m_lab;
    QTemporaryDir m_dir;
    QString m_db;
};

namespace {
constexpr int kShell = 0, kTriggerOnly = 1, kManual = 2, kDead = 3;
}

void TestMirrorctlLab::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = 4;
    options.triggerOnly = {kTriggerOnly};
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    m_db = m_dir.filePath(QStringLiteral("data/inventory.sqlite"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("home")));
}

void TestMirrorctlLab::cleanupTestCase()
{
    m_lab.reset();
}

TestMirrorctlLab::Run TestMirrorctlLab::mirrorctl(const QStringList& args, const QByteArray& input)
{
    return runMirrorctl(QStringLiteral(MIRRORCTL), m_dir.filePath(QStringLiteral("home")), m_db,
                        args, input);
}

QStringList TestMirrorctlLab::audit(const QString& action)
{
    InventoryDatabase db;
    if (!db.open(m_db))
        return {};
    QStringList found;
    for (const AuditEntry& e : AuditTrail(db).entries()) {
        if (e.action == action)
            found << e.mirror + QStringLiteral(": ") + e.detail;
    }
    return found;
}

void TestMirrorctlLab::importedLabMirrorRunsACommand()
{
    const QString inventory = m_lab->directory() + QStringLiteral("/inventory.json");
    Run run = mirrorctl({QStringLiteral("import-lab"), inventory});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // The manual-add test adds this one by hand, without its expected key.
    QCOMPARE(mirrorctl({QStringLiteral("remove"), name(kManual)}).exitCode, 0);

    run = mirrorctl({QStringLiteral("exec"), name(kShell), QStringLiteral("--"),
                     QStringLiteral("echo"), QStringLiteral("\"$HOME\"")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QFile::encodeName(m_lab->mirror(kShell).home()) + '\n');
    const QStringList accepted = audit(QStringLiteral("host-key-accept"));
    QCOMPARE(accepted.size(), 1);
    QVERIFY(accepted.first().contains(m_lab->mirror(kShell).sshd().hostKeyFingerprint()));
}

void TestMirrorctlLab::triggerOnlyMirrorIsRefusedAndNotSynced()
{
    const Run run = mirrorctl(
        {QStringLiteral("exec"), name(kTriggerOnly), QStringLiteral("--"), QStringLiteral("true")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("trigger-only"));
    QVERIFY(!QFile::exists(m_lab->mirror(kTriggerOnly).syncLogPath() + QStringLiteral(".0")));
}

void TestMirrorctlLab::unknownHostKeyNeedsADeliberateAccept()
{
    const LabMirror& m = m_lab->mirror(kManual);
    Run run = mirrorctl({QStringLiteral("add"), m.identity().name, QStringLiteral("--address"),
                         m.identity().address, QStringLiteral("--country"), m.identity().country,
                         QStringLiteral("--port"), QString::number(m_lab->network().sshPort()),
                         QStringLiteral("--user"), m_lab->account().user, QStringLiteral("--key"),
                         m_lab->teamKeyPath()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString fingerprint = m.sshd().hostKeyFingerprint();
    run = mirrorctl(
        {QStringLiteral("exec"), m.identity().name, QStringLiteral("--"), QStringLiteral("true")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(fingerprint.toUtf8()), run.err.constData());

    run = mirrorctl({QStringLiteral("exec"), m.identity().name, QStringLiteral("--accept-host-key"),
                     QStringLiteral("SHA256:notthekey"), QStringLiteral("--"),
                     QStringLiteral("true")});
    QCOMPARE(run.exitCode, 1);
    run = mirrorctl({QStringLiteral("exec"), m.identity().name, QStringLiteral("--accept-host-key"),
                     fingerprint, QStringLiteral("--"), QStringLiteral("echo"),
                     QStringLiteral("in")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("in\n"));
    QVERIFY(audit(QStringLiteral("host-key-accept"))
                .filter(m.identity().name)
                .first()
                .contains(QStringLiteral("new key accepted")));
}

void TestMirrorctlLab::changedHostKeyIsRefusedUntilTheNewOneIsAccepted()
{
    const QString before = m_lab->mirror(kShell).sshd().hostKeyFingerprint();
    QString error;
    QVERIFY2(m_lab->applyFault(kShell, QStringLiteral("changed-host-key"), &error),
             qPrintable(error));
    const QString after = m_lab->mirror(kShell).sshd().hostKeyFingerprint();
    Run run = mirrorctl(
        {QStringLiteral("exec"), name(kShell), QStringLiteral("--"), QStringLiteral("true")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("CHANGED"));
    QVERIFY(run.err.contains(before.toUtf8()));
    QVERIFY(run.err.contains(after.toUtf8()));
    run = mirrorctl({QStringLiteral("exec"), name(kShell), QStringLiteral("--accept-host-key"),
                     after, QStringLiteral("--"), QStringLiteral("true")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString entry = audit(QStringLiteral("host-key-accept")).filter(name(kShell)).first();
    QVERIFY(entry.contains(QStringLiteral("changed key accepted")));
    QVERIFY(entry.contains(before));
    QVERIFY(entry.contains(after));
}

void TestMirrorctlLab::remoteFailureExitsWithOne()
{
    Run run = mirrorctl({QStringLiteral("exec"), name(kShell), QStringLiteral("--"),
                         QStringLiteral("echo oops >&2; exit 3")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("oops"));
    QVERIFY(run.err.contains("status 3"));
    run = mirrorctl({QStringLiteral("exec"), name(kShell), QStringLiteral("--json"),
                     QStringLiteral("--"), QStringLiteral("exit 3")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("exitStatus")).toInt(),
             3);
}

void TestMirrorctlLab::deadHostIsAClearFailure()
{
    QString error;
    QVERIFY2(m_lab->applyFault(kDead, QStringLiteral("host-down"), &error), qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    const Run run = mirrorctl(
        {QStringLiteral("exec"), name(kDead), QStringLiteral("--"), QStringLiteral("true")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(name(kDead).toUtf8()));
    QVERIFY(run.err.contains("refused"));
    QVERIFY(timer.elapsed() < 10000);
}

void TestMirrorctlLab::refreshReadsEveryFactInOneGo()
{
    QString error;
    QVERIFY2(m_lab->applyFault(kShell, QStringLiteral("log-history"), &error), qPrintable(error));
    QVERIFY(m_lab->mirror(kShell).placeStaleLock(1200, &error));
    Run run = mirrorctl({QStringLiteral("refresh"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1); // the dead host
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue& v : QJsonDocument::fromJson(run.out).array())
        byName.insert(v.toObject().value(QStringLiteral("mirror")).toString(), v.toObject());
    QCOMPARE(byName.size(), 4);
    QVERIFY(byName.value(name(kShell)).value(QStringLiteral("probed")).toBool());
    QVERIFY(byName.value(name(kTriggerOnly)).value(QStringLiteral("skipped")).toBool());
    QVERIFY(byName.value(name(kDead))
                .value(QStringLiteral("error"))
                .toString()
                .contains(QStringLiteral("refused")));
    QVERIFY(!QFile::exists(m_lab->mirror(kTriggerOnly).syncLogPath() + QStringLiteral(".0")));

    run = mirrorctl({QStringLiteral("log"), name(kShell), QStringLiteral("--cached"),
                     QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray runs = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(runs.size(), 7);
    int failed = 0;
    for (const QJsonValue& r : runs)
        failed +=
            r.toObject().value(QStringLiteral("outcome")).toString() == QLatin1String("failed") ? 1
                                                                                                : 0;
    QCOMPARE(failed, 2);
    // A second refresh finds no run it has not seen.
    run = mirrorctl({QStringLiteral("refresh"), name(kShell), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(run.out)
                 .array()
                 .first()
                 .toObject()
                 .value(QStringLiteral("newRuns"))
                 .toArray()
                 .size(),
             0);

    run = mirrorctl({QStringLiteral("lock"), name(kShell), QStringLiteral("--cached")});
    QVERIFY2(run.out.contains("stale for 20 min"), run.out.constData());
    run = mirrorctl({QStringLiteral("status"), name(kShell)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("lock stale") && run.out.contains("timestamp "), run.out.constData());
    run = mirrorctl({QStringLiteral("audit"), name(kShell), QStringLiteral("--cached"),
                     QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(run.out)
                 .array()
                 .first()
                 .toObject()
                 .value(QStringLiteral("audit"))
                 .toObject()
                 .value(QStringLiteral("failed"))
                 .toInt(),
             0);
}

void TestMirrorctlLab::staleLockIsBrokenOnlyWhenStale()
{
    QString error;
    QVERIFY(m_lab->mirror(kShell).placeStaleLock(600, &error));
    Run run = mirrorctl({QStringLiteral("lock"), name(kShell), QStringLiteral("--break-stale")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!QFile::exists(m_lab->mirror(kShell).lockPath()));
    QVERIFY(!audit(QStringLiteral("lock-break")).isEmpty());
    run = mirrorctl({QStringLiteral("lock"), name(kShell), QStringLiteral("--break-stale")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("no lock"));
    QCOMPARE(
        mirrorctl({QStringLiteral("lock"), name(kTriggerOnly), QStringLiteral("--break-stale")})
            .exitCode,
        1);
}

void TestMirrorctlLab::triggerSyncsShellAndTriggerOnlyMirrors()
{
    QString error;
    QVERIFY(m_lab->publishDaily(&error));
    const QByteArray version =
        ':' + QByteArray::number(m_lab->upstream().database().versions().daily) + ':';
    auto daily = [&](int mirror) {
        QFile file(m_lab->mirror(mirror).documentRoot() + QStringLiteral("/daily.cvd"));
        return file.open(QIODevice::ReadOnly) ? file.read(512) : QByteArray();
    };
    // One call, both mirrors, at once; the trigger-only one through its forced command.
    const Run run = mirrorctl({QStringLiteral("trigger"), name(kShell), name(kTriggerOnly),
                               QStringLiteral("--rsync-host"), QStringLiteral("rsync2"),
                               QStringLiteral("--wait")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // The shell mirror's log streamed line by line, each line named.
    QVERIFY2(run.out.contains((name(kShell) + QStringLiteral(": daily")).toUtf8()),
             run.out.constData());
    QVERIFY(run.out.contains((name(kTriggerOnly) + QStringLiteral(": succeeded")).toUtf8()));
    QVERIFY(daily(kShell).contains(version));
    QVERIFY(daily(kTriggerOnly).contains(version));
    QFile log(m_lab->upstream().daemonLog(2));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("clamavdb"));
    QCOMPARE(audit(QStringLiteral("trigger")).size(), 2);
    const Run idle = mirrorctl({QStringLiteral("follow"), name(kShell)});
    QCOMPARE(idle.exitCode, 1);
    QVERIFY2(idle.err.contains("no sync"), idle.err.constData());
}

void TestMirrorctlLab::configSetChecksBacksUpAndAudits()
{
    const QString conf = m_lab->mirror(kShell).confPath();
    Run run = mirrorctl({QStringLiteral("config"), QStringLiteral("set"), name(kShell),
                         QStringLiteral("MODULE=other")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("clamavdb"));
    run = mirrorctl({QStringLiteral("config"), QStringLiteral("get"), name(kShell)});
    QVERIFY(run.out.contains("RSYNC_PASSWORD=********"));
    QVERIFY(!run.out.contains(m_lab->upstream().rsyncPassword().toUtf8()));
    run = mirrorctl({QStringLiteral("config"), QStringLiteral("set"), name(kShell),
                     QStringLiteral("RSYNC_USER=renamed")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(conf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("RSYNC_USER=renamed\n"));
    const QStringList backups =
        QDir(QFileInfo(conf).path()).entryList({QStringLiteral("clam-clientsync.conf.*")});
    QCOMPARE(backups.size(), 1);
    const QStringList edits = audit(QStringLiteral("config-edit"));
    QCOMPARE(edits.size(), 1);
    QVERIFY(edits.first().contains(QStringLiteral("+RSYNC_USER=renamed")));
    QVERIFY(!edits.first().contains(m_lab->upstream().rsyncPassword()));
}

void TestMirrorctlLab::bandwidthCountsClientsButNotTheMirrorCheck()
{
    const LabMirror& m = m_lab->mirror(kShell);
    mirrorctl({QStringLiteral("refresh"), name(kShell)}); // reads the log so far
    for (int i = 0; i < 3; ++i)
        QCOMPARE(LabHttp::get(m.identity().address, m_lab->network().httpPort(),
                              QStringLiteral("/daily.cvd"), "db.de.clamav.net")
                     .status,
                 200);
    QCOMPARE(LabHttp::get(m.identity().address, m_lab->network().httpPort(),
                          QStringLiteral("/timestamp"), "db.de.clamav.net", {},
                          "ClamAV-MirrorCheck")
                 .status,
             200);
    const Run run =
        mirrorctl({QStringLiteral("bandwidth"), name(kShell), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject traffic = QJsonDocument::fromJson(run.out).array().first().toObject();
    QCOMPARE(traffic.value(QStringLiteral("monthRequests")).toInt(), 3);
    QVERIFY(traffic.value(QStringLiteral("cvdBytes")).toInteger() > 3 * 512);
    QCOMPARE(traffic.value(QStringLiteral("expectedHigh")).toInteger(),
             2000LL * 1000 * 1000 * 1000);
    QVERIFY(traffic.value(QStringLiteral("verdict"))
                .toString()
                .contains(QStringLiteral("below the expected")));
}

void TestMirrorctlLab::newRsyncPasswordCanBeKeptInTheKeychain()
{
    const QByteArray secret = "kept-7c1e-in-the-keychain";
    // From standard input: never in an argument list every user can read.
    const Run run =
        mirrorctl({QStringLiteral("config"), QStringLiteral("set"), name(kShell),
                   QStringLiteral("RSYNC_PASSWORD=-"), QStringLiteral("--keep-password")},
                  secret + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.out.contains(secret));
    QCOMPARE(audit(QStringLiteral("rsync-password-kept")).size(), 1);
    SecretStore secrets;
    std::optional<Result<QByteArray>> read;
    secrets.read(SecretStore::rsyncPasswordKey(name(kShell)),
                 [&](Result<QByteArray> r) { read = std::move(r); });
    QTRY_VERIFY(read.has_value());
    QVERIFY2(*read, *read ? "" : qPrintable(read->error()));
    QCOMPARE(read->value(), secret);
    QFile db(m_db);
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains(secret));
    // The mirror's own file holds it, as clam-clientsync needs.
    QFile conf(m_lab->mirror(kShell).confPath());
    QVERIFY(conf.open(QIODevice::ReadOnly));
    QVERIFY(conf.readAll().contains(secret));
}

QTEST_GUILESS_MAIN(TestMirrorctlLab)
#include "tst_mirrorctl_lab.moc"
