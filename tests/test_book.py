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
        name = Path(res["path"]).name
        hits = [l for l in links if l.endswith("/" + name)]
        assert hits, f"no download link for {name}"
        assert (page.parent / hits[0]).resolve().exists(), f"download link for {name} is broken"


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


def test_repository_url_is_written_once_and_used_by_the_buttons(built_html):
    import yaml

    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    url = config["repository"]["url"]
    assert (ROOT / "_config.yml").read_text(encoding="utf-8").count(url) == 1
    html = (built_html / "book/intro.html").read_text(encoding="utf-8")
    assert url in html
    notebooks = toc_notebooks()
    if notebooks:
        entry = notebooks[0].relative_to(ROOT).with_suffix("").as_posix()
        chapter = (built_html / f"{entry}.html").read_text(encoding="utf-8")
        binder = url.replace("https://github.com/", "")
        assert "mybinder.org/v2/gh/" + binder in chapter, "no Binder launch button built from the repository url"


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
