#!/usr/bin/env bash
# A fleet refresh over SSH, the same probe script everywhere: mirrorctl
# refresh (a new process, new sessions: cold) and a second refresh in one
# process with the pool's sessions kept (warm), against parallel-ssh (pssh,
# its default -p 32) and clush (ClusterShell, fanout 64), each cold and
# through OpenSSH ControlMaster connections opened beforehand.
set -euo pipefail
bin="${MC_BIN:-build/release}"
lab_tool="$bin/tests/lab/tool/mirror-lab"
dir=$(mktemp -d /var/tmp/bench-refresh-XXXXXX)
chmod 755 "$dir"
trap '"$lab_tool" down --dir "$dir/lab" >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT

timed() { # OUT CMD...: wall seconds, user+sys CPU seconds, peak RSS KB into OUT
  local out=$1
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$out" "$@" >/dev/null 2>&1 || true
}
figures() { # FILE -> "wall cpu rss_mb"
  awk '{printf "%s %s %d\n", $1, $2 + $3, $4 / 1024}' "$1"
}

"$bin/bench/bench_refresh" script >"$dir/probe.sh"
for mirrors in ${REFRESH_BENCH_SIZES:-50 200}; do
  "$lab_tool" down --dir "$dir/lab" >/dev/null 2>&1 || true
  rm -rf "$dir/lab" "$dir/db" "$dir/out"
  mkdir -p "$dir/db"
  "$lab_tool" up --mirrors "$mirrors" --dir "$dir/lab" >/dev/null
  db="$dir/db/inventory.sqlite"
  "$bin/cli/mirrorctl" import-lab --db "$db" "$dir/lab/inventory.json" >/dev/null
  "$bin/cli/mirrorctl" refresh --db "$db" >/dev/null || true # host keys recorded, caches warm
  jq -r '.mirrors[].address' "$dir/lab/inventory.json" >"$dir/hosts"
  key=$(jq -r '.mirrors[0].keyPath' "$dir/lab/inventory.json")
  ssh_options="-i $key -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes -o LogLevel=ERROR"
  master="-o ControlPath=$dir/cm-%h"
  clush_master="-o ControlPath=$dir/cm-%%h" # clush reads % itself
  pssh=(parallel-ssh -h "$dir/hosts" -l clamavdb -p 32 -t 0 -o "$dir/out" -I)
  clush=(clush --hostfile="$dir/hosts" -f 64 -l clamavdb)

  timed "$dir/ours-cold" "$bin/cli/mirrorctl" refresh --db "$db"
  "$bin/bench/bench_refresh" twice "$db" >"$dir/twice.json"
  timed "$dir/pssh-cold" sh -c "$(printf '%q ' "${pssh[@]}") -x '$ssh_options' sh -s <'$dir/probe.sh'"
  timed "$dir/clush-cold" sh -c "$(printf '%q ' "${clush[@]}") -o '$ssh_options' sh -s <'$dir/probe.sh'"
  # Masters opened beforehand, not timed: what a sysadmin keeps running.
  while read -r host; do
    # shellcheck disable=SC2086
    ssh $ssh_options $master -o ControlMaster=yes -o ControlPersist=600 -l clamavdb -fN "$host"
  done <"$dir/hosts"
  timed "$dir/pssh-warm" sh -c "$(printf '%q ' "${pssh[@]}") -x '$ssh_options $master' sh -s <'$dir/probe.sh'"
  timed "$dir/clush-warm" sh -c "$(printf '%q ' "${clush[@]}") -o '$ssh_options $clush_master' sh -s <'$dir/probe.sh'"
  while read -r host; do
    # shellcheck disable=SC2086
    ssh $ssh_options $master -O exit -l clamavdb "$host" 2>/dev/null || true
  done <"$dir/hosts"

  read -r ours_s ours_cpu ours_rss < <(figures "$dir/ours-cold")
  read -r pssh_s pssh_cpu pssh_rss < <(figures "$dir/pssh-cold")
  read -r clush_s clush_cpu clush_rss < <(figures "$dir/clush-cold")
  read -r psshw_s psshw_cpu psshw_rss < <(figures "$dir/pssh-warm")
  read -r clushw_s clushw_cpu clushw_rss < <(figures "$dir/clush-warm")
  warm_s=$(jq .warmSeconds "$dir/twice.json")
  warm_cpu=$(jq .warmCpuSeconds "$dir/twice.json")
  warm_rss=$(jq '.peakRssMB | floor' "$dir/twice.json")
  rate() { awk "BEGIN {printf \"%.2f s, %.0f hosts/s, %.1f ms CPU per host\", $1, $mirrors / $1, $2 * 1000 / $mirrors}"; }
  ratio() { awk "BEGIN {printf \"%.2f×\", $1 / $2}"; }
  input="$mirrors lab mirrors, one probe script each"
  printf '| fleet refresh, cold | %s | %s | parallel-ssh -p 32 | %s | %s (target ≤ 0.5×) | %d MB | %d MB (with its ssh processes) |\n' \
    "$input" "$(rate "$ours_s" "$ours_cpu")" "$(rate "$pssh_s" "$pssh_cpu")" "$(ratio "$ours_s" "$pssh_s")" "$ours_rss" "$pssh_rss"
  printf '| fleet refresh, cold | %s | %s | clush -f 64 | %s | %s | %d MB | %d MB (with its ssh processes) |\n' \
    "$input" "$(rate "$ours_s" "$ours_cpu")" "$(rate "$clush_s" "$clush_cpu")" "$(ratio "$ours_s" "$clush_s")" "$ours_rss" "$clush_rss"
  printf '| fleet refresh, warm (sessions kept) | %s | %s (target ≤ 2 ms CPU per host) | parallel-ssh -p 32 through ControlMaster | %s | %s (target ≤ 0.25×) | %d MB | %d MB |\n' \
    "$input" "$(rate "$warm_s" "$warm_cpu")" "$(rate "$psshw_s" "$psshw_cpu")" "$(ratio "$warm_s" "$psshw_s")" "$warm_rss" "$psshw_rss"
  printf '| fleet refresh, warm (sessions kept) | %s | %s | clush -f 64 through ControlMaster | %s | %s | %d MB | %d MB |\n' \
    "$input" "$(rate "$warm_s" "$warm_cpu")" "$(rate "$clushw_s" "$clushw_cpu")" "$(ratio "$warm_s" "$clushw_s")" "$warm_rss" "$clushw_rss"
done
