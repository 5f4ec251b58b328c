#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Debian package on a clean Debian 12: a minimal root made with debootstrap (cached as a
# tarball in ~/.cache/vitrine-debootstrap, made anew when the cache is empty), the package
# installed with apt inside it (chroot), the kiosk started offscreen, vitrinectl doctor on the
# database it created, an upgrade from an older package keeping a booking, an upgrade that
# migrates an old schema on a copy, one that cannot and leaves the database as it was; the hub's
# package beside it (its user, unit and settings; the hub started as its user, pairing a screen
# and answering it over TLS); then a purge of both that leaves nothing of Vitrine behind but the
# system users (which Debian keeps).
#
#   packaging/test-install.sh [BUILD_DIR]      (default: build/; run as root)
#
# The "previous" package is the same build packaged with a lower version number
# (<version>~previous): no older release exists yet. Times are printed at the end.
# VITRINE_DEBOOTSTRAP_CACHE moves the cache; VITRINE_INSTALL_TEST_KEEP=1 keeps the root.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
cache="${VITRINE_DEBOOTSTRAP_CACHE:-${HOME:-/root}/.cache/vitrine-debootstrap}"
work="$build/install-test"
chroot_dir="$work/root"
db=/var/lib/vitrine/vitrine.sqlite
started=$(date +%s)
step_started=$started

step() {
    local now
    now=$(date +%s)
    echo "install-test: [$((now - started))s, previous step $((now - step_started))s] $*"
    step_started=$now
}
fail() {
    echo "install-test: FAILED: $*" >&2
    exit 1
}

# 77: skipped (ctest's SKIP_RETURN_CODE), where it cannot run at all.
if [ "$(id -u)" -ne 0 ]; then
    echo "install-test: skipped: needs root (debootstrap, chroot, mounts)" >&2
    exit 77
fi
for tool in debootstrap cpack sqlite3 python3 dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null; then
        echo "install-test: skipped: $tool is missing (packaging/setup.sh installs it)" >&2
        exit 77
    fi
done

mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[i]}" 2>/dev/null || true
    done
    if [ "${VITRINE_INSTALL_TEST_KEEP:-0}" != 1 ]; then
        rm -rf "$chroot_dir"
    fi
}
trap cleanup EXIT

# Debian's mirror as this machine's apt has it, so the root comes from where its packages do.
mirror_of() {
    local suite_path=$1
    {
        cat /etc/apt/sources.list.d/*.sources 2>/dev/null | sed -n 's/^URIs:[[:space:]]*//p' | tr ' ' '\n'
        cat /etc/apt/sources.list 2>/dev/null | sed -n 's/^deb[[:space:]]\+\(\[[^]]*\][[:space:]]\+\)\?\([^[:space:]]\+\).*/\2/p'
    } | grep -E "/${suite_path}/?\$" | head -1 || true
}
mirror="${VITRINE_DEBIAN_MIRROR:-$(mirror_of debian)}"
security="${VITRINE_DEBIAN_SECURITY:-$(mirror_of debian-security)}"
[ -n "$mirror" ] || fail "no Debian mirror in /etc/apt; set VITRINE_DEBIAN_MIRROR"

# 1. The packages: this build, and the same build as an older version.
step "building the packages"
cmake --build "$build" --target vitrine vitrinectl vitrine_package_docs >/dev/null
rm -rf "$work/packages"
mkdir -p "$work/packages/current" "$work/packages/previous"
(cd "$build" && cpack -G DEB -B "$work/packages/current" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log"
    fail "cpack"
}
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
current_deb=$(ls "$work"/packages/current/vitrine_*.deb)
# The same kiosk package under an older version: unpacked, its version changed, packed again
# (a second cpack took 24 s for the same files).
repack="$work/packages/repack"
dpkg-deb -R "$current_deb" "$repack" || fail "dpkg-deb -R"
sed -i "s/^Version: .*/Version: ${version}~previous/" "$repack/DEBIAN/control"
grep -qx "Version: ${version}~previous" "$repack/DEBIAN/control" || fail "no version in the kiosk package's control file"
previous_deb="$work/packages/previous/vitrine_${version}~previous_amd64.deb"
dpkg-deb --root-owner-group -Zgzip -b "$repack" "$previous_deb" >>"$work/cpack.log" 2>&1 || fail "dpkg-deb -b (previous)"
rm -rf "$repack"
hub_deb=$(ls "$work"/packages/current/vitrine-hub_*.deb)
echo "install-test: $(basename "$previous_deb") -> $(basename "$current_deb")"

# 2. A clean Debian 12 root, from the cache or made now.
base="$cache/bookworm-minbase.tar"
if [ ! -s "$base" ]; then
    step "no cached root: debootstrap --variant=minbase bookworm from $mirror"
    mkdir -p "$cache"
    fresh="$cache/bootstrap.$$"
    rm -rf "$fresh"
    debootstrap --variant=minbase bookworm "$fresh" "$mirror" >"$cache/debootstrap.log" 2>&1 || {
        tail -20 "$cache/debootstrap.log"
        rm -rf "$fresh"
        fail "debootstrap"
    }
    rm -f "$fresh"/var/cache/apt/archives/*.deb
    tar -C "$fresh" -cf "$base.tmp" . && mv "$base.tmp" "$base"
    rm -rf "$fresh"
fi
step "unpacking the clean root"
rm -rf "$chroot_dir"
mkdir -p "$chroot_dir"
tar -C "$chroot_dir" -xf "$base"

mount_system() {
    mount -t proc proc "$chroot_dir/proc" && mounted+=("$chroot_dir/proc")
    mount --bind /dev "$chroot_dir/dev" && mounted+=("$chroot_dir/dev")
}
mount_system
# Downloaded packages are kept between runs too.
mkdir -p "$cache/archives/partial"
mount --bind "$cache/archives" "$chroot_dir/var/cache/apt/archives" && mounted+=("$chroot_dir/var/cache/apt/archives")
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf" 2>/dev/null || true
{
    echo "deb $mirror bookworm main"
    echo "deb $mirror bookworm-updates main"
    if [ -n "$security" ]; then echo "deb $security bookworm-security main"; fi
} >"$chroot_dir/etc/apt/sources.list"
# No service starts inside the root (there is no systemd there anyway).
printf '#!/bin/sh\nexit 101\n' >"$chroot_dir/usr/sbin/policy-rc.d"
chmod 755 "$chroot_dir/usr/sbin/policy-rc.d"
mkdir -p "$chroot_dir/tmp/packages"
cp "$current_deb" "$previous_deb" "$hub_deb" "$chroot_dir/tmp/packages/"

in_root() { chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }
as_kiosk() { in_root setpriv --reuid=vitrine --regid=vitrine --init-groups \
    env HOME=/var/lib/vitrine VITRINE_DB=$db QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/kiosk-runtime "$@"; }
# dpkg without its fsync after every file (--force-unsafe-io): the root is thrown away after the
# test, and installing the kiosk's dependencies took 78 s with it.
apt_install() { in_root apt-get install -y -q --no-install-recommends -o Dpkg::Use-Pty=0 \
    -o Dpkg::Options::=--force-unsafe-io "$@" >"$work/apt.log" 2>&1 || {
    tail -40 "$work/apt.log"
    return 1
}; }
sql() { sqlite3 "$chroot_dir$db" "$@"; }

step "apt-get update"
in_root apt-get update -q >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log"
    fail "apt-get update"
}

# 3. The older package, its kiosk started once, a booking made.
step "installing $(basename "$previous_deb") with its dependencies"
apt_install "/tmp/packages/$(basename "$previous_deb")" || fail "apt-get install (previous)"
in_root getent passwd vitrine >/dev/null || fail "no vitrine user"
in_root install -d -o vitrine -g vitrine -m 0700 /tmp/kiosk-runtime
[ -L "$chroot_dir/etc/systemd/system/multi-user.target.wants/vitrine-kiosk.service" ] || fail "the kiosk unit is not enabled"
step "starting the kiosk offscreen"
as_kiosk vitrine --quit-after-first-frame --attract || fail "vitrine did not show its first frame"
[ -s "$chroot_dir$db" ] || fail "the kiosk created no database at $db"
step "vitrinectl doctor"
as_kiosk vitrinectl doctor | tee "$work/doctor.txt"
grep -q "integrity: *ok" "$work/doctor.txt" || fail "doctor: integrity"
grep -q "service: *not run by systemd" "$work/doctor.txt" || fail "doctor: the service's state"

day=$(date -d "+9 days" +%F)
slots=$(as_kiosk vitrinectl slots --studio oslo --date "$day" --model aster-5) || fail "slots"
start=$(python3 -c 'import json,sys
for s in json.loads(sys.argv[1])["slots"]:
    if s["capacity"] > 0:
        print(s["start"][:16]); break' "$slots")
if [ -z "$start" ]; then
    day=$(date -d "+10 days" +%F)
    slots=$(as_kiosk vitrinectl slots --studio oslo --date "$day" --model aster-5)
    start=$(python3 -c 'import json,sys; print([s["start"][:16] for s in json.loads(sys.argv[1])["slots"] if s["capacity"] > 0][0])' "$slots")
fi
booking=$(as_kiosk vitrinectl book --studio oslo --model aster-5 --start "$start" --name "Install Test" \
    --email install@test.example --privacy-consent) || fail "book"
code=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["code"])' "$booking")
echo "install-test: booked $code at $start"

# 4. The upgrade keeps the booking.
step "upgrading to $(basename "$current_deb")"
apt_install "/tmp/packages/$(basename "$current_deb")" || fail "apt-get install (upgrade)"
grep -q "is at schema" "$work/apt.log" || fail "the upgrade did not check the database's schema"
[ "$(sql "SELECT count(*) FROM booking WHERE code = '$code'")" = 1 ] || fail "the booking did not survive the upgrade"
as_kiosk vitrine --quit-after-first-frame --attract || fail "vitrine after the upgrade"
as_kiosk vitrinectl doctor >/dev/null || fail "doctor after the upgrade"

# 5. An upgrade that migrates an old schema does it on a copy and keeps the file from before until
#    the kiosk has started once.
step "an upgrade over a database of schema 1 (reinstall)"
cp "$chroot_dir$db" "$work/with-booking.sqlite"
rm -f "$chroot_dir$db"-wal "$chroot_dir$db"-shm
install -m 0640 "$root/tests/unit/data/vitrine-v1.sqlite" "$chroot_dir$db"
in_root chown vitrine:vitrine "$db"
apt_install --reinstall "/tmp/packages/$(basename "$current_deb")" || fail "reinstall over schema 1"
grep -q "migrated from schema 1" "$work/apt.log" || fail "no migration reported: $(cat "$work/apt.log")"
[ -e "$chroot_dir$db.previous" ] || fail "the database from before the upgrade was not kept"
[ "$(sqlite3 "$chroot_dir$db.previous" 'PRAGMA user_version')" = 1 ] || fail "the kept database is not the old one"
[ "$(sql 'SELECT count(*) FROM vehicle WHERE id = '"'old-1'")" = 1 ] || fail "the migrated database lost a car"
as_kiosk vitrine --quit-after-first-frame --attract || fail "vitrine on the migrated database"
[ ! -e "$chroot_dir$db.previous" ] || fail "the kept database outlived the new version's first start"

# 6. A database this version cannot migrate (written by a newer Vitrine) is left as it was, and
#    the upgrade says so and stops.
step "an upgrade that cannot migrate"
cp "$work/with-booking.sqlite" "$chroot_dir$db"
in_root chown vitrine:vitrine "$db"
sql "PRAGMA user_version = 999"
before=$(sha256sum <"$chroot_dir$db")
if apt_install --reinstall "/tmp/packages/$(basename "$current_deb")"; then
    fail "the upgrade went on over a database it cannot use"
fi
grep -q "left as it was" "$work/apt.log" || fail "no clear message: $(cat "$work/apt.log")"
[ "$(sha256sum <"$chroot_dir$db")" = "$before" ] || fail "the database was changed by a failed upgrade"
sed -n 's/^\(vitrine: .*\)$/install-test: apt said: \1/p' "$work/apt.log" | head -3
sql "PRAGMA user_version = $(sqlite3 "$work/with-booking.sqlite" 'PRAGMA user_version')"
in_root dpkg --configure -a >"$work/apt.log" 2>&1 || fail "dpkg --configure -a after the fix"
[ "$(sql "SELECT count(*) FROM booking WHERE code = '$code'")" = 1 ] || fail "the booking is gone"

# 6b. The hub's package beside the kiosk's: its user, unit, settings and man page; the hub, run as
#     its user on its database, serves over TLS, pairs a screen and answers it.
step "installing $(basename "$hub_deb")"
apt_install "/tmp/packages/$(basename "$hub_deb")" || fail "apt-get install vitrine-hub"
in_root getent passwd vitrine-hub >/dev/null || fail "no vitrine-hub user"
[ -L "$chroot_dir/etc/systemd/system/multi-user.target.wants/vitrine-hub.service" ] || fail "the hub unit is not enabled"
[ -f "$chroot_dir/etc/vitrine/hub.conf" ] || fail "no /etc/vitrine/hub.conf"
[ -f "$chroot_dir/usr/share/man/man1/vitrine-hub.1.gz" ] || fail "no vitrine-hub man page"
# Names as the clean root knows them (its users' ids mean other names, or none, on this machine).
[ "$(in_root stat -c %U /var/lib/vitrine-hub)" = vitrine-hub ] || fail "/var/lib/vitrine-hub is not the hub's"
hub_db=/var/lib/vitrine-hub/hub.db
as_hub() { in_root setpriv --reuid=vitrine-hub --regid=vitrine-hub --init-groups env HOME=/var/lib/vitrine-hub "$@"; }
hub_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
step "starting the hub on 127.0.0.1:$hub_port"
# exec: $! is the hub itself (chroot, env and setpriv each exec the next), so the kill below ends it.
(exec chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    setpriv --reuid=vitrine-hub --regid=vitrine-hub --init-groups env HOME=/var/lib/vitrine-hub \
    vitrine-hub --db "$hub_db" serve --listen "127.0.0.1:$hub_port" --no-sync) >"$work/hub.log" 2>&1 &
hub_pid=$!
for _ in $(seq 1 300); do
    grep -q "^listening " "$work/hub.log" && break
    kill -0 "$hub_pid" 2>/dev/null || break
    sleep 0.1
done
grep -q "^listening " "$work/hub.log" || {
    cat "$work/hub.log"
    fail "the hub did not start"
}
pairing_code=$(as_hub vitrine-hub --db "$hub_db" pair | tail -1)
hub_answer=$(python3 - "$hub_port" "$pairing_code" <<'PY'
import json, ssl, sys, urllib.request
port, code = sys.argv[1], sys.argv[2]
tls = ssl.create_default_context()
tls.check_hostname = False
tls.verify_mode = ssl.CERT_NONE  # a screen pins the hub's own certificate; this only asks it
def ask(path, body=None, token=None):
    request = urllib.request.Request("https://127.0.0.1:%s%s" % (port, path),
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Content-Type": "application/json"})
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, context=tls, timeout=20) as answer:
        return json.load(answer)
token = ask("/v1/pair", {"code": code, "screenName": "install-test"})["token"]
health = ask("/v1/health", token=token)
print(health["status"], health["schemaVersion"], health["pairedScreens"])
PY
) || {
    cat "$work/hub.log"
    fail "the hub did not pair a screen or answer it"
}
kill "$hub_pid" && wait "$hub_pid" 2>/dev/null || true
! pgrep -f "vitrine-hub --db $hub_db" >/dev/null || fail "the hub outlived its test"
echo "install-test: the hub answered: $hub_answer"
[ "${hub_answer%% *}" = ok ] || fail "the hub's health: $hub_answer"
[ -s "$chroot_dir$hub_db" ] && [ -s "$chroot_dir$hub_db.hub-key.pem" ] || fail "the hub kept no database or key"
[ "$(stat -c %a "$chroot_dir$hub_db.hub-key.pem")" = 600 ] || fail "the hub's key is readable by others"

# 7. The units under a real systemd, where this machine can boot a container.
if [ "${VITRINE_INSTALL_TEST_SYSTEMD:-1}" = 1 ] && command -v systemd-nspawn >/dev/null; then
    step "the kiosk unit under systemd (systemd-nspawn)"
    apt_install systemd procps dbus || fail "apt-get install systemd procps dbus"
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        case "${mounted[i]}" in */proc | */dev) umount -l "${mounted[i]}" && unset "mounted[i]" ;; esac
    done
    mounted=("${mounted[@]}")
    set +e
    "$root/packaging/test-systemd.sh" "$chroot_dir" "$work"
    systemd_status=$?
    set -e
    case $systemd_status in
    0) ;;
    77) echo "install-test: the systemd part was skipped on this machine" ;;
    *) fail "the kiosk unit under systemd" ;;
    esac
    mount_system
fi

# 8. Purge: nothing of Vitrine is left but its system user.
step "purging"
rm -rf "$chroot_dir/tmp/packages"
in_root apt-get purge -y -q vitrine vitrine-hub >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log"
    fail "purge"
}
leftovers=$(cd "$chroot_dir" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./var/cache/apt/archives \) -prune -o \
    -iname '*vitrine*' -print)
[ -z "$leftovers" ] || fail "left behind after purge: $leftovers"
in_root getent passwd vitrine >/dev/null || fail "the system user went (Debian keeps it)"
in_root getent passwd vitrine-hub >/dev/null || fail "the hub's system user went (Debian keeps it)"

now=$(date +%s)
echo "install-test: passed in $((now - started)) s (kept by policy: the system users 'vitrine' and 'vitrine-hub')"
