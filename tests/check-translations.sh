#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a plural string of the sources ("%n thing(s)") has no English forms in
# translations/s1bridge_en.ts: without them people read "2 account(s)". Fix: scripts/dev/update-translations.
set -euo pipefail
root="$1"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$lupdate" -silent -locations none -pluralonly "$root/src" -ts "$tmp/current.ts" >/dev/null
extract() { grep -A1 '<message numerus="yes">' "$1" | grep '<source>' | sed 's/^ *//' | sort -u; }
missing="$(comm -23 <(extract "$tmp/current.ts") <(grep -B0 -A0 '<source>' "$root/translations/s1bridge_en.ts" | sed 's/^ *//' | sort -u))"
unfinished="$(grep -c 'type="unfinished"' "$root/translations/s1bridge_en.ts" || true)"
if [ -n "$missing" ] || [ "$unfinished" != "0" ]; then
    echo "translations/s1bridge_en.ts lacks English plural forms for:"
    echo "${missing:-(unfinished entries: $unfinished)}"
    echo "Run scripts/dev/update-translations and commit the result."
    echo "0 passed, 1 failed"
    exit 1
fi
echo "English plural forms present for every numerus string"
