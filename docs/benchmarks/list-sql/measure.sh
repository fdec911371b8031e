#!/usr/bin/env bash
# median and p95 (ms) of each script, 5 warm-up and 30 timed transactions, one client
# usage: DB=clientbook_bench_search docs/benchmarks/list-sql/measure.sh q_old_gasthof.sql q_new_gasthof.sql ...
# The scripts name the generator's measured vendor (11000001); q_new_page1000.sql the 50,000th name of its list.
cd "$(dirname "${BASH_SOURCE[0]}")"
LOGS="$(mktemp -d)"
echo "== $(date -u '+%H:%M:%S') load: $(cut -d' ' -f1-3 /proc/loadavg)"
for f in "$@"; do
  rm -f "$LOGS"/log.*
  pgbench -n -c 1 -t 5 -h 127.0.0.1 -U postgres -f $f "${DB:-clientbook_bench_search}" > /dev/null 2>&1
  pgbench -n -c 1 -t 30 -l --log-prefix="$LOGS/log" -h 127.0.0.1 -U postgres -f $f "${DB:-clientbook_bench_search}" > /dev/null 2>&1
  cat "$LOGS"/log.* | awk '{print $3/1000}' | sort -n | awk -v f=$f '{a[NR]=$1} END {printf "%-22s median %8.1f ms  p95 %8.1f ms\n", f, a[int((NR+1)/2)], a[int(NR*0.95+0.999)]}'
done
echo "== $(date -u '+%H:%M:%S') load: $(cut -d' ' -f1-3 /proc/loadavg)"
