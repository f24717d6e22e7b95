"""The dataset catalogue shown on the Data & methods page, built from data/datapackage.json."""
from __future__ import annotations

import pandas as pd
from IPython.display import Markdown

from missions.data import load, package

_PERIOD_TYPES = ("date", "datetime", "year")


def _period(name: str, fields: list[dict]) -> str:
    df = load(name)
    for field in fields:
        if field.get("type") in _PERIOD_TYPES or field["name"] in ("year", "date"):
            col = df[field["name"]].dropna()
            if col.empty:
                continue
            if pd.api.types.is_datetime64_any_dtype(col):
                lo, hi = col.min(), col.max()
                return f"{lo:%Y-%m} to {hi:%Y-%m}" if lo != hi else f"{lo:%Y-%m-%d}"
            return f"{col.min()} to {col.max()}"
    return "—"


def catalogue() -> pd.DataFrame:
    """One row per dataset: name, title, rows, period, sources, licences, path."""
    rows = []
    for res in package()["resources"]:
        fields = res["schema"]["fields"]
        sources = "; ".join(
            f"{s.get('publisher', '')}: {s.get('title', '')}".strip(": ") for s in res.get("sources", [])
        )
        licences = "; ".join(l.get("title") or l.get("name", "") for l in res.get("licenses", [])) or "not stated"
        rows.append({
            "name": res["name"],
            "title": res.get("title", ""),
            "rows": len(load(res["name"])),
            "period": _period(res["name"], fields),
            "sources": sources,
            "licence": licences,
            "path": res["path"],
        })
    return pd.DataFrame(rows)


def _esc(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def catalogue_table(prefix: str = "../../data/") -> Markdown:
    """Markdown table of every dataset, each with a download link to its CSV."""
    lines = ["| Dataset | Rows | Period | Source | Licence | Download |", "|---|---:|---|---|---|---|"]
    for r in catalogue().itertuples():
        link = f"{{download}}`{r.path.split('/')[-1]} <{prefix}{r.path}>`"
        lines.append(f"| **{_esc(r.title)}** (`{r.name}`) | {r.rows:,} | {_esc(r.period)} | "
                     f"{_esc(r.sources)} | {_esc(r.licence)} | {link} |")
    return Markdown("\n".join(lines))


def seams() -> Markdown:
    """Each dataset's description: its gaps, seams and caveats, as the data package states them."""
    parts = []
    for res in package()["resources"]:
        parts.append(f"**{_esc(res.get('title', res['name']))}** (`{res['name']}`). {res.get('description', '')}")
    return Markdown("\n\n".join(parts))


def claims_summary() -> Markdown:
    """How many of each article's claims got each verdict (rows: articles; columns: verdicts)."""
    from missions.claims import VERDICT_LABELS
    from missions.data import claims

    ledger = claims()
    articles = load("articles").set_index("article")
    verdicts = [v for v in VERDICT_LABELS if v in set(ledger["verdict"])]
    lines = ["| Article | " + " | ".join(VERDICT_LABELS[v] for v in verdicts) + " | All |",
             "|---|" + "---:|" * (len(verdicts) + 1)]
    for art in articles.index:  # in the order of articles.csv
        rows = ledger[ledger["article"] == art]
        if rows.empty:
            continue
        counts = rows["verdict"].value_counts()
        outlet = articles.loc[art, "outlet"]
        outlet = "opinion piece" if outlet.startswith("not stated") else outlet
        lines.append(f"| {_esc(articles.loc[art, 'short_title'])} ({_esc(outlet)}) | "
                     + " | ".join(str(int(counts.get(v, 0))) for v in verdicts) + f" | {len(rows)} |")
    totals = ledger["verdict"].value_counts()
    lines.append("| **All articles** | " + " | ".join(f"**{int(totals.get(v, 0))}**" for v in verdicts)
                 + f" | **{len(ledger)}** |")
    return Markdown("\n".join(lines))
