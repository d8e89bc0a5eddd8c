#!/bin/sh
# After the print drive tests: what reached the printer holds the list, with fonts embedded,
# and nothing the patient typed is left anywhere else (temporary folders, spool, logs).
set -eu
out="$WR_CUPSD_DIR/out/good.pdf"
text=$(pdftotext "$out" -)
for s in "Will the quokka 9938 come back?" "Zebra quartz 4471 my own note" "Do I need a scan?"; do
    echo "$text" | grep -qF "$s" || { echo "printout lacks: $s"; exit 1; }
done
if pdffonts "$out" | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit !bad }'; then
    echo "a font is not embedded:"; pdffonts "$out"; exit 1
fi
# Every file written since a minute before the printout, outside the printer's own output and
# the test harness's logs, must be free of what the patient typed.
since=$(( $(stat -c %Y "$out") - 60 ))
# (The kiosk process itself is checked by no_writes.sh: it opens no file for writing.)
for dir in /var/spool/cups /var/log/cups "$WR_CUPSD_DIR"; do
    [ -d "$dir" ] || continue
    found=$(find "$dir" -xdev -type f -newermt "@$since" -not -path "*/out/*" \
                 -not -path "*/Testing/*" -print0 2>/dev/null |
            xargs -0 -r grep -laF "quokka 9938" 2>/dev/null || true)
    if [ -n "$found" ]; then
        echo "patient text found on disk: $found"; exit 1
    fi
done
echo "printout holds the list; fonts embedded; no patient text on disk"
