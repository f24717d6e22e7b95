"""Find every figure a text states: numerals (with their ordinal suffix or a following "million")
and number words. The ledger's coverage list (each chapter's FIGURES, written to data/ledger/article_figures.csv) must
equal a scan of each source article (tests/test_ledger.py), so a figure the ledger does not account
for is found.

usage: python -m bookbuild.figures ARTICLE.txt   (print each figure with its context, for the list)
"""

from __future__ import annotations

import re

_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion billions dozen dozens "
    "once twice half first second third fourth fifth sixth seventh eighth ninth tenth"
).split()

FIGURE = re.compile(
    r"(?<![\w-])(?:"
    r"\d+(?:[.,]\d+)*[a-z]*(?:\s(?:million|billion))?"  # 9,205  13th  1970s  300m  1,600ft  5 million
    r"|(?:" + "|".join(_WORDS) + r")"
    r")(?![\w])",
    re.IGNORECASE,
)


def scan(text: str) -> list[str]:
    """The figures in `text`, in order, each as printed (numbers keep their separators)."""
    return [m.group(0) for m in FIGURE.finditer(text)]


def context(text: str, width: int = 40) -> list[tuple[str, str]]:
    """(figure, surrounding text) pairs, for a person mapping figures to claims."""
    out = []
    for m in FIGURE.finditer(text):
        a, b = max(0, m.start() - width), min(len(text), m.end() + width)
        out.append((m.group(0), " ".join(text[a:b].split())))
    return out


if __name__ == "__main__":
    import sys
    from pathlib import Path

    for i, (fig, ctx) in enumerate(context(Path(sys.argv[1]).read_text(encoding="utf-8")), start=1):
        print(f"{i:>3} {fig!r:>14}  …{ctx}…")
