"""The claims ledger page: its numbers, its summary table, its filter panel and its per-article tables."""

from __future__ import annotations

from missions import html, ledger, text
from missions.data import load
from missions.panels import Control, Panel
from missions.panels.table import ALL

#: The filter panel's first view: every claim whose verdict is not "matches", the ones worth a look.
NOT_MATCHES = "!matches"


def numbers() -> dict[str, object]:
    rows = ledger.rows()
    figures = load("article-figures")
    basis = rows["basis"].value_counts()
    verdicts = rows["verdict"].value_counts()
    no_value = rows["found_value"].isna()
    unverifiable = rows["verdict"] == "not-verifiable"
    return {
        "ledger_claim_count": text.count(len(rows)),
        "ledger_figure_count": text.count(len(figures)),
        "ledger_figure_claims": text.count(int(figures["claim_id"].notna().sum())),
        "ledger_figure_other": text.count(int(figures["not_a_claim"].notna().sum())),
        "ledger_from_data": text.count(int(basis.get("dataset", 0))),
        "ledger_from_facts": text.count(int(basis.get("sourced-fact", 0))),
        "ledger_found_nothing": text.count(int(basis.get("none", 0))),
        "ledger_fact_count": text.count(len(load("ledger-facts"))),
        "ledger_close_pct": text.Plain(f"{ledger.CLOSE:.0%}".replace("%", " per cent")),
        "ledger_matches": text.count(int(verdicts.get("matches", 0))),
        "ledger_unverifiable": text.count(int(unverifiable.sum())),
        "ledger_unverifiable_with_value": text.count(int((unverifiable & ~no_value).sum())),
        "ledger_unverifiable_sourced": text.count(int((unverifiable & (rows["basis"] != "none")).sum())),
        "ledger_off": text.count(
            int(verdicts.get("close", 0) + verdicts.get("differs", 0) + verdicts.get("measures-something-else", 0))
        ),
        "ledger_article_count": text.count(len(load("articles"))),
    }


def summary_table() -> html.Table:
    """How many of each article's claims got each verdict (rows: articles, in reading order)."""
    rows = ledger.rows()
    articles = load("articles")
    body = []
    for art in articles.itertuples():
        mine = rows[rows["article"] == art.article]
        counts = mine["verdict"].value_counts()
        outlet = "an opinion piece" if art.outlet.startswith("not stated") else art.outlet
        body.append(
            [
                html.link(
                    f"{art.short_title} ({outlet})",
                    ledger.page_link("book/back/claims-ledger", art.chapter, f"claims-{art.article}"),
                )
            ]
            + [html.text(int(counts.get(v, 0))) for v in ledger.VERDICT_ORDER]
            + [html.text(len(mine))]
        )
    totals = rows["verdict"].value_counts()
    body.append(
        [html.Safe("<strong>All articles</strong>")]
        + [html.Safe(f"<strong>{int(totals.get(v, 0))}</strong>") for v in ledger.VERDICT_ORDER]
        + [html.Safe(f"<strong>{len(rows)}</strong>")]
    )
    return html.Table(
        ["Article"] + [ledger.VERDICT_LABELS[v] for v in ledger.VERDICT_ORDER] + ["All"],
        body,
        label="Verdicts by article",
    )


def article_table(article: str) -> html.Table:
    return ledger.page_table(article)


def filter_rows() -> list[dict]:
    shorts = dict(zip(*[load("articles")[c] for c in ("article", "short_title")]))
    order = {a: i for i, a in enumerate(load("articles")["article"])}
    df = ledger.in_reading_order(ledger.rows())
    df = df.sort_values("article", key=lambda s: s.map(order), kind="stable")
    return [
        {
            "article": r.article,
            "verdict": r.verdict,
            "story": shorts[r.article],
            "says": r.stated_text,
            "found": ledger.value_text(r.found_value, r.found_unit, r.reading) or None,
            "label": ledger.VERDICT_LABELS[r.verdict],
            "why": r.note,
        }
        for r in df.itertuples()
    ]


def panel() -> Panel:
    """Filter the ledger's rows by article and by verdict, in the browser."""
    arts = load("articles")
    article = Control(
        "article", "Article", [("All six articles", ALL)] + list(zip(arts["short_title"], arts["article"]))
    )
    verdict = Control(
        "verdict",
        "Verdict",
        [("All but “Matches”", NOT_MATCHES), ("All verdicts", ALL)]
        + [(label, v) for v, label in ledger.VERDICT_LABELS.items()],
    )
    return Panel(
        id="ledger-filter",
        title="The claims ledger, by article and verdict",
        controls=[article, verdict],
        first={"article": ALL, "verdict": NOT_MATCHES},
        offers="show the claims of one article or all of them, with one verdict or several",
        adds="",
        recipe="missions.chapters.claims_ledger:panel",
        rows=filter_rows,
        noun="claims",
        columns=[
            ("story", "Story"),
            ("says", "The article says"),
            ("found", "Found"),
            ("label", "Verdict"),
            ("why", "Why"),
        ],
    )


class ByArticle:
    """Every article's claims, one table each, in the book's reading order (data/articles.csv)."""

    def _repr_html_(self) -> str:
        out = []
        for art in load("articles").itertuples():
            outlet = "an opinion piece, outlet not stated" if art.outlet.startswith("not stated") else art.outlet
            head = html.Safe(
                f"<strong>{html.text(art.title)}</strong> ({html.text(outlet)}, "
                f"{html.text(art.date_note)}). "
                + html.link("Read the chapter", ledger.page_link("book/back/claims-ledger", art.chapter))
            )
            out.append(f'<p class="missions-article-head">{head}</p>{ledger.page_table(art.article).html()}')
        return "".join(out)

    def __repr__(self) -> str:
        return "The ledger's claims, article by article"


def by_article() -> ByArticle:
    return ByArticle()
