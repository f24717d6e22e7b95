"""Write data/claims.csv, the claims ledger: every part's claims, found values computed from data/.

usage: python -m bookbuild.ledger

This is the one writer of data/claims.csv. The parts are read from data/articles.csv (column
`part`); each part's module here (bookbuild/ledger/<part>.py) returns its rows with `rows()`.
The verdicts are computed by the ledger's rules (missions.claims.judge), never typed in.
"""

from __future__ import annotations

import csv
import importlib
import sys

from bookbuild.ledger.common import HEADER, judged
from missions import data
from missions.paths import DATA

CLAIMS = DATA / "claims.csv"


def all_rows() -> list[dict]:
    articles = data.load("articles")
    rows: list[dict] = []
    for part in dict.fromkeys(articles["part"]):
        module = importlib.import_module(f"bookbuild.ledger.{part}")
        rows += [judged(r) for r in module.rows()]
    known = set(articles["article"])
    stray = sorted({r["article"] for r in rows} - known)
    if stray:
        raise ValueError(f"claims for articles not in data/articles.csv: {stray}")
    missing = sorted(known - {r["article"] for r in rows})
    if missing:
        raise ValueError(f"articles in data/articles.csv with no claims: {missing}")
    ids = [r["claim_id"] for r in rows]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ValueError(f"duplicate claim ids: {dupes}")
    return sorted(rows, key=lambda r: r["claim_id"])


def main() -> int:
    rows = all_rows()
    with CLAIMS.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=HEADER, lineterminator="\n", extrasaction="raise")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{CLAIMS.relative_to(DATA.parent)}: {len(rows)} claims written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
