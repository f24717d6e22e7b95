"""What a page costs a reader on first load, measured in a real browser (Debian's Chromium).

`measure(page, url)` loads a page at 1280x900 with no scrolling, waits for the load event plus
1.5 s, and sums what the browser fetched (the Resource Timing entries of the page and everything
it requested): raw bytes (decoded), and the same files gzipped. A page's own chart images (under
_images/, and the panel views published beside it) are counted apart, since the budget allows for
them: a chapter may weigh at most the intro page plus its own chart images plus CHAPTER_EXTRA, and
the intro at most INTRO_BUDGET.

usage: python -m bookbuild.pageweight [HTML_DIR]   (what `make bench` prints; needs /usr/bin/chromium)
"""

from __future__ import annotations

import gzip
import sys
import threading
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bookbuild.toc import toc_files
from missions.paths import ROOT

VIEWPORT = {"width": 1280, "height": 900}
SETTLE_MS = 1500
INTRO_BUDGET = 2_600_000  # bytes
CHAPTER_EXTRA = 150 * 1024  # bytes over the intro page, besides the chapter's own chart images
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--disable-extensions",
    "--disable-default-apps",
]

RESOURCES_JS = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const all = [nav, ...performance.getEntriesByType('resource')];
  return all.map(e => ({url: e.name, bytes: e.decodedBodySize}));
}"""


@dataclass
class Weight:
    page: str
    raw: int
    gzipped: int
    own_images: int
    requests: int

    def __str__(self) -> str:
        return (
            f"{self.page:<45} {self.raw / 1024:8.0f} KB raw {self.gzipped / 1024:7.0f} KB gzipped "
            f"{self.own_images / 1024:7.0f} KB own charts {self.requests:4d} requests"
        )


def is_own_image(url: str) -> bool:
    path = urlsplit(url).path
    return "/_images/" in path or ".panels/" in path


def local_file(html_dir: Path, prefix: str, url: str) -> Path | None:
    path = unquote(urlsplit(url).path)
    if not path.startswith(prefix):
        return None
    file = html_dir / path[len(prefix) :]
    return file if file.is_file() else None


def measure(browser, base: str, html_dir: Path, page: str, prefix: str = "/") -> Weight:
    """Load `page` (relative to `base`, which ends in `prefix`) and sum what it fetched."""
    context = browser.new_context(viewport=VIEWPORT, service_workers="block")
    try:
        tab = context.new_page()
        tab.goto(base + page, wait_until="load")
        tab.wait_for_timeout(SETTLE_MS)
        entries = tab.evaluate(RESOURCES_JS)
    finally:
        context.close()
    seen = {}
    for e in entries:
        seen.setdefault(e["url"].split("#")[0], e["bytes"])
    raw = sum(seen.values())
    zipped = 0
    for url, size in seen.items():
        file = local_file(html_dir, prefix, url)
        zipped += len(gzip.compress(file.read_bytes(), 6)) if file else size
    own = sum(size for url, size in seen.items() if is_own_image(url))
    return Weight(page, raw, zipped, own, len(seen))


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(html_dir: Path):
    """A local server for the built book; returns (server, base URL)."""
    handler = lambda *a, **k: _Quiet(*a, directory=str(html_dir), **k)  # noqa: E731
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def main(argv: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    html_dir = Path(argv[0]) if argv else ROOT / "_build" / "html"
    server, base = serve(html_dir)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
            print(f"first load at {VIEWPORT['width']}x{VIEWPORT['height']}, load event + {SETTLE_MS} ms:")
            for page in [f"{f}.html" for f in toc_files()]:
                print(" ", measure(browser, base, html_dir, page))
            browser.close()
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
