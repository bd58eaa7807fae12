#include "remote/ProbeScript.h"

#include "remote/RemoteValue.h"
#include "util/ShellQuote.h"

#include <QRandomGenerator>

ProbeScript::ProbeScript(ProbeRequest request) : m_request(std::move(request))
{
    // A fresh marker per probe: no file on the mirror can fake a delimiter.
    m_marker = QStringLiteral("@@mc-%1%2")
                   .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))
                   .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

QString ProbeScript::text() const
{
    const ProbeRequest& r = m_request;
    QStringList known;
    for (qint64 t : r.logs.knownRunTimes)
        known << QString::number(t);
    QString s;
    s += QStringLiteral("N=%1\n").arg(ShellQuote::quote(m_marker));
    s += QStringLiteral("H=%1\n").arg(ShellQuote::quote(r.home));
    s += QStringLiteral("[ -n \"$H\" ] || H=$HOME\n");
    s += QStringLiteral("CONF=%1\n").arg(ShellQuote::quote(r.confPath));
    s += QStringLiteral("[ -n \"$CONF\" ] || CONF=\"$H/etc/clam-clientsync.conf\"\n");
    s += QStringLiteral("CAP=%1\n").arg(r.capPerFile);
    s += QStringLiteral("KNOWN=%1\n").arg(ShellQuote::quote(known.join(QLatin1Char(' '))));
    s += QStringLiteral("LIVE_INODE=%1\nLIVE_OFFSET=%2\n")
             .arg(r.logs.liveInode)
             .arg(r.logs.liveOffset);
    s += QStringLiteral("ALOG=%1\nALOG_INODE=%2\nALOG_OFFSET=%3\n")
             .arg(ShellQuote::quote(r.accessLogPath))
             .arg(r.accessLogInode)
             .arg(r.accessLogOffset);
    // A push master that is not a host would reach rsync as an option.
    const bool hostValid = RemoteValue::pushMasterProblem(r.rsyncHost).isEmpty();
    s += QStringLiteral("RSYNC_HOST=%1\nCTO=%2\n")
             .arg(ShellQuote::quote(hostValid ? r.rsyncHost : QString()))
             .arg(r.connectTimeoutSeconds);
    s += QStringLiteral("LIGHT=%1\nDISK=%2\nKSIG=%3\nKTO=%4\nKHOST=%5\n")
             .arg(r.baseline.signature.isEmpty() ? 0 : 1)
             .arg(r.readDisk ? 1 : 0)
             .arg(ShellQuote::quote(QString::fromUtf8(r.baseline.signature)),
                  ShellQuote::quote(r.baseline.documentRoot),
                  ShellQuote::quote(r.baseline.hostname));
    s += QStringLiteral(R"sh(
LC_ALL=C; export LC_ALL
begin() { printf '%s begin %s\n' "$N" "$*"; }
end() { printf '\n%s end %s\n' "$N" "$1"; }
run() { name=$1; shift; begin "$name"; "$@" 2>&1; end $?; }
meta() {
  printf 'hostname=%s\nuser=%s\nuid=%s\nhome=%s\nnow=%s\n' "$HN" "$(id -un)" "$(id -u)" "$H" "$(date +%s)"
  printf 'shell=%s\n' "$(getent passwd "$(id -un)" | cut -d: -f7)"
}
tools() { for t in lockfile rsync savelog bash gzip sudo iptables-save nft; do printf '%s=%s\n' "$t" "$(command -v "$t")"; done; }
# Only regular files are read: a FIFO in place of the conf would hold the probe.
readfile() { [ -f "$1" ] || { echo "$1: not a regular file"; return 1; }; head -c "$CAP" -- "$1"; }
NL='
'
OIFS=$IFS
docroot() {
  printf 'to=%s\n' "$TO"
  [ -n "$TO" ] || return 1
  stat -c '%a %U %G %F %n' -- "$TO" || return 1
  if [ -w "$TO" ]; then echo writable; else echo not-writable; fi
}
lock() {
  if [ -e "$L" ]; then stat -c '%Y %a %n' -- "$L"; else echo absent; fi
}
# This mirror's sync only: the account's processes naming its script or its TO.
procs() {
  if [ -n "$TO" ]; then set -- -e "$H/bin/clam-clientsync" -e "$TO"; else set -- -e "$H/bin/clam-clientsync"; fi
  ps -u "$(id -u)" -o pid=,etimes=,args= | grep -F "$@" | grep -v -e "$N" -e grep
  return 0
}
# One stat for the rotated logs' times; only runs not known yet are read.
runlogs() {
  set --
  for f in "$H"/rsync.log.0 "$H"/rsync.log.*.gz; do
    [ -f "$f" ] || continue
    case $f in *"$NL"*) continue ;; esac
    set -- "$@" "$f"
  done
  [ $# -gt 0 ] || return 0
  # A log that went meanwhile (savelog) costs only its own line.
  T=$(stat -L -c '%Y %n' -- "$@")
  while read -r t f; do
    case " $KNOWN " in *" $t "*) continue ;; esac
    begin "run $t ${f##*/}"
    case "$f" in *.gz) gzip -dc -- "$f" | head -c "$CAP" ;; *) head -c "$CAP" -- "$f" ;; esac
    end $?
  done <<EOF
$T
EOF
}
logfiles() {
  set --
  for f in "$H"/rsync.log "$H"/rsync.log.*; do [ -e "$f" ] && set -- "$@" "$f"; done
  [ $# -eq 0 ] || stat -L -c '%i %s %Y %n' -- "$@"
  return 0
}
livelog() {
  f="$H/rsync.log"
  [ -f "$f" ] || return 0
  livefrom $(stat -L -c '%i %s %Y' -- "$f")
}
livefrom() {
  i=$1 size=$2 t=$3 off=$LIVE_OFFSET
  if [ "$i" != "$LIVE_INODE" ] || [ "$size" -lt "$off" ]; then off=0; fi
  begin "live $i $off $size $t"
  [ "$size" -le "$off" ] || tail -c +$((off + 1)) -- "$H/rsync.log" | head -c "$CAP"
  end 0
}
accesslog() {
  [ -n "$ALOG" ] || return 0
  if [ ! -f "$ALOG" ] || [ ! -r "$ALOG" ]; then begin "access - 0 0"; echo "cannot read $ALOG (not a readable regular file)"; end 1; return 0; fi
  accessfrom $(stat -L -c '%i %s' -- "$ALOG")
}
accessfrom() {
  i=$1 size=$2 off=$ALOG_OFFSET window=
  if [ "$i" != "$ALOG_INODE" ] || [ "$size" -lt "$off" ]; then off=0; fi
  # Seen for the first time: only its recent end, from a line's start, not
  # years of history in 4 MB steps.
  if [ "$ALOG_INODE" = -1 ] && [ "$size" -gt "$CAP" ]; then
    off=$((size - CAP)); window=window
    # Unless the window starts a line, the rest of the cut one is skipped.
    if [ -n "$(tail -c +"$off" -- "$ALOG" | head -c 1 | tr -d '\n')" ]; then
      off=$((off + $(tail -c +$((off + 1)) -- "$ALOG" | head -c 65536 | head -n 1 | wc -c)))
    fi
  fi
  begin "access $i $off $size $window"
  [ "$size" -le "$off" ] || tail -c +$((off + 1)) -- "$ALOG" | head -c "$CAP"
  end 0
}
firewall() {
  if iptables-save >/dev/null 2>&1; then iptables-save | head -c "$CAP"; return 0; fi
  if sudo -n iptables-save >/dev/null 2>&1; then sudo -n iptables-save | head -c "$CAP"; return 0; fi
  echo "iptables-save: cannot read the rules (not root, and sudo -n refused)"; return 4
}
nftables() {
  if r=$(nft -j list ruleset 2>/dev/null); then printf '%s\n' "$r" | head -c "$CAP"; return 0; fi
  if r=$(sudo -n nft -j list ruleset 2>/dev/null); then printf '%s\n' "$r" | head -c "$CAP"; return 0; fi
  echo "nft: cannot read the rules (not root, and sudo -n refused)"; return 4
}
# rsync's own --contimeout does not cover a connect program: timeout does.
reach() {
  [ -n "$RSYNC_HOST" ] || { echo "no valid push master to reach"; return 2; }
  timeout "$((CTO + 1))" rsync --contimeout="$CTO" --timeout="$CTO" -- "$RSYNC_HOST::" >/dev/null
}
netdev() { while IFS= read -r l; do printf '%s\n' "$l"; done </proc/net/dev; }
# The files given, then what the cached sections are read from, in one stat:
# ALL. A light probe runs when ALL ends in the last full probe's lines of the
# latter. Package installs change the tool directories, a sync or a lock the
# DocumentRoot, an upload the database's files, an edit the conf or keys.
# Links are followed, as the sections' readers follow them; a missing file
# has no line, so one that appears changes the lines as an edit does. The
# list is set once: growing it a file at a time costs the shell more than
# stat costs the mirror.
stats() {
  to=$1; shift
  set -- "$@" "$H" "$H/.ssh" "$H/.ssh/authorized_keys" "$H/bin" "$H/bin/clam-clientsync" \
    "$H/etc" "$CONF" "$to" "$to"/*.cvd "$to"/*.cdiff "$to"/timestamp "$to"/local_test \
    /etc/passwd /etc/group /etc/hostname /etc/sudoers /etc/sudoers.d /bin /sbin /usr/bin \
    /usr/sbin /usr/local/bin /usr/local/sbin
  # A name holding a newline could forge another file's line.
  case "$*" in *"$NL"*) return 1 ;; esac
  ALL=$(stat -L -c '%i %s %Y %.9Y %.9Z %f %u %g %n' -- "$@" 2>/dev/null)
  return 0
}
# The signature at the end, unchanged: LL, the logs' lines before it. Matched
# from the end, as the shell would take time squared to strip a long prefix.
unchanged() {
  case $ALL in
    "$KSIG") LL= ;;
    *"$NL$KSIG") LL=${ALL%"$NL$KSIG"} ;;
    *) return 1 ;;
  esac
}
regular() { [ $((0x$1 & 61440)) -eq 32768 ]; }
# The logs' sections of a light probe, from their lines that stats() read.
lightlogs() {
  LOGS= RUNS= LIVE= ACC=
  set -f; IFS=$NL; set -- $LL; IFS=$OIFS; set +f
  for l in "$@"; do
    set -f; set -- $l; set +f
    n=${l#"$1 $2 $3 $4 $5 $6 $7 $8 "}
    case $n in
      "$ALOG") regular "$6" && [ -r "$n" ] && ACC="$1 $2" ;;
      "$H/rsync.log") LOGS="$LOGS$1 $2 $3 $n$NL"; regular "$6" && LIVE="$1 $2 $3" ;;
      "$H"/rsync.log.*)
        LOGS="$LOGS$1 $2 $3 $n$NL"
        case $n in "$H/rsync.log.0" | "$H"/rsync.log.*.gz) regular "$6" && RUNS="$RUNS$3 $n$NL" ;; esac ;;
    esac
  done
  begin logfiles; printf '%s' "$LOGS"; end 0
  set -f; IFS=$NL; set -- $RUNS; IFS=$OIFS; set +f
  for r in "$@"; do
    t=${r%% *} f=${r#* }
    case " $KNOWN " in *" $t "*) continue ;; esac
    begin "run $t ${f##*/}"
    case "$f" in *.gz) gzip -dc -- "$f" | head -c "$CAP" ;; *) head -c "$CAP" -- "$f" ;; esac
    end $?
  done
  [ -z "$LIVE" ] || livefrom $LIVE
  [ -n "$ALOG" ] || return 0
  if [ -z "$ACC" ]; then begin "access - 0 0"; echo "cannot read $ALOG (not a readable regular file)"; end 1; return 0; fi
  accessfrom $ACC
}
common() {
  run lock lock
  # In a light probe only a lock or a log being written means a sync may run.
  if [ "$1" = full ] || [ -e "$L" ] || [ -n "$LIVE" ]; then run procs procs; else begin procs; end 0; fi
  run netdev netdev
}
if [ "$LIGHT" = 1 ] && [ -f "$CONF" ] && stats "$KTO" "$ALOG" "$H"/rsync.log "$H"/rsync.log.* && unchanged; then
  TO=$KTO HN=$KHOST L="$KTO/Archive-Update-in-Progress-$KHOST"
  # Its session's scheduling group yields as the full probe's does; no renice,
  # which would be a program more than the probe itself runs.
  { echo 19 >/proc/self/autogroup; } 2>/dev/null
  begin light; end 0
  lightlogs
  # Disk from one statfs rather than df twice: the console writes df's lines
  # from it and the last full probe's; df itself where blocks are not whole KiB.
  if [ "$DISK" = 1 ]; then
    FS=$(stat -f -c '%S %b %f %a %c %d' -- "$TO" "$H" 2>&1); st=$?
    begin fs; printf '%s\n' "$FS"; end $st
    whole=1
    set -f; IFS=$NL; set -- $FS; IFS=$OIFS; set +f
    for l in "$@"; do
      bs=${l%% *}
      case $bs in '' | *[!0-9]*) whole=0 ;; *) [ $((bs % 1024)) -eq 0 ] || whole=0 ;; esac
    done
    if [ "$whole" = 0 ]; then run df df -P -- "$TO" "$H"; run dfi df -Pi -- "$TO" "$H"; fi
  fi
  common light
else
  # The probe yields to the mirror's own work (serving the database): its
  # nice value, and its session's scheduling group where Linux has one
  # (sshd starts each session in a group of its own, which a nice value
  # alone does not lower).
  renice -n 19 -p $$ >/dev/null 2>&1; (echo 19 >/proc/self/autogroup) 2>/dev/null
  TO=; [ -f "$CONF" ] && TO=$( . "$CONF" >/dev/null 2>&1 </dev/null; printf '%s' "$TO")
  HN=$(hostname) L="$TO/Archive-Update-in-Progress-$HN"
  stats "$TO" || ALL=
  begin static; printf '%s' "$ALL"; end 0
  run meta meta
  run tools tools
  run conf readfile "$CONF"
  run keys readfile "$H/.ssh/authorized_keys"
  run modes stat -c '%a %U %G %F %n' -- "$H" "$H/.ssh" "$H/.ssh/authorized_keys" "$H/bin" "$H/bin/clam-clientsync" "$H/etc" "$CONF"
  run docroot docroot
  run database sh -c 'for f in "$1"/*.cvd "$1"/*.cdiff "$1"/timestamp "$1"/local_test; do [ -e "$f" ] && stat -c "%s %Y %n" -- "$f"; done; exit 0' sh "$TO"
  run firewall firewall
  run nft nftables
  run reach reach
  common full
  run df df -P -- "$TO" "$H"
  run dfi df -Pi -- "$TO" "$H"
  run logfiles logfiles
  runlogs
  livelog
  accesslog
fi
printf '%s done\n' "$N"
)sh");
    return s;
}
