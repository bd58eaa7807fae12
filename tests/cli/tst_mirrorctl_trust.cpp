#include "MirrorLab.h"
#include "MirrorctlProcess.h"
#include "inventory/AuditTrail.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/MirrorInventory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// mirrorctl against mirrors that are not trusted and inventory files that
// leave things out: nothing weakens safety unless asked for, nothing secret
// reaches an argument list, nothing a mirror sends takes over the terminal,
// and a sync runs as long as it needs.
class TestMirrorctlTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aReimportKeepsWhatItLeavesOutAndNeverOpensAShellUnasked();
    void aPushMasterThatIsAnOptionIsRefused();
    void thePasswordNeverTravelsInArguments();
    void mirrorTextIsMadeVisibleOnTheTerminal();
    void aSyncLongerThanTheCommandTimeoutIsFollowedToItsEnd();
    void aConfSavedOnWindowsIsNamedAndConverted();

private:
    using Run = MirrorctlRun;
    Run mirrorctl(const QStringList& args, const QByteArray& input = {});
    MirrorRecord stored(int i);
    QString name(int i) { return m_lab->mirror(i).identity().name; }
    QString writeInventory(const QJsonArray& mirrors);

    std::unique_ptr<MirrorLab> m_lab;
    QTemporaryDir m_dir;
    QString m_db;
};

namespace {
constexpr int kShell = 0, kTriggerOnly = 1, kSlow = 2;
}

void TestMirrorctlTrust::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = 3;
    options.triggerOnly = {kTriggerOnly};
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    QVERIFY2(m_lab->applyFault(kSlow, QStringLiteral("slow-sync=8"), &error), qPrintable(error));
    m_db = m_dir.filePath(QStringLiteral("data/inventory.sqlite"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("home")));
    const Run run = mirrorctl(
        {QStringLiteral("import-lab"), m_lab->directory() + QStringLiteral("/inventory.json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestMirrorctlTrust::cleanupTestCase()
{
    m_lab.reset();
}

TestMirrorctlTrust::Run TestMirrorctlTrust::mirrorctl(const QStringList& args,
                                                      const QByteArray& input)
{
    return runMirrorctl(QStringLiteral(MIRRORCTL), m_dir.filePath(QStringLiteral("home")), m_db,
                        args, input);
}

MirrorRecord TestMirrorctlTrust::stored(int i)
{
    InventoryDatabase db;
    if (!db.open(m_db))
        return {};
    return MirrorInventory(db).find(name(i)).value_or(MirrorRecord{});
}

QString TestMirrorctlTrust::writeInventory(const QJsonArray& mirrors)
{
    const QString path = m_dir.filePath(QStringLiteral("partial.json"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("mirrors"), mirrors}}).toJson());
    return path;
}

void TestMirrorctlTrust::aReimportKeepsWhatItLeavesOutAndNeverOpensAShellUnasked()
{
    const MirrorRecord before = stored(kTriggerOnly);
    QCOMPARE(before.accessMode, AccessMode::TriggerOnly);
    // A record of a name and notes alone: the rest stays as stored.
    const QString partial =
        writeInventory({QJsonObject{{QStringLiteral("name"), before.name},
                                    {QStringLiteral("notes"), QStringLiteral("re-imported")}}});
    Run run = mirrorctl({QStringLiteral("import-lab"), partial, QStringLiteral("--replace")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    MirrorRecord after = stored(kTriggerOnly);
    QCOMPARE(after.accessMode, AccessMode::TriggerOnly);
    QCOMPARE(after.sshPort, before.sshPort);
    QCOMPARE(after.user, before.user);
    QCOMPARE(after.notes, QStringLiteral("re-imported"));

    // Saying shell is not enough: it needs --allow-shell, and is audited.
    QJsonObject shell{{QStringLiteral("name"), before.name},
                      {QStringLiteral("address"), before.address},
                      {QStringLiteral("country"), before.country},
                      {QStringLiteral("accessMode"), QStringLiteral("shell")}};
    run = mirrorctl(
        {QStringLiteral("import-lab"), writeInventory({shell}), QStringLiteral("--replace")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("--allow-shell") && run.err.contains("accessMode"),
             run.err.constData());
    QCOMPARE(stored(kTriggerOnly).accessMode, AccessMode::TriggerOnly);
    run = mirrorctl({QStringLiteral("import-lab"), writeInventory({shell}),
                     QStringLiteral("--replace"), QStringLiteral("--allow-shell")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(stored(kTriggerOnly).accessMode, AccessMode::Shell);
    InventoryDatabase db;
    QVERIFY(db.open(m_db));
    const AuditEntry last = AuditTrail(db).entries(before.name).first();
    QVERIFY2(last.detail.contains(QStringLiteral("accessMode: trigger-only -> shell")),
             qPrintable(last.detail));
    // Back as it was, for the tests after this one.
    shell.insert(QStringLiteral("accessMode"), QStringLiteral("trigger-only"));
    QCOMPARE(mirrorctl({QStringLiteral("import-lab"), writeInventory({shell}),
                        QStringLiteral("--replace")})
                 .exitCode,
             0);
}

void TestMirrorctlTrust::aPushMasterThatIsAnOptionIsRefused()
{
    const QString planted = m_lab->mirror(kShell).home() + QStringLiteral("/planted.log");
    const QString option = QStringLiteral("--log-file=") + planted;
    const MirrorRecord shell = stored(kShell);
    QJsonObject record{{QStringLiteral("name"), shell.name},
                       {QStringLiteral("address"), shell.address},
                       {QStringLiteral("country"), shell.country},
                       {QStringLiteral("rsyncHost"), option}};
    Run run = mirrorctl(
        {QStringLiteral("import-lab"), writeInventory({record}), QStringLiteral("--replace")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("push master"), run.err.constData());
    QCOMPARE(stored(kShell).rsyncHost, shell.rsyncHost);
    run =
        mirrorctl({QStringLiteral("trigger"), shell.name, QStringLiteral("--rsync-host"), option});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("push master"), run.err.constData());
    QVERIFY(!QFile::exists(planted));
}

void TestMirrorctlTrust::thePasswordNeverTravelsInArguments()
{
    Run run = mirrorctl({QStringLiteral("config"), QStringLiteral("set"), name(kShell),
                         QStringLiteral("RSYNC_PASSWORD=in-argv"), QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("RSYNC_PASSWORD=-"), run.err.constData());
    // Two assignments on a line, as bash reads them: both found, the password masked.
    QFile conf(m_lab->mirror(kShell).confPath());
    QVERIFY(conf.open(QIODevice::ReadOnly));
    QByteArray text;
    for (const QByteArray& line : conf.readAll().split('\n')) {
        if (!line.isEmpty() && !line.startsWith("RSYNC_PASSWORD="))
            text += line + '\n';
    }
    conf.close();
    const QByteArray secret = m_lab->upstream().rsyncPassword().toUtf8();
    text += "RSYNC_USER=" + m_lab->upstream().rsyncUser().toUtf8() + "; export RSYNC_PASSWORD='" +
            secret + "' # both\n";
    QString error;
    QVERIFY2(m_lab->mirror(kShell).writeOwned(m_lab->mirror(kShell).confPath(), text, 0600, &error),
             qPrintable(error));
    run = mirrorctl({QStringLiteral("config"), QStringLiteral("get"), name(kShell)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(!run.out.contains(secret), run.out.constData());
    QVERIFY2(run.out.contains("export RSYNC_PASSWORD=******** # both"), run.out.constData());
    run = mirrorctl({QStringLiteral("audit"), name(kShell)});
    QVERIFY2(!run.out.contains("RSYNC_PASSWORD is not set"), run.out.constData());
    // From standard input, the diff masked.
    run = mirrorctl({QStringLiteral("config"), QStringLiteral("set"), name(kShell),
                     QStringLiteral("RSYNC_PASSWORD=-"), QStringLiteral("--dry-run")},
                    "from-stdin-1f2e\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.out.contains("from-stdin-1f2e"));
    QVERIFY2(run.out.contains("+RSYNC_USER=") && run.out.contains("RSYNC_PASSWORD=********"),
             run.out.constData());
}

void TestMirrorctlTrust::mirrorTextIsMadeVisibleOnTheTerminal()
{
    QFile conf(m_lab->mirror(kShell).confPath());
    QVERIFY(conf.open(QIODevice::ReadOnly));
    const QByteArray text = conf.readAll() + "# \x1b]0;owned\x07\x1b[2J\n";
    conf.close();
    QString error;
    QVERIFY2(m_lab->mirror(kShell).writeOwned(m_lab->mirror(kShell).confPath(), text, 0600, &error),
             qPrintable(error));
    Run run = mirrorctl({QStringLiteral("config"), QStringLiteral("get"), name(kShell)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.out.contains('\x1b'));
    QVERIFY2(run.out.contains("# \\e]0;owned\\x07\\e[2J"), run.out.constData());
    run = mirrorctl(
        {QStringLiteral("config"), QStringLiteral("get"), name(kShell), QStringLiteral("--raw")});
    QVERIFY(run.out.contains("\x1b]0;owned\x07"));
}

void TestMirrorctlTrust::aSyncLongerThanTheCommandTimeoutIsFollowedToItsEnd()
{
    // Each command may take 5 s; this sync takes more than 8.
    QCOMPARE(mirrorctl({QStringLiteral("settings"), QStringLiteral("ssh/operation-timeout"),
                        QStringLiteral("5")})
                 .exitCode,
             0);
    const Run run = mirrorctl({QStringLiteral("trigger"), name(kSlow), QStringLiteral("--wait")});
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QVERIFY2(run.out.contains((name(kSlow) + QStringLiteral(": succeeded")).toUtf8()),
             run.out.constData());
}

void TestMirrorctlTrust::aConfSavedOnWindowsIsNamedAndConverted()
{
    const LabMirror& lab = m_lab->mirror(kSlow);
    QFile conf(lab.confPath());
    QVERIFY(conf.open(QIODevice::ReadOnly));
    QByteArray text = conf.readAll();
    conf.close();
    text.replace("\n", "\r\n");
    QString error;
    QVERIFY2(lab.writeOwned(lab.confPath(), text, 0600, &error), qPrintable(error));
    Run run = mirrorctl({QStringLiteral("audit"), name(kSlow)});
    QVERIFY2(run.out.contains("Windows line endings"), run.out.constData());
    run = mirrorctl({QStringLiteral("config"), QStringLiteral("set"), name(kSlow),
                     QStringLiteral("--unix-line-endings")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("\\r"), run.out.constData());
    QVERIFY(conf.open(QIODevice::ReadOnly));
    QVERIFY(!conf.readAll().contains('\r'));
}

QTEST_GUILESS_MAIN(TestMirrorctlTrust)
#include "tst_mirrorctl_trust.moc"
