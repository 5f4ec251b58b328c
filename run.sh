#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts the kiosk on the demo data.
# Windowed by default; --kiosk for full screen. Other arguments pass through to vitrine.
set -euo pipefail
cd "$(dirname "$0")"
packaging/setup.sh
exec build/bin/vitrine "$@"
