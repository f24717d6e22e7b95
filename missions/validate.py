"""Validate every dataset in data/datapackage.json; exit 1 with the file, row and column on error.

usage: python -m missions.validate [--stamp FILE]    (run by `make book` before anything is built)

With --stamp, a successful validation records the hash of data/ and the package in FILE, and a
later run with the same inputs skips the work (the no-change rebuild stays fast). Any change to
a CSV, the descriptor or the package means a full validation again.
"""
import sys
from pathlib import Path

from missions.cachekey import inputs_hash
from missions.data import DataError, datapackage_path, validate_all


def main(argv: list[str]) -> int:
    stamp = Path(argv[argv.index("--stamp") + 1]) if "--stamp" in argv else None
    # the stamp only stands for the repository's own data package, never an override
    default = datapackage_path() == Path(__file__).resolve().parent.parent / "data" / "datapackage.json"
    current = inputs_hash() if stamp and default else None
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
