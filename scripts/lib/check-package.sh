#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks S1 Bridge's Debian package: the .desktop file (desktop-file-validate), the AppStream
# metainfo (appstreamcli validate --no-net), lintian (no error; every warning we keep is explained
# in installer/README.md, in a line "- `lintian: TAG` why", which this script reads), and
# an install in a scratch root (dpkg -x) whose s1bridge-cli must print its version with the system's
# libraries only.
#
# Usage: check-package.sh DEB            check a built package
#        check-package.sh --cpack BUILD  make the package from the build tree BUILD with cpack (in a
#                                        temporary directory), then check it (the ctest test "package")
# Exit status: 0 all checks passed; 1 a check failed; 77 a tool is missing (outside CI: ctest skips).
set -euo pipefail

fail() { printf 'check-package: %s\n' "$*" >&2; exit 1; }
say() { printf 'check-package: %s\n' "$*"; }

for tool in dpkg-deb desktop-file-validate appstreamcli lintian; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        printf 'check-package: %s not found: install desktop-file-utils, appstream, lintian and dpkg-dev (scripts/lib/common.sh installs them)\n' "$tool" >&2
        [ "${CI:-}" = true ] && exit 1
        exit 77
    fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ "${1:-}" = "--cpack" ]; then
    build="${2:?usage: check-package.sh --cpack BUILD_DIR}"
    [ -f "$build/CPackConfig.cmake" ] || fail "$build has no CPackConfig.cmake: configure it first (cmake -S . -B $build)"
    say "making the package from $build with cpack"
    if ! (cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1); then
        cat "$work/cpack.log" >&2
        fail "cpack failed (its output is above)"
    fi
    deb="$(find "$work/out" -maxdepth 1 -name '*.deb' | head -n 1)"
    [ -n "$deb" ] || fail "cpack made no .deb in $work/out"
else
    deb="${1:?usage: check-package.sh DEB | --cpack BUILD_DIR}"
fi
[ -f "$deb" ] || fail "$deb: no such file"
say "checking $(basename "$deb")"

# The package's contents in a scratch root.
root="$work/root"
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x could not unpack $deb"

for path in usr/bin/s1bridge-cli usr/share/doc/s1bridge/copyright usr/share/doc/s1bridge/changelog.gz \
    usr/share/man/man1/s1bridge-cli.1.gz usr/share/bash-completion/completions/s1bridge-cli \
    usr/lib/systemd/user/s1bridge@.service; do
    [ -e "$root/$path" ] || fail "the package lacks /$path"
done
[ ! -e "$root/usr/bin/s1bridge-sim" ] || fail "the package holds /usr/bin/s1bridge-sim: the simulator belongs to the demo-tools component"

# The window's files, when the package has the window.
if [ -e "$root/usr/bin/s1bridge" ]; then
    for path in usr/share/man/man1/s1bridge.1.gz usr/share/icons/hicolor/scalable/apps/s1bridge.svg \
        usr/share/icons/hicolor/48x48/apps/s1bridge.png; do
        [ -e "$root/$path" ] || fail "the package lacks /$path"
    done
    desktop="$(find "$root/usr/share/applications" -name '*.desktop' 2>/dev/null | head -n 1)"
    [ -n "$desktop" ] || fail "the package has s1bridge but no /usr/share/applications/*.desktop"
    desktop-file-validate "$desktop" || fail "desktop-file-validate refused $(basename "$desktop")"
    say "desktop-file-validate: $(basename "$desktop") valid"
    metainfo="$(find "$root/usr/share/metainfo" -name '*.metainfo.xml' 2>/dev/null | head -n 1)"
    [ -n "$metainfo" ] || fail "the package has s1bridge but no /usr/share/metainfo/*.metainfo.xml"
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli refused $(basename "$metainfo")"
    say "appstreamcli validate --no-net: $(basename "$metainfo") valid"
fi

# lintian: no error, and no warning that installer/README.md does not explain (each one it explains
# is listed here by tag).
LINTIAN_ALLOWED=()
while IFS= read -r tag; do
    LINTIAN_ALLOWED+=("$tag")
done < <(sed -n 's/^- `lintian: \([a-z0-9-]*\)`.*/\1/p' "$(dirname "$0")/../../installer/README.md" 2>/dev/null)
lintian_out="$work/lintian.txt"
# Its exit status is not used: the tags are read below.
lintian --tag-display-limit 0 "$deb" >"$lintian_out" 2>&1 || true
cat "$lintian_out"
if grep -q '^E: ' "$lintian_out"; then
    fail "lintian reports errors (above)"
fi
unexplained=0
while IFS= read -r line; do
    tag="$(printf '%s\n' "$line" | awk '{ print $3 }')"
    explained=0
    for allowed in "${LINTIAN_ALLOWED[@]}"; do
        [ "$tag" = "$allowed" ] && explained=1
    done
    if [ "$explained" -eq 0 ]; then
        printf 'check-package: lintian warning not explained in installer/README.md: %s\n' "$line" >&2
        unexplained=1
    fi
done < <(grep '^W: ' "$lintian_out" || true)
[ "$unexplained" -eq 0 ] || fail "fix these lintian warnings or explain them in installer/README.md"
say "lintian: no errors, $(grep -c '^W: ' "$lintian_out" || true) warnings (explained in installer/README.md)"

# The scratch-root install starts: s1bridge-cli from it, with the system's libraries only.
version="$(env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen HOME="$work" XDG_CONFIG_HOME="$work/config" \
    XDG_DATA_HOME="$work/data" "$root/usr/bin/s1bridge-cli" --version 2>&1)" \
    || fail "s1bridge-cli --version from the scratch root failed: $version"
printf '%s\n' "$version" | grep -Eq '^s1bridge-cli [0-9]+\.[0-9]+\.[0-9]+' \
    || fail "s1bridge-cli --version from the scratch root printed: $version"
say "scratch root (dpkg -x): $version"
say "all checks passed: $(basename "$deb")"
