"""The reading order: _toc.yml is written by hand, and everything else that lists chapters follows it."""

from __future__ import annotations

import re

import nbformat
import pytest
import yaml

from bookbuild.toc import toc_files, toc_notebooks
from missions import data
from tests.conftest import ROOT

ARTICLES = data.load("articles")


def _parts() -> list[list[str]]:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    return [[c["file"] for c in part["chapters"]] for part in toc["parts"]]


def test_articles_csv_follows_the_toc():
    in_toc = [f for f in toc_files() if f in set(ARTICLES["chapter"])]
    assert ARTICLES["chapter"].tolist() == in_toc, "data/articles.csv's rows must follow _toc.yml's order"
    for part in _parts():
        parts = set(ARTICLES.set_index("chapter").reindex(part)["part"].dropna())
        assert len(parts) <= 1, f"one toc part mixes the book's parts: {parts}"


def test_within_a_part_chapters_follow_the_order_the_articles_appeared():
    for part, grp in ARTICLES.groupby("part", sort=False):
        published = grp["published"].tolist()
        assert published == sorted(published), f"part {part}: chapters out of publication order: {published}"


def test_every_notebook_under_book_is_in_the_toc_and_every_entry_exists():
    in_toc = {p.resolve() for p in toc_notebooks()}
    on_disk = {p.resolve() for p in (ROOT / "book").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts}
    assert on_disk - in_toc == set(), "notebooks not in _toc.yml (they would not be built)"
    for entry in toc_files():
        assert any((ROOT / f"{entry}{ext}").exists() for ext in (".md", ".ipynb")), entry


LINK = re.compile(r"\{doc\}`(?:[^`<]*<)?([^`>]+)>?`|\]\(([^)#]+?)(?:\.ipynb|\.md)?(?:#[^)]*)?\)")


STORY_PARTS = [p for p in _parts() if set(p) & set(ARTICLES["chapter"])]


@pytest.mark.parametrize("part", STORY_PARTS, ids=lambda p: p[0].split("/")[1])
def test_no_chapter_links_forward_to_a_later_chapter_of_its_part(part):
    """A part's chapters build on each other in order: a chapter may point back for background, never forward."""
    for i, doc in enumerate(part):
        later = {p.split("/")[-1] for p in part[i + 1 :]}
        nb = nbformat.read(ROOT / f"{doc}.ipynb", as_version=4) if (ROOT / f"{doc}.ipynb").exists() else None
        text = (
            "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
            if nb
            else (ROOT / f"{doc}.md").read_text(encoding="utf-8")
        )
        for m in LINK.finditer(text):
            target = (m.group(1) or m.group(2) or "").strip().split("/")[-1]
            assert target not in later, f"{doc} points forward to {target}, a later chapter of its part"
