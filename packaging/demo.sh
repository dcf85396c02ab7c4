#!/usr/bin/env bash
# Installs what is missing, builds Relais, builds the demo network in a fresh case file and
# opens the desktop app on it (signed in as the insurer's agent, on the showcase case).
# Without a display, it prints the showcase case in the terminal instead.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset default -DRELAIS_BUILD_TESTS=OFF
cmake --build --preset default --parallel "$(nproc)"

cli=build/app/cli/relais-cli
app=build/app/desktop/relais
db="${RELAIS_DEMO_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/Relais/demo.sqlite}"
mkdir -p "$(dirname "$db")"
rm -f "$db" "$db-wal" "$db-shm"
summary=$("$cli" demo --db "$db" --seed 2026)
echo "$summary"
showcase=$(echo "$summary" | sed -n 's/.*case show \(REL-[0-9-]*\) --as \([a-z.]*\).*/\1 \2/p')
reference="${showcase% *}"
login="${showcase#* }"
# Every demo user's password, as the summary above says (a demo file holds no real data).
export RELAIS_PASSWORD=relais-demo

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo
  echo "Opening Relais on $db as $login (password relais-demo; File › Sign out to switch user)."
  exec "$app" --db "$db" --as "$login" --open "$reference"
fi

echo
echo "━━ No display here: the showcase case, as $login sees it ━━"
"$cli" case show "$reference" --as "$login" --db "$db"
echo
echo "On a desktop, open it with: $app --db $db"
