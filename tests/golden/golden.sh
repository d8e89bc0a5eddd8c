#!/bin/sh
# golden.sh -- what the shipped packs do, recorded once and compared after every change
# to the loader or the packs' form (issue 10: the logic was rewritten once for all
# languages; this proves no patient sees a difference).
#
#   golden.sh record WAITROOM PACKDIR OUTDIR   writes OUTDIR/NAME.* for pack PACKDIR
#   golden.sh check  WAITROOM PACKDIR OUTDIR   exits 1 and shows the difference if any
#
# What is recorded, per pack (NAME is the pack folder's name):
#   NAME.cover     the exhaustive walk's report (bounded at 1500 states: the clinic pack's
#                  whole tree is far larger, and each state costs a replay from the start) (coverage of every language, the ends of
#                  the visits), with the time and the file:line of unreached items removed
#   NAME.sha256    sha256 of the walk trace (every screen after every tap: words, buttons,
#                  flags raised, each printed list) of the exhaustive walk and of 300 seeded
#                  random visits for seeds 1, 2 and 3
#   NAME.trace.gz  the whole trace of 20 random visits (seed 1), to show what differs
set -eu
mode=$1 bin=$2 pack=$3 out=$4
name=$(basename "$pack")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The walk's report without what changes from run to run or with the files' layout.
"$bin" --walk "$pack" --exhaustive --states 1500 --trace "$tmp/ex.trace" |
    sed -e 's/ in [0-9.]* s.*$//' -e 's/ ([^()]*:[0-9]*)$//' > "$tmp/$name.cover"
{
    echo "exhaustive $(sha256sum < "$tmp/ex.trace" | cut -d' ' -f1)"
    for seed in 1 2 3; do
        "$bin" --walk "$pack" --runs 300 --seed $seed --trace "$tmp/s.trace" > /dev/null
        echo "seed $seed $(sha256sum < "$tmp/s.trace" | cut -d' ' -f1)"
    done
} > "$tmp/$name.sha256"
"$bin" --walk "$pack" --runs 20 --seed 1 --trace "$tmp/$name.trace" > /dev/null

if [ "$mode" = record ]; then
    mkdir -p "$out"
    cp "$tmp/$name.cover" "$tmp/$name.sha256" "$out/"
    gzip -9n < "$tmp/$name.trace" > "$out/$name.trace.gz"
    echo "recorded $out/$name.*"
    exit 0
fi
status=0
diff -u "$out/$name.cover" "$tmp/$name.cover" || status=1
if ! diff -u "$out/$name.sha256" "$tmp/$name.sha256"; then
    status=1
    gzip -dc "$out/$name.trace.gz" | diff -u - "$tmp/$name.trace" | head -80 || true
fi
[ $status = 0 ] && echo "$name: the same screens, flags and lists as recorded"
exit $status
