"""Validate every dataset in data/datapackage.json; exit 1 with the file, row and column on error.

usage: python -m bookbuild.validate [--stamp FILE]    (run by `make book` before anything is built)

With --stamp, a successful validation records a digest of data/ and of the loader in FILE, and a
later run with the same inputs skips the work (the no-change rebuild stays fast). Any change to
a CSV, the descriptor or the loader means a full validation again.
"""

import hashlib
import sys
from pathlib import Path

from missions.data import DataError, datapackage_path, validate_all
from missions.paths import DATA, ROOT


def data_digest() -> str:
    """SHA-256 over every file under data/ and the loader that validates them."""
    digest = hashlib.sha256()
    files = sorted(p for p in DATA.rglob("*") if p.is_file()) + [ROOT / "missions" / "data.py"]
    for path in files:
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def main(argv: list[str]) -> int:
    stamp = Path(argv[argv.index("--stamp") + 1]) if "--stamp" in argv else None
    # the stamp only stands for the repository's own data package, never an override
    default = datapackage_path() == DATA / "datapackage.json"
    current = data_digest() if stamp and default else None
    if current and stamp.exists() and stamp.read_text().strip() == current:
        print("data ok: unchanged since the last validation")
        return 0
    try:
        names = validate_all()
    except DataError as exc:
        print(f"data error: {exc}", file=sys.stderr)
        if current and stamp.exists():
            stamp.unlink()
        return 1
    if current:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(current + "\n")
    print(f"data ok: {len(names)} resources valid against data/datapackage.json")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
