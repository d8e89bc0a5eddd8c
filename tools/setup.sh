#!/bin/sh
# Installs the Debian packages waitroom needs to build, run and test, when any is missing,
# and nothing else. Runs apt-get as root (directly, or through sudo). Each test that runs an
# outside program fails naming its package when the program is missing (tests/CMakeLists.txt).
set -eu

# To build: the compiler, CMake, and the libraries' development files (and `file`, which
# CPack's dependency computation for the .deb runs).
BUILD="build-essential cmake pkg-config file
libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev liblua5.4-dev
libcairo2-dev libpango1.0-dev libfribidi-dev libfontconfig-dev libcups2-dev libespeak-ng-dev
libsystemd-dev libsodium-dev"
# To test: the print servers and printers the print tests use (cupsd with its filters, an IPP
# Everywhere printer, which Debian builds with Avahi, so a private D-Bus and Avahi daemon),
# pdftotext to read printouts, Xvfb for the windowed kiosk (xvfb-run needs xauth; xdotool types
# into it for the RAM scan), valgrind, strace, and clang with its runtime for the fuzzer;
# systemd for systemd-analyze (the unit's checks).
TEST="cups-daemon cups-client cups-filters cups-ipp-utils dbus-daemon avahi-daemon poppler-utils
xvfb xauth xdotool valgrind strace clang libclang-rt-14-dev systemd"
PACKAGES="$BUILD $TEST"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

echo "waitroom: installing:$missing"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
