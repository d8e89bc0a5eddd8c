#!/bin/sh
# urgent_cups.sh WAITROOM PACK DRIVE_DIR -- the slips for the desk come out of the private
# cupsd's desk queue at the right moment: the urgent slip while the urgent screen is still
# up, the today slip as soon as the safety part is over. Both hold the flag codes and the
# clinician words, and nothing the patient saw or typed. The patient's printer gets nothing.
set -eu
kiosk=$1 pack=$2 dir=$3
out="$WR_CUPSD_DIR/out"
rm -f "$out/desk.pdf" "$out/good.pdf"

check() { # name pdf must-have... (after --) must-not-have...
    name=$1 pdf=$2; shift 2
    [ -s "$pdf" ] || { echo "$name: nothing reached the desk printer"; exit 1; }
    text=$(pdftotext "$pdf" - | tr "\n" " ")
    while [ $# -gt 0 ] && [ "$1" != -- ]; do
        echo "$text" | grep -qF "$1" || { echo "$name: the slip lacks: $1"; echo "$text"; exit 1; }
        shift
    done
    [ $# -gt 0 ] && shift
    for w in "$@"; do
        if echo "$text" | grep -qiF "$w"; then echo "$name: the slip holds: $w"; exit 1; fi
    done
    echo "$name: the desk printer has the slip"
}

run() {
    "$kiosk" --headless --scripts "$pack" --config "$dir/urgent_cups.conf" --drive "$1" \
        >"$WR_CUPSD_DIR/log/$(basename "$1").log" 2>&1 ||
        { cat "$WR_CUPSD_DIR/log/$(basename "$1").log"; exit 1; }
}

run "$dir/urgent_cups_urgent.lua"
check urgent "$out/desk.pdf" "Please show this to staff now" \
    "rf21: Chest pain now (possible cardiac cause)." -- "chest right now" "Yes" "Begin"
mv "$out/desk.pdf" "$out/desk-urgent.pdf"

run "$dir/urgent_cups_today.lua"
check today "$out/desk.pdf" "Please show this to staff before the appointment" \
    "rf08: History of cancer." "combo_cancer_night: Night pain with a history of cancer" \
    -- "I have had cancer" "bad at night" "Walrus" "Yes"
[ ! -e "$out/good.pdf" ] || { echo "something reached the patient's printer"; exit 1; }
echo "slips at the desk at the right moment, with no patient words"
