#!/usr/bin/env bash
# Draws timexes from the SaudiNewsNet sample for a hand review of precision (issue 6), or checks a
# verdicts file against the current engine. Each record is analysed as a run of its own.
#
#   bench/run-timex-sample.sh --seed S [--n 150] [--out FILE] [DATA.jsonl]
#   bench/run-timex-sample.sh --check bench/src/test/resources/precision/saudinewsnet-verdicts-seed8.tsv
#
# The listing holds article text: --out must lie outside the repository. Set ISNAD_BENCH_SKIP_BUILD=1
# to reuse the last build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# Paths given stay relative to where the script is called from; only the build runs at the root.
if [[ "${ISNAD_BENCH_SKIP_BUILD:-}" != 1 ]]; then
  (cd "$root" && mvn -B -q package -DskipTests -pl bench -am)
fi
commit="$(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)"
if [[ "$commit" != unknown && -n "$(git -C "$root" status --porcelain -- core lang-ar io 2>/dev/null)" ]]; then
  commit="$commit+uncommitted-engine-changes"
fi
exec java -Disnad.root="$root" -Disnad.commit="$commit" -cp "$root/bench/target/isnad-bench-all.jar" \
  org.isnad.bench.review.TimexSampleCommand "$@"
