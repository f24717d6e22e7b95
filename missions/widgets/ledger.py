"""Widget for the claims ledger: filter the rows by article and by verdict.

The published page keeps the full ledger as static tables; this panel is for readers running the
notebook. Its first view is every row with a verdict other than "matches", the ones worth a look.
"""
from __future__ import annotations

import html

import ipywidgets as w

from missions import data
from missions.claims import VERDICT_LABELS, _fmt, in_reading_order, ledger_filtered
from missions.widgets import Explorer, panel

ALL = "all"
FIRST_VERDICT = "not-matches"


def render(article: str = ALL, verdict: str = FIRST_VERDICT) -> str:
    """The filtered rows as an HTML table (text escaped), with a count above it."""
    df = ledger_filtered(None if article == ALL else article,
                         None if verdict in (ALL, FIRST_VERDICT) else verdict)
    if verdict == FIRST_VERDICT:
        df = df[df["verdict"] != "matches"]
    articles = data.load("articles")
    shorts = dict(zip(articles["article"], articles["short_title"]))
    rank = {a: i for i, a in enumerate(articles["article"])}
    df = in_reading_order(df).sort_values("article", key=lambda s: s.map(rank), kind="stable")
    head = ("<tr><th scope='col'>Story</th><th scope='col'>The article says</th><th scope='col'>Found</th>"
            "<th scope='col'>Verdict</th><th scope='col'>Why</th></tr>")
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(x))}</td>" for x in (
            shorts[r.article], r.stated_text, _fmt(r.found_value, r.found_unit) or "—",
            VERDICT_LABELS[r.verdict], r.note)) + "</tr>"
        for r in df.itertuples())
    count = f"<p class='missions-alt'>{len(df)} of {len(ledger_filtered())} claims shown.</p>"
    return (f"{count}<div class='missions-ledger-scroll' tabindex='0' role='region' aria-label='Filtered claims'>"
            f"<table class='missions-ledger-table'><thead>{head}</thead><tbody>{body}</tbody></table></div>")


def build_ledger_filter(article: str = ALL, verdict: str = FIRST_VERDICT) -> Explorer:
    arts = data.load("articles")
    pick_article = w.Dropdown(options=[("All six articles", ALL)] + list(zip(arts["short_title"], arts["article"])),
                              value=article, description="Article")
    pick_verdict = w.Dropdown(options=[("All but 'matches'", FIRST_VERDICT), ("All verdicts", ALL)]
                              + [(label, v) for v, label in VERDICT_LABELS.items()],
                              value=verdict, description="Verdict")
    table = w.HTML(value=render(article, verdict))
    box = panel("the claims ledger, by article and verdict", {"article": pick_article, "verdict": pick_verdict},
                [table], lambda values: setattr(table, "value", render(**values)))
    box.table = table
    return box


def fallback() -> str:
    """The one-sentence static description of the first view."""
    df = ledger_filtered()
    shown = len(df[df["verdict"] != "matches"])
    return (f"The panel opens on the {shown} claims whose verdict is not *matches*; the full ledger "
            "follows, article by article.")
