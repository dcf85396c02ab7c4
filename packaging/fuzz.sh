#!/usr/bin/env bash
# Builds the fuzz preset (clang-16, libFuzzer, ASan, UBSan; tests/fuzz/) and runs every fuzz
# target for SECONDS each (default 60), one after the other.
#
#   packaging/fuzz.sh [SECONDS]
#
# Crashing inputs (crash-*, leak-*, timeout-*, oom-*) are saved in the folder this prints,
# RELAIS_FUZZ_ARTIFACTS (default build-fuzz/fuzz-findings/); replay one with
#   build-fuzz/tests/fuzz/fuzz_NAME FILE
# Inputs that reached new code stay in build-fuzz/tests/fuzz/runs/NAME/corpus; copy the ones
# worth keeping (a regression, a new shape of file) into tests/fuzz/corpus/NAME/.
# RELAIS_FUZZ_BUILD_DIR builds elsewhere than the preset's build-fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
case $seconds in
  '' | *[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac
build=${RELAIS_FUZZ_BUILD_DIR:-$(pwd)/build-fuzz}
artifacts=${RELAIS_FUZZ_ARTIFACTS:-$build/fuzz-findings}
mkdir -p "$artifacts"

cmake --preset fuzz -B "$build" > /dev/null
cmake --build "$build" --parallel "${RELAIS_BUILD_JOBS:-$(nproc)}"

export RELAIS_FUZZ_SECONDS=$seconds RELAIS_FUZZ_ARTIFACTS=$artifacts
status=0
ctest --test-dir "$build" --output-on-failure --no-tests=error -L fuzz > "$build/fuzz-run.log" 2>&1 || status=$?
# One line per target: executions, and whether it found something.
grep -E '^ *[0-9]+/[0-9]+ Test' "$build/fuzz-run.log" || true
total=0
for log in "$build"/tests/fuzz/runs/*.log; do
  [ -f "$log" ] || continue
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  echo "fuzz.sh: $(basename "$log" .log): ${runs:-0} inputs in ${seconds}s"
  total=$((total + ${runs:-0}))
done
echo "fuzz.sh: $total inputs tried in all; full output in $build/fuzz-run.log"
if [ "$status" -ne 0 ] || [ -n "$(ls -A "$artifacts")" ]; then
  echo "fuzz.sh: FINDINGS saved in $artifacts:" >&2
  ls -l "$artifacts" >&2
  exit 1
fi
echo "fuzz.sh: no findings"
