"""The live rendering of a panel: ipywidgets that redraw on every change (notebook only)."""

from __future__ import annotations

from html import escape

import ipywidgets as w

from missions.panels import Panel
from missions.panels.table import shown_line, table_html


class LivePanel(w.VBox):
    """A VBox with a short, stable text form (for screen readers and plain-text front ends)."""

    def __init__(self, *args, title: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self._title = title

    def __repr__(self) -> str:
        return f"Panel: {self._title}"


def _control(c, value):
    if c.live is not None:
        ctl = c.live(value)
    else:
        ctl = w.Dropdown(options=list(c.options), value=value)
    ctl.description = c.label
    ctl.style = {"description_width": "initial"}
    return ctl


def build(panel: Panel) -> LivePanel:
    controls = {c.name: _control(c, panel.first[c.name]) for c in panel.controls}
    caption = w.HTML()
    if panel.kind == "chart":
        view = w.Image(format="png", layout=w.Layout(width="100%", max_width="700px", height="auto"))
    else:
        view = w.HTML()

    def redraw(_change=None):
        values = {k: ctl.value for k, ctl in controls.items()}
        if panel.kind == "chart":
            chart = panel.draw(**values)
            view.value = chart.png
            caption.value = f"<p class='missions-alt'>{escape(chart.alt)}</p>"
        else:
            html, shown = table_html(panel, values)
            view.value = html
            caption.value = f"<p class='missions-alt'>{escape(shown_line(shown, len(panel.rows()), panel.noun))}</p>"

    for ctl in controls.values():
        ctl.observe(redraw, names="value")
    redraw()
    box = LivePanel(
        [w.HBox(list(controls.values()), layout=w.Layout(flex_flow="row wrap")), view, caption], title=panel.title
    )
    box.add_class("missions-explorer")
    box.controls, box.view, box.caption, box.redraw = controls, view, caption, redraw
    return box
