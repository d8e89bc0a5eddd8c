#!/bin/sh
# Packs that git cannot hold, made here: a pipe, a device, a file over 4 MiB, a strings
# folder or a string table that is a link, a string table that is a pipe. Each must be refused by --check with E009 and its file, in under
# 5 s (a pipe must not make the loader wait), and the kiosk must show its calm error screen.
# usage: special_files.sh WAITROOM WORKDIR ATTACK_LOAD_DRIVE
set -eu
exe=$1 work=$2 drive=$3
rm -rf "$work"
mkdir -p "$work"
cd "$work"
head='meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }'
fail=0

# make_pack NAME: a sound pack NAME/main.lua
make_pack() {
    mkdir -p "$1"
    printf '%s\n' "$head" > "$1/main.lua"
}

# refused NAME EXPECTED: --check NAME fails within 5 s with the line EXPECTED, and the
# kiosk shows the error screen
refused() {
    start=$(date +%s%N)
    out=$(timeout 10 "$exe" --check "$1" 2>&1) && rc=0 || rc=$?
    took=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ "$rc" -ne 1 ] || ! printf '%s\n' "$out" | grep -qxF "$2" || [ "$took" -ge 5000 ]; then
        echo "FAIL $1 (exit $rc, $took ms): wanted the line: $2"; echo "$out"; fail=1
    else
        echo "ok   $1: refused in $took ms: $2"
    fi
    if ! timeout 20 "$exe" --headless --scripts "$1" --drive "$drive" >drive.out 2>&1; then
        echo "FAIL $1: the kiosk did not show its calm error screen"; cat drive.out; fail=1
    fi
}

make_pack attack_fifo
mkfifo attack_fifo/pipe.lua
refused attack_fifo \
    "attack_fifo/pipe.lua: E009: is not a plain file (a folder, a pipe or a device); a pack holds plain files only"

make_pack attack_big
truncate -s 5M attack_big/big.lua
refused attack_big "attack_big/big.lua: E009: is over 4 MiB; a script must be smaller"

make_pack attack_dev_link
ln -s /dev/zero attack_dev_link/zero.lua
refused attack_dev_link "attack_dev_link/zero.lua: E009: is a link; a pack holds plain files only"

make_pack attack_folder_link
mkdir -p outside/strings
printf 'msgid ""\nmsgstr "Language: es\\n"\n' > outside/strings/es.po
ln -s ../outside/strings attack_folder_link/strings
refused attack_folder_link \
    "attack_folder_link/strings: E009: is a link; a pack holds plain files and folders only"

make_pack attack_po_link
mkdir -p attack_po_link/strings
ln -s ../../outside/strings/es.po attack_po_link/strings/es.po
refused attack_po_link "attack_po_link/strings/es.po: E009: is a link; a pack holds plain files only"

make_pack attack_po_fifo
mkdir -p attack_po_fifo/strings
mkfifo attack_po_fifo/strings/es.po
refused attack_po_fifo \
    "attack_po_fifo/strings/es.po: E009: is not a plain file (a folder, a pipe or a device); a pack holds plain files only"

if [ "$(id -u)" -eq 0 ] && mknod attack_device_null.tmp c 1 3 2>/dev/null; then
    make_pack attack_device
    mv attack_device_null.tmp attack_device/null.lua
    refused attack_device \
        "attack_device/null.lua: E009: is not a plain file (a folder, a pipe or a device); a pack holds plain files only"
else
    echo "skip attack_device: making a device node needs root"
fi
exit $fail
