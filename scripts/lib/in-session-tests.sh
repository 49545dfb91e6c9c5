# SPDX-License-Identifier: GPL-3.0-or-later
# Runs inside dbus-run-session (see scripts/test): unlock a throwaway keyring, then ctest.
set -euo pipefail
source "$(dirname "$0")/common.sh"
export XDG_DATA_HOME="$(mktemp -d)" XDG_CONFIG_HOME="$(mktemp -d)" XDG_CACHE_HOME="$(mktemp -d)"
export HOME="${HOME:-$(mktemp -d)}"
eval "$(printf 'test-keyring-password' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null | sed 's/^/export /')"
export QT_QPA_PLATFORM=offscreen
s1_install_conformance_deps
cd "$S1_BUILD_DIR"
ctest --output-on-failure -j2 --timeout 600 "$@"
