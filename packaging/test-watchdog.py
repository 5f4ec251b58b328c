#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The kiosk's side of the systemd contract, without systemd: this script plays the service
manager on a NOTIFY_SOCKET, as systemd does for a unit of Type=notify with WatchdogSec=.

It checks that the kiosk says READY=1 once its first frame is on screen, pings WATCHDOG=1 from
its event loop at least twice per interval, stops pinging when its loop is stopped (a hang, made
here with SIGSTOP: systemd would kill and restart it), takes up again when it goes on, and on
SIGTERM says STOPPING=1 and exits 0. It also checks the out-of-order screen (the unit's failure
screen) reports ready the same way.

    packaging/test-watchdog.py BUILD_DIR/bin/vitrine
"""
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time

WATCHDOG_SEC = 2.0


def fail(message):
    print(f"watchdog-test: FAILED: {message}")
    sys.exit(1)


def receive(sock, until):
    """Datagrams received before the deadline, each with its arrival time."""
    got = []
    while True:
        left = until - time.monotonic()
        if left <= 0:
            return got
        sock.settimeout(left)
        try:
            data = sock.recv(4096).decode()
        except socket.timeout:
            return got
        got.append((time.monotonic(), data))


def start(binary, folder, extra):
    path = os.path.join(folder, "notify.sock")
    if os.path.exists(path):
        os.unlink(path)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    env = dict(os.environ, NOTIFY_SOCKET=path, WATCHDOG_USEC=str(int(WATCHDOG_SEC * 1e6)),
               QT_QPA_PLATFORM="offscreen", VITRINE_DB=os.path.join(folder, "kiosk.sqlite"))
    # WATCHDOG_PID names the unit's main process: here this script, the kiosk's parent, as cage is
    # under the real unit.
    env["WATCHDOG_PID"] = str(os.getpid())
    process = subprocess.Popen([binary, "--attract", "--size", "800x600"] + extra, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return sock, process


def check_kiosk(binary, folder, extra, label):
    sock, process = start(binary, folder, extra)
    try:
        messages = []
        # READY=1 first, within a minute (the first start imports the demo catalog).
        deadline = time.monotonic() + 60
        ready_at = None
        while ready_at is None and time.monotonic() < deadline:
            for at, data in receive(sock, min(deadline, time.monotonic() + 1)):
                messages.append((at, data))
                if "READY=1" in data.split("\n"):
                    ready_at = at
            if process.poll() is not None:
                fail(f"{label}: the kiosk ended before it was ready: {process.stderr.read().decode()[-2000:]}")
        if ready_at is None:
            fail(f"{label}: no READY=1 within 60 s")
        print(f"watchdog-test: {label}: READY=1 ({[d for _, d in messages]})")

        # Pings: at least every half interval (with some slack for a busy machine).
        window = receive(sock, time.monotonic() + 3 * WATCHDOG_SEC)
        pings = [at for at, data in window if data == "WATCHDOG=1"]
        if len(pings) < 4:
            fail(f"{label}: {len(pings)} watchdog pings in {3 * WATCHDOG_SEC:.0f} s")
        gaps = [b - a for a, b in zip(pings, pings[1:])]
        if max(gaps) > WATCHDOG_SEC:
            fail(f"{label}: a gap of {max(gaps):.2f} s between pings (the watchdog is {WATCHDOG_SEC} s)")
        print(f"watchdog-test: {label}: {len(pings)} pings in {3 * WATCHDOG_SEC:.0f} s, longest gap {max(gaps):.2f} s")

        # A hung loop sends nothing: systemd's watchdog would fire.
        process.send_signal(signal.SIGSTOP)
        receive(sock, time.monotonic() + 0.3)  # what was already on its way
        silent = receive(sock, time.monotonic() + 1.5 * WATCHDOG_SEC)
        process.send_signal(signal.SIGCONT)
        if silent:
            fail(f"{label}: messages while the process was stopped: {silent}")
        resumed = [d for _, d in receive(sock, time.monotonic() + WATCHDOG_SEC) if d == "WATCHDOG=1"]
        if not resumed:
            fail(f"{label}: no pings once the process went on")
        print(f"watchdog-test: {label}: silent while stopped, pinging again after")

        # SIGTERM: STOPPING=1 and a clean exit.
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=20)
        stopping = [d for _, d in receive(sock, time.monotonic() + 0.5) if "STOPPING=1" in d]
        if code != 0:
            fail(f"{label}: exit {code} on SIGTERM: {process.stderr.read().decode()[-2000:]}")
        if not stopping:
            fail(f"{label}: no STOPPING=1 on SIGTERM")
        print(f"watchdog-test: {label}: STOPPING=1 and exit 0 on SIGTERM")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        sock.close()


def check_without_systemd(binary, folder):
    """No NOTIFY_SOCKET: the kiosk runs as before and sends nothing."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VITRINE_DB=os.path.join(folder, "kiosk.sqlite"))
    env.pop("NOTIFY_SOCKET", None)
    result = subprocess.run([binary, "--quit-after-first-frame", "--size", "800x600"], env=env,
                            capture_output=True, timeout=120)
    if result.returncode != 0:
        fail(f"without systemd: exit {result.returncode}: {result.stderr.decode()[-2000:]}")
    print("watchdog-test: without systemd: starts and quits as before")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 64
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as folder:
        check_kiosk(binary, folder, [], "kiosk")
        check_kiosk(binary, folder, ["--out-of-order", "A note for staff."], "failure screen")
        check_without_systemd(binary, folder)
    print("watchdog-test: passed (kiosk, failure screen, without systemd)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
