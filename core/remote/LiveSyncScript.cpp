#include "remote/LiveSyncScript.h"

#include "util/ShellQuote.h"

namespace LiveSyncScript {

namespace {

constexpr QByteArrayView kPidMarker = "@@mc-sync-pid ";
constexpr QByteArrayView kProgressMarker = "@@mc-sync-progress ";

QString prologue(const QString& home)
{
    return QStringLiteral("H=%1; [ -n \"$H\" ] || H=$HOME\ncd \"$H\" || exit 125\n")
        .arg(ShellQuote::quote(home));
}

// step prints what rsync.log gained since the last call; a new inode or a
// shorter file is a new run, read from its start. Files older than $start
// are an earlier run's and are left alone. finish reads the last bytes,
// from rsync.log.0 once savelog has rotated the run's log there.
const QString kStep = QStringLiteral(R"sh(f=rsync.log
step() {
  [ -f "$f" ] || return 0
  i=$(stat -c %i -- "$f") s=$(stat -c %s -- "$f") t=$(stat -c %Y -- "$f")
  [ "$t" -ge "$start" ] || return 0
  if [ "$i" != "$ino" ] || [ "$s" -lt "$off" ]; then ino=$i; off=0; fi
  if [ "$s" -gt "$off" ]; then tail -c +$((off + 1)) -- "$f" | head -c $((s - off)); off=$s; fi
}
# What rsync has read so far (its sockets included), said only when it
# changed: the channel then carries a byte exactly when the sync progressed,
# and the console's stall limit is a limit on progress, not on chatter.
u=$(id -u) said=
progress() {
  p=$({ stat -c %s rsync.log 2>/dev/null
        for r in $(pgrep -u "$u" -x rsync 2>/dev/null); do sed -n 's/^rchar: //p' "/proc/$r/io" 2>/dev/null; done
      } | tr '\n' ' ')
  [ "$p" = "$said" ] || { echo "@@mc-sync-progress $p" >&2; said=$p; }
}
finish() {
  sleep 1
  if [ -f rsync.log.0 ] && { [ "$(stat -c %i rsync.log.0)" = "$ino" ] ||
     { [ -z "$ino" ] && [ ! -f rsync.log ]; }; }; then
    f=rsync.log.0
  fi
  step
}
)sh");

} // namespace

QString forcedCommand(const QString& pushMaster)
{
    return QStringLiteral("bash ~/bin/clam-clientsync ") + ShellQuote::quote(pushMaster);
}

QString detached(const QString& pushMaster)
{
    return QStringLiteral("nohup bash ~/bin/clam-clientsync %1 >/dev/null 2>&1 &")
        .arg(ShellQuote::quote(pushMaster));
}

QString trigger(const QString& home, const QString& pushMaster)
{
    return prologue(home) + QStringLiteral("start=$(date +%s) ino= off=0\n") + kStep +
           QStringLiteral("bash \"$H/bin/clam-clientsync\" %1 >&2 </dev/null &\n")
               .arg(ShellQuote::quote(pushMaster)) +
           QStringLiteral(R"sh(pid=$!
echo "@@mc-sync-pid $pid" >&2
while kill -0 "$pid" 2>/dev/null; do step; progress; sleep 0.5; done
wait "$pid"; rc=$?
finish
exit $rc
)sh");
}

QString follow(const QString& home, const QString& confPath, qint64 offset)
{
    // A run is on while an rsync of this account copies into the mirror's TO;
    // the account's other rsyncs (a daemon, another mirror) do not count.
    return prologue(home) +
           QStringLiteral("CONF=%1; [ -n \"$CONF\" ] || CONF=\"$H/etc/clam-clientsync.conf\"\n")
               .arg(ShellQuote::quote(confPath)) +
           QStringLiteral(R"sh([ -f "$CONF" ] || { echo "$CONF is not a regular file" >&2; exit 5; }
TO=$( . "$CONF" >/dev/null 2>&1 </dev/null; printf '%s' "$TO")
[ -n "$TO" ] || { echo "TO is not set in $CONF" >&2; exit 5; }
[ -f rsync.log ] || { echo "no sync is writing rsync.log" >&2; exit 3; }
start=0 ino=$(stat -c %i rsync.log) off=%1
[ "$(stat -c %s rsync.log)" -ge "$off" ] || off=0
)sh")
               .arg(offset) +
           kStep + QStringLiteral(R"sh(n=0
running() { ps -u "$u" -o comm=,args= | grep '^rsync ' | grep -F -q -- "$TO"; }
running || { step; echo "no sync of this mirror runs" >&2; exit 3; }
while running && [ $n -lt 14400 ]; do step; progress; sleep 0.5; n=$((n + 1)); done
finish
)sh");
}

QString stop(qint64 pid)
{
    // rsync and whatever it forked go first; the script then ends on its own,
    // so savelog keeps the cancelled run's log and the trap removes the lock.
    return QStringLiteral(R"sh(p=%1
grep -q clam-clientsync "/proc/$p/cmdline" 2>/dev/null || { echo "no sync of ours runs"; exit 3; }
tree() { for c in $(pgrep -P "$1"); do tree "$c"; echo "$c"; done; }
kids=$(tree "$p")
[ -z "$kids" ] || kill -TERM $kids 2>/dev/null
n=0; while kill -0 "$p" 2>/dev/null && [ $n -lt 20 ]; do sleep 0.25; n=$((n + 1)); done
if kill -0 "$p" 2>/dev/null; then
  kids=$(tree "$p"); kill -KILL $kids 2>/dev/null
  n=0; while kill -0 "$p" 2>/dev/null && [ $n -lt 20 ]; do sleep 0.25; n=$((n + 1)); done
fi
kill -0 "$p" 2>/dev/null && { echo "clam-clientsync $p is still running"; exit 1; }
echo "stopped clam-clientsync $p"
)sh")
        .arg(pid);
}

bool isProgressMarker(QByteArrayView line)
{
    return line.trimmed().startsWith(kProgressMarker.trimmed());
}

std::optional<qint64> pidMarker(QByteArrayView line)
{
    line = line.trimmed();
    if (!line.startsWith(kPidMarker))
        return std::nullopt;
    bool ok = false;
    const qint64 pid = line.sliced(kPidMarker.size()).toByteArray().toLongLong(&ok);
    return ok && pid > 0 ? std::optional<qint64>(pid) : std::nullopt;
}

} // namespace LiveSyncScript
