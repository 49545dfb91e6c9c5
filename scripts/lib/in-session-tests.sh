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
# S1_SANITIZER (scripts/test --sanitize): asan runs every test of build-asan but those that test no
# compiled code of ours, whose result cannot differ from the plain run (package: cpack and lintian
# over the build tree, a sanitizer build is no package; check_layout, check_format,
# translations_complete: the sources; graphql_conformance, s1_conformance_selftest: the documents and
# the checker). tsan runs S1_TSAN_TESTS. The timeouts are those of the tests times
# S1_SANITIZE_TIMEOUT_FACTOR (tests/CMakeLists.txt).
case "${S1_SANITIZER:-}" in
"") ;;
asan)
    s1_sanitizer_env
    set -- -E '^(package|check_layout|check_format|translations_complete|graphql_conformance|s1_conformance_selftest)$' "$@"
    ;;
tsan)
    s1_sanitizer_env
    set -- -R "^($(IFS='|'; echo "${S1_TSAN_TESTS[*]}"))\$" "$@"
    ;;
*)
    s1_log "S1_SANITIZER: asan or tsan, not '$S1_SANITIZER'"
    exit 2
    ;;
esac
# tst_soak writes its table (job, requests, faults met, kills, items, lost, duplicated) to
# tests/soak-table.txt: printed after the run, so that every scripts/test shows it.
rm -f tests/soak-table.txt
status=0
ctest --output-on-failure -j2 --timeout 600 "$@" || status=$?
if [ -f tests/soak-table.txt ]; then
    echo
    cat tests/soak-table.txt
fi
exit "$status"
