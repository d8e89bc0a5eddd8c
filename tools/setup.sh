#!/bin/sh
# Installs the Debian packages waitroom needs to build, run and test (clang for the fuzzer),
# when any is missing.
# Runs apt-get as root (directly, or through sudo).
set -eu

PACKAGES="build-essential cmake pkg-config git
libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev liblua5.4-dev
libcairo2-dev libpango1.0-dev libfribidi-dev libfontconfig-dev libcups2-dev libespeak-ng-dev
cups-daemon cups-client cups-filters poppler-utils
xvfb xauth valgrind strace clang libclang-rt-14-dev"

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
