#!/bin/sh
# The kiosk writes nothing a patient enters to disk: a whole journey, with typing and a
# printout (to --print-to, the one place it may write) and screens read aloud (espeak-ng,
# in memory), runs under strace, and no file is opened for writing, created, renamed or
# linked anywhere else.
# usage: no_writes.sh WAITROOM SCRIPTS DRIVE WORKDIR
set -eu
exe=$1 scripts=$2 drive=$3 work=$4
rm -rf "$work"
mkdir -p "$work/print"
# LeakSanitizer cannot run under ptrace; leaks are checked by the other tests.
ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0" strace -f -qq -o "$work/trace" \
    -e trace=open,openat,creat,rename,renameat,renameat2,link,linkat,symlink,symlinkat,mknod,mknodat,truncate \
    "$exe" --headless --scripts "$scripts" --drive "$drive" --print-to "$work/print" >/dev/null
# A write open has O_WRONLY, O_RDWR or O_CREAT; creat/rename/link/... always write.
bad=$(grep -E 'O_WRONLY|O_RDWR|O_CREAT|creat\(|rename|link\(|linkat\(|mknod|truncate\(' "$work/trace" |
      grep -v -F "$work/print/" | grep -v -E '"/dev/(null|tty|dri/|shm/)' | grep -v ' = -1 ' || true)
if [ -n "$bad" ]; then
    echo "the kiosk wrote to disk:"; echo "$bad"; exit 1
fi
ls "$work/print" | grep -q '^list-1\.pdf$' || { echo "the printout was not written"; exit 1; }
grep -q 'espeak-ng-data' "$work/trace" || { echo "nothing was read aloud"; exit 1; }
echo "no file written outside the printout folder"
