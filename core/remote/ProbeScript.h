#pragma once

#include "remote/ProbeBaseline.h"

#include <QList>
#include <QString>

// What the console already knows of a mirror's sync logs, so a probe sends
// only what is new.
struct SyncLogCursor
{
    QList<qint64> knownRunTimes; // mtimes of finished runs already stored
    qint64 liveInode = -1;       // ~/rsync.log as last read
    qint64 liveOffset = 0;
};

// Everything one probe asks of a shell-mode mirror.
struct ProbeRequest
{
    QString home;          // empty: the login's $HOME
    QString confPath;      // empty: <home>/etc/clam-clientsync.conf
    QString accessLogPath; // empty: none
    qint64 accessLogInode = -1;
    qint64 accessLogOffset = 0;
    SyncLogCursor logs;
    QString rsyncHost = QStringLiteral("rsync1.clamav.net");
    qint64 capPerFile = 4 * 1024 * 1024; // bytes of any one file per probe
    int connectTimeoutSeconds = 5;
    // Set: the script prints only what changes, unless the sources of the
    // cached sections changed since.
    ProbeBaseline baseline;
    // A light probe only: false leaves the disk out, the baseline's last
    // reading stands.
    bool readDisk = true;
};

// The one script a refresh runs: POSIX sh and the tools the How-to requires,
// printing delimited sections that ProbeOutput splits again. Every value
// from the request reaches the script through ShellQuote. With a baseline it
// is light: one stat tells whether what the cached sections were read from
// changed; if not, only the lock, processes, disk, counters and the logs'
// new lines are read, with a handful of processes instead of dozens.
class ProbeScript
{
public:
    explicit ProbeScript(ProbeRequest request);

    QString text() const;
    QString marker() const { return m_marker; } // starts every delimiter line

private:
    ProbeRequest m_request;
    QString m_marker;
};
