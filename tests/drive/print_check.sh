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
for dir in /tmp /var/tmp /var/spool/cups /var/log/cups "$WR_CUPSD_DIR"; do
    [ -d "$dir" ] || continue
    if grep -rlaF --exclude-dir=out --exclude-dir=Testing "quokka 9938" "$dir" 2>/dev/null; then
        echo "patient text found on disk under $dir"; exit 1
    fi
done
echo "printout holds the list; fonts embedded; no patient text on disk"
