#pragma once

#include <QString>

// Removing a stale sync lock, on the mirror, only if it is still there and no
// sync of this mirror runs: decided there, in one command, not from an older
// probe.
namespace LockBreak {

enum class Outcome
{
    Broken,
    Absent,
    SyncRunning,
    Failed
};

QString script(const QString& home, const QString& confPath);
Outcome outcome(int exitStatus);

} // namespace LockBreak
