#!/usr/bin/env bash
# Installs what is missing, builds Relais with warnings as errors, and runs every test
# through CTest against a throwaway PostgreSQL cluster. This is the README's test command and
# what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

bash packaging/install-deps.sh
cmake --preset ci
cmake --build --preset ci --parallel "$(nproc)"
# No display is needed: widget tests use the offscreen platform.
export QT_QPA_PLATFORM=offscreen

# The PostgreSQL suites get a cluster of their own in a temporary directory, on the first free
# loopback port from 54329; it is stopped and deleted however the run ends.
pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/relais-pg.XXXXXX")
stop_cluster() {
  local status=$?
  if ! bash "$repo/packaging/pg-cluster.sh" stop "$pg_dir"; then
    echo "test.sh: could not remove the PostgreSQL cluster in $pg_dir" >&2
    [ "$status" -ne 0 ] || status=1
  fi
  exit "$status"
}
trap stop_cluster EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

pg_url=
for port in $(seq 54329 54428); do
  status=0
  pg_url=$(bash packaging/pg-cluster.sh start "$pg_dir" "$port") || status=$?
  [ "$status" -eq 3 ] || break # 3: port taken, try the next one
done
[ "$status" -eq 0 ] || { echo "test.sh: no PostgreSQL cluster to test against" >&2; exit "$status"; }
export RELAIS_TEST_POSTGRES=$pg_url
echo "test.sh: PostgreSQL test cluster at $RELAIS_TEST_POSTGRES"

ctest --preset ci --parallel "$(nproc)" --no-tests=error

# The fuzz targets (tests/fuzz/): a build of their own, with clang-16, libFuzzer, ASan and UBSan,
# of the core library and the targets only, then each target fuzzed for RELAIS_FUZZ_SECONDS (5
# by default) after replaying its checked-in seeds. packaging/fuzz.sh runs them for longer.
cmake --preset fuzz
cmake --build --preset fuzz --parallel "$(nproc)"
ctest --preset fuzz --parallel "$(nproc)" --no-tests=error
