"""Every page of the built book in a real browser: offline, no console errors, accessible, phone-sized.

Serves the built book (default _build/html; MISSIONS_HTML overrides it) on 127.0.0.1 under the
subpath /missions/ (as GitHub Pages serves /<repo>/), opens every page in _toc.yml plus
search.html and genindex.html in Debian's Chromium (driven by Playwright; never a downloaded
browser), and checks on each page:
- no request leaves the site (each one is aborted and reported) and no local request fails;
- no console errors and no uncaught exceptions;
- axe-core (vendored: web/test-vendor/axe-core) finds no serious or critical violation;
- no page loads a widget manager or saved widget state;
- at 390 px wide the page does not scroll sideways, every image fits, every wide table either stacks
  or scrolls inside its own box, and chart text is at least 10 CSS px tall;
- in the theme's dark mode, figures are shown as drawn (no dimming filter, white background).
Then, on the pages that have them: every control of every published panel, set from the keyboard,
changes what the panel shows; the ☰ and "Contents" buttons open at 390 and 1280 px; and each
chapter's first load stays within its budget (bookbuild.pageweight).
Skips (with the reason) where /usr/bin/chromium or the built book is absent, except in CI
(CI=true), where that fails. One browser for the module, one fresh context per page.
"""

from __future__ import annotations

import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bookbuild import pageweight
from bookbuild.toc import toc_files
from missions.paths import ROOT

CHROMIUM = Path("/usr/bin/chromium")
HTML = Path(os.environ.get("MISSIONS_HTML", ROOT / "_build" / "html")).resolve()
AXE = ROOT / "web" / "test-vendor" / "axe-core" / "axe.min.js"
PREFIX = "/missions/"
IN_CI = os.environ.get("CI", "").lower() == "true"
CHROMIUM_ARGS = pageweight.CHROMIUM_ARGS
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

if not CHROMIUM.exists() and not IN_CI:
    pytest.skip(
        f"{CHROMIUM} is not installed (apt-get install chromium); browser tests skipped "
        "(they run in CI, where .ci/run installs it)",
        allow_module_level=True,
    )

PAGES = [f"{f}.html" for f in toc_files()] + ["search.html", "genindex.html"]
CHAPTERS = [
    f"{f}.html" for f in toc_files() if f.startswith("book/") and not f.startswith("book/back/") and f != "book/intro"
]


class _SubpathHandler(SimpleHTTPRequestHandler):
    """Serves the book only under PREFIX; anything else is 404."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(HTML), **kwargs)

    def _strip(self) -> bool:
        if not self.path.startswith(PREFIX):
            self.send_error(404, "outside the book's subpath")
            return False
        self.path = "/" + self.path[len(PREFIX) :]
        return True

    def do_GET(self):
        if self._strip():
            super().do_GET()

    def do_HEAD(self):
        if self._strip():
            super().do_HEAD()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site():
    if not (HTML / "genindex.html").is_file():
        if IN_CI:
            pytest.fail(f"no built book at {HTML}: `make test` builds it first")
        pytest.skip(f"no built book at {HTML}: run `make book` first (or set MISSIONS_HTML)")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SubpathHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"CI=true but {CHROMIUM} is missing: .ci/run must `apt-get install -y chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


def _axe_serious(page, rules: list[str] | None = None, label: str = "axe") -> list[str]:
    if not page.evaluate("() => !!window.axe"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        """async (rules) => {
            const opts = {resultTypes: ['violations']};
            if (rules) opts.runOnly = {type: 'rule', values: rules};
            const r = await window.axe.run(document, opts);
            return r.violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => ({id: v.id, impact: v.impact, help: v.help,
                          targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')),
                          count: v.nodes.length}));
        }""",
        rules,
    )
    return [f"{label} {v['impact']} {v['id']} ({v['help']}) x{v['count']}: {v['targets']}" for v in result]


LAYOUT_JS = """() => {
    const doc = document.documentElement, vw = doc.clientWidth;
    const out = [];
    if (doc.scrollWidth > vw + 1) out.push(`document scrolls sideways: ${doc.scrollWidth}px > ${vw}px`);
    if (document.body.scrollWidth > vw + 1) out.push(`body scrolls sideways: ${document.body.scrollWidth}px > ${vw}px`);
    for (const img of document.querySelectorAll('.bd-article img')) {
        const r = img.getBoundingClientRect();
        if (r.width === 0 || getComputedStyle(img).visibility === 'hidden') continue;
        if (r.left < -1 || r.right > vw + 1)
            out.push(`image wider than the viewport (${Math.round(r.left)}..${Math.round(r.right)} of ${vw}px): ${img.getAttribute('alt') || img.src}`);
        // chart text: the smallest text in natural pixels, scaled as the page shows the image
        const cls = [...img.classList].find(c => c.startsWith('missions-min-text-'));
        const px = img.dataset.minTextPx ? +img.dataset.minTextPx : cls ? +cls.slice('missions-min-text-'.length) : 0;
        if (img.closest('.bd-article') && !px && img.naturalWidth > 200)
            out.push(`chart image carries no text size: ${img.getAttribute('alt') || img.src}`);
        if (px && img.naturalWidth && px * r.width / img.naturalWidth < 10 - 1e-6)
            out.push(`chart text ${(px * r.width / img.naturalWidth).toFixed(1)} CSS px (< 10): ${(img.getAttribute('alt') || img.src).slice(0, 80)}`);
    }
    // wide tables: stacked (display block rows) or scrolling inside their own box, never cut off
    for (const table of document.querySelectorAll('.bd-article table')) {
        const r = table.getBoundingClientRect();
        if (r.width === 0) continue;
        let box = table.parentElement, scrolls = false;
        while (box && box !== document.body) {
            const st = getComputedStyle(box);
            if (['auto', 'scroll'].includes(st.overflowX)) { scrolls = true; break; }
            if (st.overflowX === 'hidden' && box.scrollWidth > box.clientWidth + 1)
                out.push(`a table is cut off by an overflow:hidden box: ${table.className}`);
            box = box.parentElement;
        }
        if (r.right > vw + 1 && !scrolls) out.push(`table wider than the page and not scrollable: ${table.className}`);
        if (scrolls && box.scrollWidth > box.clientWidth + 1 && !box.matches('.missions-table-scroll, .pst-scrollable-table-container'))
            out.push(`a scrolling table has no visible cue: ${table.className}`);
    }
    return out;
}"""

DARK_JS = """() => {
    document.documentElement.dataset.theme = 'dark';
    const out = [];
    for (const img of document.querySelectorAll('.bd-article img')) {
        const s = getComputedStyle(img);
        if (s.filter !== 'none') out.push(`dark mode filters an image (${s.filter}): ${img.getAttribute('alt')}`);
        if (parseFloat(s.opacity) < 1) out.push(`dark mode fades an image: ${img.getAttribute('alt')}`);
    }
    return out;
}"""


@pytest.mark.parametrize("page_path", PAGES)
def test_page_in_browser(page_path, site, browser):
    assert (HTML / page_path).is_file(), f"{page_path} is in _toc.yml but not in the built book {HTML}"
    origin = site
    problems: list[str] = []
    context = browser.new_context(viewport=DESKTOP, service_workers="block")
    try:

        def route(r):
            if r.request.url.startswith(origin + "/"):
                r.continue_()
            else:
                problems.append(f"request outside the site (aborted): {r.request.url}")
                r.abort()

        context.route("**/*", route)
        page = context.new_page()
        page.on(
            "console",
            lambda m: m.type == "error" and problems.append(f"console error: {m.text} @ {m.location.get('url', '')}"),
        )
        page.on("pageerror", lambda e: problems.append(f"uncaught exception: {e}"))
        page.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"))

        page.goto(f"{origin}{PREFIX}{page_path}", wait_until="load")
        if page.evaluate(
            "() => !!document.querySelector('script[type=\"application/vnd.jupyter.widget-state+json\"]')"
        ):
            problems.append("the page carries saved widget state")
        page.wait_for_load_state("networkidle")
        problems += _axe_serious(page)

        page.set_viewport_size(PHONE)
        page.wait_for_timeout(100)
        problems += page.evaluate(LAYOUT_JS)
        problems += page.evaluate(DARK_JS)
        page.wait_for_timeout(50)
        problems += _axe_serious(page, ["color-contrast"], label="axe (dark mode, 390 px)")
    finally:
        context.close()
    assert not problems, f"{page_path}:\n  " + "\n  ".join(dict.fromkeys(problems))


def test_subpath_server_refuses_other_paths(site):
    import urllib.error
    import urllib.request

    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(f"{site}/genindex.html")
    assert err.value.code == 404
    with urllib.request.urlopen(f"{site}{PREFIX}genindex.html") as resp:
        assert resp.status == 200


# --- the published panels --------------------------------------------------------------------
PANEL_PAGES = [
    p
    for p in PAGES
    if p.endswith(".html") and (HTML / p).is_file() and 'missions-panel" id=' in (HTML / p).read_text(encoding="utf-8")
]


def _open(browser, origin, page_path, viewport=DESKTOP):
    context = browser.new_context(viewport=viewport, service_workers="block")
    problems: list[str] = []

    def route(r):
        if r.request.url.startswith(origin + "/"):
            r.continue_()
        else:
            problems.append(f"request outside the site (aborted): {r.request.url}")
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and problems.append(f"console error: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"uncaught exception: {e}"))
    page.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"))
    page.goto(f"{origin}{PREFIX}{page_path}", wait_until="load")
    return context, page, problems


@pytest.mark.parametrize("page_path", PANEL_PAGES)
def test_every_panel_control_works_from_the_keyboard(page_path, site, browser):
    context, page, problems = _open(browser, site, page_path, PHONE)
    try:
        panels = page.query_selector_all(".missions-panel")
        assert panels, f"{page_path}: no published panel"
        for panel in panels:
            assert "missions-explorer" in panel.get_attribute("class")
            pid = panel.get_attribute("data-panel")
            for select in panel.query_selector_all("select"):
                label = page.query_selector(f"label[for='{select.get_attribute('id')}']")
                assert label and label.inner_text().strip(), f"{pid}: a control without a visible label"
                select.focus()
                outline = page.evaluate("el => getComputedStyle(el).outlineStyle", select)
                assert outline != "none", f"{pid}: no visible focus on {select.get_attribute('id')}"
                page.keyboard.press("End")
                page.keyboard.press("Home")
                page.keyboard.press("ArrowDown")
                page.wait_for_timeout(150)
                chosen = page.evaluate("el => el.options[el.selectedIndex].textContent", select)
                panel = page.query_selector(f"#panel-{pid}")  # re-query the panel
                caption = panel.query_selector(".missions-alt").inner_text()
                if panel.get_attribute("data-kind") == "table":
                    shown = len([r for r in panel.query_selector_all("tbody tr") if r.is_visible()])
                    total = int(panel.get_attribute("data-total"))
                    assert 0 < total and caption.lower().startswith(_count(shown)), (pid, chosen, caption, shown)
                else:
                    img = panel.query_selector(".missions-view img")
                    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=img)
                    alt = img.get_attribute("alt")
                    assert chosen in caption and chosen in alt, f"{pid}: chose {chosen!r}, the panel shows {caption!r}"
                    assert alt == caption
        page.wait_for_timeout(100)
        problems += _axe_serious(page, label="axe after a change")
    finally:
        context.close()
    assert not problems, f"{page_path}:\n  " + "\n  ".join(dict.fromkeys(problems))


def _count(n: int) -> str:
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    return words[n] if n <= 9 else f"{n:,}"


# --- the sidebars open ------------------------------------------------------------------------
# A link counts as shown when it has a box, is not hidden, and lies at least partly inside the window
# (the themes hide a closed sidebar by sliding it off-screen or with visibility, keeping its size).
VISIBLE_LINKS_JS = """(selector) => [...document.querySelectorAll(selector)].filter(a => {
    const r = a.getBoundingClientRect(); const s = getComputedStyle(a);
    return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && r.right > 0 && r.left < innerWidth;
    }).length"""


ICON_DRAWN_JS = """(button) => { const i = button.querySelector(".fa-solid, .fa-brands, .fa-regular");
    if (!i || i.getBoundingClientRect().width === 0) return false;
    const glyph = getComputedStyle(i, "::before").content;
    return glyph !== "none" && glyph !== "" && document.fonts.check('900 16px "Font Awesome 6 Free"'); }"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390px", "1280px"])
@pytest.mark.parametrize("page_path", ["book/intro.html"] + CHAPTERS[:1])
def test_site_navigation_and_contents_buttons_open(page_path, viewport, site, browser):
    for toggle, links in (
        (".primary-toggle", ".bd-docs-nav a"),
        (".secondary-toggle", ".bd-toc-nav a, #pst-page-toc-nav a"),
    ):
        context, page, problems = _open(browser, site, page_path, viewport)
        try:
            buttons = [b for b in page.query_selector_all(toggle) if b.is_visible()]
            before = page.evaluate(VISIBLE_LINKS_JS, links)
            for b in buttons:  # the icon is drawn by the theme's webfont (the SVG script is not shipped)
                assert b.evaluate(ICON_DRAWN_JS), f"{toggle} shows no icon at {viewport['width']} px"
            if not buttons:  # wide enough to show it all the time: the list is on screen
                assert toggle == ".secondary-toggle" and before > 0, f"{page_path}: no {toggle} and nothing shown"
                continue
            buttons[0].click()
            page.wait_for_timeout(400)
            after = page.evaluate(VISIBLE_LINKS_JS, links)
            assert after != before and (after > 0 or before > 0), f"{toggle} does nothing at {viewport['width']} px"
            if before == 0:
                assert after > 0, f"{toggle} did not open its list at {viewport['width']} px"
            else:  # the chapter list was shown: the button hides it, and a second click brings it back
                buttons[0].click()
                page.wait_for_timeout(400)
                assert page.evaluate(VISIBLE_LINKS_JS, links) == before
        finally:
            context.close()
        assert not problems, problems


# --- first-load weight ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def intro_weight(site, browser):
    return pageweight.measure(browser, f"{site}{PREFIX}", HTML, "book/intro.html", prefix=PREFIX)


def test_intro_page_first_load_within_budget(intro_weight):
    assert intro_weight.raw <= pageweight.INTRO_BUDGET, str(intro_weight)


@pytest.mark.parametrize("page_path", CHAPTERS)
def test_chapter_first_load_within_budget(page_path, site, browser, intro_weight):
    weight = pageweight.measure(browser, f"{site}{PREFIX}", HTML, page_path, prefix=PREFIX)
    budget = intro_weight.raw + weight.own_images + pageweight.CHAPTER_EXTRA
    assert weight.raw <= budget, f"{weight} > intro {intro_weight.raw:,} + own images + 150 KB = {budget:,}"
