#!/bin/sh
# stop-cupsd.sh DIR -- stop the private cupsd that start-cupsd.sh started in DIR.
# Only the process whose id start-cupsd.sh recorded is signalled, and only if it is a cupsd.
# DIR itself is kept (its logs help when a test failed); start-cupsd.sh replaces it.
set -u
if [ $# -ne 1 ]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi
pidfile=$1/cupsd.pid
[ -f "$pidfile" ] || exit 0
pid=$(cat "$pidfile")
if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = cupsd ] && kill "$pid" 2>/dev/null; then
    i=0
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do
        sleep 0.1
        i=$((i + 1))
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
fi
rm -f "$pidfile"
exit 0
