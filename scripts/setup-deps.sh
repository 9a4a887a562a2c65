#!/usr/bin/env bash
# Installs what IdentityDesk needs to build, run and test on Debian 12, from Debian's own packages.
# Sourced by run.sh and test.sh; installs only what is missing.
set -euo pipefail

DESK_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
    qtkeychain-qt6-dev libxlsxwriter-dev libssl-dev libgl-dev libsqlite3-dev libpq-dev
    postgresql xvfb xauth fonts-noto-cjk fonts-dejavu-core
    unzip poppler-utils sqlite3
)

desk_install_dependencies() {
    local missing=()
    for p in "${DESK_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}
