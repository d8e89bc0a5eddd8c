#!/bin/sh
# Sets everything up, builds, and runs the kiosk in a window on the shipped scripts.
# Extra arguments go to waitroom (e.g. --config kiosk/example.conf).
set -eu
cd "$(dirname "$0")/.."
tools/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
exec build/kiosk/waitroom --windowed --scripts scripts/clinic --config kiosk/example.conf "$@"
