#!/bin/sh
# printout_check.sh DIR -- reads the PDFs the printout.lua drive wrote to DIR (list-1 English,
# list-2 Spanish, handout-1 and handout-2 with pictures) as a clinician would: the clinic's
# name, today's date in words in the patient's language, the summary line, one page, no
# version footer, and the pictures in the handouts (pdfimages).
set -eu
dir=$1
fail() { echo "printout_check: $*" >&2; exit 1; }
text() { pdftotext -enc UTF-8 "$dir/$1" -; }

day=$(date +%-d) year=$(date +%Y) month=$(date +%-m)
en=$(LC_ALL=C date +%B)
es=$(echo "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre" |
     cut -d' ' -f"$month")

for f in list-1.pdf list-2.pdf; do
    pdfinfo "$dir/$f" | grep -q '^Pages: *1$' || fail "$f is not one page"
    text $f | grep -qx 'Riverside Physiotherapy' || fail "$f: no clinic name"
    ! text $f | grep -q 'Getting ready for your appointment\|Prepárese para su cita' ||
        fail "$f: a version footer"
done
text list-1.pdf | grep -qx "$day $en $year" || fail "list-1.pdf: no '$day $en $year'"
text list-1.pdf | grep -qx '1 thing to check today, 1 question' || fail "list-1.pdf: no summary"
text list-2.pdf | grep -qx "$day de $es de $year" || fail "list-2.pdf: no '$day de $es de $year'"
text list-2.pdf | grep -qx '1 cosa que revisar hoy, 1 pregunta' || fail "list-2.pdf: no summary"
text list-2.pdf | grep -q 'Una pantorrilla se hincha' || fail "list-2.pdf: no limb signs"
for f in handout-1.pdf handout-2.pdf; do
    n=$(pdfimages -list "$dir/$f" | awk 'NR > 2 && $3 == "image"' | wc -l)
    test "$n" -ge 2 || fail "$f: $n pictures, 2 expected"
    text $f | grep -qx 'Riverside Physiotherapy' || fail "$f: no clinic name"
done
echo "printout_check: the lists and handouts read right"
