#!/usr/bin/env bash
# How long `mirror-lab up` takes until every mirror answers, and `down` until
# nothing is left. Target: 50 mirrors ready in under 30 s. No peer: the lab is
# our own test bed.
set -euo pipefail
lab_tool="${MC_BIN:-build/release}/tests/lab/tool/mirror-lab"
dir=$(mktemp -d /tmp/bench-lab-XXXXXX)
chmod 755 "$dir"
trap '"$lab_tool" down --dir "$dir/lab" >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT

now_ms() { date +%s%3N; }

for mirrors in 50 200; do
  start=$(now_ms)
  "$lab_tool" up --mirrors "$mirrors" --dir "$dir/lab" >/dev/null
  ready=$(now_ms)
  supervisor=$(cat "$dir/lab/supervisor.pid")
  rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$supervisor/status")
  "$lab_tool" down --dir "$dir/lab"
  gone=$(now_ms)
  printf '| lab start, until every sshd answers | %d mirrors | %.2f s | none | | | %d MB (supervisor) | |\n' \
    "$mirrors" "$(awk "BEGIN {print ($ready - $start) / 1000}")" $((rss_kb / 1024))
  printf '| lab stop, until no process is left | %d mirrors | %.2f s | none | | | | |\n' \
    "$mirrors" "$(awk "BEGIN {print ($gone - $ready) / 1000}")"
done
