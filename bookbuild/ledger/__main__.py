"""Write the claims ledger from the chapters: data/claims.csv and data/ledger/article_figures.csv.

usage: python -m bookbuild.ledger

This is the one writer of both files. The articles are read from data/articles.csv; each article's
chapter module (missions/chapters/<article, "-" as "_">.py) states its claims in `claims()` (found
values computed from data/ or taken from data/ledger/facts.csv) and the figures the article prints in
`FIGURES`. The verdicts are computed by the ledger's rules (missions.ledger.judged), never typed in.
"""

from __future__ import annotations

import csv
import importlib
import sys

from missions import data
from missions.ledger import FIGURE_HEADER, HEADER, figures, judged
from missions.paths import DATA

CLAIMS = DATA / "claims.csv"
FIGURES = DATA / "ledger" / "article_figures.csv"


def chapter(article: str):
    return importlib.import_module(f"missions.chapters.{article.replace('-', '_')}")


def all_rows() -> tuple[list[dict], list[dict]]:
    claims: list[dict] = []
    figs: list[dict] = []
    for article in data.load("articles")["article"]:
        module = chapter(article)
        rows = [judged(r) for r in module.claims()]
        stray = sorted({r["article"] for r in rows} - {article})
        if stray:
            raise ValueError(f"{module.__name__}.claims() gives claims of other articles: {stray}")
        if not rows:
            raise ValueError(f"{module.__name__}.claims() gives no claims")
        claims += rows
        figs += figures(article, module.FIGURES)
    ids = [r["claim_id"] for r in claims]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ValueError(f"duplicate claim ids: {dupes}")
    unknown = sorted({f["claim_id"] for f in figs if f["claim_id"]} - set(ids))
    if unknown:
        raise ValueError(f"FIGURES name claims that no claims() gives: {unknown}")
    return sorted(claims, key=lambda r: r["claim_id"]), figs


def _write(path, header, rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header, lineterminator="\n", extrasaction="raise")
        writer.writeheader()
        writer.writerows(rows)


def main() -> int:
    claims, figs = all_rows()
    _write(CLAIMS, HEADER, claims)
    _write(FIGURES, FIGURE_HEADER, figs)
    print(
        f"{CLAIMS.relative_to(DATA.parent)}: {len(claims)} claims; {FIGURES.relative_to(DATA.parent)}: {len(figs)} figures"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
