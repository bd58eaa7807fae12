#!/usr/bin/env bash
# mirror-monitor over 200 lab mirrors with its hours compressed into minutes:
# a freshness sweep every minute, a refresh of the shell-mode mirrors every
# five, db.XY published to a real BIND primary by nsupdate after each sweep.
# At each sweep's end the service's resident memory and the CPU it used
# since the previous one are read from /proc.
set -euo pipefail
bin="${MC_BIN:-build/release}"
minutes="${MONITOR_MINUTES:-12}"
lab_tool="$bin/tests/lab/tool/mirror-lab"
dir=$(mktemp -d /tmp/bench-monitor-XXXXXX)
chmod 755 "$dir"
cleanup() {
  [ -n "${monitor:-}" ] && kill "$monitor" 2>/dev/null || true
  [ -f "$dir/named/named.pid" ] && kill "$(cat "$dir/named/named.pid")" 2>/dev/null || true
  "$lab_tool" down --dir "$dir/lab" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

mirrors=200
"$lab_tool" up --mirrors "$mirrors" --dir "$dir/lab" --demo-faults >/dev/null
state="$dir/state"
mkdir -p "$state" "$dir/named"
"$bin/cli/mirrorctl" import-lab --db "$state/inventory.sqlite" "$dir/lab/inventory.json" >/dev/null

# The team's primary: clamav.net, updates signed with one TSIG key.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
tsig-keygen -a hmac-sha256 monitor-key >"$dir/named/monitor.key"
chmod 600 "$dir/named/monitor.key"
printf '$TTL 300\n@ IN SOA ns1.clamav.net. hostmaster.clamav.net. 1 3600 600 86400 300\n@ IN NS ns1.clamav.net.\nns1 IN A 127.0.0.1\n' \
  >"$dir/named/clamav.net.zone"
cat >"$dir/named/named.conf" <<CONF
include "$dir/named/monitor.key";
options { directory "$dir/named"; pid-file "$dir/named/named.pid"; session-keyfile "$dir/named/session.key";
  listen-on port $port { 127.0.0.1; }; listen-on-v6 { none; }; recursion no; dnssec-validation no; notify no; };
controls { };
zone "clamav.net" { type primary; file "$dir/named/clamav.net.zone"; allow-update { key monitor-key; }; };
CONF
/usr/sbin/named -c "$dir/named/named.conf" -L "$dir/named/named.log"
for _ in $(seq 100); do dig @127.0.0.1 -p "$port" +short ns1.clamav.net A | grep -q . && break; sleep 0.1; done
dig @127.0.0.1 -p "$port" +short ns1.clamav.net A | grep -q . || { echo "named did not start" >&2; exit 1; }

set_setting() { "$bin/cli/mirrorctl" settings --db "$state/inventory.sqlite" "$1" "$2" >/dev/null; }
set_setting freshness/check-interval-minutes 1
set_setting monitor/refresh-interval-minutes 5
set_setting monitor/metrics-port 0
set_setting dns/publish nsupdate
set_setting dns/server 127.0.0.1
set_setting dns/server-port "$port"
set_setting dns/key-file "$dir/named/monitor.key"

# The lab's DNS answers current.cvd.clamav.net on port 53 when it runs as root.
"$bin/monitor/mirror-monitor" --foreground --state-dir "$state" --credentials "$dir/none" \
  --nameserver "$(jq -r .dns.address "$dir/lab/inventory.json")" 2>"$dir/monitor.log" &
monitor=$!
[ -n "${MONITOR_PROFILE:-}" ] && { perf record -g -p "$monitor" -o "$MONITOR_PROFILE" >/dev/null 2>&1 & }
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$monitor/stat"; }
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$monitor/status"; }

deadline=$((SECONDS + minutes * 60))
seen=0
last_cpu=$(cpu)
: >"$dir/sweeps"
while [ $SECONDS -lt $deadline ]; do
  sleep 1
  sweeps=$(grep -c 'checked [0-9]* mirrors' "$dir/monitor.log" || true)
  if [ "$sweeps" -gt "$seen" ]; then
    now_cpu=$(cpu)
    echo "$(( (now_cpu - last_cpu) * 1000 / ticks )) $(rss)" >>"$dir/sweeps"
    last_cpu=$now_cpu
    seen=$sweeps
  fi
done
[ -n "${MONITOR_PROFILE:-}" ] && cp "$dir/sweeps" "$MONITOR_PROFILE.sweeps"
peak=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$monitor/status")
total_cpu=$(( $(cpu) * 1000 / ticks ))
kill -TERM "$monitor"
wait "$monitor" || true
monitor=

updates=$(grep -c 'DNS updated' "$dir/monitor.log" || true)
in_dns=$(dig @127.0.0.1 -p "$port" axfr clamav.net -k "$dir/named/monitor.key" 2>/dev/null |
  awk '$4 == "A" && $1 ~ /^db\./' | wc -l)

# The first sweep runs beside the first refresh; a minute with a refresh in
# it costs more than one without: the median is a sweep alone, the most one
# with a refresh.
read -r first_ms first_rss < <(head -n 1 "$dir/sweeps")
read -r _ last_rss < <(tail -n 1 "$dir/sweeps")
median=$(tail -n +2 "$dir/sweeps" | awk '{print $1}' | sort -n | awk '{a[NR] = $1} END {print (NR ? a[int((NR + 1) / 2)] : 0)}')
most=$(tail -n +2 "$dir/sweeps" | awk '{print $1}' | sort -n | tail -n 1)
series=$(awk '{printf "%s%d", (NR > 1 ? ", " : ""), $2}' "$dir/sweeps")
printf '| monitoring service, hours compressed | %d lab mirrors (demo faults), a sweep a minute and a refresh every 5 for %d min: %d sweeps, %d DNS updates by nsupdate to BIND (%d A records at the end) | CPU per sweep: %d ms median, %d ms with a refresh beside it (the first, with the first refresh: %d ms); %d s of CPU in all | none | | | %d MB after the first sweep, %d MB after the last (peak %d MB); by sweep: %s | |\n' \
  "$mirrors" "$minutes" "$seen" "$updates" "$in_dns" "$median" "${most:-0}" "$first_ms" \
  "$((total_cpu / 1000))" "$first_rss" "$last_rss" "$peak" "$series"
