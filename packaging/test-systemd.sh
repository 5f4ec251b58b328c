#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The kiosk unit under a real systemd: the Debian root of the install test (with vitrine
# installed) booted with systemd-nspawn, cage drawing in memory (wlroots' headless backend and
# pixman renderer: the container has no GPU, seat or tty1). Checks, with the package's own units:
#   - the kiosk is started at boot and reports ready (its first frame) to systemd;
#   - killed (SIGSEGV), it is back, ready, within 5 seconds;
#   - hung (SIGSTOP), the watchdog restarts it;
#   - its display lost (cage killed), it ends cleanly and the unit restarts it;
#   - the journal has its lines by category and priority; vitrinectl doctor names the unit's state;
#   - a start loop stops at the start limit and the failure screen comes up for staff.
#
#   packaging/test-systemd.sh ROOT     (called by test-install.sh; root, systemd-nspawn)
# Exits 77 when the machine cannot boot a container.
set -euo pipefail
root_dir="$1"
log_dir="${2:-$(dirname "$root_dir")}"
started=$(date +%s)

fail() {
    echo "systemd-test: FAILED: $*" >&2
    in_box journalctl --no-pager -n 60 -u vitrine-kiosk -u vitrine-kiosk-failed >&2 || true
    exit 1
}
say() { echo "systemd-test: [$(($(date +%s) - started))s] $*"; }

command -v systemd-nspawn >/dev/null || {
    echo "systemd-test: skipped: no systemd-nspawn (package systemd-container)"
    exit 77
}

# The test's own settings for the two units: no GPU, no seat, no tty1; a short watchdog.
for unit in vitrine-kiosk vitrine-kiosk-failed; do
    mkdir -p "$root_dir/etc/systemd/system/$unit.service.d"
    cat >"$root_dir/etc/systemd/system/$unit.service.d/test-container.conf" <<'EOF'
[Service]
Environment=WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1
PAMName=
TTYPath=
StandardInput=null
TTYReset=no
TTYVHangup=no
TTYVTDisallocate=no
UtmpIdentifier=
EOF
done
printf '[Service]\nStandardOutput=journal\n' >"$root_dir/etc/systemd/system/vitrine-kiosk-failed.service.d/test-output.conf"
printf '[Service]\nWatchdogSec=5\n' >"$root_dir/etc/systemd/system/vitrine-kiosk.service.d/test-watchdog.conf"
# policy-rc.d is for package scripts in a chroot, not for a booted system.
rm -f "$root_dir/usr/sbin/policy-rc.d"

systemd-nspawn -q -D "$root_dir" --boot --register=no --keep-unit --machine=vitrine-test \
    --console=pipe </dev/null >"$log_dir/nspawn.log" 2>&1 &
nspawn=$!
leader=""
stop_box() {
    if kill -0 "$nspawn" 2>/dev/null; then
        kill -TERM "$nspawn" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$nspawn" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$nspawn" 2>/dev/null || true
    fi
    wait "$nspawn" 2>/dev/null || true
}
trap stop_box EXIT
in_box() {
    [ -n "$leader" ] || return 1
    nsenter --target "$leader" --mount --uts --ipc --net --pid -- \
        /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"
}
wait_for() { # seconds, then a command that succeeds when the wait is over
    local until=$(($(date +%s%N) / 1000000 + $1 * 1000))
    shift
    while (($(date +%s%N) / 1000000 < until)); do
        if "$@" >/dev/null 2>&1; then return 0; fi
        sleep 0.1
    done
    return 1
}
kiosk_pid() { in_box pgrep -n -x vitrine; } # the newest, should an old one still be ending
is_active() { [ "$(in_box systemctl is-active vitrine-kiosk.service)" = active ]; }
active_with_new_pid() { is_active && [ -n "$(kiosk_pid)" ] && [ "$(kiosk_pid)" != "$1" ]; }
active_with_pid() { is_active && [ -n "$(kiosk_pid)" ]; }
# The kiosk running now, once the unit is active with one. Just after a restart the unit may still
# be bringing it back: a bare pgrep then found none, and `set -e` ended the test with no reason given.
current_kiosk() {
    wait_for 15 active_with_pid || fail "no kiosk running in the active unit: $(in_box systemctl status --no-pager vitrine-kiosk | head -20)"
    kiosk_pid
}
ms_now() { echo $(($(date +%s%N) / 1000000)); }

# The container's init: nspawn's child named systemd (first nspawn forks a helper that forks init
# and exits; on a busy machine that helper was taken for the leader and vanished under nsenter).
for _ in $(seq 1 200); do
    leader=$(pgrep -P "$nspawn" -x systemd | head -1 || true)
    [ -n "$leader" ] && break
    sleep 0.1
done
booted() {
    local state
    state=$(in_box systemctl is-system-running 2>/dev/null || true)
    [ "$state" = running ] || [ "$state" = degraded ]
}
if [ -z "$leader" ] || ! wait_for 60 booted; then
    if ! kill -0 "$nspawn" 2>/dev/null; then
        echo "systemd-test: skipped: this machine cannot boot a container: $(tail -3 "$log_dir/nspawn.log")"
        exit 77
    fi
fi
say "container up (systemd $(in_box systemctl --version | head -1 | cut -d' ' -f2))"

# At boot: enabled, started, ready once the first frame is on screen.
wait_for 90 is_active || fail "the kiosk unit did not become active after boot: $(in_box systemctl status --no-pager vitrine-kiosk | head -20)"
first=$(current_kiosk)
[ -n "$first" ] || fail "no vitrine process in the active unit"
say "started at boot and ready (vitrine pid $first, under $(in_box ps -o comm= -p "$(in_box systemctl show -p MainPID --value vitrine-kiosk)"))"

# Its heap on transparent huge pages, as the unit asks: the variable reaches it through the
# session and cage, and where the kernel leaves huge pages to programs, it holds some.
tunables=$(in_box cat "/proc/$first/environ" | tr '\0' '\n' | sed -n 's/^GLIBC_TUNABLES=//p')
unit_tunables=$(sed -n 's/^Environment=GLIBC_TUNABLES=//p' "$(dirname "$0")/systemd/vitrine-kiosk.service")
case "$unit_tunables" in *glibc.malloc.hugetlb=1*) ;; *) fail "the kiosk unit asks no huge pages of glibc: '$unit_tunables'" ;; esac
[ "$tunables" = "$unit_tunables" ] || fail "the kiosk runs with GLIBC_TUNABLES '$tunables', not the unit's '$unit_tunables'"
if grep -q '\[madvise\]\|\[always\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
    huge=$(in_box sed -n 's/^AnonHugePages: *\([0-9]*\) kB/\1/p' "/proc/$first/smaps_rollup")
    [ "${huge:-0}" -gt 0 ] || fail "the kiosk's heap has no huge pages (AnonHugePages ${huge:-none})"
    say "heap on huge pages: $huge kB"
fi

doctor=$(in_box setpriv --reuid=vitrine --regid=vitrine --init-groups env VITRINE_DB=/var/lib/vitrine/vitrine.sqlite vitrinectl doctor)
grep -q "service: *active (vitrine-kiosk.service)" <<<"$doctor" || fail "doctor does not report the unit: $doctor"
say "vitrinectl doctor: $(grep service: <<<"$doctor")"
# A first start finds no snapshot of the stock beside the new database and says so at info,
# under its category (the hourly purge says nothing when it finds nothing to purge).
in_box journalctl --no-pager -u vitrine-kiosk -p 6..6 -o cat | grep -q "^vitrine.inventory: stock snapshot" ||
    fail "no info line of category vitrine.inventory in the journal"
say "the journal has the kiosk's lines by category and priority ($(in_box journalctl --no-pager -u vitrine-kiosk -p 6..6 -o cat | grep -c '^vitrine\.') at info)"

# A crash: back, ready, within 5 seconds.
in_box systemctl reset-failed vitrine-kiosk.service || true
t0=$(ms_now)
in_box kill -SEGV "$first"
wait_for 15 active_with_new_pid "$first" || fail "not back within 15 s of a crash"
crash_ms=$(($(ms_now) - t0))
((crash_ms <= 5000)) || fail "back only after $crash_ms ms (more than 5 s)"
say "after a crash: back and ready in $crash_ms ms"

# A hang: the watchdog (5 s here, 20 s in the package) restarts it.
in_box systemctl reset-failed vitrine-kiosk.service || true
hung=$(current_kiosk)
t0=$(ms_now)
in_box kill -STOP "$hung"
wait_for 30 active_with_new_pid "$hung" || fail "a hung kiosk was not restarted"
say "hung: restarted by the watchdog in $(($(ms_now) - t0)) ms"
# The journal may write its line a moment after the restart on a busy machine.
journal_names_watchdog() { in_box journalctl --no-pager -u vitrine-kiosk -o cat | grep -q -i "watchdog timeout"; }
wait_for 10 journal_names_watchdog || fail "the journal does not name the watchdog"

# The display lost: cage killed, the kiosk ends, the unit brings both back.
in_box systemctl reset-failed vitrine-kiosk.service || true
before=$(current_kiosk)
t0=$(ms_now)
in_box pkill -KILL -x cage
wait_for 15 active_with_new_pid "$before" || fail "not back after the display was lost"
say "display lost: back and ready in $(($(ms_now) - t0)) ms"

# SIGTERM (systemctl stop): a clean stop.
in_box systemctl stop vitrine-kiosk.service
[ "$(in_box systemctl show -p Result --value vitrine-kiosk)" = success ] ||
    fail "stop was not clean: $(in_box systemctl show -p Result --value vitrine-kiosk)"
say "systemctl stop: result success"

# A start loop: stopped at the start limit, and the failure screen for staff.
mkdir -p "$root_dir/etc/systemd/system/vitrine-kiosk.service.d"
printf '[Service]\nExecStart=\nExecStart=/bin/sh -c "sleep 0.3; exit 3"\n' \
    >"$root_dir/etc/systemd/system/vitrine-kiosk.service.d/test-crash-loop.conf"
in_box systemctl daemon-reload
in_box systemctl reset-failed vitrine-kiosk.service || true
t0=$(ms_now)
in_box systemctl start --no-block vitrine-kiosk.service
# systemd 252 keeps the last start's result (exit-code) and says why it gave up in the journal.
limit_hit() {
    [ "$(in_box systemctl is-active vitrine-kiosk.service)" = failed ] &&
        in_box journalctl --no-pager -u vitrine-kiosk -o cat | grep -q "Start request repeated too quickly"
}
wait_for 60 limit_hit || fail "the loop did not stop at the start limit"
say "start loop: stopped at the start limit after $(($(ms_now) - t0)) ms"
failure_screen() { in_box pgrep -f -- "--out-of-order"; }
wait_for 30 failure_screen || fail "no failure screen: $(in_box systemctl status --no-pager vitrine-kiosk-failed | head -20)"
say "the failure screen is up for staff ($(in_box systemctl is-active vitrine-kiosk-failed.service))"
rm -f "$root_dir/etc/systemd/system/vitrine-kiosk.service.d/test-crash-loop.conf"

in_box systemctl poweroff || true
wait_for 30 sh -c "! kill -0 $nspawn" || true
stop_box
trap - EXIT
rm -rf "$root_dir/etc/systemd/system/vitrine-kiosk.service.d" "$root_dir/etc/systemd/system/vitrine-kiosk-failed.service.d"
say "passed"
