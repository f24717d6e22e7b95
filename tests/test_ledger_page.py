"""The ledger page and the execution-status page: what the reader sees, in the built book and in the
helpers the ledger notebook calls."""
from __future__ import annotations

import re

import pytest

from missions import catalog, data
from missions.charts import ledger as chart
from missions.claims import VERDICT_LABELS, figures_not_claims, in_reading_order, ledger_table
from missions.widgets import ledger as panel
from tests.conftest import ROOT, toc_notebooks
from tests.test_book import parse


@pytest.fixture(scope="module")
def ledger():
    return data.claims()


@pytest.mark.parametrize("article", ["cambodia", "elsie", "cuba-brazil", "cuba-iachr", "cuba-central-america", "titan"])
def test_each_article_table_has_every_claim_linked_to_its_chapter(ledger, article):
    lines = ledger_table(article).data.splitlines()[2:]
    rows = ledger[ledger["article"] == article]
    assert len(lines) == len(rows)
    assert all(line.endswith(f"{{ref}}`its chapter <claims-{article}>` |") for line in lines)
    # in the order the figures appear in the article
    stated = [line.split(" | ")[1] for line in lines]
    assert stated == list(in_reading_order(rows)["stated_text"].str.replace("|", "\\|"))


def test_every_chapter_carries_the_label_the_ledger_links_to():
    articles = data.load("articles")
    for row in articles.itertuples():
        nb = (ROOT / f"{row.chapter}.ipynb").read_text(encoding="utf-8")
        assert f"(claims-{row.article})=" in nb, row.chapter
        assert f'claims_table(\\"{row.article}\\")' in nb, row.chapter


def test_verdict_counts_add_up_to_the_ledger(ledger):
    counts = chart.verdict_counts(ledger)
    assert int(counts.values.sum()) == len(ledger)
    assert list(counts.columns) == list(VERDICT_LABELS)
    assert counts.loc["titan"].sum() == (ledger["article"] == "titan").sum()


def test_summary_chart_states_its_counts_in_the_alt_text(ledger):
    c = chart.plot_verdicts(ledger)
    assert c.width == 700
    assert f"Of {len(ledger)} claims" in c.alt
    assert f"{int((ledger['verdict'] == 'matches').sum())} matches" in c.alt
    assert c.source.startswith("Source:")


def test_claims_summary_table_uses_short_titles(ledger):
    table = catalog.claims_summary().data
    for short in data.load("articles")["short_title"]:
        assert short.replace("|", "\\|") in table


def test_filter_panel_filters_by_article_and_verdict(ledger):
    p = panel.build_ledger_filter()
    not_matching = int((ledger["verdict"] != "matches").sum())
    assert f"{not_matching} of {len(ledger)} claims shown" in p.table.value
    p.controls["article"].value = "titan"
    p.controls["verdict"].value = panel.ALL
    assert f"{(ledger['article'] == 'titan').sum()} of {len(ledger)}" in p.table.value
    p.controls["verdict"].value = "not-verifiable"
    n = int(((ledger["article"] == "titan") & (ledger["verdict"] == "not-verifiable")).sum())
    assert f"{n} of {len(ledger)}" in p.table.value
    assert p.table.value.count("<tr>") == n + 1  # header row + rows
    assert repr(p) == "Interactive explorer: the claims ledger, by article and verdict"


def test_filter_panel_escapes_text():
    assert "<script" not in panel.render()
    assert "&#x27;" in panel.render() or "'" not in re.sub(r"<[^>]+>", "", panel.render())


def test_figures_that_are_not_claims_are_listed_with_their_reason():
    table = figures_not_claims().data
    assert "“1325”" in table and "part of a name" in table
    assert "“9” (9 times)" in table  # the Titan article's photo counters


# --- built book ------------------------------------------------------------------------------------
def test_ledger_page_is_built_with_links_chart_and_downloads(built_html, ledger):
    page = built_html / "book/back/claims-ledger.html"
    parsed = parse(page)
    chapter_links = [l for l in parsed.links if re.search(r"\.html#claims-", l)]
    assert len(chapter_links) >= len(ledger)
    for link in set(chapter_links):
        target, anchor = link.split("#")
        html = (page.parent / target).resolve().read_text(encoding="utf-8")
        assert f'id="{anchor}"' in html, link
    alts = [i.get("alt", "") for i in parsed.imgs]
    assert any(a.startswith("Grid of the claims ledger") for a in alts)
    for name in ("claims.csv", "facts.csv", "article_figures.csv"):
        hits = [l for l in parsed.links if l.endswith("/" + name)]
        assert hits and (page.parent / hits[0]).resolve().exists(), name
    text = page.read_text(encoding="utf-8")
    assert text.count("missions-ledger-table") >= 1  # the filter panel's saved first view


def test_execution_status_page_lists_every_notebook_as_run(built_html):
    html = (built_html / "book/back/execution.html").read_text(encoding="utf-8")
    table = html[html.index("<table"):html.index("</table>")]
    rows = re.findall(r"<tr.*?</tr>", table, flags=re.S)[1:]
    docs = {re.sub(r"<[^>]+>", "", re.findall(r"<td.*?</td>", r, flags=re.S)[0]).strip(): r for r in rows}
    expected = {p.relative_to(ROOT).with_suffix("").as_posix() for p in toc_notebooks()}
    assert set(docs) == expected
    for doc, row in docs.items():
        assert "✅" in row, f"{doc} did not run cleanly"
