#!/bin/sh
# deb-test.sh -- the Debian packages as a clinic's IT person meets them, on a fresh
# Debian 12 root (tools/fresh.sh calls it there, as root, after tools/deb.sh):
#   1. apt-get install ./waitroom_*.deb ./waitroom-pack-clinic_*.deb (dependencies from
#      the archive), the 'waitroom' user and its groups, the conffile, the unit;
#   2. waitroom --check on the installed clinical pack, with no flags: the data is found
#      from the executable (/usr/bin/../share/waitroom);
#   3. headless journeys from the installed files, as the 'waitroom' user: a whole visit
#      on the clinical pack, and the sample pack printing (through the installed worker) to
#      a folder, with the printout read back;
#   4. apt-get purge, then nothing of it is left: files, configuration, state, user.
# usage: tools/deb-test.sh [DIR_WITH_DEBS]   (default: dist)
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
dir=$(cd "${1:-$src/dist}" && pwd)
say() { printf 'deb-test: %s\n' "$*"; }
die() { printf 'deb-test: FAILED: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "needs root (apt-get install and purge)"
set -- "$dir"/waitroom_*.deb
[ -f "$1" ] || die "no waitroom_*.deb in $dir (build it with tools/deb.sh)"
kiosk=$1
set -- "$dir"/waitroom-pack-clinic_*.deb
pack=$1
case "$(basename "$kiosk")" in
    waitroom_*_"$(dpkg --print-architecture)".deb) ;;
    *) die "$(basename "$kiosk") is not named waitroom_<version>_<arch>.deb" ;;
esac

say "installing $(basename "$kiosk") and $(basename "$pack")"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "$kiosk" "$pack" >/tmp/deb-test-install.log 2>&1 ||
    { cat /tmp/deb-test-install.log; die "apt-get install"; }

[ -x /usr/bin/waitroom ] || die "/usr/bin/waitroom missing"
[ -x /usr/libexec/waitroom/waitroom-print ] || die "the print worker is not in /usr/libexec/waitroom"
[ -f /usr/lib/systemd/system/waitroom.service ] || die "the unit is missing"
dpkg-query -W -f '${Conffiles}\n' waitroom | grep -q /etc/waitroom/waitroom.conf ||
    die "/etc/waitroom/waitroom.conf is not a conffile"
getent passwd waitroom >/dev/null || die "no 'waitroom' user"
say "user: $(id waitroom)"
for g in video input render audio lp; do
    id -nG waitroom | tr ' ' '\n' | grep -qx "$g" || die "waitroom is not in group $g"
done
say "version: $(waitroom --version)"
if command -v systemd-analyze >/dev/null; then
    out=$(systemd-analyze verify --man=no /usr/lib/systemd/system/waitroom.service 2>&1) || true
    [ -z "$out" ] || { echo "$out"; die "systemd-analyze verify is not clean"; }
    say "unit: $(systemd-analyze security --offline=yes /usr/lib/systemd/system/waitroom.service 2>&1 | tail -1)"
fi

say "checking the installed clinical pack"
waitroom --check /usr/share/waitroom/scripts/clinic || die "waitroom --check"

say "headless journeys from the installed files, as the waitroom user"
work=$(mktemp -d /tmp/deb-test.XXXXXX)
cp "$src"/tests/drive/clinic_journey_en.lua "$src"/tests/drive/helpers_clinic.lua \
   "$src"/tests/drive/print_ok.lua "$work"/
chown -R waitroom "$work"
run() { if command -v runuser >/dev/null; then runuser -u waitroom -- "$@"; else "$@"; fi; }
# The clinical pack, found with no --scripts flag: a whole visit in English.
(cd / && run env SDL_VIDEODRIVER=dummy /usr/bin/waitroom --headless \
    --config /etc/waitroom/waitroom.conf --drive "$work/clinic_journey_en.lua") \
    >"$work/journey.log" 2>&1 || { tail -40 "$work/journey.log"; die "the clinic journey"; }
# The installed sample pack, printing through the installed print worker to a folder.
(cd / && run env SDL_VIDEODRIVER=dummy /usr/bin/waitroom --headless \
    --scripts /usr/share/waitroom/scripts/sample --drive "$work/print_ok.lua" \
    --print-to "$work/out") >"$work/print.log" 2>&1 ||
    { tail -40 "$work/print.log"; die "the printing journey"; }
[ -f "$work"/out/list-1.pdf ] || die "the journey printed no list"
if command -v pdftotext >/dev/null; then
    pdftotext "$work"/out/list-1.pdf - | grep -q 'Will the quok' ||
        die "the printed list lacks the patient's question"
fi
rm -rf "$work"

say "purging"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -q waitroom waitroom-pack-clinic \
    >/tmp/deb-test-purge.log 2>&1 || { cat /tmp/deb-test-purge.log; die "apt-get purge"; }
# (CUPS queues named waitroom-* are the test suite's, not the package's: not looked at.)
left=$(find /etc /usr /var/lib /lib /opt -name '*waitroom*' -not -path '/var/lib/dpkg/*' \
       -not -path '/etc/cups/*' -not -path '/var/lib/cups/*' 2>/dev/null || true)
[ -z "$left" ] || { echo "$left"; die "files left behind after purge"; }
! getent passwd waitroom >/dev/null || die "the waitroom user is left behind"
! getent group waitroom >/dev/null || die "the waitroom group is left behind"
dpkg-query -W waitroom 2>/dev/null | grep -q . && dpkg -s waitroom 2>/dev/null | grep -q installed &&
    die "dpkg still knows waitroom as installed"
rm -f /tmp/deb-test-install.log /tmp/deb-test-purge.log
say "ok: installed, checked, journey played, purged clean"
