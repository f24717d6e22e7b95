"""Helpers shared by the ledger's part modules: found values from ledger-facts, verdicts by rule."""

from __future__ import annotations

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


def number(x) -> str:
    """A number as the CSV stores it: no exponent, no trailing zeros."""
    x = float(x)
    return f"{x:.0f}" if x.is_integer() else f"{x:.10f}".rstrip("0").rstrip(".")


def fact(fact_id: str) -> dict:
    """The found_* fields of a claim checked against one row of ledger-facts (data/ledger/facts.csv)."""
    from missions import data

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


def judged(row: dict) -> dict:
    """The row with its verdict computed by the ledger's rules (missions.ledger.judge): never given."""
    from missions.ledger import judge

    if row.get("verdict"):
        raise ValueError(f"{row['claim_id']}: the verdict is computed, not given")
    num = lambda v: None if v in ("", None) else float(v)  # noqa: E731
    return {**row, "verdict": judge(num(row["stated_value"]), num(row["found_value"]), row["reading"])}
