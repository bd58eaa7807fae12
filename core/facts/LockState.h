#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

struct ProbeSection;

// The sync lock Archive-Update-in-Progress-<hostname> in DocumentRoot.
struct LockState
{
    enum class Kind
    {
        Absent,
        HeldBySync, // a clam-clientsync or its rsync is running
        Stale,      // left behind: no sync runs
        Unknown     // the probe could not tell
    };

    // lockfile -l 7200: the next run forces away a lock untouched this long.
    static constexpr qint64 kForcedAwayAfterSeconds = 7200;

    Kind kind = Kind::Unknown;
    QString path;
    QDateTime since; // the lock file's mtime
    qint64 ageSeconds = 0;
    QStringList syncProcesses;           // "pid elapsed args" of what is running
    bool syncRunningWithoutLock = false; // e.g. an unwritable DocumentRoot

    // When the next run stops refusing to start (Stale only).
    QDateTime forcedAwayFrom() const { return since.addSecs(kForcedAwayAfterSeconds); }
    bool breakable() const { return kind == Kind::Stale; }
    QString describe() const;
    // The store's and --json's word: absent, held, stale, unknown.
    static QString kindName(Kind kind);
};

namespace LockStateReader {

// From the probe's "lock" and "procs" sections; now in epoch seconds.
LockState read(const ProbeSection* lock, const ProbeSection* procs, qint64 now);

} // namespace LockStateReader
