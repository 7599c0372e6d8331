#!/usr/bin/env bash
# Isnad's per-report pipeline, then HeidelTime 2.2.1 (Arabic, no POS), on the same reports, one thread
# and one child JVM each; prints a table. HeidelTime is GPL: it is built only here, under -Pheideltime.
#
#   bench/run-heideltime.sh [--limit N] [--warmup N] [--xmx SIZE] [DATA.jsonl]
#
# DATA defaults to $ISNAD_BENCH_DATA, else ../shared/data/saudinewsnet_sample/saudinewsnet_2015-08-10_11_sample.jsonl
# relative to the repository root. Set ISNAD_BENCH_SKIP_BUILD=1 to reuse the last build.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
heideltime_main org.isnad.bench.heideltime.CompareBench "$@"
