"""Shared by the build scripts: replace one part's rows in claims.csv and its resources in
datapackage.json, keeping everything else (other parts' rows and resources, and their order)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent
CLAIMS = DATA / "claims.csv"
PACKAGE = DATA / "datapackage.json"
HEADER = ["claim_id", "article", "claim", "stated_value", "stated_unit", "stated_text", "found_value",
          "found_unit", "found_where", "verdict", "note", "reading", "basis"]


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
    return {"found_value": number(f["value"]), "found_unit": f["unit"], "basis": "sourced-fact",
            "found_where": f"ledger-facts: {fact_id} ({f['publisher']}, {f['source_date']})"}


def judged(row: dict) -> dict:
    """The row with its verdict computed by the ledger's rules (missions.claims.judge).

    Only a qualitative claim (no figure to compare) brings its own verdict."""
    from missions.claims import judge

    if row["reading"] == "qualitative":
        if not row.get("verdict"):
            raise ValueError(f"{row['claim_id']}: a qualitative claim needs a verdict")
        return row
    if row.get("verdict"):
        raise ValueError(f"{row['claim_id']}: the verdict is computed, not given")
    num = lambda v: None if v in ("", None) else float(v)  # noqa: E731
    return {**row, "verdict": judge(num(row["stated_value"]), num(row["found_value"]), row["reading"])}


def write_claims(articles: set[str] | tuple[str, ...], rows: list[dict]) -> None:
    """Replace the claims of `articles` with `rows` (verdicts computed); others kept; sorted by claim_id."""
    rows = [judged(r) for r in rows]
    with CLAIMS.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        kept = [r for r in reader if r["article"] not in articles]
    stray = [r["claim_id"] for r in rows if r["article"] not in articles]
    if stray:
        raise ValueError(f"rows for articles this script does not own: {stray}")
    merged = sorted(kept + rows, key=lambda r: r["claim_id"])
    with CLAIMS.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=HEADER, lineterminator="\n")
        writer.writeheader()
        writer.writerows(merged)
    print(f"{CLAIMS.name}: {len(rows)} rows for {', '.join(sorted(articles))}; {len(kept)} others kept")


def write_resources(resources: list[dict]) -> None:
    """Replace these resources (by name) in datapackage.json, in place; new ones are appended."""
    pkg = json.loads(PACKAGE.read_text(encoding="utf-8"))
    mine = {r["name"]: r for r in resources}
    out = [mine.pop(r["name"]) if r["name"] in mine else r for r in pkg["resources"]]
    out += [r for r in resources if r["name"] in mine]  # those not there before, in given order
    pkg["resources"] = out
    PACKAGE.write_text(json.dumps(pkg, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{PACKAGE.name}: {len(resources)} resources written, {len(out) - len(resources)} others kept")
