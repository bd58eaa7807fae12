#include "remote/LockBreak.h"

#include "util/ShellQuote.h"

namespace LockBreak {

QString script(const QString& home, const QString& confPath)
{
    return QStringLiteral("H=%1; [ -n \"$H\" ] || H=$HOME\n"
                          "CONF=%2; [ -n \"$CONF\" ] || CONF=\"$H/etc/clam-clientsync.conf\"\n")
               .arg(ShellQuote::quote(home), ShellQuote::quote(confPath)) +
           QStringLiteral(R"sh([ -f "$CONF" ] || { echo "$CONF is not a regular file"; exit 5; }
TO=$( . "$CONF" >/dev/null 2>&1 </dev/null; printf '%s' "$TO")
[ -n "$TO" ] || { echo "TO is not set in $CONF"; exit 5; }
L="$TO/Archive-Update-in-Progress-$(hostname)"
[ -e "$L" ] || { echo "no lock at $L"; exit 3; }
if ps -u "$(id -u)" -o pid=,args= | grep -F -e "$H/bin/clam-clientsync" -e "$TO" | grep -v grep >/dev/null; then
  echo "a sync is running: the lock is not stale"; exit 4
fi
rm -f -- "$L" && echo "removed $L"
)sh");
}

Outcome outcome(int exitStatus)
{
    switch (exitStatus) {
    case 0:
        return Outcome::Broken;
    case 3:
        return Outcome::Absent;
    case 4:
        return Outcome::SyncRunning;
    default:
        return Outcome::Failed;
    }
}

} // namespace LockBreak
