#include "LabFiles.h"
#include "MirrorLab.h"
#include "inventory/InventoryExchange.h"
#include "ssh/HostKeyStore.h"
#include "ssh/SftpChannel.h"
#include "ssh/SshPool.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// Reading and atomically writing a mirror's files over real SFTP.
class TestSftpChannel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void readsTheConfWithModeAndHash();
    void writeReplacesAtomicallyKeepingTheMode();
    void writeIsRefusedWhenTheFileChangedSinceRead();
    void newFileMustNotExistYet();
    void failedWriteLeavesNothingBehind();
    void missingFileIsNamed();
    void poolRefusesSftpOnTriggerOnlyMirrors();

private:
    static int modeOf(const QString& path);
    static QByteArray contentOf(const QString& path);
    QStringList leftovers(const QString& dir) const;

    std::unique_ptr<MirrorLab> m_lab;
    QTemporaryDir m_data;
    std::unique_ptr<HostKeyStore> m_hostKeys;
    std::unique_ptr<SshSession> m_session;
};

void TestSftpChannel::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = 2;
    options.triggerOnly = {1};
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    m_hostKeys = std::make_unique<HostKeyStore>(m_data.filePath(QStringLiteral("known_hosts")),
                                                QStringList{});
    const LabMirror& m = m_lab->mirror(0);
    SshSettings settings;
    settings.readUserConfig = false;
    m_session = std::make_unique<SshSession>(
        SshEndpoint{m.identity().name, m.identity().address, m_lab->network().sshPort(),
                    m_lab->account().user},
        SshIdentity{false, m_lab->teamKeyPath(), {}}, settings, *m_hostKeys);
    const auto opened = m_session->open(nullptr, m.sshd().hostKeyFingerprint());
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
}

void TestSftpChannel::cleanupTestCase()
{
    m_session.reset();
    m_lab.reset();
}

int TestSftpChannel::modeOf(const QString& path)
{
    struct stat st
    {};
    ::stat(QFile::encodeName(path).constData(), &st);
    return int(st.st_mode & 07777);
}

QByteArray TestSftpChannel::contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList TestSftpChannel::leftovers(const QString& dir) const
{
    return QDir(dir).entryList({QStringLiteral("*mirror-console*")}, QDir::Files | QDir::Hidden);
}

void TestSftpChannel::readsTheConfWithModeAndHash()
{
    const QString conf = m_lab->mirror(0).confPath();
    const auto read = SftpChannel(*m_session).read(conf);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->content, contentOf(conf));
    QCOMPARE(read->mode, 0600u);
    QCOMPARE(read->sha256, RemoteFile::hashOf(contentOf(conf)));
}

void TestSftpChannel::writeReplacesAtomicallyKeepingTheMode()
{
    const QString conf = m_lab->mirror(0).confPath();
    SftpChannel sftp(*m_session);
    const auto read = sftp.read(conf);
    QVERIFY(read);
    const QByteArray edited = read->content + "# edited by the console\n";
    const auto written = sftp.writeAtomically(conf, edited, read->sha256);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(contentOf(conf), edited);
    QCOMPARE(modeOf(conf), 0600);
    QCOMPARE(QFileInfo(conf).ownerId(), m_lab->account().uid);
    QVERIFY(leftovers(QFileInfo(conf).path()).isEmpty());
    QCOMPARE(written->sha256, RemoteFile::hashOf(edited));
}

void TestSftpChannel::writeIsRefusedWhenTheFileChangedSinceRead()
{
    const QString conf = m_lab->mirror(0).confPath();
    SftpChannel sftp(*m_session);
    const auto read = sftp.read(conf);
    QVERIFY(read);
    // Someone else edits the file on the mirror meanwhile.
    const QByteArray theirs = read->content + "RSYNC_PASSWORD=theirs\n";
    QString error;
    QVERIFY(LabFiles::write(conf, theirs, 0600, &error));
    QVERIFY(LabFiles::changeOwner(conf, m_lab->account().uid, m_lab->account().gid, false, &error));
    const auto written = sftp.writeAtomically(conf, read->content + "# mine\n", read->sha256);
    QVERIFY(!written);
    QVERIFY(written.error().message.contains(
        QStringLiteral("changed on the mirror since it was read")));
    QVERIFY(written.error().message.contains(m_lab->mirror(0).identity().name));
    QCOMPARE(contentOf(conf), theirs);
    QVERIFY(leftovers(QFileInfo(conf).path()).isEmpty());
}

void TestSftpChannel::newFileMustNotExistYet()
{
    const QString path = m_lab->mirror(0).documentRoot() + QStringLiteral("/local_note");
    SftpChannel sftp(*m_session);
    const auto created = sftp.writeAtomically(path, "hello\n", {}, 0644);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    QCOMPARE(modeOf(path), 0644);
    const auto again = sftp.writeAtomically(path, "again\n", {});
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(QStringLiteral("already exists")));
    QCOMPARE(contentOf(path), QByteArray("hello\n"));
}

void TestSftpChannel::failedWriteLeavesNothingBehind()
{
    LabMirror& mirror = m_lab->mirror(0);
    QString error;
    QVERIFY(mirror.setDocumentRootWritable(false, &error));
    const QString path = mirror.documentRoot() + QStringLiteral("/local_blocked");
    const auto written = SftpChannel(*m_session).writeAtomically(path, "x", {});
    QVERIFY(mirror.setDocumentRootWritable(true, &error));
    QVERIFY(!written);
    QVERIFY(written.error().message.contains(QStringLiteral("permission denied")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(leftovers(mirror.documentRoot()).isEmpty());
}

void TestSftpChannel::missingFileIsNamed()
{
    const auto read =
        SftpChannel(*m_session).read(QStringLiteral("/nonexistent/clam-clientsync.conf"));
    QVERIFY(!read);
    QCOMPARE(read.error().kind, SshFailure::Kind::Remote);
    QVERIFY(read.error().message.contains(QStringLiteral("/nonexistent/clam-clientsync.conf")));
    QVERIFY(m_session->isOpen());
}

void TestSftpChannel::poolRefusesSftpOnTriggerOnlyMirrors()
{
    const auto imported = InventoryExchange::fromJson(QJsonDocument(m_lab->inventory()).toJson());
    const MirrorRecord& triggerOnly = imported.mirrors.at(1);
    SshPoolSettings settings;
    settings.ssh.readUserConfig = false;
    settings.identity.useAgent = false;
    SshPool pool(*m_hostKeys, settings);
    QList<SshJobResult> results;
    connect(&pool, &SshPool::finished, this, [&](const SshJobResult& r) { results << r; });
    pool.readFile(triggerOnly, m_lab->mirror(1).confPath());
    pool.writeFile(triggerOnly, m_lab->mirror(1).confPath(), "x", "y");
    QTRY_COMPARE(results.size(), 2);
    for (const SshJobResult& r : std::as_const(results)) {
        QCOMPARE(r.failure.kind, SshFailure::Kind::Refused);
        QVERIFY(r.failure.message.contains(QStringLiteral("SFTP")));
    }
    QVERIFY(!QFile::exists(m_lab->mirror(1).syncLogPath() + QStringLiteral(".0")));

    const MirrorRecord& shell = imported.mirrors.at(0);
    pool.readFile(shell, m_lab->mirror(0).confPath());
    QTRY_COMPARE(results.size(), 3);
    QVERIFY2(results.last().ok, qPrintable(results.last().failure.message));
    QCOMPARE(results.last().file->content, contentOf(m_lab->mirror(0).confPath()));
}

QTEST_GUILESS_MAIN(TestSftpChannel)
#include "tst_sftpchannel.moc"
