#include "facts/LockState.h"

#include "remote/ProbeOutput.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LockState", text);
}

QString duration(qint64 seconds)
{
    if (seconds < 120)
        return QCoreApplication::translate("LockState", "%1 s").arg(seconds);
    if (seconds < 7200)
        return QCoreApplication::translate("LockState", "%1 min").arg(seconds / 60);
    return QCoreApplication::translate("LockState", "%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60);
}

} // namespace

QString LockState::describe() const
{
    switch (kind) {
    case Kind::Absent:
        return syncRunningWithoutLock ? tr("no lock, yet a sync is running: it runs unlocked (is "
                                           "DocumentRoot writable?)")
                                      : tr("no lock");
    case Kind::HeldBySync:
        return tr("held by a running sync for %1").arg(duration(ageSeconds));
    case Kind::Stale:
        if (ageSeconds >= kForcedAwayAfterSeconds)
            return tr("stale for %1: the next sync will force it away").arg(duration(ageSeconds));
        return tr("stale for %1, no sync running: syncs refuse to start until %2 UTC, when the "
                  "next one forces it "
                  "away; break it to sync sooner")
            .arg(duration(ageSeconds),
                 forcedAwayFrom().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    case Kind::Unknown:
        return tr("unknown: the probe could not read the lock");
    }
    return {};
}

namespace LockStateReader {

LockState read(const ProbeSection* lock, const ProbeSection* procs, qint64 now)
{
    LockState state;
    if (procs) {
        for (const QByteArray& line : procs->content.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (!trimmed.isEmpty())
                state.syncProcesses << QString::fromUtf8(trimmed);
        }
    }
    if (!lock || lock->exitStatus != 0)
        return state;
    const QByteArray text = lock->content.trimmed();
    if (text == "absent") {
        state.kind = LockState::Kind::Absent;
        state.syncRunningWithoutLock = !state.syncProcesses.isEmpty();
        return state;
    }
    // "<mtime> <mode> <path>"
    const QList<QByteArray> fields = text.split(' ');
    bool ok = false;
    const qint64 mtime = fields.value(0).toLongLong(&ok);
    if (!ok || fields.size() < 3)
        return state;
    state.path = QString::fromUtf8(text.mid(fields.at(0).size() + fields.at(1).size() + 2));
    state.since = QDateTime::fromSecsSinceEpoch(mtime, Qt::UTC);
    state.ageSeconds = std::max<qint64>(0, now - mtime);
    state.kind =
        state.syncProcesses.isEmpty() ? LockState::Kind::Stale : LockState::Kind::HeldBySync;
    return state;
}

} // namespace LockStateReader

QString LockState::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Absent:
        return QStringLiteral("absent");
    case Kind::HeldBySync:
        return QStringLiteral("held");
    case Kind::Stale:
        return QStringLiteral("stale");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}
