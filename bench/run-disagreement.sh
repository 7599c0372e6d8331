#!/usr/bin/env bash
# Where Isnad's and HeidelTime 2.2.1's time expressions differ on the same reports: totals, then each
# side's only-expressions grouped by shape. HeidelTime is GPL: it is built only here, under -Pheideltime.
#
#   bench/run-disagreement.sh [--limit N] [--top N] [--out FILE] [DATA.jsonl]
#
# DATA defaults as in run-heideltime.sh. The full report, with the text around each example, goes to
# FILE (default target/heideltime-disagreement.txt); standard output gets it without that text.
# Set ISNAD_BENCH_SKIP_BUILD=1 to reuse the last build.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
heideltime_main org.isnad.bench.heideltime.DisagreementBench "$@"
