"""Show the claims ledger (data/claims.csv) on a page: the article's figure beside the data's."""
from __future__ import annotations

import math

from IPython.display import Markdown

from missions.data import claim, claims

VERDICT_LABELS = {
    "matches": "Matches",
    "close": "Close",
    "differs": "Differs",
    "measures-something-else": "Measures something else",
    "not-verifiable": "Not verifiable with the data found",
}


def _fmt(value, unit) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is _NA:
        return ""
    v = float(value)
    text = f"{v:,.0f}" if v.is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")
    return f"{text} {unit}".strip() if unit and unit is not _NA else text


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
