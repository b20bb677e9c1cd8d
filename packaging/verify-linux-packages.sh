#!/usr/bin/env bash
# Builds the Linux packages from a configured and built build directory and
# checks them end to end:
#   1. cpack -G DEB and -G RPM
#   2. contents (dpkg-deb -c, rpm -qlp) and dependencies (Depends, Requires)
#   3. desktop-file-validate, appstreamcli validate --no-net, the version in
#      the metainfo releases, the Debian changelog and the package
#   4. apt-get install of the .deb on this machine (dependencies resolved),
#      the installed portfolio-links --version, then a start offscreen that
#      must still be running after 5 s; the installed portfolio-links-cli
#      --version, and its check against a started reference backend
#      (tests/reference-server, /usr/bin/python3 with Django)
#   5. apt-get remove, and every file of the package gone
#   6. lintian: no errors (warnings are printed, not fatal)
#
#   packaging/verify-linux-packages.sh build/release
#
# Needs root (it installs a package) and Debian's dpkg-dev, rpm, lintian,
# desktop-file-utils, appstream and file (scripts/install-deps installs them).
# Exits 77 (ctest: skipped) when not root or not on an apt system.
# If portfolio-links was installed before, it is replaced and then removed.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 <build-dir>" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
source_dir=$(cd "$(dirname "$0")/.." && pwd)
skip=77

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: installs a package, so it runs as root only." >&2
    exit $skip
fi
if ! command -v apt-get >/dev/null || ! command -v dpkg >/dev/null; then
    echo "SKIP: needs a Debian-like system (apt-get, dpkg)." >&2
    exit $skip
fi
missing=()
for tool in cpack dpkg-deb dpkg-shlibdeps rpmbuild rpm lintian desktop-file-validate appstreamcli file; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -ne 0 ]; then
    echo "FAIL: missing tools: ${missing[*]} (bash scripts/install-deps installs them)" >&2
    exit 1
fi
[ -f "$build/CPackConfig.cmake" ] || { echo "FAIL: $build is not a configured build directory" >&2; exit 1; }

failures=0
step() { printf '\n== %s\n' "$*"; }
pass() { printf '   ok: %s\n' "$*"; }
fail() { printf '   FAIL: %s\n' "$*" >&2; failures=$((failures + 1)); }
check() { # check <description> <command...>; the command's output is indented
    local what=$1 output status=0
    shift
    output=$("$@" 2>&1) || status=$?
    if [ "$status" -eq 0 ]; then pass "$what"; else fail "$what"; fi
    if [ -n "$output" ]; then printf '%s\n' "$output" | sed 's/^/      /'; fi
}

app_id=org.portfoliolinks.PortfolioLinks
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[ -n "$version" ] || { echo "FAIL: no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake" >&2; exit 1; }
out="$build/packages"
work=$(mktemp -d)
installed_by_us=0
cleanup() {
    if [ "$installed_by_us" = 1 ] && dpkg-query -W -f='${Status}' portfolio-links 2>/dev/null | grep -q 'ok installed'; then
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -q portfolio-links >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "Packages of portfolio-links $version from $build"
rm -rf "$out"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$work/cpack-deb.log" 2>&1 \
    || { cat "$work/cpack-deb.log" >&2; echo "FAIL: cpack -G DEB" >&2; exit 1; }
cpack --config "$build/CPackConfig.cmake" -G RPM -B "$out" >"$work/cpack-rpm.log" 2>&1 \
    || { cat "$work/cpack-rpm.log" >&2; echo "FAIL: cpack -G RPM" >&2; exit 1; }
deb=$(ls "$out"/portfolio-links_"$version"_*.deb)
rpm_file=$(ls "$out"/portfolio-links-"$version"-*.rpm)
for package in "$deb" "$rpm_file"; do
    printf '   %s  %s bytes\n' "$(basename "$package")" "$(stat -c %s "$package")"
done

# Files both packages must hold (paths under /usr).
expected=(
    /usr/bin/portfolio-links
    /usr/bin/portfolio-links-cli
    /usr/share/applications/$app_id.desktop
    /usr/share/metainfo/$app_id.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg
    /usr/share/man/man1/portfolio-links.1.gz
    /usr/share/man/man1/portfolio-links-cli.1.gz
    /usr/share/bash-completion/completions/portfolio-links-cli
    /usr/share/zsh/vendor-completions/_portfolio-links-cli
    /usr/share/doc/portfolio-links/copyright
    /usr/share/doc/portfolio-links/Vazirmatn-OFL.txt
)
for size in 16 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done

step ".deb: control fields and contents"
dpkg-deb -f "$deb" Package Version Architecture Maintainer Depends Recommends Section | sed 's/^/   /'
deb_files=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\.||')
for path in "${expected[@]}"; do
    check "deb has $path" grep -qxF "$path" <<<"$deb_files"
done
check "deb version is $version" test "$(dpkg-deb -f "$deb" Version)" = "$version"
depends=$(dpkg-deb -f "$deb" Depends)
for library in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6keychain1 qt6-qpa-plugins libqt6sql6-sqlite libfontconfig1 libc6; do
    check "deb depends on $library" grep -qE "(^|, )$library( |,|$)" <<<"$depends"
done

step ".rpm: header and contents"
rpm -qp --qf '   Name: %{NAME}\n   Version: %{VERSION}-%{RELEASE}\n   License: %{LICENSE}\n' "$rpm_file"
rpm_files=$(rpm -qlp "$rpm_file")
for path in "${expected[@]}"; do
    check "rpm has $path" grep -qxF "$path" <<<"$rpm_files"
done
check "rpm version is $version" test "$(rpm -qp --qf '%{VERSION}' "$rpm_file")" = "$version"
check "rpm licence is MIT" grep -q '^MIT' <<<"$(rpm -qp --qf '%{LICENSE}' "$rpm_file")"
check "rpm changelog is at $version" \
    grep -qE -- "- $version-[0-9]+\$" <(rpm -qp --changelog "$rpm_file" | head -1)
requires=$(rpm -qp --requires "$rpm_file")
printf '   Requires (sonames): %s\n' "$(grep -v '^rpmlib(' <<<"$requires" | sed 's/(.*//' | sort -u | tr '\n' ' ')"
for soname in libQt6Core.so.6 libQt6Gui.so.6 libQt6Widgets.so.6 libQt6Network.so.6 libQt6Sql.so.6 libqt6keychain.so.1 libfontconfig.so.1; do
    check "rpm requires $soname (automatic)" grep -qxF "$soname()(64bit)" <<<"$requires"
done

step "Desktop integration, as packaged"
dpkg-deb -x "$deb" "$work/root"
check "desktop-file-validate" desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop"
check "appstreamcli validate --no-net" appstreamcli validate --no-net "$work/root/usr/share/metainfo/$app_id.metainfo.xml"
check "appstreamcli validate-tree --no-net (metainfo with its desktop file)" appstreamcli validate-tree --no-net "$work/root"
check "metainfo id is $app_id" grep -qF "<id>$app_id</id>" "$work/root/usr/share/metainfo/$app_id.metainfo.xml"
check "metainfo launchable is $app_id.desktop" \
    grep -qF "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$work/root/usr/share/metainfo/$app_id.metainfo.xml"
check "metainfo has a release $version" grep -qE "<release version=\"$version\"" "$work/root/usr/share/metainfo/$app_id.metainfo.xml"
check "desktop file Icon is $app_id" grep -qxF "Icon=$app_id" "$work/root/usr/share/applications/$app_id.desktop"
check "desktop file Exec is portfolio-links" grep -qE '^Exec=portfolio-links( |$)' "$work/root/usr/share/applications/$app_id.desktop"
check "Debian changelog is at $version" \
    grep -qE "^portfolio-links \($version\) " <(zcat "$work/root/usr/share/doc/portfolio-links/changelog.gz")
for size in 16 32 48 64 128 256; do
    check "icon ${size}x${size} is a ${size} x ${size} PNG" \
        grep -qF "PNG image data, $size x $size" <(file "$work/root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
check "executable is stripped" grep -q ', stripped' <(file "$work/root/usr/bin/portfolio-links")
check "command line is stripped" grep -q ', stripped' <(file "$work/root/usr/bin/portfolio-links-cli")
for binary in portfolio-links portfolio-links-cli; do
    # Debian's libraries only: a RUNPATH would send the loader to other folders first.
    check "$binary has no RUNPATH" bash -c "! objdump -p '$work/root/usr/bin/$binary' | grep -qE 'RUNPATH|RPATH'"
done
check "command line links no widgets" bash -c "! objdump -p '$work/root/usr/bin/portfolio-links-cli' | grep -q 'NEEDED.*libQt6Widgets'"
check "bash completion parses" bash -n "$work/root/usr/share/bash-completion/completions/portfolio-links-cli"

step "Install the .deb with apt-get"
if dpkg-query -W -f='${Status}' portfolio-links 2>/dev/null | grep -q 'ok installed'; then
    echo "   note: portfolio-links $(dpkg-query -W -f='${Version}' portfolio-links) was installed; it is replaced and removed"
fi
installed_by_us=1
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >"$work/apt-install.log" 2>&1; then
    cat "$work/apt-install.log" >&2
    echo "FAIL: apt-get install $deb" >&2
    exit 1
fi
pass "apt-get install ./$(basename "$deb")"
check "dpkg says portfolio-links $version is installed" \
    test "$(dpkg-query -W -f='${Status} ${Version}' portfolio-links)" = "install ok installed $version"
check "/usr/bin/portfolio-links is executable" test -x /usr/bin/portfolio-links
version_output=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/portfolio-links --version 2>&1) || true
printf '   --version: %s\n' "$version_output"
check "installed --version prints $version" grep -qE "(^| )$version\$" <<<"$version_output"

# Started offscreen with a token from the environment and an unreachable
# server (port 9, discard): no connection dialog; it must reach its event loop
# and still be running when timeout stops it (exit code 124).
mkdir -p "$work/home"
status=0
env -u DISPLAY -u WAYLAND_DISPLAY HOME="$work/home" \
    XDG_CONFIG_HOME="$work/home/config" XDG_CACHE_HOME="$work/home/cache" XDG_DATA_HOME="$work/home/data" \
    XDG_RUNTIME_DIR="$work/home/runtime" DBUS_SESSION_BUS_ADDRESS=disabled: \
    QT_QPA_PLATFORM=offscreen PORTFOLIO_LINKS_TOKEN=x \
    timeout 5 /usr/bin/portfolio-links --server http://127.0.0.1:9/ >"$work/run.log" 2>&1 || status=$?
check "installed app still running after 5 s offscreen (timeout exit 124, got $status)" test "$status" -eq 124
if grep -qiE 'fatal|could not (load|find) the qt platform plugin|failed to start|segmentation fault|sanitizer|error while loading shared libraries' "$work/run.log"; then
    fail "installed app printed something fatal:"
    sed 's/^/      /' "$work/run.log" >&2
else
    pass "installed app printed nothing fatal"
    sed 's/^/      /' "$work/run.log"
fi

# The command line, installed beside the app: its version, then `check`
# against the reference backend started here (its ready line names the URL
# and the tokens).
check "/usr/bin/portfolio-links-cli is executable" test -x /usr/bin/portfolio-links-cli
cli_version=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/portfolio-links-cli --version 2>&1) || true
printf '   portfolio-links-cli --version: %s\n' "$cli_version"
check "installed portfolio-links-cli --version prints $version" grep -qxE "portfolio-links-cli $version" <<<"$cli_version"
mkdir -p "$work/backend"
/usr/bin/python3 "$source_dir/tests/reference-server/serve.py" --data-dir "$work/backend" >"$work/backend.out" 2>"$work/backend.err" &
backend_pid=$!
for _ in $(seq 100); do
    [ -s "$work/backend/ready.json" ] && break
    sleep 0.1
done
if [ -s "$work/backend/ready.json" ]; then
    base_url=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["base_url"])' "$work/backend/ready.json")
    backend_token=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["tokens"]["staff"])' "$work/backend/ready.json")
    cli_status=0
    env -u DISPLAY -u WAYLAND_DISPLAY HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" \
        XDG_CACHE_HOME="$work/home/cache" DBUS_SESSION_BUS_ADDRESS=disabled: PORTFOLIO_LINKS_TOKEN="$backend_token" \
        timeout 30 /usr/bin/portfolio-links-cli --server "$base_url" --portfolio 1 --format table check \
        >"$work/cli-check.log" 2>&1 || cli_status=$?
    sed 's/^/      /' "$work/cli-check.log"
    check "installed portfolio-links-cli check against the reference backend exits 0 (got $cli_status)" test "$cli_status" -eq 0
    check "its check found the token accepted" grep -q 'Token: accepted' "$work/cli-check.log"
    check "the token is not in its output" bash -c "! grep -qF '$backend_token' '$work/cli-check.log'"
else
    fail "reference backend did not start (tests/reference-server/serve.py):"
    sed 's/^/      /' "$work/backend.err" >&2
fi
kill "$backend_pid" 2>/dev/null || true
wait "$backend_pid" 2>/dev/null || true

step "Remove it with apt-get"
dpkg-query -L portfolio-links >"$work/installed-paths"
if DEBIAN_FRONTEND=noninteractive apt-get remove -y -q portfolio-links >"$work/apt-remove.log" 2>&1; then
    pass "apt-get remove -y portfolio-links"
else
    cat "$work/apt-remove.log" >&2
    fail "apt-get remove -y portfolio-links"
fi
installed_by_us=0
check "/usr/bin/portfolio-links is gone" test ! -e /usr/bin/portfolio-links
check "/usr/bin/portfolio-links-cli is gone" test ! -e /usr/bin/portfolio-links-cli
check "dpkg no longer lists portfolio-links as installed" \
    bash -c "! dpkg-query -W -f='\${Status}' portfolio-links 2>/dev/null | grep -q 'ok installed'"
left=()
while IFS= read -r path; do
    if [ -f "$path" ] || [ -L "$path" ]; then left+=("$path"); fi
done <"$work/installed-paths"
check "no file of the package left behind${left[*]:+ (left: ${left[*]})}" test ${#left[@]} -eq 0

step "lintian $(basename "$deb")"
lintian_status=0
lintian --fail-on error --display-info "$deb" >"$work/lintian.log" 2>&1 || lintian_status=$?
grep -v '^running with root privileges is not recommended!$' "$work/lintian.log" | sed 's/^/   /'
errors=$(grep -c '^E: ' "$work/lintian.log" || true)
warnings=$(grep -c '^W: ' "$work/lintian.log" || true)
infos=$(grep -c '^I: ' "$work/lintian.log" || true)
printf '   summary: %s errors, %s warnings, %s info\n' "$errors" "$warnings" "$infos"
check "lintian reports no errors" test "$lintian_status" -eq 0 -a "$errors" -eq 0

echo
if [ "$failures" -ne 0 ]; then
    echo "FAILED: $failures checks (packages are in $out)" >&2
    exit 1
fi
echo "All packaging checks passed; packages are in $out"
