"""The claims ledger's summary chart: how many of each article's figures got each verdict.

A grid, not a stacked bar: each cell prints its count, the column heads name the verdicts
directly (no legend), and the colour only repeats what the heads say.
"""
from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.colors import to_rgb
from matplotlib.patches import Rectangle

from missions import data, style
from missions.claims import VERDICT_ORDER
from missions.style import PALETTE

VERDICT_COLOUR = {
    "matches": PALETTE["green"],
    "close": PALETTE["sky"],
    "differs": PALETTE["vermillion"],
    "measures-something-else": PALETTE["orange"],
    "not-verifiable": PALETTE["grey"],
}
HEAD = {
    "matches": "Matches",
    "close": "Close",
    "differs": "Differs",
    "measures-something-else": "Measures\nsomething\nelse",
    "not-verifiable": "Not\nverifiable",
}


def verdict_counts(ledger: pd.DataFrame | None = None, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Counts of verdicts: one row per article (in articles.csv order), one column per verdict."""
    ledger = data.claims() if ledger is None else ledger
    articles = data.load("articles") if articles is None else articles
    counts = pd.crosstab(ledger["article"], ledger["verdict"])
    return counts.reindex(index=articles["article"], columns=VERDICT_ORDER, fill_value=0).fillna(0).astype(int)


def _short(articles: pd.DataFrame) -> dict[str, str]:
    """Each article's short title, short enough for a phone."""
    return dict(zip(articles["article"], articles["short_title"]))


def plot_verdicts(ledger: pd.DataFrame | None = None, articles: pd.DataFrame | None = None) -> style.Chart:
    articles = data.load("articles") if articles is None else articles
    counts = verdict_counts(ledger, articles)
    labels = _short(articles)
    n_rows, n_cols = counts.shape
    peak = max(1, int(counts.values.max()))
    fig, ax = style.new_figure(height=0.72 * n_rows + 2.9)
    for i, art in enumerate(counts.index):
        for j, verdict in enumerate(counts.columns):
            n = int(counts.loc[art, verdict])
            rgb = to_rgb(VERDICT_COLOUR[verdict])
            strength = 0.18 + 0.82 * n / peak if n else 0.0
            face = tuple(1 - strength * (1 - c) for c in rgb)
            ax.add_patch(Rectangle(
                (j, i), 0.94, 0.9, facecolor=face, edgecolor="#BBBBBB" if n == 0 else VERDICT_COLOUR[verdict],
                linewidth=1))
            dark = strength > 0.9 and verdict in ("matches", "differs")  # white text only on the deepest shades
            ax.text(j + 0.47, i + 0.45, str(n) if n else "–", ha="center", va="center", fontsize=15,
                    fontweight="bold", color="white" if dark else "#222222")
    ax.set_xlim(0, n_cols)
    ax.set_ylim(n_rows, -0.05)
    ax.set_yticks([i + 0.45 for i in range(n_rows)])
    ax.set_yticklabels(["\n".join(textwrap.wrap(labels[a], 16)) for a in counts.index], fontsize=13.5)
    ax.xaxis.tick_top()
    ax.set_xticks([j + 0.47 for j in range(n_cols)])
    ax.set_xticklabels([HEAD[v] for v in counts.columns], fontsize=13.5, va="bottom")
    ax.tick_params(length=0)
    ax.grid(False)
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_title(f"{int(counts.values.sum())} claims in six articles, checked", pad=12)
    total = counts.sum()
    alt = (f"Grid of the claims ledger's verdicts by article. Of {int(total.sum())} claims, "
           + ", ".join(f"{int(total[v])} {HEAD[v].replace(chr(10), ' ').lower()}" for v in VERDICT_ORDER)
           + ". By article: "
           + "; ".join(f"{labels[a]}: " + ", ".join(f"{int(counts.loc[a, v])} {HEAD[v].replace(chr(10), ' ').lower()}"
                                                  for v in VERDICT_ORDER if counts.loc[a, v])
                       for a in counts.index) + ".")
    source = (data.source_line("claims") + "; checked against the datasets and published sources "
              "each row names (data/claims.csv, data/ledger/facts.csv)")
    return style.finish(fig, source=source, alt=alt,
                        note="Each cell counts one article's figures with that verdict; rows follow the "
                             "book's order of articles.")
