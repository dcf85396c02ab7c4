#!/usr/bin/env bash
# Installs the Debian 12 packages Relais needs to build, run and test.
# Idempotent and non-interactive: packages already present are skipped,
# and apt is only touched when something is missing. Works as root or via sudo.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config git
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-pdf-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-translations-l10n libgl1-mesa-dev
  # field libraries
  libphonenumber-dev libsodium-dev libical-dev libsqlite3-dev
  # fonts for French and Arabic rendering (screens and PDF)
  fonts-noto-core fonts-dejavu-core
  # tests: PostgreSQL server, headless display, PDF inspection
  postgresql postgresql-client xvfb xauth poppler-utils sqlite3
  # fuzzing (tests/fuzz/, the `fuzz` preset): clang 16 with libFuzzer and the sanitizer runtimes;
  # Debian 12's default clang 14 cannot compile libstdc++ 12's <expected>
  clang-16 libclang-rt-16-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  sudo_cmd=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
