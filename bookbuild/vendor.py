"""Third-party files kept in the repository (no CDN, no download at test time), each folder with a
VENDOR.json record of where it came from and the checksum of every file.

Vendored folders (committed; taken unchanged from the npm registry with `npm pack`):
- web/test-vendor/axe-core                axe-core (axe.min.js; used by tests/test_browser.py only)

The published book needs no third-party script of its own: its panels are plain HTML with a few
lines of the book's own script (web/static/missions-panels.js).

usage:
  python -m bookbuild.vendor verify            check every record against the files (exit 1 if not)
  python -m bookbuild.vendor record DIR PACKAGE VERSION TARBALL INTEGRITY FOLDER_IN_TARBALL
                                              (re)write DIR/VENDOR.json after replacing files
To update a package: `npm pack <package>@<version>` in a temporary folder, unpack it, copy the
needed files into the folder (replacing the old ones), then run `record` with the tarball URL and
integrity that `npm view <package>@<version> dist.tarball dist.integrity` prints.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from missions.paths import ROOT

RECORD = "VENDOR.json"
FOLDERS = [
    ROOT / "web" / "test-vendor" / "axe-core",
]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def record(folder: Path, package: str, version: str, tarball: str, integrity: str, folder_in_tarball: str) -> dict:
    """Write folder/VENDOR.json listing every file in the folder with its SHA-256."""
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.name != RECORD)
    rec = {
        "package": package,
        "version": version,
        "registry": "https://registry.npmjs.org/",
        "tarball": tarball,
        "integrity": integrity,
        "obtained_with": f"npm pack {package}@{version}",
        "copied_unchanged_from": folder_in_tarball,
        "files": [{"file": p.name, "sha256": sha256(p), "bytes": p.stat().st_size} for p in files],
    }
    (folder / RECORD).write_text(json.dumps(rec, indent=2) + "\n", encoding="utf-8")
    return rec


def problems(folder: Path) -> list[str]:
    """What is wrong with a vendored folder: missing record, files missing, extra or changed."""
    rec_path = folder / RECORD
    if not rec_path.is_file():
        return [f"{folder}: no {RECORD}"]
    rec = json.loads(rec_path.read_text(encoding="utf-8"))
    out = []
    for key in ("package", "version", "tarball", "integrity", "files"):
        if not rec.get(key):
            out.append(f"{rec_path}: missing {key!r}")
    listed = {f["file"]: f for f in rec.get("files", [])}
    present = {p.name for p in folder.iterdir() if p.is_file() and p.name != RECORD}
    for name in sorted(present - set(listed)):
        out.append(f"{folder / name}: not in {RECORD}")
    for name, entry in sorted(listed.items()):
        path = folder / name
        if not path.is_file():
            out.append(f"{path}: listed in {RECORD} but missing")
        elif sha256(path) != entry["sha256"]:
            out.append(f"{path}: sha256 differs from {RECORD}")
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["record"] and len(argv) == 7:
        rec = record(Path(argv[1]).resolve(), *argv[2:])
        print(f"recorded {len(rec['files'])} files of {rec['package']}@{rec['version']}")
        return 0
    if argv[:1] in (["verify"], []):
        found = [p for folder in FOLDERS for p in problems(folder)]
        print("\n".join(found) or f"vendored files: {len(FOLDERS)} records verified")
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
