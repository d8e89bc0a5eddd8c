#!/bin/sh
# Builds the Debian packages into dist/: waitroom_<version>_<arch>.deb and
# waitroom-pack-clinic_<version>_all.deb (CPack; dependencies from dpkg-shlibdeps).
# Needs the build packages of tools/setup.sh and dpkg-dev. Usage: tools/deb.sh [OUTDIR]
set -eu
cd "$(dirname "$0")/.."
out=${1:-dist}
cmake -S . -B build-deb -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
cmake --build build-deb -j"$(nproc)" --target waitroom waitroom-print
(cd build-deb && cpack -G DEB >/dev/null)
mkdir -p "$out"
cp build-deb/*.deb "$out"/
ls "$out"/*.deb
