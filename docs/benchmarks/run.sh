#!/usr/bin/env bash
# The customer list's, issue 14's and issue 15's benchmarks in one command (docs/benchmarks.md): generate the benchmark
# platform (with 1,000,000 orders) into clientbook_bench and time the repositories, start the application on it,
# measure over HTTP (with PostgreSQL's own baseline, pgbench and COPY, printed after), stop the application.
#
#   docs/benchmarks/run.sh            everything, generation included (about 20 minutes on 2 cores)
#   docs/benchmarks/run.sh --reuse    on the platform generated before (migrated to the current schema first; a platform
#                                     generated before issue 15 gets its orders then, about 2 minutes)
#
# Extra Maven properties go to both measuring steps, e.g. -Dbenchmark.repetitions=100. On a shared machine run it
# under the lock the test suites take, so that no Payara and no suite runs beside it:
#   flock /tmp/clientbook-verify.lock docs/benchmarks/run.sh
# MVN (default "mvn -B") says how to call Maven, e.g. MVN="mvn -B -o" where the repository is warmed up offline.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MVN="${MVN:-mvn -B}"
REUSE=false
if [[ "${1:-}" == "--reuse" ]]; then
    REUSE=true
    shift
fi
cd "$ROOT"
echo "== $(date -u '+%Y-%m-%d %H:%M:%S UTC'), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
$MVN -Pbenchmark -pl persistence -am process-test-classes -Dbenchmark.reuse="$REUSE" "$@"
# the company search row asks 400 times in a few seconds: the directory's limit per vendor (1 a second, 60 at once)
# would answer 429, so the benchmark's server has none
CLIENTBOOK_DIRECTORY_SEARCH_PER_SECOND="${CLIENTBOOK_DIRECTORY_SEARCH_PER_SECOND:-100000}" \
CLIENTBOOK_DIRECTORY_SEARCH_BURST="${CLIENTBOOK_DIRECTORY_SEARCH_BURST:-100000}" \
DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/clientbook_bench}" ./clientbook start
trap './clientbook stop' EXIT
echo "== $(date -u '+%Y-%m-%d %H:%M:%S UTC'), load: $(cut -d' ' -f1-3 /proc/loadavg)"
$MVN -Pbenchmark-http -pl ear -am package -DskipTests "$@"
echo "== $(date -u '+%Y-%m-%d %H:%M:%S UTC'), load: $(cut -d' ' -f1-3 /proc/loadavg)"
