"""The published rendering of the explorer panels: plain HTML controls and views made at build time.

A chapter's notebook stores only a panel's spec (missions.panels.MIME: its id and recipe). Here
the build rebuilds the panel from its recipe and
- for a chart panel, renders every published view ahead of time (in two worker processes, cached
  by the notebook's input digest under _build/.missions-panels/), and writes the page's HTML:
  labelled <select> controls, the first view as an <img> with its alt text, a visible caption
  that repeats the alt text (it names the chosen options), and a manifest of every view (image
  file and alt text) that the page's script (web/static/missions-panels.js) reads to swap views.
  The images are published beside the page, in <page>.panels/<panel id>/; each view also has a
  "Data (CSV)" file of exactly the rows it draws;
- for a table panel, writes every row (escaped, with its filter values as data attributes) and
  the controls; the script hides the rows that do not match.
Every text that comes from data is escaped here. With no script, the page still shows the first
view and its description.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from html import escape
from pathlib import Path

from missions.panels import Panel, load_recipe
from missions.panels.table import shown_line, table_html

WORKERS = 2


def _render(args: tuple[str, dict, str]) -> tuple[str, bytes, str, str, int]:
    recipe, values, key = args
    panel = load_recipe(recipe)
    chart = panel.draw(**values)
    return key, chart.png, chart.alt, chart.csv, chart.min_text_px


def render_views(panel: Panel, cache: Path) -> dict[str, dict]:
    """Render (or reuse from `cache`) every published view; return key -> {png, alt, csv, ...} paths."""
    cache.mkdir(parents=True, exist_ok=True)
    index = cache / "views.json"
    if index.is_file():
        return json.loads(index.read_text(encoding="utf-8"))
    jobs = [(panel.recipe, values, panel.key(values)) for values in panel.views()]
    if len(jobs) > 1 and WORKERS > 1:
        ctx = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=WORKERS, mp_context=ctx) as pool:
            results = list(pool.map(_render, jobs, chunksize=max(1, len(jobs) // (4 * WORKERS))))
    else:
        results = [_render(j) for j in jobs]
    views = {}
    for (key, png, alt, csv, min_px), (_, values, _) in zip(results, jobs):
        (cache / f"{key}.png").write_bytes(png)
        (cache / f"{key}.csv").write_text(csv, encoding="utf-8")
        views[key] = {
            "alt": panel.selection(values) + " " + alt,
            "min_text_px": min_px,
            "width": int.from_bytes(png[16:20], "big"),
            "height": int.from_bytes(png[20:24], "big"),
        }
    tmp = index.with_suffix(".tmp")
    tmp.write_text(json.dumps(views, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    os.replace(tmp, index)
    return views


def script_json(value) -> str:
    """JSON for a <script type="application/json">: no "<", ">" or "&" can end the script or start a tag
    (they are written as JSON escapes, which JSON.parse turns back into the same characters)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _controls_html(panel: Panel) -> str:
    out = []
    for i, c in enumerate(panel.controls):
        cid = f"{panel.id}-{c.name}"
        options = "".join(
            f'<option value="{j}"{" selected" if v == panel.first[c.name] else ""}>{escape(label)}</option>'
            for j, (label, v) in enumerate(c.options)
        )
        out.append(
            f'<div class="missions-control"><label for="{escape(cid)}">{escape(c.label)}</label>'
            f'<select id="{escape(cid)}" data-index="{i}">{options}</select></div>'
        )
    return f'<div class="missions-controls">{"".join(out)}</div>'


def chart_html(panel: Panel, views: dict[str, dict], folder: str) -> str:
    """The panel's HTML; `folder` is the views' folder relative to the page."""
    first = views[panel.key(panel.first)]
    first_key = panel.key(panel.first)
    manifest = {
        "folder": folder,
        "views": {
            k: {"alt": v["alt"], "w": v["width"], "h": v["height"], "px": v["min_text_px"]} for k, v in views.items()
        },
    }
    data = script_json(manifest)
    src = f"{folder}/{first_key}.png"
    return (
        f'<div class="missions-explorer missions-panel" id="panel-{escape(panel.id)}" data-panel="{escape(panel.id)}" '
        f'role="group" aria-label="{escape(panel.title)}">'
        f"{_controls_html(panel)}"
        f'<figure class="missions-view"><a class="missions-view-link" href="{escape(src)}">'
        f'<img src="{escape(src)}" alt="{escape(first["alt"])}" width="{first["width"]}" '
        f'height="{first["height"]}" data-min-text-px="{first["min_text_px"]}"></a>'
        f'<figcaption class="missions-alt" aria-live="polite">{escape(first["alt"])}</figcaption>'
        f'<p class="missions-data-link"><a href="{escape(folder)}/{first_key}.csv" download>Data (CSV) for this view</a></p>'
        f"</figure>"
        f'<script type="application/json" class="missions-manifest">{data}</script>'
        f"</div>"
    )


def table_panel_html(panel: Panel) -> str:
    html, shown = table_html(panel, panel.first, every_row=True)
    total = len(panel.rows())
    caption = shown_line(shown, total, panel.noun)
    names = escape(json.dumps([c.name for c in panel.controls]))
    values = escape(json.dumps([[str(v) for _, v in c.options] for c in panel.controls], ensure_ascii=False))
    return (
        f'<div class="missions-explorer missions-panel" id="panel-{escape(panel.id)}" data-panel="{escape(panel.id)}" '
        f'data-kind="table" data-total="{total}" data-noun="{escape(panel.noun)}" data-controls="{names}" '
        f'data-values="{values}" role="group" aria-label="{escape(panel.title)}">'
        f"{_controls_html(panel)}"
        f'<p class="missions-alt" aria-live="polite">{escape(caption)}</p>'
        f"{html}</div>"
    )


def panel_digest(recipe: str, inputs_digest: str) -> str:
    return hashlib.sha256(f"{recipe}\0{inputs_digest}".encode()).hexdigest()[:20]
