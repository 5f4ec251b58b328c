#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts the kiosk on the demo data.
# Windowed by default; --kiosk for full screen. Other arguments pass through to vitrine.
set -euo pipefail
cd "$(dirname "$0")"
packaging/setup.sh
# The kiosk's heap as its unit sets it (packaging/systemd/vitrine-kiosk.service).
GLIBC_TUNABLES=$(sed -n 's/^Environment=GLIBC_TUNABLES=//p' packaging/systemd/vitrine-kiosk.service)
export GLIBC_TUNABLES
exec build/bin/vitrine "$@"
