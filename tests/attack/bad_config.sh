#!/bin/sh
# A --config that is not a plain UTF-8 text file is named with a clear message (and the
# line): a folder, a pipe (which must not make the kiosk wait), a device, a NUL byte,
# bytes that are not UTF-8, a control character.
# usage: bad_config.sh WAITROOM SCRIPTS WORKDIR
set -eu
exe=$1 scripts=$2 work=$3
rm -rf "$work"
mkdir -p "$work"
cd "$work"
echo 'expect_screen "attract"' > drive.lua
fail=0

# says CONFIG LINE: the kiosk started with --config CONFIG logs LINE (the whole file is
# unusable: every setting keeps its default) and still reaches the attract screen
says() {
    out=$(timeout 20 "$exe" --headless --scripts "$scripts" --config "$1" --drive drive.lua 2>&1) &&
        rc=0 || rc=$?
    if [ "$rc" -eq 0 ] && printf '%s\n' "$out" | grep -qxF "waitroom: $2 (the default is used)"; then
        echo "ok   $1: $2"
    else
        echo "FAIL $1: wanted the line: $2"; printf '%s\n' "$out" | head -5; fail=1
    fi
}

mkdir folder.conf
says folder.conf "folder.conf: the configuration file is not a plain file (a folder, a pipe or a device)"
mkfifo pipe.conf
says pipe.conf "pipe.conf: the configuration file is not a plain file (a folder, a pipe or a device)"
says /dev/zero "/dev/zero: the configuration file is not a plain file (a folder, a pipe or a device)"
{ printf 'idle_seconds = 60\nstaff_pin = 12'; printf '\000'; printf '34\n'; } > nul.conf
says nul.conf "nul.conf:2: the configuration holds a NUL byte: it must be plain UTF-8 text"
printf '# Caf\351 du coin\nidle_seconds = 60\n' > latin1.conf
says latin1.conf "latin1.conf:1: the configuration holds bytes that are not UTF-8: it must be plain UTF-8 text"
printf 'idle_seconds = 60\n\nprinter = desk\033[2J\n' > control.conf
says control.conf "control.conf:3: the configuration holds a control character (U+001B): it must be plain UTF-8 text"
exit $fail
