#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Adds the SPDX licence line to every source file of Vitrine that lacks one (C++, QML, CMake,
shell, Python), as the first line or right after a shebang. Idempotent; run clang-format after.

    python3 packaging/add-spdx.py [ROOT]
"""
import pathlib
import subprocess
import sys

TAG = "SPDX-License-Identifier: GPL-3.0-or-later"
COMMENT = {".cpp": "//", ".h": "//", ".qml": "//", ".txt": "#", ".cmake": "#", ".sh": "#", ".py": "#"}


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[1])
    files = subprocess.run(["git", "-C", str(root), "ls-files"], check=True, capture_output=True, text=True).stdout.split()
    changed = 0
    for name in files:
        path = root / name
        prefix = COMMENT.get(path.suffix)
        if prefix is None or (path.suffix == ".txt" and path.name != "CMakeLists.txt") or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        if "SPDX-License-Identifier" in text[:400]:
            continue
        line = f"{prefix} {TAG}\n"
        if text.startswith("#!"):
            first, _, rest = text.partition("\n")
            text = f"{first}\n{line}{rest}"
        else:
            text = line + text
        path.write_text(text, encoding="utf-8")
        changed += 1
    print(f"add-spdx: {changed} files given the licence line")
    return 0


if __name__ == "__main__":
    sys.exit(main())
