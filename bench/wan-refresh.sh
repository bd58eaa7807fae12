#!/usr/bin/env bash
# A fleet refresh as across the world: every lab mirror behind its own
# wide-area link (80 to 300 ms round trip, 1 % of packets lost; see
# wan-relay.py), refreshed in one run by the console cold (a new mirrorctl
# process, new sessions, full probes) and warm (sessions kept, light
# probes), and by parallel-ssh running the same full probe, cold and through
# OpenSSH ControlMaster connections opened beforehand.
set -euo pipefail
bin="${MC_BIN:-build/release}"
lab_tool="$bin/tests/lab/tool/mirror-lab"
mirrors="${WAN_BENCH_MIRRORS:-200}"
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d /var/tmp/bench-wan-XXXXXX)
chmod 755 "$dir"
relay_pid=
cleanup() {
  [ -z "$relay_pid" ] || kill "$relay_pid" 2>/dev/null || true
  "$lab_tool" down --dir "$dir/lab" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

timed() { # OUT CMD...: wall seconds, user+sys CPU seconds, peak RSS KB into OUT
  local out=$1
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$out" "$@" >/dev/null 2>&1 || true
}

"$lab_tool" up --mirrors "$mirrors" --dir "$dir/lab" >/dev/null
# Each mirror's link: its sshd's address moved to 127.200.x.y, a round
# trip spread over 80 to 300 ms by its index, 1 % loss.
jq '[.mirrors | to_entries[] | {listen: (.value.address | sub("^127\\.[0-9]+\\."; "127.200.")),
      target: .value.address, port: .value.sshPort,
      rttMs: (80 + ((.key * 37) % 221)), loss: 0.01}]' "$dir/lab/inventory.json" >"$dir/links.json"
jq '.mirrors |= map(.address |= sub("^127\\.[0-9]+\\."; "127.200."))' "$dir/lab/inventory.json" >"$dir/wan.json"
python3 "$here/wan-relay.py" "$dir/links.json" >"$dir/relay.out" 2>"$dir/relay.err" &
relay_pid=$!
for _ in $(seq 100); do grep -q ready "$dir/relay.out" 2>/dev/null && break; sleep 0.1; done
grep -q ready "$dir/relay.out"

mkdir -p "$dir/db"
db="$dir/db/inventory.sqlite"
"$bin/cli/mirrorctl" import-lab --db "$db" "$dir/wan.json" >/dev/null
"$bin/cli/mirrorctl" refresh --db "$db" >/dev/null || true # host keys recorded
"$bin/bench/bench_refresh" script >"$dir/probe.sh"
jq -r '.mirrors[].address' "$dir/wan.json" >"$dir/hosts"
key=$(jq -r '.mirrors[0].keyPath' "$dir/wan.json")
ssh_options="-i $key -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes -o LogLevel=ERROR -o ConnectTimeout=30"
master="-o ControlPath=$dir/cm-%h"
pssh=(parallel-ssh -h "$dir/hosts" -l clamavdb -p 32 -t 0 -o "$dir/out" -I)

timed "$dir/ours-cold" "$bin/cli/mirrorctl" refresh --db "$db"
"$bin/bench/bench_refresh" twice "$db" >"$dir/twice.json"
answered() { grep -l ' done$' "$dir"/out/* 2>/dev/null | wc -l; }
timed "$dir/pssh-cold" sh -c "$(printf '%q ' "${pssh[@]}") -x '$ssh_options' sh -s <'$dir/probe.sh'"
pssh_ok=$(answered)
rm -rf "$dir/out"
while read -r host; do
  # shellcheck disable=SC2086
  ssh $ssh_options $master -o ControlMaster=yes -o ControlPersist=600 -l clamavdb -fN "$host" || true
done <"$dir/hosts"
timed "$dir/pssh-warm" sh -c "$(printf '%q ' "${pssh[@]}") -x '$ssh_options $master' sh -s <'$dir/probe.sh'"
psshw_ok=$(answered)
while read -r host; do
  # shellcheck disable=SC2086
  ssh $ssh_options $master -O exit -l clamavdb "$host" 2>/dev/null || true
done <"$dir/hosts"

read -r ours_s _ < <(tail -n1 "$dir/ours-cold" | awk '{print $1, $2 + $3}')
read -r pssh_s _ < <(tail -n1 "$dir/pssh-cold" | awk '{print $1, $2 + $3}')
read -r psshw_s _ < <(tail -n1 "$dir/pssh-warm" | awk '{print $1, $2 + $3}')
cold_s=$(jq .coldSeconds "$dir/twice.json")
cold_ok=$(jq .coldRefreshed "$dir/twice.json")
warm_s=$(jq .warmSeconds "$dir/twice.json")
warm_ok=$(jq .warmRefreshed "$dir/twice.json")
ratio() { awk "BEGIN {printf \"%.2f×\", $1 / $2}"; }
input="$mirrors lab mirrors behind 80–300 ms round trips, 1 % loss"
printf '| WAN fleet refresh, cold | %s | %.1f s (mirrorctl refresh; %.1f s, %s refreshed, in the warm process'"'"'s first pass) | parallel-ssh -p 32, the same full probe | %.1f s, %s answered | %s | | |\n' \
  "$input" "$ours_s" "$cold_s" "$cold_ok" "$pssh_s" "$pssh_ok" "$(ratio "$ours_s" "$pssh_s")"
printf '| WAN fleet refresh, warm | %s | %.1f s, sessions kept, light probes, %s refreshed | parallel-ssh -p 32 through ControlMaster, the full probe | %.1f s, %s answered | %s | | |\n' \
  "$input" "$warm_s" "$warm_ok" "$psshw_s" "$psshw_ok" "$(ratio "$warm_s" "$psshw_s")"
