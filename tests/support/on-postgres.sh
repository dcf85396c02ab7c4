#!/bin/sh
# Runs a test executable as its PostgreSQL twin (RELAIS_TEST_ENGINE=postgres, set by CTest).
# Without a server (RELAIS_TEST_POSTGRES) the twin is skipped locally and fails in CI, where
# packaging/test.sh always starts one.
if [ -z "$RELAIS_TEST_POSTGRES" ]; then
  if [ "$CI" = true ]; then
    echo "RELAIS_TEST_POSTGRES is not set in CI" >&2
    exit 1
  fi
  echo "skipped: RELAIS_TEST_POSTGRES is not set (packaging/test.sh sets it)"
  exit 77
fi
exec "$@"
