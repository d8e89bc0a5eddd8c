#!/bin/sh
# system-print.sh BUILD SOURCE OUT -- printing as in a clinic: through the machine's own cupsd,
# set up the way kiosk/CUPS.md tells a clinic to, to a driverless IPP Everywhere printer.
#
# 1. Applies kiosk/CUPS.md's cupsd.conf settings to /etc/cups/cupsd.conf (the original is put
#    back at the end) and starts the system's cupsd as its service does (or restarts the
#    service where systemd runs).
# 2. Starts ippeveprinter (cups-ipp-utils), an IPP Everywhere printer, on a free port on
#    localhost only, keeping every document it receives in OUT/ipp-spool. (Debian builds it with
#    Avahi, so a private D-Bus and an Avahi daemon limited to the loopback interface run too,
#    for as long as the test does.)
# 3. Makes two queues as CUPS.md shows: waitroom-office (lpadmin -m everywhere) and
#    waitroom-receipt (a raw queue, for 80 mm paper).
# 4. Prints a list in English and in Spanish on each queue through the kiosk's print code, and
#    a whole visit from the kiosk (sample pack) on waitroom-office; reads every document that
#    came out back with pdftotext (and pdfinfo for the receipt's width).
# Then removes its queues, stops what it started and restores the configuration.
#
# Needs root (it changes the system's CUPS configuration); exits 77 (skipped, said aloud) when
# not root. Needs cupsd, lpadmin, ippeveprinter, dbus-daemon, avahi-daemon, pdftotext, pdfinfo.
set -u
PATH=$PATH:/usr/sbin:/sbin
build=$1 src=$2 out=$3
fail() {
    echo "system-print: FAIL: $*" >&2
    echo "---- the end of the system cupsd's error log:" >&2
    tail -n 40 /var/log/cups/error_log >&2 2>/dev/null
    cleanup
    exit 1
}
need() {
    command -v "$1" >/dev/null 2>&1 ||
        { echo "system-print: needs $1, from the Debian package $2 (tools/setup.sh installs it)" >&2; exit 1; }
}
need cupsd cups-daemon
need lpadmin cups-client
need ippeveprinter cups-ipp-utils
need dbus-daemon dbus-daemon
need avahi-daemon avahi-daemon
need pdftotext poppler-utils
need pdfinfo poppler-utils
if [ "$(id -u)" -ne 0 ]; then
    echo "system-print: SKIPPED: printing through the system's cupsd changes /etc/cups; run as root"
    exit 77
fi

# One run at a time on this machine: two build trees testing at once would share the one
# system cupsd and /etc/cups. The lock goes when this shell ends.
exec 9>/tmp/waitroom-system-print.lock
flock 9 || { echo "system-print: cannot take /tmp/waitroom-system-print.lock" >&2; exit 1; }

conf=/etc/cups/cupsd.conf
rm -rf "$out" && mkdir -p "$out/ipp-spool" || exit 1
cp -p "$conf" "$out/cupsd.conf.orig" || fail "cannot read $conf"
touch "$out/start"
started_cupsd=0

# The system's cupsd: one started without "-c" (the private test servers all have one).
system_cupsd() {
    for pid in $(pidof cupsd); do
        tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- ' -c ' || echo "$pid"
    done
}

cleanup() {
    trap - EXIT
    for q in waitroom-office waitroom-receipt; do
        lpadmin -x "$q" 2>/dev/null
    done
    for p in ipe avahi dbus; do
        [ -f "$out/$p.pid" ] && kill "$(cat "$out/$p.pid")" 2>/dev/null
    done
    [ -f "$out/cupsd.conf.orig" ] && cp -p "$out/cupsd.conf.orig" "$conf"
    if [ "$started_cupsd" = systemd ]; then
        systemctl restart cups
    elif [ "$started_cupsd" = 1 ]; then
        kill $(system_cupsd) 2>/dev/null
    fi
}
trap cleanup EXIT

# ---- 1. cupsd.conf as kiosk/CUPS.md section 1 has it ----------------------------------------
set_line() { # NAME VALUE: replaces the directive, or adds it
    if grep -q "^$1 " "$conf"; then
        sed -i "s|^$1 .*|$1 $2|" "$conf"
    else
        echo "$1 $2" >>"$conf"
    fi
}
set_line PreserveJobFiles No
set_line PreserveJobHistory No
set_line MaxJobTime 300
set_line ErrorPolicy abort-job
set_line Browsing Off
set_line BrowseLocalProtocols none
set_line DefaultShared No
set_line WebInterface No
set_line LogLevel warn
if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    systemctl restart cups || fail "systemctl restart cups"
    started_cupsd=systemd
else
    pids=$(system_cupsd) && [ -n "$pids" ] && kill $pids && sleep 1
    mkdir -p /run/cups
    cupsd || fail "cupsd did not start"
    started_cupsd=1
fi
i=0
until lpstat -r 2>/dev/null | grep -q 'scheduler is running'; do
    i=$((i + 1))
    [ $i -gt 100 ] && fail "the system's cupsd does not answer"
    sleep 0.1
done
echo "system-print: the system's cupsd $(dpkg-query -W -f '${Version}' cups-daemon) answers on $(lpstat -H)"

# ---- 2. An IPP Everywhere printer on localhost ----------------------------------------------
cat >"$out/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=$out/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="root"/> <allow own="*"/> <allow send_destination="*"/> <allow receive_sender="*"/>
  </policy>
</busconfig>
CONF
printf '[server]\nuse-ipv6=no\nallow-interfaces=lo\n[publish]\n[reflector]\n[rlimits]\n' \
    >"$out/avahi.conf"
dbus-daemon --config-file="$out/bus.conf" --fork --print-pid >"$out/dbus.pid" ||
    fail "cannot start a private dbus-daemon for ippeveprinter's Avahi"
export DBUS_SYSTEM_BUS_ADDRESS="unix:path=$out/bus"
avahi-daemon --no-drop-root --no-chroot --no-rlimits --no-proc-title -f "$out/avahi.conf" \
    >"$out/avahi.log" 2>&1 &
echo $! >"$out/avahi.pid"
port=$((47900 + $$ % 90))
sleep 0.5
ippeveprinter -p "$port" -n localhost -d "$out/ipp-spool" -k -f application/pdf -s 120 \
    -m "waitroom test printer" "waitroom office printer" >"$out/ipe.log" 2>&1 &
echo $! >"$out/ipe.pid"
uri="ipp://localhost:$port/ipp/print"
i=0
until ipptool -q "$uri" get-printer-attributes.test 2>/dev/null; do
    i=$((i + 1))
    [ $i -gt 50 ] && { cat "$out/ipe.log" >&2; fail "ippeveprinter does not answer at $uri"; }
    sleep 0.1
done
echo "system-print: an IPP Everywhere printer answers at $uri"

# ---- 3. The queues, as kiosk/CUPS.md section 3 makes them -----------------------------------
lpadmin -p waitroom-office -E -v "$uri" -m everywhere || fail "lpadmin -m everywhere"
lpadmin -p waitroom-office -o printer-error-policy=abort-job || fail "lpadmin error policy"
lpadmin -p waitroom-receipt -E -v "$uri" -o printer-error-policy=abort-job 2>/dev/null ||
    fail "lpadmin receipt queue"

# ---- 4. Print, and read back what came out --------------------------------------------------
t0=$(date +%s)
newest() { ls -t "$out/ipp-spool" | grep -v '^\.' | head -n 1; }
count=0
came_out() { # WHAT TEXT...: a new document arrived, and holds every TEXT
    what=$1
    shift
    i=0
    while [ "$(ls "$out/ipp-spool" | wc -l)" -le $count ]; do
        i=$((i + 1))
        [ $i -gt 300 ] && fail "$what: nothing reached the printer"
        sleep 0.1
    done
    sleep 0.3 # the printer finishes writing the file
    count=$(ls "$out/ipp-spool" | wc -l)
    file="$out/ipp-spool/$(newest)"
    # One line of words: a narrow receipt wraps lines where an A4 page does not.
    text=$(pdftotext -enc UTF-8 "$file" - 2>/dev/null | tr -s ' \n' '  ') ||
        fail "$what: $file is not a PDF"
    for t in "$@"; do
        printf '%s' "$text" | grep -qF "$t" || fail "$what: \"$t\" is not on the printout"
    done
    echo "system-print: $what came out and reads back ($(( $(date +%s) - t0 )) s)"
    t0=$(date +%s)
}
for q in waitroom-office:a4 waitroom-receipt:receipt; do
    queue=${q%%:*} page=${q#*:}
    "$build/tests/print_one" "$queue" "$page" en || fail "$queue ($page, en) did not print"
    came_out "$queue en" "Questions for my appointment" "Will the quokka 9938 come back?" \
        "My sleep has been poor over the last 2 weeks."
    "$build/tests/print_one" "$queue" "$page" es || fail "$queue ($page, es) did not print"
    came_out "$queue es" "Preguntas para mi cita" "¿Volverá el quokka 9938?" \
        "Duermo mal desde hace 2 semanas."
done
width=$(pdfinfo "$file" | sed -n 's/^Page size: *\([0-9.]*\) x.*/\1/p')
case $width in
    226.* | 227.*) echo "system-print: the receipt is 80 mm wide ($width pt)" ;;
    *) fail "the receipt is $width pt wide, not 80 mm" ;;
esac

# A whole visit at the kiosk, printed on the office printer (without the desk's today slip,
# on by default, which would come out after the list).
printf 'printer = waitroom-office\nprint_timeout = 60\ntoday_slip = no\n' >"$out/kiosk.conf"
env -u CUPS_SERVER SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy "$build/kiosk/waitroom" \
    --headless --scripts "$src/scripts/sample" --config "$out/kiosk.conf" \
    --drive "$src/tests/drive/print_ok.lua" >"$out/kiosk.log" 2>&1 ||
    { cat "$out/kiosk.log" >&2; fail "the kiosk's visit did not print"; }
came_out "the kiosk's list" "Will the quokka 9938 come back?" "Zebra quartz 4471 my own note"
i=0
while left=$(find /var/spool/cups -maxdepth 1 -type f -name 'd*' -newer "$out/start" | wc -l) &&
      [ "$left" -gt 0 ] && [ $i -lt 50 ]; do
    i=$((i + 1))
    sleep 0.2
done
[ "$left" -eq 0 ] || fail "$left of our documents are left in /var/spool/cups"
echo "system-print: /var/spool/cups holds no document after printing"
cleanup
echo "system-print: ok"
exit 0
