#!/bin/sh
# The systemd unit as installed: `systemd-analyze verify` must print nothing, and
# `systemd-analyze security` must rate it SAFE or OK (its score is printed for the CI log).
# usage: unit.sh CONFIGURED_UNIT WAITROOM_EXE WAITROOM_AFTER
# The unit's ExecStart paths point where the package installs; here they are pointed at the
# build tree's files, which verify wants to exist.
set -eu
unit=$1 exe=$2 after=$3
command -v systemd-analyze >/dev/null || { echo "systemd-analyze missing (apt-get install systemd)"; exit 1; }
dir=$(mktemp -d /tmp/wr-unit-XXXXXX)
trap 'rm -rf "$dir"' EXIT
sed -e "s#^ExecStart=[^ ]*waitroom #ExecStart=$exe #" \
    -e "s#^ExecStopPost=+.*#ExecStopPost=+$after#" "$unit" > "$dir/waitroom.service"
out=$(systemd-analyze verify --man=no "$dir/waitroom.service" 2>&1) || { echo "$out"; exit 1; }
if [ -n "$out" ]; then
    echo "systemd-analyze verify is not clean:"; echo "$out"; exit 1
fi
echo "systemd-analyze verify: clean"
sec=$(systemd-analyze security --offline=yes "$dir/waitroom.service" 2>&1) || { echo "$sec"; exit 1; }
echo "$sec" | grep -v '^✓'
score=$(echo "$sec" | sed -n 's/.*Overall exposure level for waitroom.service: \([0-9.]*\) \([A-Z]*\).*/\1 \2/p')
echo "systemd-analyze security: $score"
case "$score" in
    *SAFE|*OK) exit 0 ;;
    *) echo "the unit's exposure is not SAFE or OK"; exit 1 ;;
esac
