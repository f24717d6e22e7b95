"""The articles' bibliography entries, made from data/articles.csv (one row per chapter's article).

The Sphinx extension writes them at the start of every build to ARTICLES_BIB (under _build/, never
committed) and adds that file to `bibtex_bibfiles`, so a new chapter's source needs no hand-written
BibTeX: its row in articles.csv is the entry.
"""

from __future__ import annotations

from pathlib import Path

from missions import data, html
from missions.data import DataError

ARTICLES_BIB = Path("_build") / ".missions" / "articles.bib"  # relative to the book's root (Sphinx srcdir)
_ESCAPES = {"&": r"\&", "%": r"\%", "#": r"\#", "$": r"\$", "_": r"\_"}
_REFUSED = set("{}\\~^")


def _tex(value: str, where: str) -> str:
    """Text as a BibTeX field holds it: LaTeX's special characters escaped; braces and backslashes refused."""
    bad = sorted(_REFUSED & set(value))
    if bad:
        raise DataError(f"data/articles.csv, {where}: characters BibTeX cannot take as text: {''.join(bad)}")
    return "".join(_ESCAPES.get(ch, ch) for ch in value)


def entry(row) -> str:
    """One @misc entry: the title as printed (braced, so no style changes its case), the credit, the
    outlet (unless our copy does not state it), the year, and the note (about, then the date)."""
    where = f"row {row.article}"
    people = [p.strip() for p in row.credit.split(";") if p.strip()]
    if len(people) > 1:
        author = " and ".join(_tex(p, f"{where}, column credit") for p in people)
    else:
        author = "{" + _tex(row.credit, f"{where}, column credit") + "}"
    about = "" if html.is_missing(row.about) else str(row.about)
    note = "; ".join(x for x in (about, str(row.date_note)) if x)
    fields = [("title", "{" + _tex(row.title, f"{where}, column title") + "}"), ("author", author)]
    if not row.outlet.startswith("not stated"):
        fields.append(("howpublished", _tex(row.outlet, f"{where}, column outlet")))
    fields += [("year", str(row.published)[:4]), ("note", _tex(note, f"{where}, columns about and date_note"))]
    body = "".join(f"  {name} = {{{value}}},\n" for name, value in fields)
    return f"@misc{{{row.bibkey},\n{body}}}\n"


def articles_bib() -> str:
    head = "% Generated from data/articles.csv by bookbuild.bib at the start of each build: do not edit.\n\n"
    return head + "\n".join(entry(row) for row in data.load("articles").itertuples())


def write(root: Path) -> Path:
    """Write the entries under `root` (the book's root), only when they changed; return the path."""
    path = Path(root) / ARTICLES_BIB
    text = articles_bib()
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return path
