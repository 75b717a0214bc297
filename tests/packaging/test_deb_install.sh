#!/usr/bin/env bash
# The Debian package, end to end, as a user gets it:
# 1. `cpack -G DEB` builds it from this build tree; its control fields (Depends from shlibdeps plus
#    qt6-qpa-plugins, libqt6svg6 and libqt6sql6-sqlite, Recommends, Section, Maintainer) and its FHS file list are checked,
#    and its binaries are stripped and carry no RUNPATH into the build or source tree.
# 2. `apt-get install --no-install-recommends ./rolloutdesk_*.deb` installs it. Every shared library
#    the installed programs (and the Qt platform and SVG plugins) load must belong to a package in
#    the closure of the package's Depends: that is what makes it installable on a clean Debian 12,
#    even though this machine already has every library.
# 3. The programs run from /usr/bin with an empty environment, outside the build tree:
#    rolloutdesk-cli --version; rolloutdesk-sim --help, then started (rolloutdesk-cli and the desktop
#    entry's main command connect to it) and stopped with SIGTERM; the desktop entry's "demo"
#    action; the app runs offscreen and quits by itself once it has shown the rollouts.
# 4. `apt-get purge` removes it and every file it installed: the machine is left as it was.
# Needs root (or passwordless sudo); exits 77 (skipped) otherwise. No network: every dependency is
# already installed by scripts/install-deps.sh, which this test relies on.
source "$(dirname "$0")/common.sh"
need_tool cpack cmake
need_tool dpkg-deb dpkg
need_tool dpkg-shlibdeps dpkg-dev
need_tool apt-get apt
need_tool apt-cache apt
need_tool file file
need_tool readelf binutils
need_tool timeout coreutils
need_tool flock util-linux
need_tool desktop-file-validate desktop-file-utils
need_tool appstreamcli appstream
need_tool curl curl

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then
        sudo="sudo -n"
    else
        echo "SKIP: installing a package needs root or passwordless sudo"
        exit 77
    fi
fi
export DEBIAN_FRONTEND=noninteractive

# The package name and dpkg are machine-wide: two runs of this test (two build trees on one
# machine) take turns, and apt waits for dpkg's lock instead of failing.
lock=/run/lock/rolloutdesk-deb-install-test.lock
[ -d /run/lock ] || lock=/tmp/rolloutdesk-deb-install-test.lock # minimal containers
exec 9>"$lock"
if ! flock -w 900 9; then
    echo "FAIL: another run of this test kept $lock for 15 minutes" >&2
    exit 1
fi
apt_get=($sudo apt-get -o DPkg::Lock::Timeout=600)

work=$(mktemp -d)
chmod 755 "$work" # apt's unprivileged _apt user reads the .deb from here
sim_pid=""
is_installed() {
    dpkg-query -W -f='${Status}' rolloutdesk 2>/dev/null | grep -q 'install ok installed'
}
purge() {
    "${apt_get[@]}" purge -y -qq rolloutdesk >"$work/purge.log" 2>&1 || {
        cat "$work/purge.log"
        return 1
    }
}
cleanup() {
    if [ -n "$sim_pid" ]; then kill -KILL "$sim_pid" 2>/dev/null || true; fi
    if is_installed; then purge || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

if is_installed; then
    echo "note: rolloutdesk was installed before this test (an earlier run stopped early?); purging it"
    purge
fi

# --- 1. build and inspect the package
cd "$ROLLOUTDESK_BUILD_DIR"
start=$SECONDS
if ! cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack -G DEB"
    finish
fi
pass "cpack -G DEB ($((SECONDS - start)) s)"
deb=$(find "$work/out" -maxdepth 1 -name "rolloutdesk_${ROLLOUTDESK_VERSION}_*.deb" | head -n1)
[ -n "$deb" ] || { fail "no rolloutdesk_${ROLLOUTDESK_VERSION}_*.deb written"; finish; }
pass "wrote $(basename "$deb") ($(stat -c %s "$deb") bytes)"

field() { dpkg-deb -f "$deb" "$1"; }
depends=$(field Depends)
echo "Depends: $depends"
has_dep() { # exact package name, whatever version constraint follows
    tr ',' '\n' <<<"$depends" | awk '{print $1}' | grep -Fxq "$1"
}
for dep in qt6-qpa-plugins libqt6svg6 libqt6sql6-sqlite libc6 libstdc++6 libqt6core6; do
    check "Depends names $dep" has_dep "$dep"
done
if has_program rolloutdesk; then
    for dep in libqt6widgets6 libqt6gui6; do check "Depends names $dep (shlibdeps)" has_dep "$dep"; done
fi
check "Recommends fonts-noto-cjk and qt6-translations-l10n" \
    test "$(field Recommends)" = "fonts-noto-cjk, qt6-translations-l10n"
check "Section is admin" test "$(field Section)" = admin
check "Maintainer is set" bash -c '[[ "$1" == *"<"*"@"*">" ]]' _ "$(field Maintainer)"
check "Version is the project's" test "$(field Version)" = "$ROLLOUTDESK_VERSION"
check "Description has a summary and a long text" test "$(field Description | wc -l)" -ge 3

dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./||' >"$work/deb.files"
for f in $(expected_files); do
    check "package has /usr/$f" grep -qx "usr/$f" "$work/deb.files"
done
check "package installs only under /usr" bash -c '! grep -v "^usr/" "$1" | grep -v "^$" | grep -q .' _ "$work/deb.files"

dpkg-deb -x "$deb" "$work/root"
for prog in $ROLLOUTDESK_PROGRAMS; do
    bin="$work/root/usr/bin/$prog"
    check "$prog is stripped" bash -c 'file -b "$1" | grep -q ", stripped"' _ "$bin"
    runpath=$(readelf -d "$bin" | grep -E 'RUNPATH|RPATH' || true)
    check "$prog has no RUNPATH into the build or source tree" \
        bash -c '! grep -Fq -e "$2" -e "$3" <<<"$1"' _ "$runpath" "$ROLLOUTDESK_BUILD_DIR" "$ROLLOUTDESK_SOURCE_DIR"
done

if [ "$ROLLOUTDESK_BUILD_GUI" = 1 ]; then
    check "packaged desktop entry passes desktop-file-validate" \
        desktop-file-validate "$work/root/usr/share/applications/$APP_ID.desktop"
    check "packaged tree passes appstreamcli validate-tree (metainfo, desktop entry, icons agree)" \
        appstreamcli validate-tree --no-net "$work/root"
fi

# --- 2. install it with apt, as the README says
start=$SECONDS
if "${apt_get[@]}" install -y -q --no-install-recommends "$deb" >"$work/install.log" 2>&1; then
    pass "apt-get install ./$(basename "$deb") ($((SECONDS - start)) s)"
else
    cat "$work/install.log"
    fail "apt-get install ./$(basename "$deb")"
    finish
fi
check "dpkg reports rolloutdesk $ROLLOUTDESK_VERSION installed" \
    test "$(dpkg-query -W -f='${Status} ${Version}' rolloutdesk)" = "install ok installed $ROLLOUTDESK_VERSION"
dpkg -L rolloutdesk >"$work/installed.files"

# The closure of Depends (packages, not virtual names), from dpkg's own database.
apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances rolloutdesk 2>/dev/null | grep -v '^ ' | grep -v '^<' | sed 's/:.*//' |
    sort -u >"$work/closure"
echo "dependency closure: $(wc -l <"$work/closure") packages"
# Every file those packages ship, from dpkg's lists (one read, instead of a dpkg -S per library).
while read -r pkg; do
    for list in /var/lib/dpkg/info/"$pkg".list /var/lib/dpkg/info/"$pkg":*.list; do
        [ -f "$list" ] && cat "$list"
    done
done <"$work/closure" | sort -u >"$work/closure.files"
in_closure() { # is the file shipped by a package of the closure? tries the /lib <-> /usr/lib spellings
    local candidate
    for candidate in "$1" "$(readlink -f "$1")"; do
        case "$candidate" in
        /usr/lib/*) set -- "$@" "$candidate" "${candidate#/usr}" ;;
        /lib/*) set -- "$@" "$candidate" "/usr$candidate" ;;
        *) set -- "$@" "$candidate" ;;
        esac
    done
    shift
    printf '%s\n' "$@" | grep -Fxq -f - "$work/closure.files"
}
check_libs_covered() { # every library that $1 loads comes from a package in the closure
    local lib missing=""
    while read -r lib; do
        in_closure "$lib" || missing+=" $lib ($(dpkg-query -S "$(readlink -f "$lib")" 2>/dev/null | cut -d: -f1 || echo "no package"))"
    done < <(ldd "$1" | grep -o '/[^ ]*' | grep -v '/ld-linux')
    if [ -n "$missing" ]; then
        echo "  not covered by Depends:$missing" >&2
        return 1
    fi
}
for prog in $ROLLOUTDESK_PROGRAMS; do
    check "every library /usr/bin/$prog loads is in the Depends closure" check_libs_covered "/usr/bin/$prog"
done
plugin_covered() { # the plugin file and every library it loads come from packages in the closure
    in_closure "$1" || {
        echo "  $1 is not shipped by a package that Depends pulls in" >&2
        return 1
    }
    check_libs_covered "$1"
}
if has_program rolloutdesk; then
    # The loader cannot see plugins: the platform plugins (offscreen, xcb) and the SVG plugins that
    # draw our scalable icons are loaded by Qt at run time.
    qtplugins=$(dirname "$(dpkg-query -L libqt6gui6 | grep '/plugins/platforms/libqxcb.so$')")/..
    for plugin in platforms/libqxcb.so platforms/libqoffscreen.so imageformats/libqsvg.so iconengines/libqsvgicon.so; do
        check "Qt plugin $plugin and its libraries are in the Depends closure" \
            plugin_covered "$(readlink -f "$qtplugins/$plugin")"
    done
fi

# --- 3. run the installed programs with an empty environment, away from the build tree
mkdir -p "$work/home" "$work/xdg"
chmod 700 "$work/xdg"
cd "$work/home"
clean_env=(env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work/xdg" LANG=C.UTF-8
    QT_QPA_PLATFORM=offscreen)

for prog in $ROLLOUTDESK_PROGRAMS; do
    check "$prog is found on PATH in /usr/bin" test "$("${clean_env[@]}" sh -c "command -v $prog")" = "/usr/bin/$prog"
done

if has_program rolloutdesk-cli; then
    out=$("${clean_env[@]}" timeout 30 rolloutdesk-cli --version 2>&1) && rc=0 || rc=$?
    echo "rolloutdesk-cli --version: $out"
    check "rolloutdesk-cli --version exits 0" test "$rc" -eq 0
    check "rolloutdesk-cli --version prints $ROLLOUTDESK_VERSION" grep -q "rolloutdesk-cli.*$ROLLOUTDESK_VERSION" <<<"$out"
fi

# The app quits by itself ROLLOUTDESK_QUIT_AFTER_MS after it has shown the rollouts, and prints
# "rolloutdesk: N rollout(s) shown"; the env var leaves the desktop entry's command as it is.
run_entry() { # NAME COMMAND [KUBECONFIG]; COMMAND is a desktop entry's Exec, split into words as a launcher does
    local name=$1 cmd=$2 kubeconfig=${3:-$work/no-such-kubeconfig} out rc
    # shellcheck disable=SC2086
    out=$("${clean_env[@]}" KUBECONFIG="$kubeconfig" ROLLOUTDESK_QUIT_AFTER_MS=2000 \
        timeout 150 $cmd 2>&1) && rc=0 || rc=$?
    echo "$out" | tail -n 20
    check "$name ($cmd) ran offscreen and quit by itself (exit status $rc)" test "$rc" -eq 0
    check "$name ($cmd) showed the rollouts" grep -Eq '^rolloutdesk: [1-9][0-9]* rollout\(s\) shown' <<<"$out"
}
if has_program rolloutdesk; then
    desktop=/usr/share/applications/$APP_ID.desktop
    main_exec=$(sed -n '/^\[Desktop Entry\]/,/^\[/{s/^Exec=//p}' "$desktop")
    demo_exec=$(sed -n '/^\[Desktop Action demo\]/,/^\[/{s/^Exec=//p}' "$desktop")
    check "desktop entry's command is rolloutdesk" test "$main_exec" = rolloutdesk
    check "desktop entry's demo action is rolloutdesk --demo" test "$demo_exec" = "rolloutdesk --demo"
    help=$("${clean_env[@]}" timeout 30 rolloutdesk --help 2>&1) && rc=0 || rc=$?
    check "rolloutdesk --help exits 0" test "$rc" -eq 0
    check "rolloutdesk --help documents the automatic quit" grep -q 'ROLLOUTDESK_QUIT_AFTER_MS' <<<"$help"
    out=$("${clean_env[@]}" timeout 30 rolloutdesk --version 2>&1) || true
    check "rolloutdesk --version prints $ROLLOUTDESK_VERSION" grep -q "$ROLLOUTDESK_VERSION" <<<"$out"
    run_entry "the demo action" "$demo_exec"
fi

if has_program rolloutdesk-sim; then
    out=$("${clean_env[@]}" timeout 30 rolloutdesk-sim --help 2>&1) && rc=0 || rc=$?
    check "rolloutdesk-sim --help exits 0" test "$rc" -eq 0
    check "rolloutdesk-sim --help describes --listen" grep -q -- '--listen' <<<"$out"
    "${clean_env[@]}" rolloutdesk-sim --listen 127.0.0.1:0 --kubeconfig-out "$work/sim.kubeconfig" \
        >"$work/sim.out" 2>"$work/sim.err" &
    sim_pid=$!
    url=""
    for _ in $(seq 1 600); do # up to 60 s for the one line with the URL on a loaded machine
        url=$(grep -Eo 'https?://127\.0\.0\.1:[0-9]+' "$work/sim.out" | head -n1 || true)
        [ -n "$url" ] && break
        kill -0 "$sim_pid" 2>/dev/null || break
        sleep 0.1
    done
    check "rolloutdesk-sim prints the URL it serves" test -n "$url"
    if [ -n "$url" ]; then
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 "$url/version" || true)
        check "rolloutdesk-sim answers HTTP at $url (status $code)" bash -c '[[ "$1" =~ ^[1-5][0-9][0-9]$ ]]' _ "$code"
        check "rolloutdesk-sim wrote a kubeconfig" test -s "$work/sim.kubeconfig"
        if has_program rolloutdesk-cli; then
            # The installed console companion against the installed simulator.
            out=$("${clean_env[@]}" timeout 60 rolloutdesk-cli --kubeconfig "$work/sim.kubeconfig" \
                -n spring-petclinic get rollout rollouts-demo --no-color 2>&1) && rc=0 || rc=$?
            echo "$out" | head -n 12
            check "rolloutdesk-cli get rollout against rolloutdesk-sim exits 0 (exit status $rc)" test "$rc" -eq 0
            check "rolloutdesk-cli shows the demo rollout" grep -Eq '^Name: +rollouts-demo' <<<"$out"
        fi
        if has_program rolloutdesk; then
            # The menu entry's plain command, with the user's kubeconfig pointing at the installed sim.
            run_entry "the main entry, connected to rolloutdesk-sim" "$main_exec" "$work/sim.kubeconfig"
        fi
    fi
    kill -TERM "$sim_pid" 2>/dev/null || true
    rc=""
    for _ in $(seq 1 300); do # up to 30 s to shut down
        if ! kill -0 "$sim_pid" 2>/dev/null; then
            wait "$sim_pid" && rc=0 || rc=$?
            break
        fi
        sleep 0.1
    done
    check "rolloutdesk-sim stops on SIGTERM (exit status ${rc:-none})" bash -c '[ "$1" = 0 ] || [ "$1" = 143 ]' _ "$rc"
    [ -n "$rc" ] && sim_pid=""
    [ "$rc" = 0 ] || {
        echo "--- sim stdout"
        cat "$work/sim.out"
        echo "--- sim stderr"
        cat "$work/sim.err"
    }
elif has_program rolloutdesk; then
    # No simulator in this build: the plain command has nothing to connect to and shows its welcome
    # page; it must still be running (timeout's 124) after 15 s.
    "${clean_env[@]}" timeout 15 $main_exec >/dev/null 2>&1 && rc=0 || rc=$?
    check "the main entry ($main_exec) starts and keeps running on its welcome page" test "$rc" -eq 124
fi
cd "$work"

# --- 4. purge, and nothing of it is left
start=$SECONDS
if purge; then pass "apt-get purge rolloutdesk ($((SECONDS - start)) s)"; else fail "apt-get purge rolloutdesk"; fi
check "dpkg no longer lists rolloutdesk" bash -c '! dpkg-query -W -f="\${Status}" rolloutdesk 2>/dev/null | grep -q installed'
left=""
while read -r f; do
    [ -f "$f" ] && left+=" $f"
done <"$work/installed.files"
check "no file of the package is left${left:+:$left}" test -z "$left"
finish
