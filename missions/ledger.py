"""The claims ledger (data/claims.csv): its rules, and its tables for the chapters and the ledger page.

Each row of the ledger is one claim: a figure an article prints, set beside the value found in the
book's data or in one published fact, with a verdict that the rules below compute from the two
figures and the claim's reading. The tables here are HTML (missions.html): every text from the
data is escaped, missing values print as "—", and sources show as their publishers' names,
linked, never as the book's dataset ids (those stay in the downloadable CSV).
"""

from __future__ import annotations

import math
import posixpath
import re

import pandas as pd
from IPython.display import Markdown

from missions import html
from missions.data import DataError, load

VERDICT_LABELS = {
    "matches": "Matches",
    "close": "Close",
    "differs": "Differs",
    "measures-something-else": "Measures something else",
    "not-verifiable": "Not verifiable with the data found",
}
#: Verdicts in the order the ledger page shows them.
VERDICT_ORDER = list(VERDICT_LABELS)

#: How a stated figure is read when it is set beside the found one (column `reading`).
READINGS = {
    "exact": "the same number",
    "rounded": "the same number once the found value is rounded as the article rounds (to the place of "
    "its last non-zero digit: 12,500 to the hundred, 4.9 to the tenth)",
    "more-than": "a lower bound: the found value must be larger",
    "at-least": "a lower bound: the found value may equal it",
    "date": "a date, printed as a decade, a year, a month or a day: the same date to the precision "
    "printed, or it differs",
    "different-measure": "the two figures count different things",
    "cannot-test": "nothing found can test it",
    "holds": "a statement without a figure, tested against the data: they bear it out, or contradict it",
}

#: A reading in a few words, for table cells.
READING_SHORT = {
    "exact": "same number",
    "rounded": "same once rounded",
    "more-than": "more than",
    "at-least": "at least",
    "date": "same date",
    "different-measure": "different measures",
    "cannot-test": "cannot be tested",
    "holds": "borne out or not",
}

#: Where a found value comes from (column `basis`).
BASES = {
    "dataset": "computed from a curated dataset in data/ (the row's found_where names it)",
    "sourced-fact": "one published figure, recorded with its source in ledger-facts",
    "none": "nothing found: no found value",
}

#: Why a figure printed in an article is not a claim (ledger/article_figures.csv, `not_a_claim`).
NOT_A_CLAIM = {
    "part-of-a-name": "part of a name or title (a resolution, a report)",
    "not-a-quantity": "a number word that counts nothing ('one of', 'third countries', 'the first time')",
    "page-furniture": "not the article's text (a dateline, a photo gallery's counter)",
}

#: "close": within this share of the found value.
CLOSE = 0.05

#: Units whose values read as ordinals: "28th", "78th session".
ORDINAL_UNITS = {"rank": "", "session": "session"}

#: Units of dates written as numbers (YYY, YYYY, YYYYMM, YYYYMMDD).
DATE_UNITS = ("decade", "year", "month", "date")


# --- the rules ---------------------------------------------------------------------------------


def precision(stated: float) -> float:
    """The place of a printed figure's last non-zero digit: 12500 -> 100, 4.9 -> 0.1, 7 -> 1."""
    if stated == 0:
        return 1.0
    digits = f"{abs(stated):.6f}".rstrip("0")
    whole, _, frac = digits.partition(".")
    if frac:
        return 10.0 ** -len(frac)
    return 10.0 ** (len(whole) - len(whole.rstrip("0")))


def _date_digits(value: float) -> str:
    digits = f"{value:.0f}"
    if value != int(value) or len(digits) not in (3, 4, 6, 8):
        raise ValueError(f"{value!r} is not a date written as YYY (a decade), YYYY, YYYYMM or YYYYMMDD")
    return digits


def judge(stated, found, reading: str) -> str:
    """The verdict the ledger's rules give a stated and a found figure under a reading.

    Only the figures decide: matches (equal under the reading), close (within CLOSE of the found
    value), differs (anything else). `different-measure` and `cannot-test` say the figures cannot
    be compared. `holds` compares a computed check (1 or 0) with the statement (stated 1).
    """
    if reading not in READINGS:
        raise ValueError(f"unknown reading {reading!r}; expected one of {sorted(READINGS)}")
    if reading == "different-measure":
        return "measures-something-else"
    if reading == "cannot-test":
        return "not-verifiable"
    if html.is_missing(stated) or html.is_missing(found):
        raise ValueError(f"reading {reading!r} needs both a stated and a found value (got {stated!r}, {found!r})")
    s, f = float(stated), float(found)
    if reading == "holds":
        if s != 1 or f not in (0, 1):
            raise ValueError(f"a 'holds' claim states 1 and finds 1 or 0 (got {stated!r}, {found!r})")
        return "matches" if f == 1 else "differs"
    if reading == "date":
        printed, have = _date_digits(s), _date_digits(f)
        if len(have) < len(printed):
            raise ValueError(f"found date {have} is less precise than the stated {printed}")
        return "matches" if have[: len(printed)] == printed else "differs"
    if reading == "more-than":
        return "matches" if f > s else "differs"
    if reading == "at-least":
        return "matches" if f >= s else "differs"
    if reading == "exact":
        equal = s == f
    else:  # rounded: round half away from zero, to the printed precision
        step = precision(s)
        equal = math.isclose(math.floor(abs(f) / step + 0.5) * step * math.copysign(1, f), s, rel_tol=1e-9)
    if equal:
        return "matches"
    return "close" if f != 0 and abs(s - f) / abs(f) <= CLOSE else "differs"


def format_date(value: float) -> str:
    """199 -> '1990s'; 2023 -> '2023'; 202306 -> 'June 2023'; 20230618 -> '18 June 2023'."""
    import datetime as dt

    digits = _date_digits(value)
    if len(digits) == 3:
        return f"{digits}0s"
    if len(digits) == 4:
        return digits
    if len(digits) == 6:
        return dt.date(int(digits[:4]), int(digits[4:]), 1).strftime("%B %Y")
    d = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    return f"{d.day} {d:%B %Y}"


_NOT_COUNTS = {"dollars", "ft", "h", "per", "percentage", "us$", "gbp", "€"}


def _counts_things(unit: str) -> bool:
    """Whether a unit counts things ("people", "years", "countries (more than)") rather than measures."""
    first = str(unit).split()[0].lower()
    return first.isalpha() and first not in _NOT_COUNTS


def value_text(value, unit, reading: str = "") -> str:
    """A found or stated value for a reader: dates as dates, numbers with separators and unit."""
    if html.is_missing(value):
        return ""
    v = float(value)
    if reading == "holds":
        return "borne out by the data" if v == 1 else "contradicted by the data"
    if not html.is_missing(unit) and unit in DATE_UNITS:
        return format_date(v)
    if not html.is_missing(unit) and unit in ORDINAL_UNITS and v.is_integer():
        from missions.text import ordinal

        return f"{ordinal(int(v))} {ORDINAL_UNITS[unit]}".strip()
    if not html.is_missing(unit) and v.is_integer() and 1 <= v <= 9 and _counts_things(unit):
        from missions.text import count

        return f"{count(v)} {unit}"  # house style: "three people", not "3 people"
    number = f"{v:,.0f}" if v.is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")
    return f"{number} {unit}".strip() if not html.is_missing(unit) else number


# --- the rows ----------------------------------------------------------------------------------


def rows(article: str | None = None) -> pd.DataFrame:
    """The ledger's rows, optionally only one article's."""
    df = load("claims")
    if article is not None:
        df = df[df["article"] == article].reset_index(drop=True)
        if df.empty:
            raise DataError(f"data/claims.csv: no claims for article {article!r}")
    return df


def claim(claim_id: str) -> pd.Series:
    df = load("claims")
    found = df[df["claim_id"] == claim_id]
    if found.empty:
        raise DataError(f"data/claims.csv: no claim with claim_id {claim_id!r}")
    return found.iloc[0]


def stated(claim_id: str) -> str:
    """The figure as the article prints it, for prose."""
    from missions.text import Plain

    return Plain(str(claim(claim_id)["stated_text"]))


def in_reading_order(df: pd.DataFrame) -> pd.DataFrame:
    """Claims in the order their figures appear in the articles (claims without one last)."""
    first = load("article-figures").dropna(subset=["claim_id"]).groupby("claim_id")["position"].min()
    order = df["claim_id"].map(first.astype(float)).fillna(float("inf"))
    return df.assign(_order=order).sort_values(["_order", "claim_id"], kind="stable").drop(columns="_order")


def filtered(article: str | None = None, verdict: str | None = None) -> pd.DataFrame:
    df = rows()
    if article is not None:
        df = df[df["article"] == article]
    if verdict is not None:
        if verdict not in VERDICT_LABELS:
            raise ValueError(f"unknown verdict {verdict!r}")
        df = df[df["verdict"] == verdict]
    return df.reset_index(drop=True)


# --- where a value was found, for readers ------------------------------------------------------

_FACT = re.compile(r"ledger-facts:\s*([a-z0-9-]+)")


def _page_of(article: str) -> str:
    return load("articles").set_index("article").loc[article, "chapter"]


def page_link(from_doc: str, to_doc: str, anchor: str = "") -> str:
    """A relative link from one page (a Sphinx document name) to another, with an optional anchor."""
    path = posixpath.relpath(to_doc, posixpath.dirname(from_doc)) + ".html"
    return path + (f"#{anchor}" if anchor else "")


def sources_of(found_where, from_doc: str) -> list[html.Safe]:
    """Reader-facing links for the datasets and published facts a found value comes from."""
    if html.is_missing(found_where):
        return []
    names = {r["name"]: r for r in _resources()}
    facts = load("ledger-facts").set_index("fact_id")
    out: list[html.Safe] = []
    for part in str(found_where).split(";"):
        part = part.strip()
        fact = _FACT.match(part)
        if fact:
            if fact.group(1) not in facts.index:
                raise DataError(f"data/claims.csv: found_where names unknown fact {fact.group(1)!r}")
            f = facts.loc[fact.group(1)]
            out.append(html.link(f"{f['publisher']}: {f['source_title']}", f["source_url"]))
            continue
        head = re.split(r"[ ,:;(]", part, maxsplit=1)[0]
        for name in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)+", part.split(",")[0]) or [head]:
            if name in names:
                out.append(
                    html.link(
                        names[name].get("title", name),
                        page_link(from_doc, "book/back/data-and-methods", f"data-{name}"),
                    )
                )
    return out


def _resources() -> list[dict]:
    from missions.data import package

    return package()["resources"]


def found_cell(r, from_doc: str) -> html.Safe:
    value = value_text(r["found_value"], r["found_unit"], r["reading"])
    links = sources_of(r["found_where"], from_doc) if r["basis"] != "none" else []
    if r["basis"] == "none":
        return html.text(r["found_where"])
    parts = [html.text(value)] if value else []
    if links:
        parts.append(html.Safe("source: " + html.join(links)))
    return html.join(parts, sep=". ") if parts else html.text(None)


# --- tables ------------------------------------------------------------------------------------


def chapter_table(article: str) -> html.Table:
    """The chapter's claims, folded: claim and figure, verdict, what was found (with sources), why."""
    doc = _page_of(article)
    df = in_reading_order(rows(article))
    body = []
    for _, r in df.iterrows():
        claim_text = html.Safe(
            f'{html.text(r["claim"])} <span class="missions-stated">(the article: '
            f"“{html.text(r['stated_text'])}”)</span>"
        )
        body.append(
            [
                claim_text,
                html.Safe(f"<strong>{html.text(VERDICT_LABELS[r['verdict']])}</strong>"),
                found_cell(r, doc),
                html.text(r["note"]),
            ]
        )
    from missions.text import count

    return html.Table(
        ["Claim", "Verdict", "What we found", "Why"],
        body,
        label="The article's figures, checked",
        classes="missions-claims",
        fold=f"The article's figures, checked: {count(len(df))} claims",
        fold_id=f"claims-table-{article}",
    )


def page_table(article: str) -> html.Table:
    """One article's rows for the ledger page, each linked to the chapter section that discusses it."""
    here = "book/back/claims-ledger"
    chapter = _page_of(article)
    df = in_reading_order(rows(article))
    body = []
    for _, r in df.iterrows():
        found = value_text(r["found_value"], r["found_unit"], r["reading"]) or None
        body.append(
            [
                html.text(r["claim"]),
                html.text(r["stated_text"]),
                html.text(found),
                html.Safe(f"<strong>{html.text(VERDICT_LABELS[r['verdict']])}</strong>"),
                html.text(READING_SHORT[r["reading"]]),
                html.link("its chapter", page_link(here, chapter, f"claims-{article}")),
            ]
        )
    return html.Table(
        ["Claim (our words)", "The article says", "Found", "Verdict", "How compared", "Discussed in"],
        body,
        label=f"Claims of {article}",
    )


def facts_table() -> html.Table:
    """The published facts (ledger-facts) with their sources, each linked."""
    facts = load("ledger-facts")
    body = []
    for r in facts.itertuples():
        date = "" if html.is_missing(r.source_date) else f", {r.source_date}"
        body.append(
            [
                html.text(r.statement),
                html.Safe(
                    f"{html.link(r.source_title, r.source_url)} ({html.text(r.publisher)}{html.text(date) if date else ''})"
                ),
            ]
        )
    return html.Table(["What the source says (our words)", "Source"], body, label="Published facts used")


def figures_not_claims() -> html.Table:
    """Figures printed in the articles that are not claims, by article and reason."""
    figs = load("article-figures")
    rest = figs[figs["not_a_claim"].notna()]
    shorts = dict(zip(*[load("articles")[c] for c in ("article", "short_title")]))
    body = []
    for (art, reason), grp in rest.groupby(["article", "not_a_claim"], sort=False):
        shown = ", ".join(dict.fromkeys(f"“{f}”" for f in grp["figure"]))
        times = f" ({len(grp)} times)" if len(grp) > 1 else ""
        body.append([html.text(shorts[art]), html.text(shown + times), html.text(NOT_A_CLAIM[reason])])
    return html.Table(
        ["Article", "Figure as printed", "Why it is not a claim"], body, label="Figures that are not claims"
    )


def readings_list() -> Markdown:
    """The readings, as a list with how many claims use each (the texts are the book's own)."""
    from missions.text import count

    counts = rows()["reading"].value_counts()

    def n(k: int) -> str:
        return f"{count(k)} claim" if k == 1 else f"{count(k)} claims"

    return Markdown(
        "\n".join(f"- **{name}** ({n(int(counts.get(name, 0)))}): {text}." for name, text in READINGS.items())
    )


# --- writing the ledger ------------------------------------------------------------------------
# What a chapter's `claims()` and `FIGURES` are built from. Each chapter module
# (missions/chapters/<article>.py) states its article's claims; `python -m bookbuild.ledger` writes
# them to data/claims.csv and data/ledger/article_figures.csv. A verdict is never given: `judged()`
# computes it by the rules above.

HEADER = [
    "claim_id",
    "article",
    "claim",
    "stated_value",
    "stated_unit",
    "stated_text",
    "found_value",
    "found_unit",
    "found_where",
    "verdict",
    "note",
    "reading",
    "basis",
]
FIGURE_HEADER = ["article", "position", "figure", "claim_id", "not_a_claim"]

NONE_FOUND = dict(found_value="", found_unit="", basis="none")


def number(x) -> str:
    """A number as the CSV stores it: no exponent, no trailing zeros."""
    x = float(x)
    return f"{x:.0f}" if x.is_integer() else f"{x:.10f}".rstrip("0").rstrip(".")


def fact(fact_id: str) -> dict:
    """The found_* fields of a claim checked against one row of ledger-facts (data/ledger/facts.csv)."""
    facts = load("ledger-facts").set_index("fact_id")
    if fact_id not in facts.index:
        raise KeyError(f"data/ledger/facts.csv: no fact_id {fact_id!r}")
    f = facts.loc[fact_id]
    when = "" if f.isna()["source_date"] else f", {f['source_date']}"
    return {
        "found_value": number(f["value"]),
        "found_unit": f["unit"],
        "basis": "sourced-fact",
        "found_where": f"ledger-facts: {fact_id} ({f['publisher']}{when})",
    }


def also(found: dict, *fact_ids: str) -> dict:
    """found_* fields of one fact, with further facts the row rests on added to found_where."""
    extra = [fact(f)["found_where"] for f in fact_ids]
    return {**found, "found_where": "; ".join([found["found_where"], *extra])}


def years_since(fact_id: str, article: str) -> dict:
    """Whole years from a ledger-facts date to the article's year of publication."""
    f = fact(fact_id)
    published = load("articles").set_index("article").loc[article, "published"]
    years = int(published[:4]) - int(f["found_value"][:4])
    return {
        **f,
        "found_value": str(years),
        "found_unit": "years",
        "found_where": f"{f['found_where']}, to the article's year ({published[:4]})",
    }


def judged(row: dict) -> dict:
    """The row with its verdict computed by the ledger's rules (missions.ledger.judge): never given."""
    if row.get("verdict"):
        raise ValueError(f"{row['claim_id']}: the verdict is computed, not given")
    num = lambda v: None if v in ("", None) else float(v)  # noqa: E731
    return {**row, "verdict": judge(num(row["stated_value"]), num(row["found_value"]), row["reading"])}


def figures(article: str, rows: list[tuple[str, str, str]]) -> list[dict]:
    """A chapter's FIGURES, (figure, claim_id, reason it is not a claim), as rows of article_figures.csv."""
    return [
        dict(article=article, position=i, figure=fig, claim_id=cid, not_a_claim=why)
        for i, (fig, cid, why) in enumerate(rows, start=1)
    ]


def row(cid, art, claim, sv, su, st, reading, note, **found) -> dict:
    """One claim from its parts: id, article, our wording, the stated value, unit and text, how to read
    it, the note, and the found_* fields (from `fact()`, or given)."""
    return {
        "claim_id": cid,
        "article": art,
        "claim": claim,
        "stated_value": sv,
        "stated_unit": su,
        "stated_text": st,
        "reading": reading,
        "note": note,
        **found,
    }


def from_dataset(spec: list[tuple], found: dict) -> list[dict]:
    """Claims whose found value is computed from data/: `spec` holds (claim_id, article, claim, stated
    value, stated unit, stated text, found unit, found where, reading, note); `found` maps each claim_id
    to its computed value, or None where no dataset holds it."""
    return [
        row(
            cid,
            art,
            claim,
            sv,
            su,
            st,
            reading,
            note,
            found_value="" if found[cid] is None else f"{float(found[cid]):g}",
            found_unit=fu if found[cid] is not None else "",
            found_where=fw,
            basis="none" if found[cid] is None else "dataset",
        )
        for cid, art, claim, sv, su, st, fu, fw, reading, note in spec
    ]
