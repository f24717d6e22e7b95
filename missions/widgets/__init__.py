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


def explorer(title: str, controls: dict[str, w.ValueWidget], draw: Callable[..., Chart],
             ) -> Explorer:
    """Panel of labelled controls above a chart redrawn by `draw(**values)` on every change.

    `controls` maps keyword argument names of `draw` to widgets; every control must have a
    description, which is its visible and accessible label.
    """
    for name, ctl in controls.items():
        if not getattr(ctl, "description", ""):
            raise ValueError(f"control {name!r} needs a description: it is its label")
        ctl.style = {"description_width": "initial"}
    status = w.HTML()
    first = draw(**{k: c.value for k, c in controls.items()})
    image = chart_image(first)
    status.value = f"<p class='missions-alt'>{first.alt}</p>"

    def redraw(_change=None):
        chart = draw(**{k: c.value for k, c in controls.items()})
        image.value = chart.png
        status.value = f"<p class='missions-alt'>{chart.alt}</p>"

    for ctl in controls.values():
        ctl.observe(redraw, names="value")
    panel = Explorer([w.HBox(list(controls.values()), layout=w.Layout(flex_flow="row wrap")), image, status],
                     title=title)
    panel.add_class("missions-explorer")
    panel.redraw = redraw  # exposed so tests can drive the panel
    panel.controls = controls
    panel.image = image
    panel.status = status
    return panel


def show_explorer(panel: Explorer, fallback: str) -> None:
    """Display the live-panel note, the static fallback sentence, then the panel."""
    display(Markdown(LIVE_NOTE + "\n\n" + fallback))
    display(panel)
