#!/usr/bin/env bash
# Installs what is missing, builds Relais, builds the demo network in a fresh case file and
# shows its showcase case. This is the README's "try it" command.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset default -DRELAIS_BUILD_TESTS=OFF
cmake --build --preset default --parallel "$(nproc)"

cli=build/app/cli/relais-cli
db="${RELAIS_DEMO_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/Relais/demo.sqlite}"
mkdir -p "$(dirname "$db")"
rm -f "$db" "$db-wal" "$db-shm"
summary=$("$cli" demo --db "$db" --seed 2026)
echo "$summary"
showcase=$(echo "$summary" | sed -n 's/.*case show \(REL-[0-9-]*\) --as \([a-z.]*\).*/\1 \2/p')
echo
echo "━━ The showcase case, as ${showcase#* } sees it ━━"
"$cli" case show "${showcase% *}" --as "${showcase#* }" --db "$db"
