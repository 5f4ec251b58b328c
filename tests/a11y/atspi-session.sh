#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command in a desktop of its own, as a screen reader would meet it: a virtual X display
# (Xvfb), a private D-Bus session bus, and the AT-SPI accessibility bus with its registry. All
# three are stopped when the command ends; its exit status is this script's.
#   atspi-session.sh COMMAND [ARGS…]
set -eu
work="$(mktemp -d)"
pids=""
cleanup() {
    for pid in $pids; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

Xvfb -displayfd 3 -screen 0 1920x1200x24 -nolisten tcp -noreset 3>"$work/display" 2>"$work/xvfb.log" &
pids="$!"
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "atspi-session: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 2; }
DISPLAY=":$(cat "$work/display")"
export DISPLAY

dbus-daemon --session --fork --nopidfile --print-address=3 --print-pid=4 3>"$work/bus" 4>"$work/bus.pid"
pids="$pids $(cat "$work/bus.pid")"
DBUS_SESSION_BUS_ADDRESS="$(head -1 "$work/bus")"
export DBUS_SESSION_BUS_ADDRESS

# The accessibility bus and its registry (the desktop a screen reader asks for applications).
/usr/libexec/at-spi-bus-launcher --launch-immediately 2>"$work/launcher.log" &
pids="$pids $!"
for _ in $(seq 100); do
    if /usr/bin/python3 -c 'import pyatspi, sys; sys.exit(0 if pyatspi.Registry.getDesktop(0) is not None else 1)' 2>/dev/null; then
        break
    fi
    sleep 0.1
done
# Nothing personal or remote: no session manager, no other toolkits.
unset SESSION_MANAGER XDG_SESSION_TYPE
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb NO_AT_BRIDGE=0
"$@"
