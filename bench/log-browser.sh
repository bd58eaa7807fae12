#!/usr/bin/env bash
# The log browser on a 1 GB sync-style log (every line stamped, as lnav needs
# to read it as a log): time to the first screen, to the whole line index,
# and a search through all of it, against lnav opening and searching the same
# file headless. Each figure is the second of two runs (page cache warm).
set -euo pipefail
bin="${MC_BIN:-build/release}"
size_mb="${LOG_BENCH_MB:-1024}"
dir=$(mktemp -d /var/tmp/bench-log-XXXXXX)
trap 'rm -rf "$dir"' EXIT
log="$dir/rsync.log"
"$bin/bench/bench_logbrowser" generate "$log" "$size_mb"

"$bin/bench/bench_logbrowser" measure "$log" >/dev/null
/usr/bin/time -f '%M' -o "$dir/ours.time" "$bin/bench/bench_logbrowser" measure "$log" >"$dir/ours.json"
ours_rss_mb=$(($(tail -n 1 "$dir/ours.time") / 1024))
lines=$(jq .lines "$dir/ours.json")
mb=$(jq .megabytes "$dir/ours.json")
input="$(printf '%.0f MB, %d lines' "$mb" "$lines")"
rss_budget=$(awk "BEGIN {printf \"%.0f\", 64 + 8 * $lines / 1048576}")

lnav_run() { # what to select; prints wall seconds, then peak RSS in MB
  (cd "$dir" && HOME="$dir" lnav -n -c ";$1" "$log" >/dev/null)
  (cd "$dir" && HOME="$dir" /usr/bin/time -f '%e %M' -o "$dir/lnav.time" lnav -n -c ";$1" "$log" >/dev/null)
  read -r wall rss_kb <"$dir/lnav.time"
  echo "$wall $((rss_kb / 1024))"
}
read -r lnav_open lnav_open_rss < <(lnav_run 'SELECT count(*) FROM all_logs')
read -r lnav_search lnav_search_rss < <(lnav_run "SELECT count(*) FROM all_logs WHERE log_raw_text REGEXP '\\(code 9\\d\\)'")
# lnav reads and indexes the file before it searches: its search alone is the difference.
lnav_search_only=$(awk "BEGIN {d = $lnav_search - $lnav_open; print (d > 0.01 ? d : 0.01)}")

index_s=$(jq .indexSeconds "$dir/ours.json")
printf '| log browser, first screen (60 lines, tinted) | %s | %.1f ms (target < 100 ms) | lnav 0.11, headless | no screen headless | | %d MB | |\n' \
  "$input" "$(jq .firstScreenMs "$dir/ours.json")" "$ours_rss_mb"
printf '| log browser, whole line index | %s | %.2f s (%.0f MB/s; target ≥ 1,000) | lnav: open and index | %.2f s (%.0f MB/s) | %.1f× faster | %d MB (budget %d MB: 64 + 8 per line) | %d MB |\n' \
  "$input" "$index_s" "$(jq .indexMBps "$dir/ours.json")" "$lnav_open" \
  "$(awk "BEGIN {print $mb / $lnav_open}")" "$(awk "BEGIN {print $lnav_open / $index_s}")" \
  "$ours_rss_mb" "$rss_budget" "$lnav_open_rss"
printf '| log browser, regex search of the whole log | %s | %.0f MB/s (text: %.0f MB/s; target ≥ 500) | lnav: `log_raw_text REGEXP` | %.0f MB/s (search time beyond its open) | %.1f× | | %d MB |\n' \
  "$input" "$(jq .regexMBps "$dir/ours.json")" "$(jq .textMBps "$dir/ours.json")" \
  "$(awk "BEGIN {print $mb / $lnav_search_only}")" \
  "$(awk "BEGIN {print $(jq .regexMBps "$dir/ours.json") / ($mb / $lnav_search_only)}")" "$lnav_search_rss"
