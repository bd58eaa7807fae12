#include "LabMirror.h"

#include "LabAccount.h"
#include "LabFiles.h"
#include "LabNetwork.h"
#include "LabProcess.h"
#include "LabUpstream.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

namespace {

constexpr int kRotatedRuns = 7;
constexpr qint64 kHoursBetweenRuns = 3;

} // namespace

LabMirror::LabMirror(const QString& labDir, Identity identity, const LabNetwork& network,
                     const LabAccount& account, const LabUpstream& upstream,
                     const QByteArray& teamPublicKey)
    : m_dir(labDir + QStringLiteral("/mirrors/%1").arg(identity.index, 3, 10, QLatin1Char('0'))),
      m_identity(std::move(identity)), m_account(account), m_upstream(upstream),
      m_teamPublicKey(teamPublicKey.trimmed())
{
    m_sshd = std::make_unique<LabSshd>(LabSshd::Settings{
        labDir, m_dir + QStringLiteral("/sshd"), m_identity.address, network.sshPort(),
        account.user, home(), home() + QStringLiteral("/.ssh/authorized_keys"),
        upstream.connectProgram()});
}

QString LabMirror::lockPath() const
{
    return documentRoot() + QStringLiteral("/Archive-Update-in-Progress-") +
           QSysInfo::machineHostName();
}

LabVhost LabMirror::vhost() const
{
    return {m_identity.name, m_identity.address, documentRoot(), accessLogPath(),
            m_vhostEnabled,  m_vhostRedirects,   m_vhostTrickles};
}

bool LabMirror::handOver(const QString& path, bool recursive, QString* error) const
{
    return !m_account.privileged ||
           LabFiles::changeOwner(path, m_account.uid, m_account.gid, recursive, error);
}

bool LabMirror::create(QString* error)
{
    QFile script(QStringLiteral(":/lab/clam-clientsync"));
    if (!script.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the lab's clam-clientsync is missing from its resources");
        return false;
    }
    const QString h = home();
    // Modes as the seed's How-to sets them: home 755, .ssh 700,
    // authorized_keys 600, clam-clientsync 755, the conf 600.
    bool ok = QDir().mkpath(m_dir) && LabFiles::makeDirectory(m_dir, 0755, error) &&
              LabFiles::makeDirectory(h, 0755, error) &&
              LabFiles::makeDirectory(h + QStringLiteral("/bin"), 0755, error) &&
              LabFiles::makeDirectory(h + QStringLiteral("/etc"), 0755, error) &&
              LabFiles::makeDirectory(h + QStringLiteral("/.ssh"), 0700, error) &&
              LabFiles::makeDirectory(documentRoot(), 0755, error) &&
              LabFiles::write(h + QStringLiteral("/bin/clam-clientsync"), script.readAll(), 0755,
                              error) &&
              writeConf(m_upstream.rsyncPassword(), error) &&
              setAccessMode(LabAccessMode::Shell, error) && seedDocumentRoot(error) &&
              handOver(h, true, error) && m_sshd->prepare(error);
    if (ok && !QFile::exists(accessLogPath()))
        ok = LabFiles::write(accessLogPath(), {}, 0644, error);
    return ok;
}

bool LabMirror::seedDocumentRoot(QString* error)
{
    // The lab's mirrors start as a completed sync would leave them.
    const QDir upstream(m_upstream.database().directory());
    const QStringList files = upstream.entryList(QDir::Files);
    for (const QString& name : files) {
        const QString target = documentRoot() + QLatin1Char('/') + name;
        QFile::remove(target);
        const QString source = upstream.filePath(name);
        if (!QFile::copy(source, target) || !LabFiles::setMode(target, 0664, error) ||
            !LabFiles::setModificationTime(target, QFileInfo(source).lastModified(), error)) {
            if (error->isEmpty())
                *error = QStringLiteral("cannot copy %1 to %2").arg(source, target);
            return false;
        }
    }
    return LabFiles::write(documentRoot() + QStringLiteral("/local_test"), "Success\n", 0644,
                           error);
}

bool LabMirror::writeConf(const QString& rsyncPassword, QString* error)
{
    const QString conf =
        QStringLiteral("TO=%1\n"
                       "RSYNC_USER=%2\n"
                       "RSYNC_PASSWORD=%3\n"
                       "MODULE=\"%4\"\n"
                       "EXCLUDE=\"--exclude local_*\"\n")
            .arg(documentRoot(), m_upstream.rsyncUser(), rsyncPassword, m_upstream.moduleName());
    return LabFiles::write(confPath(), conf.toUtf8(), 0600, error) &&
           handOver(confPath(), false, error);
}

bool LabMirror::writeTemplateConf(QString* error)
{
    // As shipped with the script, before the mirror's admin edits it.
    const QByteArray conf = "TO=\"$HOME/changeme/\"\n"
                            "RSYNC_USER=changeme\n"
                            "RSYNC_PASSWORD=\"changeme\"\n"
                            "MODULE=\"clamavdb\"\n"
                            "EXCLUDE='--exclude local_* --exclude .htaccess'\n";
    return LabFiles::write(confPath(), conf, 0600, error) && handOver(confPath(), false, error);
}

bool LabMirror::setAccessMode(LabAccessMode mode, QString* error)
{
    const QByteArray options =
        mode == LabAccessMode::TriggerOnly
            ? "no-port-forwarding,no-X11-forwarding,no-agent-forwarding,no-pty,"
              "command=\"bash ~/bin/clam-clientsync " +
                  m_identity.rsyncHost.toLatin1() + " &\" "
            : QByteArray();
    const QString path = home() + QStringLiteral("/.ssh/authorized_keys");
    if (!LabFiles::write(path, options + m_teamPublicKey + '\n', 0600, error) ||
        !handOver(path, false, error))
        return false;
    m_mode = mode;
    return true;
}

bool LabMirror::setForcedCommand(const QByteArray& command, QString* error,
                                 const QByteArray& moreKeys)
{
    QByteArray quoted = command;
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    const QString path = home() + QStringLiteral("/.ssh/authorized_keys");
    return LabFiles::write(path,
                           "no-pty,command=\"" + quoted + "\" " + m_teamPublicKey + '\n' + moreKeys,
                           0600, error) &&
           handOver(path, false, error);
}

bool LabMirror::writeOwned(const QString& path, const QByteArray& content, int mode,
                           QString* error) const
{
    QFile::remove(path);
    return LabFiles::write(path, content, mode, error) && handOver(path, false, error);
}

bool LabMirror::placeStaleLock(qint64 ageSeconds, QString* error)
{
    // What lockfile leaves behind: a read-only file holding "0".
    const QString lock = lockPath();
    QFile::remove(lock);
    return LabFiles::write(lock, "0", 0444, error) && handOver(lock, false, error) &&
           LabFiles::setModificationTime(lock, QDateTime::currentDateTimeUtc().addSecs(-ageSeconds),
                                         error);
}

bool LabMirror::setDocumentRootWritable(bool writable, QString* error)
{
    return LabFiles::setMode(documentRoot(), writable ? 0775 : 0555, error);
}

bool LabMirror::ageTimestamp(double hours, QString* error)
{
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(qint64(-hours * 3600));
    const QString path = documentRoot() + QStringLiteral("/timestamp");
    return LabFiles::write(path, QByteArray::number(when.toSecsSinceEpoch()) + '\n', 0664, error) &&
           handOver(path, false, error) && LabFiles::setModificationTime(path, when, error);
}

LabSyncResult LabMirror::runSync(const QString& rsyncHost) const
{
    QStringList args;
    QString program = QStringLiteral("/usr/bin/env");
    if (m_account.privileged) {
        program = QStringLiteral("/usr/bin/setpriv");
        args << QStringLiteral("--reuid=%1").arg(m_account.uid)
             << QStringLiteral("--regid=%1").arg(m_account.gid) << QStringLiteral("--clear-groups")
             << QStringLiteral("/usr/bin/env");
    }
    args << QStringLiteral("-i") << QStringLiteral("HOME=") + home()
         << QStringLiteral("PATH=/usr/local/bin:/usr/bin:/bin")
         << QStringLiteral("RSYNC_CONNECT_PROG=") + m_upstream.connectProgram()
         << QStringLiteral("bash") << home() + QStringLiteral("/bin/clam-clientsync") << rsyncHost;
    LabSyncResult result;
    result.exitStatus = LabProcess::run(program, args, &result.output);
    return result;
}

bool LabMirror::fillLogHistory(QString* error)
{
    // Real runs, so the logs hold what rsync really prints; the third and the
    // sixth fail on a wrong password.
    for (int run = 1; run <= kRotatedRuns; ++run) {
        const bool failing = run == 3 || run == 6;
        if (!writeConf(failing ? QStringLiteral("wrong-password") : m_upstream.rsyncPassword(),
                       error))
            return false;
        runSync(m_identity.rsyncHost);
    }
    if (!writeConf(m_upstream.rsyncPassword(), error))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int age = 0; age < kRotatedRuns; ++age) {
        const QString path =
            syncLogPath() + (age == 0 ? QStringLiteral(".0") : QStringLiteral(".%1.gz").arg(age));
        if (!QFile::exists(path)) {
            *error = QStringLiteral("log history incomplete: %1 missing").arg(path);
            return false;
        }
        if (!LabFiles::setModificationTime(path, now.addSecs(-(1 + age * kHoursBetweenRuns) * 3600),
                                           error))
            return false;
    }
    return true;
}

QJsonObject LabMirror::inventoryEntry(const QString& teamKeyPath, quint16 sshPort,
                                      quint16 httpPort) const
{
    return QJsonObject{
        {QStringLiteral("name"), m_identity.name},
        {QStringLiteral("address"), m_identity.address},
        {QStringLiteral("sshPort"), sshPort},
        {QStringLiteral("httpPort"), httpPort},
        {QStringLiteral("user"), m_account.user},
        {QStringLiteral("keyPath"), teamKeyPath},
        {QStringLiteral("hostKeyFingerprint"), m_sshd->hostKeyFingerprint()},
        {QStringLiteral("home"), home()},
        {QStringLiteral("documentRoot"), documentRoot()},
        {QStringLiteral("confPath"), confPath()},
        {QStringLiteral("logPath"), syncLogPath()},
        {QStringLiteral("accessLogPath"), accessLogPath()},
        {QStringLiteral("sshdLogPath"), m_sshd->logPath()},
        {QStringLiteral("accessMode"), m_mode == LabAccessMode::TriggerOnly
                                           ? QStringLiteral("trigger-only")
                                           : QStringLiteral("shell")},
        {QStringLiteral("country"), m_identity.country},
        {QStringLiteral("rsyncHost"), m_identity.rsyncHost},
        {QStringLiteral("systemHostname"), QSysInfo::machineHostName()},
    };
}
