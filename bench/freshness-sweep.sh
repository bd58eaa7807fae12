#!/usr/bin/env bash
# One freshness sweep of 200 lab mirrors: `mirrorctl check`, every mirror over
# HTTP with the How-to's vhost names and Range requests, through the bounded
# checker (http/max-mirrors), verdicts judged and stored.
set -euo pipefail
bin="${MC_BIN:-build/release}"
lab_tool="$bin/tests/lab/tool/mirror-lab"
dir=$(mktemp -d /tmp/bench-sweep-XXXXXX)
chmod 755 "$dir"
trap '"$lab_tool" down --dir "$dir/lab" >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT

mirrors=200
"$lab_tool" up --mirrors "$mirrors" --dir "$dir/lab" --demo-faults >/dev/null
db="$dir/inventory.sqlite"
"$bin/cli/mirrorctl" import-lab --db "$db" "$dir/lab/inventory.json" >/dev/null
# The lab's DNS answers on port 53 only when the lab runs as root.
if [ "$(jq -r .dns.port "$dir/lab/inventory.json")" = 53 ]; then
  current=(--nameserver "$(jq -r .dns.address "$dir/lab/inventory.json")")
else
  current=(--reference "$(jq -r '.mirrors[0].name' "$dir/lab/inventory.json")")
fi
# A first sweep warms the page cache; the second is measured.
"$bin/cli/mirrorctl" check --db "$db" "${current[@]}" >/dev/null || true
/usr/bin/time -f '%e %M %U %S' -o "$dir/time" \
  "$bin/cli/mirrorctl" check --db "$db" "${current[@]}" --json >"$dir/out.json" || true
read -r wall rss_kb user sys < <(tail -n 1 "$dir/time")
checked=$(jq '.mirrors | length' "$dir/out.json")
fresh=$(jq '[.mirrors[] | select(.verdict == "fresh")] | length' "$dir/out.json")
printf '| freshness sweep, mirrorctl check | %d lab mirrors (%d fresh), 64 at once | %.2f s (%.0f mirrors/s, %.1f ms CPU per mirror) | | | | %d MB | |\n' \
  "$checked" "$fresh" "$wall" "$(awk "BEGIN {print $checked / $wall}")" \
  "$(awk "BEGIN {print ($user + $sys) * 1000 / $checked}")" $((rss_kb / 1024))
