#!/usr/bin/env bash
# What a refresh costs the mirror: the full probe against the light ones that
# follow it when nothing it caches changed (reading the disk, and carrying
# the last reading on), each run over SSH on a lab mirror as a refresh
# sends it. CPU is the probe's whole process tree (its
# shell and everything it waited for, from getrusage), processes are counted
# by strace: every fork, and every program started.
set -euo pipefail
bin="${MC_BIN:-build/release}"
lab_tool="$bin/tests/lab/tool/mirror-lab"
runs="${PROBE_COST_RUNS:-15}"
dir=$(mktemp -d /var/tmp/bench-probe-XXXXXX)
chmod 755 "$dir"
trap '"$lab_tool" down --dir "$dir/lab" >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT

"$lab_tool" up --mirrors 2 --dir "$dir/lab" >/dev/null
mkdir -p "$dir/db" "$dir/probes"
db="$dir/db/inventory.sqlite"
"$bin/cli/mirrorctl" import-lab --db "$db" "$dir/lab/inventory.json" >/dev/null
"$bin/cli/mirrorctl" refresh --db "$db" >/dev/null # host keys recorded, runs and cursors stored
name=$(jq -r '.mirrors[0].name' "$dir/lab/inventory.json")
address=$(jq -r '.mirrors[0].address' "$dir/lab/inventory.json")
key=$(jq -r '.mirrors[0].keyPath' "$dir/lab/inventory.json")
"$bin/bench/bench_refresh" probes "$db" "$name" "$dir/probes"
ssh_options=(-i "$key" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes
  -o LogLevel=ERROR -l clamavdb "$address")
# The probe's text on standard input, run by sh -c as the login shell would;
# spawned, not forked, so that copying Python's own memory is not charged to
# the probe.
meter='import os, resource, sys
script = sys.stdin.read()
null = os.open("/dev/null", os.O_RDWR)
pid = os.posix_spawn("/bin/sh", ["sh", "-c", script], os.environ,
                     file_actions=[(os.POSIX_SPAWN_DUP2, null, 0), (os.POSIX_SPAWN_DUP2, null, 1)])
os.waitpid(pid, 0)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%.3f" % ((r.ru_utime + r.ru_stime) * 1000))'
counter='import subprocess, sys, tempfile
script = sys.stdin.read()
with tempfile.NamedTemporaryFile() as trace:
    subprocess.run(["strace", "-f", "-qq", "-o", trace.name, "-e", "trace=fork,vfork,clone,clone3,execve",
                    "sh", "-c", script], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    lines = open(trace.name).read().splitlines()
forks = sum(1 for l in lines if "clone" in l or "fork(" in l)
programs = sum(1 for l in lines if "execve(" in l and "= 0" in l)
print(forks, programs)'

# Full and light in turns: a machine whose load drifts during the bench
# shifts all alike, not the ratios.
kinds=(full light light-nodisk)
for kind in "${kinds[@]}"; do : >"$dir/$kind.cpu"; done
for _ in $(seq "$runs"); do
  for kind in "${kinds[@]}"; do
    ssh "${ssh_options[@]}" "python3 -c '$meter'" <"$dir/probes/$kind.sh" >>"$dir/$kind.cpu"
  done
done
for kind in "${kinds[@]}"; do
  read -r forks programs < <(ssh "${ssh_options[@]}" "python3 -c '$counter'" <"$dir/probes/$kind.sh")
  median=$(sort -n "$dir/$kind.cpu" | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  echo "$kind $median $forks $programs" >>"$dir/figures"
done
read -r _ full_ms full_forks full_programs < <(grep '^full ' "$dir/figures")
read -r _ disk_ms disk_forks disk_programs < <(grep '^light ' "$dir/figures")
read -r _ nodisk_ms nodisk_forks nodisk_programs < <(grep '^light-nodisk ' "$dir/figures")
# A warm refresh reads the disk at every other light probe (the mirror far
# from full): its cost is the mean of the two.
warm_ms=$(awk "BEGIN {printf \"%.2f\", ($disk_ms + $nodisk_ms) / 2}")
ratio() { awk "BEGIN {printf \"%.1f\", $1 / $2}"; }
printf '| mirror CPU per refresh, full probe | 1 lab mirror, idle, median of %s | %s ms CPU, %s processes (%s programs) | | | | | |\n' \
  "$runs" "$full_ms" "$full_forks" "$full_programs"
printf '| mirror CPU per refresh, light probe reading the disk | the same mirror, nothing cached changed | %s ms CPU, %s processes (%s programs) | full probe | %s ms | %s× less CPU | | |\n' \
  "$disk_ms" "$disk_forks" "$disk_programs" "$full_ms" "$(ratio "$full_ms" "$disk_ms")"
printf '| mirror CPU per refresh, light probe carrying the disk on | the same mirror, nothing cached changed | %s ms CPU, %s processes (%s programs) | full probe | %s ms | %s× less CPU | | |\n' \
  "$nodisk_ms" "$nodisk_forks" "$nodisk_programs" "$full_ms" "$(ratio "$full_ms" "$nodisk_ms")"
printf '| mirror CPU per refresh, warm (light, the disk every other one) | the same mirror, nothing cached changed | %s ms CPU | full probe | %s ms | %s× less CPU, %s× fewer processes (target ≥ 10×) | | |\n' \
  "$warm_ms" "$full_ms" "$(ratio "$full_ms" "$warm_ms")" "$(ratio "$full_forks" "$(awk "BEGIN {print ($disk_forks + $nodisk_forks) / 2}")")"
