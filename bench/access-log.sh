#!/usr/bin/env bash
# Bandwidth aggregation of an access log: a generated 1,000,000-line log in
# the combined format with ClamAV-like paths and user agents, tallied per hour
# and per day by our parser, by GoAccess (JSON report) and by lnav (a SQL
# sum); then a 10 GB log generated on the fly through a pipe, ours only.
set -euo pipefail
bin="${MC_BIN:-build/release}"
dir=$(mktemp -d /var/tmp/bench-access-XXXXXX)
trap 'rm -rf "$dir"' EXIT
log="$dir/access.log"
"$bin/bench/bench_accesslog" generate 1000000 >"$log"
mb=$(awk "BEGIN {printf \"%.0f\", $(stat -c %s "$log") / 1e6}")

"$bin/bench/bench_accesslog" tally "$log" >/dev/null # page cache warm
/usr/bin/time -f '%M' -o "$dir/ours.time" "$bin/bench/bench_accesslog" tally "$log" >"$dir/ours.json"
ours_s=$(jq .seconds "$dir/ours.json")
ours_rss=$(($(cat "$dir/ours.time") / 1024))

/usr/bin/time -f '%e %M' -o "$dir/goaccess.time" \
  goaccess "$log" --log-format=COMBINED --no-global-config -o "$dir/report.json" >/dev/null 2>&1
read -r goaccess_s goaccess_kb <"$dir/goaccess.time"
(cd "$dir" && HOME="$dir" /usr/bin/time -f '%e %M' -o "$dir/lnav.time" \
  lnav -n -c ';SELECT sum(sc_bytes) FROM access_log' "$log" >/dev/null)
read -r lnav_s lnav_kb <"$dir/lnav.time"

input="1,000,000 lines, $mb MB, combined format"
printf '| access-log aggregation per hour and day | %s | %.2f s (%.0f MB/s on one core; target ≥ 300) | GoAccess 1.7, JSON report | %.1f s (%.0f lines/s) | %.0f× faster | %d MB | %d MB |\n' \
  "$input" "$ours_s" "$(jq .MBps "$dir/ours.json")" "$goaccess_s" \
  "$(awk "BEGIN {print 1000000 / $goaccess_s}")" "$(awk "BEGIN {print $goaccess_s / $ours_s}")" \
  "$ours_rss" $((goaccess_kb / 1024))
printf '| access-log aggregation per hour and day | %s | %.2f s | lnav 0.11, `SELECT sum(sc_bytes) FROM access_log` | %.2f s (%.0f MB/s) | %.1f× faster (target ≥ 5×) | %d MB | %d MB |\n' \
  "$input" "$ours_s" "$lnav_s" "$(awk "BEGIN {print $mb / $lnav_s}")" \
  "$(awk "BEGIN {print $lnav_s / $ours_s}")" "$ours_rss" $((lnav_kb / 1024))

# 10 GB through a pipe: the generator is slower than the parser, so the rate
# is our CPU time's; memory must stay flat whatever the size.
lines=$((${ACCESS_BENCH_GB:-10} * 1000 * 1000 * 1000 / 140))
/usr/bin/time -f '%M' -o "$dir/big.time" sh -c \
  "\"$bin/bench/bench_accesslog\" generate $lines | \"$bin/bench/bench_accesslog\" tally - >\"$dir/big.json\""
big_mb=$(jq .megabytes "$dir/big.json")
printf '| access-log aggregation, streamed | %.1f GB generated on the fly, %s lines | %.0f MB/s of our CPU time (%.0f s wall, bound by the generator) | none run: GoAccess at its rate above would need %.0f min | | | %.0f MB (target < 50, flat) | |\n' \
  "$(awk "BEGIN {print $big_mb / 1000}")" "$lines" \
  "$(awk "BEGIN {print $big_mb / $(jq .cpuSeconds "$dir/big.json")}")" "$(jq .seconds "$dir/big.json")" \
  "$(awk "BEGIN {print $lines / (1000000 / $goaccess_s) / 60}")" "$(jq .peakRssMB "$dir/big.json")"
