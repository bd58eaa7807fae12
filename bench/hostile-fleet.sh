#!/usr/bin/env bash
# 50 lab mirrors of which 10 misbehave on purpose (endless and crafted output,
# endless and trickling HTTP bodies, a FIFO conf, a silent host): one refresh
# and one freshness check of all of them, every healthy mirror done, with the
# wall time and peak RSS of each.
set -euo pipefail
bin="${MC_BIN:-build/release}"
lab_tool="$bin/tests/lab/tool/mirror-lab"
dir=$(mktemp -d /tmp/bench-hostile-XXXXXX)
chmod 755 "$dir"
trap '"$lab_tool" down --dir "$dir/lab" >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT

mirrors=50
"$lab_tool" up --mirrors "$mirrors" --dir "$dir/lab" >/dev/null
hostile=(5:flood-shell 10:flood-shell 15:hostile-tools 20:hostile-tools 25:endless-http
  30:endless-http 35:trickle-http 40:trickle-http 45:fifo-conf 49:host-silent)
for h in "${hostile[@]}"; do
  "$lab_tool" fault --dir "$dir/lab" --mirror "${h%%:*}" "${h#*:}" >/dev/null
done
inventory="$dir/lab/inventory.json"
db="$dir/inventory.sqlite"
"$bin/cli/mirrorctl" import-lab --db "$db" "$inventory" >/dev/null
healthy=$(jq -r --argjson bad "[$(printf '%s,' "${hostile[@]%%:*}" | sed 's/,$//')]" \
  '[.mirrors | to_entries[] | select(.key as $k | $bad | index($k) | not) | .value.name] | .[]' \
  "$inventory")
healthy_count=$(wc -l <<<"$healthy")
if [ "$(jq -r .dns.port "$inventory")" = 53 ]; then
  current=(--nameserver "$(jq -r .dns.address "$inventory")")
else
  current=(--reference "$(jq -r '.mirrors[0].name' "$inventory")")
fi

/usr/bin/time -f '%e %M' -o "$dir/refresh.time" \
  "$bin/cli/mirrorctl" refresh --db "$db" --json >"$dir/refresh.json" 2>/dev/null || true
read -r refresh_wall refresh_kb < <(tail -n 1 "$dir/refresh.time")
refreshed=$(jq -r '.[] | select(.probed) | .mirror' "$dir/refresh.json" | grep -cxFf <(echo "$healthy") || true)
named=$(jq -r '.[] | select(.probed | not) | .mirror' "$dir/refresh.json" | wc -l)

/usr/bin/time -f '%e %M' -o "$dir/check.time" \
  "$bin/cli/mirrorctl" check --db "$db" "${current[@]}" --json >"$dir/check.json" 2>/dev/null || true
read -r check_wall check_kb < <(tail -n 1 "$dir/check.time")
fresh=$(jq -r '.mirrors[] | select(.verdict == "fresh") | .mirror' "$dir/check.json" | grep -cxFf <(echo "$healthy") || true)
broken=$(jq '[.mirrors[] | select((.limitsBroken | length) > 0)] | length' "$dir/check.json")

printf '| hostile fleet: one refresh | %d lab mirrors, 10 hostile (2 flooding shells, 2 with 10 MB crafted rule sets, 2 endless and 2 trickling HTTP bodies, a FIFO conf, a silent host) | %.2f s; %d of %d healthy mirrors refreshed, %d hostile ones failed with their limit named | none | | | %d MB | |\n' \
  "$mirrors" "$refresh_wall" "$refreshed" "$healthy_count" "$named" $((refresh_kb / 1024))
printf '| hostile fleet: one freshness check | the same | %.2f s (http/timeout 10 s); %d of %d healthy mirrors fresh, %d named for a broken limit | none | | | %d MB | |\n' \
  "$check_wall" "$fresh" "$healthy_count" "$broken" $((check_kb / 1024))
