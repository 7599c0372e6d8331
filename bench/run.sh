#!/usr/bin/env bash
# Isnad's per-report pipeline alone, one thread, in a child JVM; prints a table.
#
#   bench/run.sh [--limit N] [--warmup N] [--xmx SIZE] [DATA.jsonl]
#   bench/run.sh --hostile [--sizes MI,MI...] [--runs N] [--xmx SIZE]   # generated hostile reports only (issue 6)
#
# DATA defaults as in run-heideltime.sh. Set ISNAD_BENCH_SKIP_BUILD=1 to reuse the last build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [[ "${ISNAD_BENCH_SKIP_BUILD:-}" != 1 ]]; then
  mvn -B -q package -DskipTests -pl bench -am
fi
exec java -Disnad.root="$root" -cp bench/target/isnad-bench-all.jar org.isnad.bench.PipelineBench "$@"
