#!/bin/sh
# No D-Bus and no other IPC: the real kiosk, in a window under Xvfb (run this with
# xvfb-run) and then headless printing a whole journey, runs under strace. It may run no
# program but its print worker (waitroom-print), and its sockets may only reach the X
# server (AF_UNIX, /tmp/.X11-unix) or CUPS (its unix socket, or CUPS_SERVER).
# usage: no_ipc.sh WAITROOM SAMPLE_PACK PRINT_DRIVE TYPING_PACK WORKDIR
set -eu
exe=$1 sample=$2 drive=$3 typing=$4 work=$5
rm -rf "$work"
mkdir -p "$work/print"
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0" # LeakSanitizer cannot run under ptrace
trace="-f -qq -e trace=execve,socket,connect"

# 1. the window: a tap, some typing and the read aloud key (F1 by default: the screen is
#    spoken through SDL's audio), then staff-free shutdown by SIGTERM
strace $trace -o "$work/window" "$exe" --windowed --scripts "$typing" --size 800x480 \
    > "$work/window.out" 2>&1 &
st=$!
xdotool search --sync --onlyvisible --name '^waitroom$' > /dev/null
sleep 1
xdotool search --name '^waitroom$' windowfocus mousemove --window %1 400 240 click 1
sleep 0.5
xdotool type --delay 30 'Hello there'
sleep 0.5
xdotool search --name '^waitroom$' windowfocus key F1
sleep 1.5
kill -TERM $(pgrep -P $st) 2>/dev/null || true
wait $st || true

# 2. headless: a whole journey with a printout, so that the print worker runs
SDL_VIDEODRIVER=dummy strace $trace -o "$work/print-run" "$exe" --headless \
    --scripts "$sample" --drive "$drive" --print-to "$work/print" > "$work/print.out" 2>&1
ls "$work/print" | grep -q '^list-1\.pdf$' || { echo "the printout was not made"; exit 1; }

cat "$work/window" "$work/print-run" > "$work/all"
fail=0
# every program run: the kiosk itself (the first exec) and waitroom-print, nothing else
progs=$(grep -E 'execve\(' "$work/all" | grep -v ' = -1 ' | sed -E 's/.*execve\("([^"]*)".*/\1/' |
        sort -u)
for p in $progs; do
    case "$p" in
    "$exe"|*/waitroom-print) ;;
    *) echo "ran a program: $p"; fail=1 ;;
    esac
done
tried=$(grep -E 'execve\(' "$work/all" | grep ' = -1 ' | grep -v '/waitroom-print"' || true)
[ -z "$tried" ] || { echo "tried to run:"; echo "$tried" | head -5; fail=1; }
grep -q 'waitroom-print' "$work/all" || { echo "the print worker never ran"; fail=1; }
# every socket: AF_UNIX only; every connect: the X server or CUPS
bad=$(grep -E ' socket\(' "$work/all" | grep -v 'socket(AF_UNIX' || true)
[ -z "$bad" ] || { echo "a socket other than AF_UNIX:"; echo "$bad"; fail=1; }
cups=${CUPS_SERVER:-/run/cups/cups.sock}
bad=$(grep -E ' connect\(' "$work/all" | grep -v -F '/tmp/.X11-unix/X' | grep -v -F "$cups" || true)
[ -z "$bad" ] || { echo "a connection to something else:"; echo "$bad"; fail=1; }
grep -q 'X11-unix' "$work/window" || { echo "the window never reached the X server"; fail=1; }
[ $fail -eq 0 ] && echo "no D-Bus, no program but waitroom-print, sockets to X and CUPS only"
exit $fail
