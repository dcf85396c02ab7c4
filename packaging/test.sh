#!/usr/bin/env bash
# Installs what is missing, builds Relais with warnings as errors, and runs every test
# through CTest. This is the README's test command and what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset ci
cmake --build --preset ci --parallel "$(nproc)"
# No display is needed: widget tests use the offscreen platform.
export QT_QPA_PLATFORM=offscreen
ctest --preset ci --parallel "$(nproc)" --no-tests=error
