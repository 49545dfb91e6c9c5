# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run, scripts/test and scripts/bench: install what is missing, configure, build.
# shellcheck shell=bash

S1_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
S1_BUILD_DIR="${S1_BUILD_DIR:-$S1_ROOT/build}"

# Debian 12 packages the build, the tests and the screenshots need (DESIGN.md); clang-format for
# the check_format test and scripts/dev/format; dpkg-dev (dpkg-shlibdeps), desktop-file-utils,
# appstream and lintian for the package and its checks (scripts/package, ctest "package"); librsvg2-bin
# for scripts/dev/make-icons; python3 for the translation check and scripts/dev/update-translations;
# qt6-translations-l10n for Qt's own strings (dialog buttons) in German and French.
S1_PACKAGES=(
    cmake ninja-build g++ pkg-config ccache clang-format
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libqt6sql6-sqlite libqt6svg6
    libgl-dev libxkbcommon-dev libyaml-cpp-dev
    xvfb xauth dbus-x11 dbus gnome-keyring libsecret-tools
    fonts-dejavu-core x11-apps imagemagick sqlite3
    dpkg-dev desktop-file-utils appstream lintian librsvg2-bin
    python3 qt6-translations-l10n
)
# Needed as commands; installed from Debian only when the machine has none (an existing Node.js
# installation conflicts with Debian's npm package).
S1_COMMANDS=(node:nodejs npm:npm)

s1_log() { printf '[s1bridge] %s\n' "$*" >&2; }

s1_install_deps() {
    local missing=()
    local pkg
    for pkg in "${S1_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    local entry
    for entry in "${S1_COMMANDS[@]}"; do
        command -v "${entry%%:*}" >/dev/null 2>&1 || missing+=("${entry#*:}")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        s1_log "These Debian packages are missing. Install them, then run this command again:"
        printf '  sudo apt-get install -y %s\n' "${missing[*]}" >&2
        exit 1
    fi
    s1_log "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
}

# s1_build [TYPE [-DNAME=VALUE...]]: configures $S1_BUILD_DIR when it is new or when one of the
# given cache values differs from what it holds, then builds.
s1_build() {
    local type="${1:-RelWithDebInfo}"
    shift || true
    local configure=0
    [ -f "$S1_BUILD_DIR/build.ninja" ] || configure=1
    local arg name value
    for arg in "$@"; do
        name="${arg#-D}"
        value="${name#*=}"
        name="${name%%=*}"
        name="${name%%:*}"
        grep -qx "$name:[A-Z]*=$value" "$S1_BUILD_DIR/CMakeCache.txt" 2>/dev/null || configure=1
    done
    if [ "$configure" -eq 1 ]; then
        s1_log "Configuring ($type) in $S1_BUILD_DIR"
        cmake -S "$S1_ROOT" -B "$S1_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
    fi
    s1_log "Building${S1_BUILD_TARGETS:+ $S1_BUILD_TARGETS}"
    # S1_BUILD_TARGETS (space-separated): only these targets (the sanitizer builds); default all.
    # shellcheck disable=SC2086
    cmake --build "$S1_BUILD_DIR" ${S1_BUILD_TARGETS:+--target $S1_BUILD_TARGETS} -- -j"$(nproc)"
}

# graphql-js and ajv (+ ajv-formats) for the graphql_conformance and s1_conformance tests, exactly as
# tests/conformance/package-lock.json pins them. Runs `npm ci` only when node_modules lacks one of
# them or the lockfile changed since the last install.
# Never fatal: offline, the tests then skip (outside CI) or fail with the same advice (CI=true).
s1_install_conformance_deps() {
    local dir="$S1_ROOT/tests/conformance"
    local stamp="$dir/node_modules/.s1bridge-lock.sha256"
    [ -f "$dir/package-lock.json" ] || return 0
    local want
    want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -d "$dir/node_modules/graphql" ] \
        && [ -d "$dir/node_modules/ajv" ] && [ -d "$dir/node_modules/ajv-formats" ]; then
        return 0
    fi
    if ! command -v npm >/dev/null 2>&1; then
        s1_log "npm not found: the graphql_conformance and s1_conformance tests cannot run (install nodejs and npm)"
        return 0
    fi
    s1_log "Installing graphql-js and ajv for the conformance tests (npm ci in tests/conformance)"
    if (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
        printf '%s\n' "$want" >"$stamp"
    else
        s1_log "npm ci failed in tests/conformance (offline? registry unreachable?)."
        s1_log "graphql_conformance and s1_conformance will be skipped, or fail when CI=true; retry later with:"
        s1_log "  (cd '$dir' && npm ci --no-audit --no-fund)"
    fi
    return 0
}

# --- Sanitizers and fuzzing (issue 15): scripts/test --sanitize, scripts/fuzz --------------------
# Debian 12's clang (14) with its sanitizer and libFuzzer runtimes (libclang-rt-14-dev); only these
# two commands need them, so s1_install_deps does not ask for them.
S1_SANITIZER_PACKAGES=(clang libclang-rt-14-dev llvm)

s1_install_sanitizer_deps() {
    local saved=("${S1_PACKAGES[@]}")
    S1_PACKAGES=("${S1_SANITIZER_PACKAGES[@]}")
    local saved_commands=("${S1_COMMANDS[@]}")
    S1_COMMANDS=()
    s1_install_deps
    S1_PACKAGES=("${saved[@]}")
    S1_COMMANDS=("${saved_commands[@]}")
}

# The timeouts of the sanitizer runs: each test's own TIMEOUT times this factor (tests/CMakeLists.txt,
# last block); AddressSanitizer makes the suite about 2-4 times slower, ThreadSanitizer 5-15 times.
S1_SANITIZE_TIMEOUT_FACTOR="${S1_SANITIZE_TIMEOUT_FACTOR:-4}"

# The tests ThreadSanitizer runs (scripts/test --sanitize, second part): those of the code that runs
# on more than one thread in s1core (a TSan build of the GUI library would double the time of the
# check): the keychain (SecretStore: QtKeychain's libsecret calls, tst_secretstore_tsan), the
# database's per-thread connections (tst_database), a feed parsed on a worker thread (FeedPullJob,
# tst_feedpull), the demo tenant's thread (SimHost, tst_simserver_tsan: its hand-over to the owner's
# thread uses std::mutex and std::condition_variable, which TSan sees, rather than Qt's locks inside
# the uninstrumented QtCore, which it does not). tst_secretstore_tsan and tst_simserver_tsan
# (tests/CMakeLists.txt, last block) run only the functions concerned: those that start a child
# process cannot run under ThreadSanitizer's runtime.
# Not here: the threat page fetcher's thread (ThreatListModel). Its results travel to the GUI thread
# as queued signals, through Qt's event queue and its locks inside the uninstrumented QtCore: TSan
# sees no order between the worker's writes and the GUI's reads and reports every one; without a Qt
# built with -fsanitize=thread those reports would say nothing about our code.
S1_TSAN_TESTS=(tst_secretstore_tsan tst_database tst_feedpull tst_simserver_tsan)

# s1_sanitizer_build asan|tsan: configures (clang, Debug with -O1, see cmake/Sanitizers.cmake) and
# builds build-asan/ (AddressSanitizer + UndefinedBehaviorSanitizer, and the fuzz targets: one build
# serves scripts/test --sanitize and scripts/fuzz) or build-tsan/ (ThreadSanitizer, only the targets
# of S1_TSAN_TESTS). Sets S1_BUILD_DIR. S1_BUILD_TARGETS limits the asan build (scripts/fuzz).
s1_sanitizer_build() {
    local kind="$1"
    local cxx
    cxx="$(command -v clang++)" || { s1_log "clang++ not found: install the Debian package clang"; exit 1; }
    local args=(-DCMAKE_CXX_COMPILER="$cxx" -DS1_BUILD_BENCH=OFF
        -DS1_SANITIZE_TIMEOUT_FACTOR="$S1_SANITIZE_TIMEOUT_FACTOR")
    case "$kind" in
    asan)
        S1_BUILD_DIR="${S1_ASAN_BUILD_DIR:-$S1_ROOT/build-asan}"
        args+=("-DS1_SANITIZE=address;undefined" -DS1_BUILD_FUZZ=ON)
        ;;
    tsan)
        S1_BUILD_DIR="${S1_TSAN_BUILD_DIR:-$S1_ROOT/build-tsan}"
        args+=(-DS1_SANITIZE=thread -DS1_BUILD_FUZZ=OFF)
        # The executables of S1_TSAN_TESTS (tst_foo_tsan runs tst_foo).
        S1_BUILD_TARGETS="${S1_BUILD_TARGETS:-$(printf '%s\n' "${S1_TSAN_TESTS[@]%_tsan}" | tr '\n' ' ')}"
        ;;
    *)
        s1_log "s1_sanitizer_build: asan or tsan, not '$kind'"
        exit 2
        ;;
    esac
    export S1_BUILD_DIR
    S1_BUILD_TARGETS="${S1_BUILD_TARGETS:-}" s1_build Debug "${args[@]}"
}

# The sanitizers' run-time options (ctest and scripts/fuzz). Every report ends the process with an
# error, so a test or a fuzz run with one fails. The suppressions name third-party code only
# (tests/sanitizers/*.supp says why for each line).
s1_sanitizer_env() {
    local supp="$S1_ROOT/tests/sanitizers"
    export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp"
    export TSAN_OPTIONS="suppressions=$supp/tsan.supp:ignore_noninstrumented_modules=1:halt_on_error=1:second_deadlock_stack=1:history_size=4"
    # The few tests that bound a time (tst_iocfileparser's 200,000 lines) allow this much more.
    export S1_TEST_TIME_FACTOR="$S1_SANITIZE_TIMEOUT_FACTOR"
}
