"""Validate every dataset in data/datapackage.json; exit 1 with the file, row and column on error.

usage: python -m missions.validate      (run by `make book` before anything is built)
"""
import sys

from missions.data import DataError, validate_all


def main() -> int:
    try:
        names = validate_all()
    except DataError as exc:
        print(f"data error: {exc}", file=sys.stderr)
        return 1
    print(f"data ok: {len(names)} resources valid against data/datapackage.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
