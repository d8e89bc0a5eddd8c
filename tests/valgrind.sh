#!/bin/sh
# A whole journey with typing and printing under valgrind (kiosk and print worker): no
# invalid access, no definite leak (fontconfig's own configuration excepted, valgrind.supp).
# usage: valgrind.sh WAITROOM SCRIPTS DRIVE WORKDIR
set -eu
exe=$1 scripts=$2 drive=$3 work=$4 here=$(dirname "$0")
rm -rf "$work"
mkdir -p "$work"
valgrind -q --trace-children=yes --leak-check=full --errors-for-leak-kinds=definite \
    --suppressions="$here/valgrind.supp" --log-file="$work/vg.%p.log" \
    "$exe" --headless --scripts "$scripts" --drive "$drive" --print-to "$work/print" >/dev/null
if grep -l "ERROR SUMMARY: [1-9]" "$work"/vg.*.log 2>/dev/null || \
   grep -lE "definitely lost|Invalid (read|write)" "$work"/vg.*.log 2>/dev/null; then
    cat "$work"/vg.*.log
    exit 1
fi
ls "$work/print" | grep -q '^list-1\.pdf$'
echo "valgrind: no errors, no definite leaks ($(ls "$work"/vg.*.log | wc -l) processes)"
