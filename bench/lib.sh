# Sourced by bench/run-heideltime.sh and bench/run-disagreement.sh: both build under -Pheideltime
# (HeidelTime is GPL, so it is built only for them) and start one main class of the same jar.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# heideltime_main CLASS [ARGS...]: builds at the root (unless ISNAD_BENCH_SKIP_BUILD=1), then runs CLASS.
heideltime_main() {
  local main="$1"
  shift
  cd "$root"
  if [[ "${ISNAD_BENCH_SKIP_BUILD:-}" != 1 ]]; then
    mvn -B -q -Pheideltime package -DskipTests
  fi
  exec java -Disnad.root="$root" -cp bench-heideltime/target/isnad-bench-heideltime-all.jar "$main" "$@"
}
