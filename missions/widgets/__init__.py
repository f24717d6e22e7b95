"""Widget builders: a labelled control panel that redraws a house chart function.

A widget never has its own plotting code: it calls the same chart function the page uses,
with other arguments. `explorer()` returns a panel whose first view is drawn at build time, so
the book shows a meaningful static state (saved widget state) and says plainly that the controls
are live only when the notebook runs.
"""
from __future__ import annotations

from typing import Callable

import ipywidgets as w
from IPython.display import Markdown, display

from missions.style import Chart

LIVE_NOTE = (
    "**Interactive panel.** The controls work when this notebook runs: `make lab` on your "
    "machine, or the launch (rocket) button at the top of the page. On the published page "
    "the panel shows its first view only."
)


class Explorer(w.VBox):
    """A VBox with a short, stable text representation (for nbval and screen readers)."""

    def __init__(self, *args, title: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self._title = title

    def __repr__(self) -> str:  # the text/plain output nbval compares
        return f"Interactive explorer: {self._title}"


def chart_image(chart: Chart) -> w.Image:
    """An Image widget holding a Chart's PNG, described by its alt text."""
    img = w.Image(value=chart.png, format="png", layout=w.Layout(width="100%", max_width="700px", height="auto"))
    img.add_class("missions-chart")
    img.description = chart.alt  # not shown; kept with the state
    return img


def panel(title: str, controls: dict[str, w.ValueWidget], views: list[w.Widget],
          update: Callable[[dict], None]) -> Explorer:
    """Labelled controls above `views`; `update(values)` runs on every change of a control.

    Every control must have a description, which is its visible and accessible label."""
    for name, ctl in controls.items():
        if not getattr(ctl, "description", ""):
            raise ValueError(f"control {name!r} needs a description: it is its label")
        ctl.style = {"description_width": "initial"}

    def redraw(_change=None):
        update({k: c.value for k, c in controls.items()})

    for ctl in controls.values():
        ctl.observe(redraw, names="value")
    box = Explorer([w.HBox(list(controls.values()), layout=w.Layout(flex_flow="row wrap")), *views], title=title)
    box.add_class("missions-explorer")
    box.redraw = redraw  # exposed so tests can drive the panel
    box.controls = controls
    return box


def explorer(title: str, controls: dict[str, w.ValueWidget], draw: Callable[..., Chart],
             ) -> Explorer:
    """Panel of labelled controls above a chart redrawn by `draw(**values)` on every change."""
    status = w.HTML()
    first = draw(**{k: c.value for k, c in controls.items()})
    image = chart_image(first)
    status.value = f"<p class='missions-alt'>{first.alt}</p>"

    def update(values: dict) -> None:
        chart = draw(**values)
        image.value = chart.png
        status.value = f"<p class='missions-alt'>{chart.alt}</p>"

    box = panel(title, controls, [image, status], update)
    box.image = image
    box.status = status
    return box


def show_explorer(panel: Explorer, fallback: str) -> None:
    """Display the live-panel note, the static fallback sentence, then the panel."""
    display(Markdown(LIVE_NOTE + "\n\n" + fallback))
    display(panel)
