#!/usr/bin/env bash
# Sets up, builds (warnings are errors) and runs the whole test suite: unit, store (SQLite and a throw-away
# PostgreSQL server that the tests start and stop themselves) and GUI tests (offscreen).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/scripts/setup-deps.sh"
desk_install_dependencies

(cd "$here" && cmake --preset ci >/dev/null)
cmake --build "$here/build/ci" --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
log=$(mktemp)
status=0
ctest --test-dir "$here/build/ci" --output-on-failure --parallel "$(nproc)" --timeout 900 2>&1 | tee "$log" || status=$?
summary=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1 || true)
rm -f "$log"
if [ -n "$summary" ]; then
    failed=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$summary")
    total=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\2/' <<<"$summary")
    echo "$((total - failed)) passed, $failed failed"
else
    echo "0 passed, 1 failed"
    status=1
fi
exit "$status"
