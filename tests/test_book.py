"""The built book (`make book`, -W): every toc page is there, with alt text, citations and downloads."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from missions import data
from tests.conftest import ROOT, toc_files, toc_notebooks


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.imgs: list[dict] = []
        self.links: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img":
            self.imgs.append(attrs)
        elif tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, text):
        if self._in_title:
            self.title += text


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


PAGES = toc_files()


@pytest.mark.parametrize("entry", PAGES)
def test_every_toc_page_is_built(built_html, entry):
    page = built_html / f"{entry}.html"
    assert page.exists(), f"{entry} missing from the built book"
    assert parse(page).title.strip(), f"{entry} has no title"


@pytest.mark.parametrize("entry", [p.relative_to(ROOT).with_suffix("").as_posix() for p in toc_notebooks()])
def test_chapter_images_have_alt_text_that_describes_them(built_html, entry):
    page = parse(built_html / f"{entry}.html")
    for img in page.imgs:
        if "_images/" not in img.get("src", ""):
            continue
        alt = img.get("alt", "")
        assert len(alt.split()) >= 5, f"{entry}: image {img.get('src')} has alt {alt!r}"
        assert not re.fullmatch(r"(figure|image|chart)\s*\d*", alt.strip(), re.I)


def test_no_page_uses_dollar_math(built_html):
    for entry in PAGES:
        html = (built_html / f"{entry}.html").read_text(encoding="utf-8")
        assert "mathjax" not in html.lower(), f"{entry} loads MathJax"


def test_data_and_methods_links_every_dataset_for_download(built_html):
    page = built_html / "book/back/data-and-methods.html"
    links = parse(page).links
    for res in data.package()["resources"]:
        hits = [link for link in links if link.endswith("_data/" + res["path"])]
        assert hits, f"no download link for {res['path']}"
        target = (page.parent / hits[0]).resolve()
        assert target.read_bytes() == (ROOT / "data" / res["path"]).read_bytes(), f"{res['path']}: stale download"


@pytest.mark.parametrize("entry", [p.relative_to(ROOT).with_suffix("").as_posix() for p in toc_notebooks()])
def test_every_chart_offers_the_rows_it_draws(built_html, entry):
    page = built_html / f"{entry}.html"
    html = page.read_text(encoding="utf-8")
    charts = re.findall(r'<img[^>]+class="[^"]*missions-min-text-', html)
    links = re.findall(r'<a href="([^"]+\.csv)" download>Data \(CSV\)', html)
    assert len(links) >= len(charts), f"{entry}: {len(charts)} charts, {len(links)} data links"
    for link in links:
        rows = (page.parent / link).read_text(encoding="utf-8").splitlines()
        assert len(rows) >= 2 and "," in rows[0], f"{entry}: {link} holds no rows"


def test_references_page_lists_every_source_article(built_html):
    html = (built_html / "book/back/references.html").read_text(encoding="utf-8")
    for row in data.load("articles").itertuples():
        assert row.outlet.split(" (")[0] in html or row.title[:30] in html, row.article


def test_every_article_is_cited_by_a_chapter_of_its_part():
    articles = data.load("articles")
    text = {p: p.read_text(encoding="utf-8") for p in toc_notebooks()}
    parts_present = {p.relative_to(ROOT / "book").parts[0] for p in text}
    for row in articles.itertuples():
        if row.part not in parts_present:
            continue  # that part has not landed yet
        citing = [p for p, t in text.items() if row.bibkey in t and p.relative_to(ROOT / "book").parts[0] == row.part]
        assert citing, f"no chapter of part {row.part} cites {row.bibkey}"


def test_the_address_is_one_setting_and_its_buttons_wait_for_it(built_html):
    """repository.url is the only place the address is written; while it is empty the pages carry no
    repository or launch button, and no page tells a reader to clone a placeholder."""
    import yaml

    from bookbuild.sphinxext import has_address

    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    url = config["repository"]["url"]
    for entry in PAGES:
        html = (built_html / f"{entry}.html").read_text(encoding="utf-8")
        article = html[html.find("<article") :]
        assert "<this repository>" not in article and "&lt;this repository&gt;" not in article
        if has_address(url):
            assert url in html, f"{entry}: no repository button"
        else:
            assert "mybinder.org" not in html and "github.com/missions" not in html, (
                f"{entry}: a button with no address"
            )
    assert not has_address("") and not has_address("https://") and has_address("https://github.com/o/r")


def test_the_icon_script_is_not_shipped_and_the_webfont_is(built_html):
    """The theme's 1.5 MB Font Awesome SVG script is replaced by a stub; its CSS webfont draws the icons
    (tests/test_browser.py checks that they are drawn)."""
    assert (built_html / "_static" / "scripts" / "fontawesome.js").stat().st_size < 200
    css = (built_html / "_static" / "styles" / "pydata-sphinx-theme.css").read_text(encoding="utf-8")
    assert (
        "Font Awesome 6 Free" in css
        and (built_html / "_static/vendor/fontawesome/webfonts/fa-solid-900.woff2").exists()
    )


def test_every_page_has_a_description_and_the_site_an_icon_and_a_titled_front_door(built_html):
    for entry in PAGES:
        html = (built_html / f"{entry}.html").read_text(encoding="utf-8")
        meta = re.search(r'<meta name="description" content="([^"]+)"', html)
        assert meta and len(meta.group(1)) >= 40, f"{entry}: no meta description"
        assert re.search(r'<link rel="icon" href="[^"]*favicon.svg"', html), f"{entry}: no favicon"
    front = (built_html / "index.html").read_text(encoding="utf-8")
    assert "<title>Missions</title>" in front and "url=book/intro.html" in front


def test_built_book_carries_the_current_stylesheets_and_scripts(built_html):
    """web/static changes reach the book even when no page changed (bookbuild.sphinxext.web_digest)."""
    for src in sorted((ROOT / "web" / "static").iterdir()):
        built = built_html / "_static" / src.name
        assert built.read_bytes() == src.read_bytes(), f"_static/{src.name} is stale: rebuild with make book"


def test_web_digest_changes_with_any_web_file(tmp_path, monkeypatch):
    from bookbuild import sphinxext

    (tmp_path / "static").mkdir()
    (tmp_path / "templates").mkdir()
    (tmp_path / "static" / "a.css").write_text("a { color: red }")
    monkeypatch.setattr(sphinxext, "ROOT", tmp_path)
    monkeypatch.setattr(sphinxext, "STATIC", tmp_path / "static")
    monkeypatch.setattr(sphinxext, "TEMPLATES", tmp_path / "templates")
    before = sphinxext.web_digest()
    (tmp_path / "static" / "a.css").write_text("a { color: blue }")
    assert sphinxext.web_digest() != before
