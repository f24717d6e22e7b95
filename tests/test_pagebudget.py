"""Page budget of the built book (static analysis, no browser): light pages, nothing from outside.

Reads the built book (default _build/html; MISSIONS_HTML overrides it), which `make test` builds
first. Skips where no book is built, except in CI (CI=true), where that fails.
"""

import pytest

from bookbuild import pagebudget as pb

PAGES = pb.site_pages()
CHAPTERS = [p for p in PAGES if pb.is_chapter(p)]


@pytest.fixture(scope="module")
def html(built_html):
    return built_html


@pytest.mark.parametrize("page", PAGES)
def test_page_refers_only_to_files_in_the_site(html, page):
    assert (html / page).is_file(), f"{page} is in _toc.yml but not in the built book {html} (rebuild it)"
    cost = pb.page_cost(html, page)
    assert cost.external == [], f"{page} loads from outside the site: {cost.external}"
    assert cost.missing == [], f"{page} refers to files missing from the build: {cost.missing}"


@pytest.mark.parametrize("page", CHAPTERS or [pytest.param(None, marks=pytest.mark.skip(reason="no chapter in _toc.yml yet"))])
def test_chapter_images_within_budget(html, page):
    assert (html / page).is_file(), f"{page} is in _toc.yml but not in the built book {html} (rebuild it)"
    cost = pb.page_cost(html, page)
    detail = ", ".join(f"{k} {v // 1024} KB" for k, v in sorted(cost.own_images.items(), key=lambda kv: -kv[1]))
    assert cost.own_image_bytes < pb.OWN_IMAGES_BUDGET, (
        f"{page}: own images {cost.own_image_bytes // 1024} KB >= {pb.OWN_IMAGES_BUDGET // 1024} KB ({detail})")


def test_budget_counts_images_and_widget_state(tmp_path):
    # a page with one <img> file, one inline image and one Image widget in its saved state
    (tmp_path / "_images").mkdir()
    (tmp_path / "_images" / "a.png").write_bytes(b"x" * 1000)
    (tmp_path / "book").mkdir()
    state = ('{"version_major": 2, "version_minor": 0, "state": {"abc123456": {"model_name": "ImageModel",'
             ' "model_module": "@jupyter-widgets/controls", "state": {"value": "' + "A" * 400 + '"}}}}')
    (tmp_path / "book" / "p.html").write_text(
        '<html><head><script src="https://cdn.example.org/x.js"></script>'
        f'<script type="{pb.WIDGET_STATE}">{state}</script></head>'
        '<body><img src="../_images/a.png" alt="a"><img src="data:image/png;base64,AAAA" alt="b">'
        '<img src="../_images/missing.png" alt="c"></body></html>', encoding="utf-8")
    cost = pb.page_cost(tmp_path, "book/p.html")
    assert cost.external == ["https://cdn.example.org/x.js"]
    assert cost.missing == ["../_images/missing.png"]
    assert cost.own_image_bytes == 1000 + 3 + 300
    assert cost.requests == 2  # the page and a.png
