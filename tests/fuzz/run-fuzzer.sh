#!/bin/sh
# Runs one libFuzzer target the way CTest and packaging/fuzz.sh do:
#   run-fuzzer.sh BINARY FUZZ_SOURCE_DIR RUNS_DIR
# For RELAIS_FUZZ_SECONDS seconds (default 5), after replaying every checked-in seed of
# FUZZ_SOURCE_DIR/corpus/NAME/ (regression inputs included). New interesting inputs go to
# RUNS_DIR/NAME/corpus, never into the checked-in seeds; a crashing input is saved in
# RELAIS_FUZZ_ARTIFACTS (default RUNS_DIR/NAME/crashes) and the run fails.
set -eu
binary=$1
source_dir=$2
runs=$3
name=$(basename "$binary")
seconds=${RELAIS_FUZZ_SECONDS:-5}
artifacts=${RELAIS_FUZZ_ARTIFACTS:-$runs/$name/crashes}
mkdir -p "$runs/$name/corpus" "$artifacts"

set -- -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$artifacts/$name-"
[ -f "$source_dir/dict/$name.dict" ] && set -- "$@" -dict="$source_dir/dict/$name.dict"
[ -f "$source_dir/options/$name.options" ] && set -- "$@" $(cat "$source_dir/options/$name.options")
# A crash inside an uninstrumented library (Qt, SQLite, libical) must still fail the test.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS UBSAN_OPTIONS
# The whole output is also kept in RUNS_DIR/NAME.log, where packaging/fuzz.sh counts the inputs.
status=0
"$binary" "$@" "$runs/$name/corpus" "$source_dir/corpus/$name" > "$runs/$name.log" 2>&1 || status=$?
cat "$runs/$name.log"
exit "$status"
