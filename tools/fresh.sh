#!/bin/sh
# fresh.sh -- the README's two commands on a machine that has never seen the project.
#
# Builds a brand-new Debian 12 root with `mmdebstrap --variant=apt bookworm` (the stable suite
# with its updates and security archives, as a freshly installed machine has them), clones
# this checkout's HEAD into it, and there:
#   1. runs tools/run.sh under Xvfb until the kiosk's window is up (the run command), then
#   2. runs tools/test.sh (the test command), offline, then
#   3. builds the Debian packages there (tools/deb.sh) and installs, uses and purges them in a
#      second brand-new root (tools/deb-test.sh); WR_FRESH_DEB=0 leaves this step out.
# The status is that of the tests and the package test together.
# Extra arguments go to tools/test.sh (e.g. "long").
#
# Needs root (mmdebstrap, chroot and mounts) and a Debian host; installs mmdebstrap when it
# is missing. Only committed work is tested: commit first. Downloaded .deb files are kept in
# $WR_FRESH_CACHE (default /var/cache/waitroom-fresh) between runs to save time; the root
# itself is made anew every time and removed afterwards (WR_FRESH_KEEP=1 keeps it).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cache=${WR_FRESH_CACHE:-/var/cache/waitroom-fresh}

say() { printf 'fresh: %s\n' "$*"; }
die() { printf 'fresh: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] ||
    die "needs root: mmdebstrap, chroot and mounts need it (run: sudo tools/fresh.sh)"
if ! command -v mmdebstrap >/dev/null 2>&1; then
    command -v apt-get >/dev/null 2>&1 || die "needs mmdebstrap, and this host has no apt-get"
    say "installing mmdebstrap"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null ||
        die "cannot install mmdebstrap (Debian package mmdebstrap)"
fi
command -v unshare >/dev/null 2>&1 || die "needs unshare (Debian package util-linux)"
command -v ip >/dev/null 2>&1 || die "needs ip (Debian package iproute2)"
command -v git >/dev/null 2>&1 || die "needs git (Debian package git) to clone the checkout"

work=$(mktemp -d /var/tmp/waitroom-fresh.XXXXXX)
root=$work/root
cleanup() {
    [ "${WR_FRESH_KEEP:-0}" = 1 ] && { say "root kept in $root"; return; }
    # Mounts live in the private namespace of the run below and are gone with it.
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT INT TERM

t0=$(date +%s)
say "building a new Debian 12 root in $root"
mmdebstrap --quiet --variant=apt bookworm "$root" ||
    die "mmdebstrap failed"
say "root ready in $(( $(date +%s) - t0 )) s: $(chroot "$root" dpkg-query -W -f '${Version}' apt | sed 's/^/apt /')"

# The checkout, as a clean clone of HEAD (what CI and a new user see), in a home of its own.
mkdir -p "$root/home/dev"
git clone --quiet --no-hardlinks "$top" "$root/home/dev/waitroom"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mkdir -p "$cache"

# The mounts a root needs (proc, sys, a small dev, tmp, the .deb cache), made inside a private
# mount and pid namespace, so every mount and every process started in the root (Xvfb,
# cupsd, the kiosk) ends with the namespace.
MOUNTS='
mount --make-rprivate /
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount -t tmpfs -o mode=755 dev "$root/dev"
for d in null zero full random urandom tty; do
    touch "$root/dev/$d" && mount --bind "/dev/$d" "$root/dev/$d"
done
mkdir -p "$root/dev/pts" "$root/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
ln -sf pts/ptmx "$root/dev/ptmx"
ln -sf /proc/self/fd "$root/dev/fd"
mount -t tmpfs -o mode=1777 shm "$root/dev/shm"
mount -t tmpfs -o mode=1777 tmp "$root/tmp"
mount --bind "$cache" "$root/var/cache/apt/archives"
'

status=0
unshare --mount --pid --fork --kill-child sh -eu -s "$root" "$cache" "$MOUNTS" "$@" <<'INSIDE' || status=$?
root=$1 cache=$2
eval "$3"
shift 3
in_root() { chroot "$root" env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"; }

# A desktop for the run command: the README's run command opens a window, so the root gets
# an X server, as a desktop machine has one. Nothing of the project's is installed here.
t=$(date +%s)
in_root sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends xvfb xauth x11-utils >/dev/null'
in_root sh -c 'Xvfb :42 -screen 0 1280x800x24 -nolisten tcp >/tmp/xvfb.log 2>&1 &'

echo "fresh: 1/3 tools/run.sh (a new user's first command), under Xvfb"
in_root sh -c 'cd /home/dev/waitroom && DISPLAY=:42 SDL_AUDIODRIVER=dummy \
    tools/run.sh >/tmp/run.log 2>&1 & echo $! >/tmp/run.pid'
up=0
for i in $(seq 1 900); do
    if in_root sh -c 'DISPLAY=:42 xwininfo -root -tree 2>/dev/null | grep -q "\"waitroom\""'; then
        up=1
        break
    fi
    in_root sh -c 'kill -0 "$(cat /tmp/run.pid)" 2>/dev/null' || break
    sleep 1
done
sleep 3 # the window stays up and the kiosk keeps running on the attract screen
if [ $up = 1 ] && in_root sh -c 'kill -0 "$(cat /tmp/run.pid)" 2>/dev/null'; then
    echo "fresh: the kiosk's window is up after $(( $(date +%s) - t )) s (setup, build, start)"
    in_root sh -c 'kill -TERM "$(cat /tmp/run.pid)"; sleep 1; kill -KILL "$(cat /tmp/run.pid)"' \
        2>/dev/null || true
else
    echo "fresh: tools/run.sh did not bring up the kiosk's window; its output:" >&2
    in_root cat /tmp/run.log >&2
    exit 1
fi

echo "fresh: 2/3 tools/test.sh $*, offline (a network namespace with only loopback)"
in_root sh -c 'dpkg-query -W -f "fresh: cupsd \${Version}, SDL2 " cups-daemon;
               dpkg-query -W -f "\${Version}\n" libsdl2-2.0-0'
# Everything is installed by now, so the tests need no network: they run without one, which
# also keeps their servers (cupsd, ippeveprinter) from meeting anything else on this host.
unshare --net sh -c 'ip link set lo up && exec "$@"' sh \
    chroot "$root" env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    sh -c 'cd /home/dev/waitroom && exec tools/test.sh "$@"' sh "$@"
INSIDE

# The Debian packages, built in the first root from the same checkout, then installed into a
# second brand-new root that has nothing else: a dependency shlibdeps missed would show here.
deb_status=0
if [ "${WR_FRESH_DEB:-1}" = 1 ]; then
    say "3/3 the .deb packages: built in the first root, installed in a second new root"
    root2=$work/root-deb
    unshare --mount --pid --fork --kill-child sh -eu -s "$root" "$cache" "$MOUNTS" "$root2" \
        <<'DEB' || deb_status=$?
root=$1 cache=$2 mounts=$3 root2=$4
eval "$mounts"
chroot "$root" env -i HOME=/root LANG=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    sh -c 'cd /home/dev/waitroom && tools/deb.sh dist >/tmp/deb.log 2>&1' ||
    { cat "$root/tmp/deb.log"; exit 1; }
mmdebstrap --quiet --variant=apt bookworm "$root2"
mkdir -p "$root2/home/dev"
cp -a "$root/home/dev/waitroom" "$root2/home/dev/waitroom"
rm -rf "$root2/home/dev/waitroom/build" "$root2/home/dev/waitroom/build-asan" \
       "$root2/home/dev/waitroom/build-deb"
cp /etc/resolv.conf "$root2/etc/resolv.conf" 2>/dev/null || true
root=$root2
eval "$mounts"
chroot "$root2" env -i HOME=/root LANG=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    sh -c 'apt-get update -qq && cd /home/dev/waitroom && tools/deb-test.sh dist'
DEB
fi
[ $status -eq 0 ] && status=$deb_status
say "done in $(( $(date +%s) - t0 )) s, status $status"
exit $status
