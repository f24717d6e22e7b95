"""myst-nb mime renderers for the book's own outputs (entry point group myst_nb.mime_renderers).

- Charts (image/png with the house metadata): the page's <img> gets the chart's alt text and its
  natural width (Sphinx then links it to the full-size file, so a phone reader can tap to zoom),
  and under it a "Data (CSV)" link to exactly the rows the chart draws. The CSV is published
  beside the page, in <page>.data/.
- Panels (missions.panels.MIME): the published explorer, rendered by bookbuild.panels.

Files published beside a page are collected in the build environment and written when the
build finishes (bookbuild.sphinxext), so they survive incremental builds.
"""

from __future__ import annotations

import hashlib
import re
from html import escape
from pathlib import PurePosixPath

from docutils import nodes

from missions.panels import MIME as PANEL_MIME

ASSETS = "missions_assets"  # env attribute: {docname: {path relative to the page's folder: bytes or Path}}


def _env(renderer):
    return getattr(renderer.renderer, "sphinx_env", None)


def add_asset(env, relpath: str, content) -> None:
    store = getattr(env, ASSETS, None)
    if store is None:
        store = {}
        setattr(env, ASSETS, store)
    store.setdefault(env.docname, {})[relpath] = content


def page_stem(env) -> str:
    return PurePosixPath(env.docname).name


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "chart"


class AltTextImages:
    mime_priority_overrides = (("*", PANEL_MIME, 1),)

    @staticmethod
    def handle_mime(renderer, data, inline):
        if data.mime_type == PANEL_MIME:
            return None if inline else _panel(renderer, data)
        if data.mime_type not in ("image/png", "image/jpeg", "image/svg+xml"):
            return None
        meta = data.output_metadata.get(data.mime_type, {})
        alt = meta.get("alt")
        if not alt:
            return None
        out = renderer.render_image_inline(data) if inline else renderer.render_image(data)
        width = meta.get("width")
        house = meta.get("missions") or {}
        for node in out:
            node["alt"] = str(alt)
            if width and "width" not in node:
                node["width"] = f"{int(width)}px"
            if house.get("min_text_px"):
                node["classes"] += [f"missions-min-text-{int(house['min_text_px'])}"]
        env = _env(renderer)
        csv = house.get("csv")
        if csv and env is not None and not inline:
            digest = hashlib.sha256(csv.encode("utf-8")).hexdigest()[:10]
            name = f"{page_stem(env)}.data/{_slug(house.get('name', 'chart'))}-{digest}.csv"
            add_asset(env, name, csv.encode("utf-8"))
            link = nodes.raw(
                text=f'<p class="missions-data-link"><a href="{escape(name)}" download>'
                f"Data (CSV): the rows this chart draws</a></p>",
                format="html",
            )
            return [*out, link]
        return out


def _panel(renderer, data):
    import json
    from pathlib import Path

    from bookbuild import inputs, panels
    from missions.panels import load_recipe

    spec = data.content if isinstance(data.content, dict) else json.loads(data.string)
    panel = load_recipe(spec["recipe"])
    env = _env(renderer)
    if panel.kind == "table":
        html = panels.table_panel_html(panel)
    else:
        source = Path(renderer.renderer.document["source"])
        digest = inputs.digest(source) if source.suffix == ".ipynb" else "none"
        outdir = Path(env.app.outdir).parent if env is not None else Path("_build")
        cache = outdir / ".missions-panels" / panels.panel_digest(panel.recipe, digest)
        views = panels.render_views(panel, cache)
        folder = f"{page_stem(env)}.panels/{panel.id}" if env is not None else panel.id
        for key in views:
            add_asset(env, f"{folder}/{key}.png", cache / f"{key}.png")
            add_asset(env, f"{folder}/{key}.csv", cache / f"{key}.csv")
        html = panels.chart_html(panel, views, folder)
    return [nodes.raw(text=html, format="html", classes=["output", "missions-panel-output"])]
