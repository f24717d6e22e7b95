"""Shared by the build scripts: replace one part's rows in claims.csv and its resources in
datapackage.json, keeping everything else (other parts' rows and resources, and their order)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent
CLAIMS = DATA / "claims.csv"
PACKAGE = DATA / "datapackage.json"


def write_claims(articles: set[str] | tuple[str, ...], rows: list[dict]) -> None:
    """Replace the claims of `articles` with `rows`; other rows are kept; sorted by claim_id."""
    with CLAIMS.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames
        kept = [r for r in reader if r["article"] not in articles]
    stray = [r["claim_id"] for r in rows if r["article"] not in articles]
    if stray:
        raise ValueError(f"rows for articles this script does not own: {stray}")
    merged = sorted(kept + rows, key=lambda r: r["claim_id"])
    with CLAIMS.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
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
