"""Page budget: the bytes and requests each page of the built book costs a reader.

usage: python -m bookbuild.pagebudget [HTML_DIR]      (default: _build/html)

Static analysis of the built HTML: for every page in _toc.yml plus search.html and genindex.html,
it follows the page's scripts, stylesheets, preloads, icons and images (and the url()s inside
the stylesheets: fonts, background images) to files in the build, and counts
- requests: distinct files the page refers to (the page itself included; data: URIs and links
  to other pages are not requests). Fonts named in stylesheets are counted (the woff2 version
  when there is one) although a browser fetches a font only when text uses it: an upper bound;
- bytes: the sum of those files' sizes (uncompressed; a server's gzip makes the transfer smaller);
- own images: the page's own pictures, i.e. <img> files under _images/, images inlined as data:
  URIs, and PNG/JPEG/SVG values saved in the page's widget state (an Image widget's picture).
A chapter page's own images must stay under OWN_IMAGES_BUDGET (tests/test_pagebudget.py).
"""
from __future__ import annotations

import base64
import json
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


from missions.paths import ROOT
from bookbuild.toc import toc_files

OWN_IMAGES_BUDGET = 400 * 1024  # bytes, per chapter page
EXTRA_PAGES = ["search.html", "genindex.html"]
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")
IMAGE_MIME = ("image/png", "image/jpeg", "image/svg+xml", "image/gif", "image/webp")


def site_pages(toc_path: Path = ROOT / "_toc.yml") -> list[str]:
    """Paths (relative to the HTML folder) of every toc page plus search and the general index."""
    return [f"{f}.html" for f in toc_files(toc_path)] + EXTRA_PAGES


def is_chapter(page: str) -> bool:
    """Chapter pages are the parts' notebooks under book/ (not the front page or back matter)."""
    parts = Path(page).parts
    return len(parts) >= 3 and parts[0] == "book" and parts[1] not in ("back",)


class _Refs(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.assets: list[str] = []
        self.images: list[str] = []
        self.widget_states: list[str] = []
        self._in_state = False
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            if a.get("src"):
                self.assets.append(a["src"])
            elif a.get("type") == WIDGET_STATE:
                self._in_state, self._buf = True, []
        elif tag == "link" and a.get("href"):
            rel = set((a.get("rel") or "").lower().split())
            if rel & {"stylesheet", "preload", "icon", "shortcut", "modulepreload"}:
                self.assets.append(a["href"])
        elif tag == "img" and a.get("src"):
            self.images.append(a["src"])

    def handle_data(self, data):
        if self._in_state:
            self._buf.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in_state:
            self.widget_states.append("".join(self._buf))
            self._in_state = False


OLD_FONTS = {".ttf", ".otf", ".eot", ".woff"}


def _ext(url: str) -> str:
    return Path(urlsplit(url).path).suffix.lower()


def _local(html_dir: Path, base: Path, url: str) -> Path | None:
    """The file a relative URL names inside the build, or None (external, data:, missing)."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    target = (base / unquote(parts.path)).resolve()
    try:
        target.relative_to(html_dir.resolve())
    except ValueError:
        return None
    return target if target.is_file() else None


@dataclass
class PageCost:
    page: str
    html_bytes: int = 0
    files: dict[str, int] = field(default_factory=dict)      # path in build -> bytes
    own_images: dict[str, int] = field(default_factory=dict)  # description -> bytes
    external: list[str] = field(default_factory=list)         # URLs outside the site
    missing: list[str] = field(default_factory=list)          # local URLs with no file

    @property
    def requests(self) -> int:
        return 1 + len(self.files)

    @property
    def bytes(self) -> int:
        return self.html_bytes + sum(self.files.values())

    @property
    def own_image_bytes(self) -> int:
        return sum(self.own_images.values())


def _widget_images(state_json: str) -> dict[str, int]:
    out: dict[str, int] = {}
    try:
        state = json.loads(state_json).get("state", {})
    except ValueError:
        return out
    for model_id, model in state.items():
        st = model.get("state", {})
        if model.get("model_name") == "ImageModel" and isinstance(st.get("value"), str):
            try:
                size = len(base64.b64decode(st["value"]))
            except ValueError:
                size = len(st["value"])
            out[f"widget image {model_id[:8]}"] = size
        for buf in model.get("buffers", []) or []:
            if isinstance(buf.get("data"), str):
                out[f"widget buffer {model_id[:8]}"] = out.get(f"widget buffer {model_id[:8]}", 0) + \
                    len(base64.b64decode(buf["data"]))
    return out


def page_cost(html_dir: Path, page: str) -> PageCost:
    html_dir = html_dir.resolve()
    path = html_dir / page
    text = path.read_text(encoding="utf-8")
    cost = PageCost(page=page, html_bytes=len(text.encode("utf-8")))
    refs = _Refs()
    refs.feed(text)
    queue = [(path.parent, u, False) for u in refs.assets] + [(path.parent, u, True) for u in refs.images]
    seen_css: set[Path] = set()
    while queue:
        base, url, is_image = queue.pop(0)
        if url.startswith("data:"):
            if is_image:
                payload = url.split(",", 1)[-1]
                size = len(base64.b64decode(payload)) if ";base64" in url.split(",", 1)[0] else len(payload)
                cost.own_images[f"inline image {len(cost.own_images) + 1}"] = size
            continue
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") or url.startswith("//"):
            cost.external.append(url)
            continue
        target = _local(html_dir, base, url)
        if target is None:
            if not parts.scheme:
                cost.missing.append(url)
            continue
        rel = target.relative_to(html_dir).as_posix()
        cost.files[rel] = target.stat().st_size
        if is_image and rel.startswith("_images/"):
            cost.own_images[rel] = target.stat().st_size
        if target.suffix == ".css" and target not in seen_css:
            seen_css.add(target)
            css = target.read_text(encoding="utf-8", errors="replace")
            urls = CSS_URL.findall(css)
            if any(_ext(u) == ".woff2" for u in urls):  # a browser takes the woff2 of a @font-face
                urls = [u for u in urls if _ext(u) not in OLD_FONTS]
            queue += [(target.parent, u, False) for u in urls]
    for state in refs.widget_states:
        cost.own_images.update(_widget_images(state))
    return cost


def budget(html_dir: Path, pages: list[str] | None = None) -> list[PageCost]:
    return [page_cost(html_dir, p) for p in (pages or site_pages())]


def _kb(n: int) -> str:
    return f"{n / 1024:,.0f} KB"


def main(argv: list[str]) -> int:
    html_dir = Path(argv[0]) if argv else ROOT / "_build" / "html"
    costs = budget(html_dir)
    print(f"{'page':<48} {'requests':>8} {'bytes':>10} {'own images':>11}")
    over = []
    for c in costs:
        flag = ""
        if is_chapter(c.page) and c.own_image_bytes >= OWN_IMAGES_BUDGET:
            flag, _ = " OVER BUDGET", over.append(c.page)
        print(f"{c.page:<48} {c.requests:>8} {_kb(c.bytes):>10} {_kb(c.own_image_bytes):>11}{flag}")
        for url in c.external:
            print(f"    external: {url}")
        for url in c.missing:
            print(f"    missing: {url}")
    print(f"(own-image budget per chapter page: {_kb(OWN_IMAGES_BUDGET)}; requests and bytes are an "
          "upper bound: fonts counted whether used or not, sizes before compression)")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
