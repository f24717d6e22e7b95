"""Show the claims ledger (data/claims.csv) on a page: the article's figure beside the data's."""
from __future__ import annotations

import math

from IPython.display import Markdown

from missions.data import DataError, claim, claims

VERDICT_LABELS = {
    "matches": "Matches",
    "close": "Close",
    "differs": "Differs",
    "measures-something-else": "Measures something else",
    "not-verifiable": "Not verifiable with the data found",
}


#: How a stated figure is read when it is set beside the found one (claims.csv, column `reading`).
READINGS = {
    "exact": "the same number",
    "rounded": "the same number once the found value is rounded as the article rounds (to the place of "
               "its last non-zero digit: 12,500 to the hundred, 4.9 to the tenth)",
    "more-than": "a lower bound: the found value must be larger",
    "at-least": "a lower bound: the found value may equal it",
    "date": "a date written as YYY (a decade), YYYY, YYYYMM or YYYYMMDD: the same date at the precision "
            "printed, or it differs",
    "different-measure": "the two figures count different things",
    "cannot-test": "nothing found can test it",
    "qualitative": "a statement without a figure; the data are checked against it case by case",
}

#: A reading in a few words, for table cells.
READING_SHORT = {
    "exact": "same number", "rounded": "same once rounded", "more-than": "more than", "at-least": "at least",
    "date": "same date", "different-measure": "different measures", "cannot-test": "cannot be tested",
    "qualitative": "in words, no figure",
}

#: Where a found value comes from (claims.csv, column `basis`).
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


def _missing(value) -> bool:
    if value is None or value is _NA or value == "":
        return True
    try:
        return math.isnan(float(value))
    except (TypeError, ValueError):
        return False


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
    be compared. A `qualitative` claim has no figure to compare, so this raises.
    """
    if reading not in READINGS:
        raise ValueError(f"unknown reading {reading!r}; expected one of {sorted(READINGS)}")
    if reading == "different-measure":
        return "measures-something-else"
    if reading == "cannot-test":
        return "not-verifiable"
    if reading == "qualitative":
        raise ValueError("a qualitative claim has no figure: its verdict is checked case by case")
    if _missing(stated) or _missing(found):
        raise ValueError(f"reading {reading!r} needs both a stated and a found value (got {stated!r}, {found!r})")
    s, f = float(stated), float(found)
    if reading == "date":
        printed, have = _date_digits(s), _date_digits(f)
        if len(have) < len(printed):
            raise ValueError(f"found date {have} is less precise than the stated {printed}")
        return "matches" if have[:len(printed)] == printed else "differs"
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


def _fmt(value, unit) -> str:
    if _missing(value):
        return ""
    v = float(value)
    if unit in DATE_UNITS:
        return format_date(v)
    text = f"{v:,.0f}" if v.is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")
    return f"{text} {unit}".strip() if unit and unit is not _NA else text


#: Units of dates written as numbers (YYYY, YYYYMM, YYYYMMDD).
DATE_UNITS = ("decade", "year", "month", "date")


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


try:  # pandas' missing-value marker, compared by identity above
    import pandas as _pd

    _NA = _pd.NA
except ImportError:  # pragma: no cover
    _NA = object()


def _cell(text) -> str:
    if text is None or text is _NA:
        return ""
    return str(text).replace("|", "\\|").replace("\n", " ")


def claims_table(article: str) -> Markdown:
    """A Markdown table of one article's claims: stated, found, where, verdict, why."""
    rows = ["| Claim (our words) | The article says | The data or record show | Verdict | Why |",
            "|---|---|---|---|---|"]
    for _, r in claims(article).iterrows():
        found = _fmt(r["found_value"], r["found_unit"])
        found = f"{found} ({_cell(r['found_where'])})" if found else _cell(r["found_where"])
        rows.append(f"| {_cell(r['claim'])} | {_cell(r['stated_text'])} | {found} | "
                    f"**{VERDICT_LABELS[r['verdict']]}** | {_cell(r['note'])} |")
    return Markdown("\n".join(rows))


def stated(claim_id: str) -> str:
    """The figure as the article prints it, for prose (glue it)."""
    return str(claim(claim_id)["stated_text"])


# --- the ledger page -------------------------------------------------------------------------
#: Verdicts in the order the ledger page shows them.
VERDICT_ORDER = list(VERDICT_LABELS)


def chapter_ref(article: str, text: str | None = None) -> str:
    """A MyST link to the claims section of the chapter that retells `article`."""
    from missions.data import load

    arts = load("articles").set_index("article")
    if article not in arts.index:
        raise DataError(f"data/articles.csv: no article {article!r}")
    label = f"claims-{article}"
    return f"{{ref}}`{text} <{label}>`" if text else f"{{ref}}`{label}`"


def ledger_table(article: str) -> Markdown:
    """One article's rows for the ledger page: stated, found, verdict, reading, and a link to the
    chapter section where each claim is discussed."""
    rows = ["| Claim (our words) | The article says | Found | Verdict | How compared | Discussed in |",
            "|---|---|---|---|---|---|"]
    for _, r in in_reading_order(claims(article)).iterrows():
        found = _fmt(r["found_value"], r["found_unit"]) or "—"
        rows.append(f"| {_cell(r['claim'])} | {_cell(r['stated_text'])} | {_cell(found)} | "
                    f"**{VERDICT_LABELS[r['verdict']]}** | {READING_SHORT[r['reading']]} | "
                    f"{chapter_ref(article, 'its chapter')} |")
    return Markdown("\n".join(rows))


def in_reading_order(df: "pd.DataFrame") -> "pd.DataFrame":
    """Claims in the order their figures appear in the articles (claims without one last)."""
    from missions.data import load

    first = load("article-figures").dropna(subset=["claim_id"]).groupby("claim_id")["position"].min()
    order = df["claim_id"].map(first.astype(float)).fillna(float("inf"))
    return df.assign(_order=order).sort_values(["_order", "claim_id"], kind="stable").drop(columns="_order")


def ledger_filtered(article: str | None = None, verdict: str | None = None) -> "pd.DataFrame":
    """The ledger's rows for one article and/or one verdict (None: all), for the filter panel."""
    df = claims()
    if article is not None:
        df = df[df["article"] == article]
    if verdict is not None:
        if verdict not in VERDICT_LABELS:
            raise ValueError(f"unknown verdict {verdict!r}")
        df = df[df["verdict"] == verdict]
    return df.reset_index(drop=True)


def figures_not_claims() -> Markdown:
    """Figures printed in the articles that are not claims, counted by article and reason."""
    from missions.data import load

    figs = load("article-figures")
    rest = figs[figs["not_a_claim"].notna()]
    shorts = dict(zip(*[load("articles")[c] for c in ("article", "short_title")]))
    lines = ["| Article | Figure as printed | Why it is not a claim |", "|---|---|---|"]
    for (art, reason), grp in rest.groupby(["article", "not_a_claim"], sort=False):
        shown = ", ".join(dict.fromkeys(f"“{f}”" for f in grp["figure"]))
        times = f" ({len(grp)} times)" if len(grp) > 1 else ""
        lines.append(f"| {shorts[art]} | {shown}{times} | {NOT_A_CLAIM[reason]} |")
    return Markdown("\n".join(lines))


def readings_list() -> Markdown:
    """The readings, as a Markdown list with how many claims use each."""
    counts = claims()["reading"].value_counts()
    def n(k: int) -> str:
        return f"{k} claim" if k == 1 else f"{k} claims"

    return Markdown("\n".join(f"- **{name}** ({n(int(counts.get(name, 0)))}): {text}."
                              for name, text in READINGS.items()))


def facts_table() -> Markdown:
    """The published facts (ledger-facts) with their sources, each linked."""
    from missions.data import load

    facts = load("ledger-facts")
    lines = ["| Fact | What the source says (our words) | Source |", "|---|---|---|"]
    for r in facts.itertuples():
        date = f", {r.source_date}" if isinstance(r.source_date, str) and r.source_date else ""
        lines.append(f"| `{r.fact_id}` | {_cell(r.statement)} | "
                     f"[{_cell(r.source_title)}]({r.source_url}) ({_cell(r.publisher)}{date}) |")
    return Markdown("\n".join(lines))
