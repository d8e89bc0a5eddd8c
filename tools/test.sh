#!/bin/sh
# Sets everything up, builds, and runs the whole test suite twice: a normal build with
# warnings as errors, then a build with AddressSanitizer + UndefinedBehaviorSanitizer.
# Long soak and fuzz runs carry the ctest label "long": run them with tools/test.sh long.
set -eu
cd "$(dirname "$0")/.."
tools/setup.sh
labels="-LE long"
[ "${1:-}" = "long" ] && labels=""

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWR_WERROR=ON >/dev/null
cmake --build build -j"$(nproc)"
(cd build && ctest --output-on-failure -j2 $labels)

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DWR_SANITIZE=ON -DWR_WERROR=ON >/dev/null
cmake --build build-asan -j"$(nproc)"
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j2 $labels)
