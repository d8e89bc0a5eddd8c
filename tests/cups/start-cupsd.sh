#!/bin/sh
# start-cupsd.sh DIR PORT -- start a private, throwaway cupsd for the print tests.
#
# Writes a ServerRoot in DIR (which it creates; DIR must not be a system directory), starts
# cupsd listening on 127.0.0.1:PORT only, waits until the scheduler answers, and creates the
# queues the tests use:
#   good       the PDF goes unchanged to DIR/out/good.pdf (a raw queue, no filters)
#   desk       like good, to DIR/out/desk.pdf: the desk's slip printer
#   disabled   like good, but stopped (cupsdisable)
#   rejecting  like good, but not accepting jobs (cupsreject)
#   paperout   reports media-empty-error and fails the job, as a receipt printer would
#   broken     fails the job
#   slow       never finishes (for the timeout)
# All use the test backend wrtest (test-backend.sh): a raw queue with a file: device writes
# nothing in CUPS 2.4, because the scheduler only opens the file for a filter's output.
# There is deliberately no queue named "missing".
# Clients reach it with CUPS_SERVER=127.0.0.1:PORT. Stop it with stop-cupsd.sh DIR.
# Needs: cupsd, lpadmin, lpstat, cupsdisable, cupsreject (Debian: cups, cups-client).
set -eu
PATH=$PATH:/usr/sbin:/sbin

if [ $# -ne 2 ]; then
    echo "usage: $0 DIR PORT" >&2
    exit 2
fi
dir=$1
port=$2
here=$(cd "$(dirname "$0")" && pwd)

case $dir in
    /|/etc*|/usr*|/var/spool/cups*|/run/cups*) echo "$0: refusing to use $dir" >&2; exit 2 ;;
esac

# A stale server from an earlier run is stopped first; its files are then thrown away. A
# folder that holds anything else is left alone.
if [ -e "$dir" ] && [ -n "$(ls -A "$dir")" ] &&
   ! grep -qs 'Private cupsd for the waitroom print tests' "$dir/cupsd.conf"; then
    echo "$0: $dir is not empty and not a test server's folder; refusing to replace it" >&2
    exit 2
fi
if [ -f "$dir/cupsd.pid" ]; then
    "$here/stop-cupsd.sh" "$dir" || true
fi
if lpstat -h "127.0.0.1:$port" -r 2>/dev/null | grep -q 'scheduler is running'; then
    echo "$0: another print server already answers on 127.0.0.1:$port; choose another port" >&2
    exit 1
fi
rm -rf "$dir"
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
mkdir -p "$dir/out" "$dir/log" "$dir/spool/tmp" "$dir/state" "$dir/cache" "$dir/ppd" \
         "$dir/bin/backend"
chmod 0755 "$dir" "$dir/bin" "$dir/bin/backend"

# ServerBin: the system's filters and helpers, plus our test backends next to the real ones.
sysbin=/usr/lib/cups
for sub in cgi-bin daemon filter monitor notifier driver; do
    [ -d "$sysbin/$sub" ] && ln -s "$sysbin/$sub" "$dir/bin/$sub"
done
for b in "$sysbin"/backend/*; do
    ln -s "$b" "$dir/bin/backend/$(basename "$b")"
done
# Mode 0700 makes cupsd run it as root, so it can read the spool even when DIR lies under a
# folder the lp user cannot enter (a CI checkout in /root, say).
install -m 0700 "$here/test-backend.sh" "$dir/bin/backend/wrtest"

cat > "$dir/cupsd.conf" <<CONF
# Private cupsd for the waitroom print tests. Nothing here is meant for a real kiosk.
Listen 127.0.0.1:$port
Browsing Off
BrowseLocalProtocols none
DefaultShared No
WebInterface No
LogLevel warn
MaxLogSize 0
PreserveJobFiles No
PreserveJobHistory No
MaxJobTime 60
ErrorPolicy abort-job
DefaultAuthType None
<Location />
  Order allow,deny
  Allow 127.0.0.1
</Location>
<Policy default>
  JobPrivateAccess default
  JobPrivateValues default
  SubscriptionPrivateAccess default
  SubscriptionPrivateValues default
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF

# FileDevice lets other tests add file: queues (with a driver: see the note at the top).
# There is no Sandboxing line: that setting only means something on macOS.
cat > "$dir/cups-files.conf" <<CONF
FileDevice Yes
ServerRoot $dir
ServerBin $dir/bin
StateDir $dir/state
RequestRoot $dir/spool
TempDir $dir/spool/tmp
CacheDir $dir/cache
AccessLog $dir/log/access_log
ErrorLog $dir/log/error_log
PageLog $dir/log/page_log
User lp
Group lp
SystemGroup root
CONF

cupsd -c "$dir/cupsd.conf" -s "$dir/cups-files.conf" -f >"$dir/log/cupsd.out" 2>&1 &
echo $! > "$dir/cupsd.pid"

export CUPS_SERVER=127.0.0.1:$port
tries=0
until lpstat -h "127.0.0.1:$port" -r 2>/dev/null | grep -q 'scheduler is running'; do
    tries=$((tries + 1))
    if [ $tries -gt 100 ] || ! kill -0 "$(cat "$dir/cupsd.pid")" 2>/dev/null; then
        echo "$0: cupsd did not start; see $dir/log" >&2
        cat "$dir/log/cupsd.out" "$dir/log/error_log" >&2 2>/dev/null || true
        exit 1
    fi
    sleep 0.1
done
if ! kill -0 "$(cat "$dir/cupsd.pid")" 2>/dev/null; then
    echo "$0: cupsd stopped right after starting; see $dir/log" >&2
    exit 1
fi

addq() { # name device-uri
    lpadmin -h "127.0.0.1:$port" -p "$1" -v "$2" -E 2>"$dir/log/lpadmin.err" || {
        cat "$dir/log/lpadmin.err" >&2
        exit 1
    }
}
addq good "wrtest:/good"
addq desk "wrtest:/desk"
addq disabled "wrtest:/disabled"
addq rejecting "wrtest:/rejecting"
addq paperout "wrtest:/paperout"
addq broken "wrtest:/broken"
addq slow "wrtest:/slow"
cupsdisable -h "127.0.0.1:$port" disabled
cupsreject -h "127.0.0.1:$port" rejecting
echo "cupsd running on 127.0.0.1:$port (ServerRoot $dir)"
