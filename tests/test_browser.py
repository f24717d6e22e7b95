"""Every page of the built book in a real browser: offline, no console errors, accessible, phone-sized.

Serves the built book (default _build/html; MISSIONS_HTML overrides it) on 127.0.0.1 under the
subpath /missions/ (as GitHub Pages serves /<repo>/), opens every page in _toc.yml plus
search.html and genindex.html in Debian's Chromium (driven by Playwright; never a downloaded
browser), and checks on each page:
- no request leaves the site (each one is aborted and reported) and no local request fails;
- no console errors and no uncaught exceptions;
- axe-core (vendored: web/test-vendor/axe-core) finds no serious or critical violation;
- pages with saved widget state show their widgets, rendered by the vendored widget manager;
- at 390 px wide the page does not scroll sideways and every image fits in the viewport;
- in the theme's dark mode, figures are shown as drawn (no dimming filter, white background).
Skips (with the reason) where /usr/bin/chromium or the built book is absent, except in CI
(CI=true), where that fails. One browser for the module, one fresh context per page.
"""
from __future__ import annotations

import json
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bookbuild.pagebudget import WIDGET_STATE, site_pages
from missions.paths import ROOT

CHROMIUM = Path("/usr/bin/chromium")
HTML = Path(os.environ.get("MISSIONS_HTML", ROOT / "_build" / "html")).resolve()
AXE = ROOT / "web" / "test-vendor" / "axe-core" / "axe.min.js"
PREFIX = "/missions/"
IN_CI = os.environ.get("CI", "").lower() == "true"
CHROMIUM_ARGS = [
    "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    "--disable-dev-shm-usage", "--disable-extensions", "--disable-default-apps",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
# Containers the html manager renders (any one visible means the widgets are shown).
WIDGET_SELECTOR = ".jupyter-widgets.widget-container, .jupyter-widgets.widget-box, .jupyter-widgets.widget-inline-hbox"

if not CHROMIUM.exists() and not IN_CI:
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); browser tests skipped "
                "(they run in CI, where .ci/run installs it)", allow_module_level=True)

PAGES = site_pages()


class _SubpathHandler(SimpleHTTPRequestHandler):
    """Serves the book only under PREFIX; anything else is 404."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(HTML), **kwargs)

    def _strip(self) -> bool:
        if not self.path.startswith(PREFIX):
            self.send_error(404, "outside the book's subpath")
            return False
        self.path = "/" + self.path[len(PREFIX):]
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


def _has_widget_state(page_path: str) -> bool:
    text = (HTML / page_path).read_text(encoding="utf-8")
    start = text.find(f'type="{WIDGET_STATE}"')
    if start < 0:
        return False
    body = text[text.find(">", start) + 1:text.find("</script>", start)]
    try:
        return bool(json.loads(body).get("state"))
    except ValueError:
        return True  # let the browser checks say what is wrong


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
        page.on("console", lambda m: m.type == "error" and problems.append(
            f"console error: {m.text} @ {m.location.get('url', '')}"))
        page.on("pageerror", lambda e: problems.append(f"uncaught exception: {e}"))
        page.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"))

        page.goto(f"{origin}{PREFIX}{page_path}", wait_until="load")
        if _has_widget_state(page_path):
            try:
                page.wait_for_selector(WIDGET_SELECTOR, state="visible", timeout=15000)
            except Exception:  # noqa: BLE001 - reported below with the page's other problems
                problems.append("page has saved widget state but no widget was rendered")
            else:
                # every widget view placeholder was replaced by a rendered widget
                empty = page.evaluate("""() => [...document.querySelectorAll(
                    'script[type="application/vnd.jupyter.widget-view+json"]')]
                    .filter(s => !s.parentElement.querySelector('.jupyter-widgets')).length""")
                if empty:
                    problems.append(f"{empty} widget view(s) not rendered")
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
