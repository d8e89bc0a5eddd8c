#!/bin/sh
# Signed script updates from a USB stick (issue 14), end to end with the real kiosk:
# --new-key, --sign-pack, then the staff menu's "Update the scripts" with a good bundle
# (installed, then "Go back to the last scripts"), and with tampered, unsigned,
# failing-check and older-version bundles, each refused with its reason while the pack in
# use (and the pack store) stays as it was.
# usage: bundles.sh WAITROOM SOURCE_DIR WORK_DIR
set -eu
exe=$1 src=$2 work=$3
here=$src/tests/service
rm -rf "$work"
mkdir -p "$work"
cd "$work"
fail() { echo "bundles: FAILED: $*"; exit 1; }

"$exe" --new-key lead >/dev/null
key=$(sed -n 's/^update_key = //p' lead.pub)
# The pack in use (2026-11-1) and the packs to sign.
cp -r "$src/scripts/sample" base
make_pack() { # name version [reviewed]
    cp -r base "$1"
    sed -i "s/version = \"2026-11-1\"/version = \"$2\", reviewed_by = \"Dr Quokka\", reviewed_on = \"2026-12-01\"/" "$1/main.lua"
}
make_pack newer 2026-12-1
make_pack older 2026-10-1
make_pack broken 2026-12-2
printf '\nscene "oops" {\n' >> broken/main.lua
"$exe" --sign-pack newer --key lead.key --out newer.wrpack >/dev/null
"$exe" --sign-pack older --key lead.key --out older.wrpack >/dev/null
! "$exe" --sign-pack broken --key lead.key --out refused.wrpack >/dev/null ||
    fail "--sign-pack signed a pack with errors"
[ ! -e refused.wrpack ] || fail "--sign-pack wrote a bundle for a pack with errors"
"$exe" --sign-pack broken --key lead.key --out broken.wrpack --force >/dev/null
# tampered: one byte of the payload changed after signing
cp newer.wrpack tampered.wrpack
printf 'X' | dd of=tampered.wrpack bs=1 seek=200 conv=notrunc 2>/dev/null
# unsigned: the signature trailer cut off
size=$(wc -c < newer.wrpack)
head -c $((size - 82)) newer.wrpack > unsigned.wrpack

run_case() { # name bundle
    rm -rf usb store
    mkdir usb
    cp "$2" usb/update.wrpack
    cat > kiosk.conf <<CONF
staff_pin = 2468
update_key = $key
update_from = $work/usb
pack_store = $work/store
CONF
    "$exe" --headless --scripts "$work/base" --config kiosk.conf \
        --drive "$here/bundle_$1.lua" > "$1.log" 2>&1 || { cat "$1.log"; fail "$1"; }
    echo "bundles: $1: ok"
}
run_case good newer.wrpack
[ -L store/previous ] && [ ! -e store/current ] || fail "good: the store is not back on the packaged pack"
[ "$(ls store | grep -c '^pack-')" = 1 ] || fail "good: the store keeps more than the last pack"
for c in tampered unsigned failing older; do
    b=$c.wrpack
    [ $c = failing ] && b=broken.wrpack
    run_case $c $b
    [ ! -e store/current ] || fail "$c: the pack store changed"
    [ -z "$(ls -A store 2>/dev/null)" ] || fail "$c: a refused bundle left files: $(ls -A store)"
done
grep -q "Update refused" tampered.log || fail "the refusal is not logged"
echo "bundles: all cases ok"
