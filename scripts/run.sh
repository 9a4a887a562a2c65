#!/usr/bin/env bash
# Sets up, builds and starts IdentityDesk on the embedded demo database.
# The first run creates the demo database in the user's data folder and prints the demo staff passwords once.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/scripts/setup-deps.sh"
desk_install_dependencies

(cd "$here" && cmake --preset release >/dev/null)
cmake --build "$here/build/release" --parallel "$(nproc)" --target identitydesk identitydesk-cli

cli="$here/build/release/app/cli/identitydesk-cli"
app="$here/build/release/app/gui/identitydesk"
db_path=$("$cli" db path)
if [ ! -f "$db_path" ]; then
    echo "Creating the demo database at $db_path ..."
    "$cli" demo --persons "${DESK_DEMO_PERSONS:-20000}" --organizations "${DESK_DEMO_ORGANIZATIONS:-5000}" --seed 1
    echo "Keep the staff passwords above: they are not shown again."
else
    echo "Using the existing database $db_path"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting IdentityDesk on a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --db "sqlite:$db_path" "$@"
fi
exec "$app" --db "sqlite:$db_path" "$@"
