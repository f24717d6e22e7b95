"""The claims ledger page and each chapter's claims table: complete, linked, in reading order."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from missions import data, ledger
from missions.chapters import claims_ledger
from tests.conftest import ROOT, toc_notebooks

ARTICLES = data.load("articles")


@pytest.fixture(scope="module")
def rows():
    return ledger.rows()


@pytest.mark.parametrize("article", ARTICLES["article"].tolist())
def test_each_article_table_has_every_claim_in_reading_order_linked_to_its_chapter(rows, article):
    html = ledger.page_table(article).html()
    mine = ledger.in_reading_order(rows[rows["article"] == article])
    body = BeautifulSoup(html, "html.parser").find_all("tr")[1:]
    assert len(body) == len(mine)
    said = [tr.find_all("td")[1].get_text() for tr in body]
    assert said == mine["stated_text"].tolist()
    chapter = ARTICLES.set_index("article").loc[article, "chapter"]
    for tr in body:
        assert tr.find("a")["href"] == f"../{chapter.split('/', 1)[1]}.html#claims-{article}"


def test_summary_counts_add_up_to_the_ledger(rows):
    table = BeautifulSoup(claims_ledger.summary_table().html(), "html.parser")
    last = [td.get_text() for td in table.find_all("tr")[-1].find_all("td")]
    assert last[-1] == str(len(rows))
    assert [int(x) for x in last[1:-1]] == [int((rows["verdict"] == v).sum()) for v in ledger.VERDICT_ORDER]


def test_filter_panel_starts_on_the_claims_worth_a_look(rows):
    panel = claims_ledger.panel()
    from missions.panels.table import selected

    first = selected(panel, panel.first)
    assert len(first) == int((rows["verdict"] != "matches").sum())
    titan_unverifiable = selected(panel, {"article": "titan", "verdict": "not-verifiable"})
    assert len(titan_unverifiable) == int(((rows["article"] == "titan") & (rows["verdict"] == "not-verifiable")).sum())


def test_chapter_table_names_sources_not_dataset_ids(rows):
    names = {r["name"] for r in data.package()["resources"] if "-" in r["name"]}  # "claims" is also a word
    for article in ARTICLES["article"]:
        soup = BeautifulSoup(ledger.chapter_table(article).html(), "html.parser")
        text = soup.get_text(" ")
        assert not [n for n in names if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)], article
        assert soup.find("details") and soup.find("summary").get_text().startswith("The article's figures, checked")


# --- built book ------------------------------------------------------------------------------------
def test_ledger_page_links_every_claim_to_its_chapter_and_offers_downloads(built_html, rows):
    page = built_html / "book/back/claims-ledger.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    links = [a["href"] for a in soup.find_all("a", href=True)]
    chapter_links = [link for link in links if re.search(r"\.html#claims-", link)]
    assert len(chapter_links) >= len(rows)
    for link in set(chapter_links):
        target, anchor = link.split("#")
        html = (page.parent / target).resolve().read_text(encoding="utf-8")
        assert f'id="{anchor}"' in html, link
    for name in ("claims.csv", "facts.csv", "article_figures.csv"):
        hits = [link for link in links if link.endswith("/" + name)]
        assert hits and (page.parent / hits[0]).resolve().exists(), name


def test_execution_status_page_lists_every_notebook_as_run(built_html):
    html = (built_html / "book/back/execution.html").read_text(encoding="utf-8")
    table = html[html.index("<table") : html.index("</table>")]
    trs = re.findall(r"<tr.*?</tr>", table, flags=re.S)[1:]
    docs = {re.sub(r"<[^>]+>", "", re.findall(r"<td.*?</td>", r, flags=re.S)[0]).strip(): r for r in trs}
    assert set(docs) == {p.relative_to(ROOT).with_suffix("").as_posix() for p in toc_notebooks()}
    for doc, row in docs.items():
        assert "✅" in row, f"{doc} did not run cleanly"
