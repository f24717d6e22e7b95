"""The chapters read as written for readers: own words, an ending that says what holds up, no
dataset ids or template phrasing in what a reader sees."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from missions import data
from tests.conftest import ROOT

IN_CI = os.environ.get("CI", "").lower() == "true"
ARTICLES = data.load("articles")
CHAPTERS = list(zip(ARTICLES["chapter"], ARTICLES["article"]))


def _shared() -> Path | None:
    """The team's shared folder (articles and tools): beside this checkout or beside the clone's origin."""
    candidates = [ROOT.parent / "shared"]
    origin = subprocess.run(
        ["git", "-C", str(ROOT), "config", "--get", "remote.origin.url"], capture_output=True, text=True, check=False
    ).stdout.strip()
    if origin and Path(origin).is_dir():
        candidates.append(Path(origin).resolve().parent / "shared")
    return next((c for c in candidates if (c / "tools" / "own_words.py").is_file()), None)


def test_no_passage_repeats_the_source_articles():
    shared = _shared()
    if shared is None:
        if IN_CI:
            pytest.fail("../shared/tools/own_words.py is missing: CI must check the book's own words")
        pytest.skip("../shared/tools is not on this machine (the articles are not redistributed)")
    done = subprocess.run(
        [sys.executable, str(shared / "tools" / "own_words.py"), str(ROOT / "book")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _article(built_html: Path, chapter: str) -> BeautifulSoup:
    soup = BeautifulSoup((built_html / f"{chapter}.html").read_text(encoding="utf-8"), "html.parser")
    return soup.select_one("article.bd-article")


def _heading(h) -> str:
    return " ".join(h.get_text(" ").replace("#", "").split())


@pytest.mark.parametrize("chapter,article", CHAPTERS, ids=[a for _, a in CHAPTERS])
def test_chapter_ends_with_explore_what_holds_up_the_folded_claims_then_sources(built_html, chapter, article):
    page = _article(built_html, chapter)
    h2 = [(_heading(h), h) for h in page.find_all("h2")]
    names = [n for n, _ in h2]
    assert names[-3:] == ["Explore", "What holds up", "Sources"], f"{chapter}: the last sections are {names[-3:]}"
    holds = h2[-2][1].find_parent("section")
    bullets = holds.find("ul", recursive=False) or holds.find("ul")
    items = bullets.find_all("li", recursive=False)
    assert 4 <= len(items) <= 6, f"{chapter}: What holds up has {len(items)} bullets"
    for li in items:
        sentence = " ".join(li.get_text(" ").split())
        assert len(re.findall(r"[.!?](\s|$)", sentence)) == 1, f"{chapter}: a bullet is not one sentence: {sentence}"
    fold = holds.find("details", class_="missions-fold")
    assert fold is not None and fold.get("id") == f"claims-table-{article}", f"{chapter}: no folded claims table"
    assert bullets.find_all_next("details", class_="missions-fold")[0] is fold, "the claims come after the bullets"
    assert page.find(id=f"claims-{article}") is not None, f"{chapter}: the anchor claims-{article} is gone"
    assert page.find(class_="missions-explorer") in h2[-3][1].find_parent("section").descendants


def _ids() -> set[str]:
    """Every dataset name and every value of an *_id column that could only be an id (has - or _)."""
    ids = {r["name"] for r in data.package()["resources"] if "-" in r["name"]}  # "claims" is also a word
    for res in data.package()["resources"]:
        with (ROOT / "data" / res["path"]).open(encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            cols = [c for c in (reader.fieldnames or []) if c.endswith("_id")]
            for row in reader:
                ids |= {row[c] for c in cols if row[c] and re.search(r"[-_]", row[c]) and len(row[c]) >= 5}
    return ids


@pytest.fixture(scope="module")
def ids() -> set[str]:
    return _ids()


def _reader_text(page) -> str:
    for code in page.select("div.cell_input, pre, script, style"):
        code.decompose()
    return " ".join(page.get_text(" ").split())


@pytest.mark.parametrize("chapter,article", CHAPTERS, ids=[a for _, a in CHAPTERS])
def test_no_dataset_id_reaches_a_reader(built_html, chapter, article, ids):
    text = _reader_text(_article(built_html, chapter))
    found = sorted(i for i in ids if re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", text))
    assert not found, f"{chapter} shows ids to readers: {found}"


@pytest.mark.parametrize("chapter,article", CHAPTERS, ids=[a for _, a in CHAPTERS])
def test_prose_reads_as_written(built_html, chapter, article):
    text = _reader_text(_article(built_html, chapter))
    span = re.search(r".{0,30}\bfrom \S+–\S+", text)
    assert not span, f"{chapter}: write 'from X to Y', not {span.group(0)!r}"
    # a lone digit counting something ("5 people", "3 grants"): one to nine are written as words
    lone = re.findall(
        r"(?<![\w.,:/–-])[1-9] (?:people|grants|countries|claims|warnings|groups|reports|areas|"
        r"projects|missions|points|times|events|years|months|days|officials|doctors)\b",
        text,
    )
    assert not lone, f"{chapter}: numbers one to nine should be words: {lone}"
