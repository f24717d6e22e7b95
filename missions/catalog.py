"""The dataset catalogue on the Data & methods page, built from data/datapackage.json.

Each dataset gets one row: its title (with an anchor, `data-<name>`, that the chapters' claims
tables link to), rows, period, sources with their quality tier, licence and a download link to
the CSV published with the book (`_data/`, copied by the build). Everything is escaped text.
"""

from __future__ import annotations

import pandas as pd

from missions import html
from missions.data import load, package

#: The quality tier of a source (datapackage.json, sources[].tier), in order of weight.
TIERS = {
    "primary": "the body that made the statement or the data",
    "secondary report": "a news outlet or research body reporting it under its own name",
    "mirror or aggregator": "a copy or repost of someone else's report",
    "encyclopedia": "an encyclopedia article",
}
_PERIOD_TYPES = ("date", "datetime", "year")


def _period(name: str, fields: list[dict]) -> str | None:
    df = load(name)
    for field in fields:
        is_time = field.get("type") in _PERIOD_TYPES or (
            field["name"] in ("year", "year_from") and field.get("type") == "integer"
        )
        if not is_time or any(w in field["name"] for w in ("read", "updated", "retrieved")):
            continue  # when a source was read or last updated is not the period the data cover
        col = df[field["name"]].dropna()
        if col.empty:
            continue
        if pd.api.types.is_datetime64_any_dtype(col):
            lo, hi = col.min(), col.max()
            return f"{lo:%B %Y} to {hi:%B %Y}" if (lo.year, lo.month) != (hi.year, hi.month) else f"{lo:%B %Y}"
        hi = df["year_to"].max() if field["name"] == "year_from" and "year_to" in df else col.max()
        return f"{col.min()} to {hi}" if col.min() != hi else f"{col.min()}"
    return None


def sources(res: dict) -> list[dict]:
    """A resource's sources, each with its tier (a missing tier is an error: every source is graded)."""
    out = res.get("sources", [])
    for s in out:
        if s.get("tier") not in TIERS:
            raise ValueError(
                f"datapackage.json, resource {res['name']!r}: source {s.get('title')!r} "
                f"needs a tier, one of {list(TIERS)}"
            )
    return out


def catalogue() -> pd.DataFrame:
    """One row per dataset: name, title, rows, period, sources, tiers, licences, path."""
    rows = []
    for res in package()["resources"]:
        srcs = sources(res)
        rows.append(
            {
                "name": res["name"],
                "title": res.get("title", res["name"]),
                "rows": len(load(res["name"])),
                "period": _period(res["name"], res["schema"]["fields"]),
                "sources": srcs,
                "licence": "; ".join(lic.get("title") or lic.get("name", "") for lic in res.get("licenses", []))
                or "not stated",
                "path": res["path"],
            }
        )
    return pd.DataFrame(rows)


def _source_cell(srcs: list[dict]) -> html.Safe:
    if len(srcs) > 4:
        counts = pd.Series([s["tier"] for s in srcs]).value_counts()
        tiers = ", ".join(f"{n} {t}" for t, n in counts.items())
        return html.Safe(f"{html.text(len(srcs))} sources, named row by row in the file ({html.text(tiers)})")
    parts = []
    for s in srcs:
        label = s.get("publisher", "")
        if s.get("title") and s["title"] not in label:
            label = f"{label}: {s['title']}" if label else s["title"]
        address = s.get("path") if str(s.get("path", "")).startswith("http") else None
        parts.append(html.Safe(f"{html.link(label, address)} ({html.text(s['tier'])})"))
    return html.join(parts)


def catalogue_table(prefix: str = "../../_data/") -> html.Table:
    body = []
    for r in catalogue().itertuples():
        body.append(
            [
                html.Safe(f'<span id="data-{html.text(r.name)}"><strong>{html.text(r.title)}</strong></span>'),
                html.text(f"{r.rows:,}"),
                html.text(r.period),
                _source_cell(r.sources),
                html.text(r.licence),
                html.link(r.path.split("/")[-1], prefix + r.path),
            ]
        )
    return html.Table(
        ["Dataset", "Rows", "Period", "Sources (tier)", "Licence", "Download"], body, label="The book's datasets"
    )


def descriptions() -> html.Table:
    """Each dataset's description (its gaps, seams and caveats), as the data package states them."""
    body = [
        [html.text(res.get("title", res["name"])), html.text(res.get("description", ""))]
        for res in package()["resources"]
    ]
    return html.Table(
        ["Dataset", "What it covers, and its gaps"],
        body,
        label="Gaps, seams and caveats",
        fold="Each table's technical description (column names and how the data were assembled)",
    )


def tier_counts() -> dict[str, int]:
    counts = {t: 0 for t in TIERS}
    for res in package()["resources"]:
        for s in sources(res):
            counts[s["tier"]] += 1
    return counts
