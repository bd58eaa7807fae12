#pragma once

#include <QString>
#include <QStringList>

// How the team's key may be used on a mirror (the How-to's two authorized_keys
// files): a shell, or only the forced command that starts a sync. On a
// trigger-only mirror ANY exec or SFTP request starts a sync.
enum class AccessMode
{
    Shell,
    TriggerOnly
};

// Which kind of mirror: the push mirrors of the How-to today; private
// cvdupdate mirrors may join later.
enum class MirrorKind
{
    PushMirror
};

QString accessModeName(AccessMode mode);
bool accessModeFromName(const QString& name, AccessMode* mode);

// One mirror as the inventory keeps it.
struct MirrorRecord
{
    qint64 id = 0; // 0 until stored
    QString name;  // the mirror's host name, unique
    QString address;
    QString country; // ISO 3166 alpha-2
    QString adminName;
    QString adminEmail;
    QString alertsEmail;
    quint16 sshPort = 22;
    quint16 httpPort = 80;
    QString user = QStringLiteral("clamavdb");
    AccessMode accessMode = AccessMode::Shell;
    MirrorKind kind = MirrorKind::PushMirror;
    QString homeDir;       // empty: the account's home
    QString confPath;      // empty: ~/etc/clam-clientsync.conf
    QString logPath;       // empty: ~/rsync.log
    QString accessLogPath; // empty: unknown
    QString documentRoot;  // empty: TO= from the conf
    QString rsyncHost = QStringLiteral("rsync1.clamav.net");
    QString systemHostname; // names the lock file; learned by a probe or entered
    QString keyFile;        // identity for this mirror; empty: the console's default
    QString
        expectedHostKey; // SHA256:... from a trusted source; an unknown key matching it is accepted
    QStringList tags;
    QString notes;
    bool enabled = true;

    friend bool operator==(const MirrorRecord&, const MirrorRecord&) = default;
};
