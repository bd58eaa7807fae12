#!/usr/bin/env bash
# One freshness sweep of 200 lab mirrors: `mirrorctl check`, every mirror over
# HTTP with the How-to's vhost names and Range requests, through the bounded
# checker (http/max-mirrors), verdicts judged and stored.
set -euo pipefail
bin="${MC_BIN:-build/release}"
here=$(cd "$(dirname "$0")" && pwd)
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
notfresh=$(jq '[.mirrors[] | select(.verdict == "old" or .verdict == "removed")] | length' "$dir/out.json")

# mirmon on the same mirrors: its default 25 probes, the same 10 s timeout
# as ours (http/timeout), the timestamp file read with the vhost's name.
jq -r '.mirrors[] | select(.accessMode != "none") | "\(.country | ascii_downcase) http://\(.address)/"' \
  "$dir/lab/inventory.json" >"$dir/mirrors.list"
cat >"$dir/mirmon.conf" <<CONF
project_name ClamAV
project_url https://www.clamav.net/
mirror_list $dir/mirrors.list
web_page $dir/mirmon.html
icons icons
probe /usr/bin/curl -s -m %TIMEOUT% -H Host:database.clamav.net %URL%timestamp
state $dir/mirmon.state
countries /usr/share/mirmon/countries.list
max_probes 25
timeout 10
CONF
: >"$dir/mirmon.state"
(cd "$dir" && /usr/bin/time -f '%e %M' -o "$dir/mirmon.time" \
  perl "$here/mirmon-lab" -q -c "$dir/mirmon.conf" -get all >/dev/null 2>&1)
read -r mirmon_wall mirmon_kb <"$dir/mirmon.time"
# mirmon's state: URL, the mirror's timestamp, ...; older than a day is its "old".
now=$(date +%s)
mirmon_old=$(awk -v now="$now" '$2 ~ /^[0-9]+$/ && now - $2 > 86400 {n++} END {print n + 0}' "$dir/mirmon.state")

printf '| freshness sweep, mirrorctl check | %d lab mirrors (%d fresh, %d old or removed), 64 at once | %.2f s (%.0f mirrors/s, %.1f ms CPU per mirror); verdicts at exactly 24 h and 48 h | mirmon 2.11 -get all, 25 probes | %.1f s (it always waits out its timeout); %d sites over a day old. Its own rule lags: min_sync 1d and max_sync 2d, seen through a site probed at most every max_poll (4 h), make 28 h and 52 h | %.0f× faster (target ≥ 10×) | %d MB | %d MB |\n' \
  "$checked" "$fresh" "$notfresh" "$wall" "$(awk "BEGIN {print $checked / $wall}")" \
  "$(awk "BEGIN {print ($user + $sys) * 1000 / $checked}")" "$mirmon_wall" "$mirmon_old" \
  "$(awk "BEGIN {print $mirmon_wall / $wall}")" $((rss_kb / 1024)) $((mirmon_kb / 1024))
