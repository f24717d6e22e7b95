"""Accessibility of the built pages that a static read can prove (the browser test adds axe-core).

For every page in _toc.yml, in its article: one h1 and headings that never skip a level; links
whose text makes sense on its own; images with alt text that says what they show (never empty on
a chart, never "Figure 3"). Reads the built book (default _build/html; MISSIONS_HTML overrides);
fails, naming the fix, where none is built.
"""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from bookbuild.toc import toc_files

TOC_PAGES = [f"{f}.html" for f in toc_files()]
VAGUE_LINK_TEXT = {
    "here",
    "click here",
    "click",
    "link",
    "this link",
    "this",
    "more",
    "read more",
    "this page",
    "page",
    "go",
    "see here",
    "details",
    "source",
}
PLACEHOLDER_ALT = re.compile(
    r"^\s*(fig(ure)?\.?|image|img|chart|graph|plot|picture|output)?\s*[\d.]*\s*$"
    r"|\.(png|jpe?g|svg|gif)$",
    re.I,
)


@pytest.fixture(scope="module")
def html(built_html):
    return built_html


def article(html: Path, page: str):
    assert (html / page).is_file(), f"{page} is in _toc.yml but not in the built book {html} (rebuild it)"
    soup = BeautifulSoup((html / page).read_text(encoding="utf-8"), "html.parser")
    found = soup.select_one("article.bd-article") or soup.select_one("main")
    assert found is not None, f"{page}: no article element"
    return found


def _name(tag) -> str:
    if tag.get("aria-label"):
        return tag["aria-label"].strip()
    parts = [tag.get_text(" ", strip=True)] + [img.get("alt", "") for img in tag.find_all("img")]
    return " ".join(p for p in parts if p).strip() or (tag.get("title") or "").strip()


@pytest.mark.parametrize("page", TOC_PAGES)
def test_headings_in_order(html, page):
    levels = [int(h.name[1]) for h in article(html, page).find_all(re.compile(r"^h[1-6]$"))]
    assert levels.count(1) == 1, f"{page}: {levels.count(1)} h1 headings (want exactly one)"
    assert levels[0] == 1, f"{page}: the first heading is h{levels[0]}"
    skips = [(a, b) for a, b in zip(levels, levels[1:]) if b > a + 1]
    assert not skips, f"{page}: headings skip levels: " + ", ".join(f"h{a}→h{b}" for a, b in skips)


@pytest.mark.parametrize("page", TOC_PAGES)
def test_link_text_makes_sense_alone(html, page):
    bad = []
    for a in article(html, page).find_all("a", href=True):
        if "headerlink" in (a.get("class") or []):  # the theme's "#" permalink, titled
            continue
        name = _name(a)
        if not name or name.lower().strip(" .:!") in VAGUE_LINK_TEXT:
            bad.append(f"{name!r} -> {a['href']}")
    assert not bad, f"{page}: links whose text says nothing on its own: {bad}"


@pytest.mark.parametrize("page", TOC_PAGES)
def test_images_have_alt_text(html, page):
    bad = []
    for img in article(html, page).find_all("img"):
        alt = img.get("alt")
        src = img.get("src", "")
        chart = "_images/" in src or src.startswith("data:image")
        if alt is None:
            bad.append(f"no alt: {src[:80]}")
        elif chart and (PLACEHOLDER_ALT.search(alt) or len(alt.split()) < 5):
            bad.append(f"alt {alt!r} does not say what the chart shows: {src[:80]}")
    assert not bad, f"{page}: " + "; ".join(bad)


@pytest.mark.parametrize("page", TOC_PAGES)
def test_each_panel_has_its_note_beside_it(html, page):
    """The note before each published panel says what the page offers (and what running adds)."""
    soup = BeautifulSoup((html / page).read_text(encoding="utf-8"), "html.parser")
    for panel in soup.select(".missions-panel"):
        note = panel.find_previous("p")
        assert note is not None and note.get_text(" ", strip=True).startswith("Explore."), (
            f"{page}: panel {panel.get('data-panel')} has no note before it"
        )


def test_checks_catch_bad_markup(tmp_path):
    (tmp_path / "p.html").write_text(
        '<article class="bd-article"><h1>T</h1><h3>skip</h3><a href="x">here</a>'
        '<img src="_images/a.png" alt="Figure 2"><img src="b.png"></article>',
        encoding="utf-8",
    )
    art = article(tmp_path, "p.html")
    assert [h.name for h in art.find_all(re.compile(r"^h[1-6]$"))] == ["h1", "h3"]
    assert _name(art.find("a")).lower() in VAGUE_LINK_TEXT
    assert PLACEHOLDER_ALT.search("Figure 2") and PLACEHOLDER_ALT.search("chart.png")
    assert not PLACEHOLDER_ALT.search("Line chart: Cambodia's personnel per month, 2005-2025")
