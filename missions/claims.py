"""What a chapter's `claims()` is built from: the found_* fields of a published fact, numbers as the
ledger stores them, and the verdict by the ledger's rules.

Each chapter module (missions/chapters/<article>.py) states its article's claims in `claims()` and the
figures the article prints in `FIGURES`; `python -m bookbuild.ledger` writes them to data/claims.csv and
data/ledger/article_figures.csv. A verdict is never given: `judged()` computes it.
"""

from __future__ import annotations

from missions import data

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
    facts = data.load("ledger-facts").set_index("fact_id")
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
    published = data.load("articles").set_index("article").loc[article, "published"]
    years = int(published[:4]) - int(f["found_value"][:4])
    return {
        **f,
        "found_value": str(years),
        "found_unit": "years",
        "found_where": f"{f['found_where']}, to the article's year ({published[:4]})",
    }


def judged(row: dict) -> dict:
    """The row with its verdict computed by the ledger's rules (missions.ledger.judge): never given."""
    from missions.ledger import judge

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
