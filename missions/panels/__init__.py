"""Explorer panels: one description, two renderings.

A `Panel` is a set of labelled controls and either a chart function (`draw`, which returns a
house `Chart`) or a table of rows filtered by the controls. It is shown two ways:

- **Live** (JupyterLab, Binder: a kernel with a front end): `show()` builds ipywidgets that
  redraw the chart or refilter the table on every change, with every option the data allow.
- **Published** (the built book, and the headless runs that make and check it: `make execute`,
  nbval, the book build set MISSIONS_STATIC_PANELS=1): no widget is created. The output is a
  small spec (mime type `application/vnd.missions.panel+json`: the panel's id and how to
  rebuild it). The book's build (bookbuild.panels) rebuilds the panel, renders every published
  view ahead of time as an image beside the page, and writes plain HTML controls that swap
  views in the browser. Neither the notebook nor the page holds any picture's bytes or any
  widget state.

The same note sits beside the panel in both places (`Panel.note()`): what the published panel
offers, and what running the notebook adds.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from missions.style import Chart

STATIC_ENV = "MISSIONS_STATIC_PANELS"
MIME = "application/vnd.missions.panel+json"


@dataclass(frozen=True)
class Control:
    """One labelled control. `options` are the (label, value) pairs the published page offers;
    `live` optionally builds a different ipywidget for the notebook (a slider, a number box)."""

    name: str
    label: str
    options: Sequence[tuple[str, Any]]
    live: Callable[[Any], Any] | None = None  # value -> ipywidget, for the notebook only

    def __post_init__(self):
        if not self.label.strip():
            raise ValueError(f"control {self.name!r} needs a label")
        if not self.options:
            raise ValueError(f"control {self.name!r} needs at least one option")
        labels = [label for label, _ in self.options]
        if len(set(labels)) != len(labels):
            raise ValueError(f"control {self.name!r}: option labels must differ")

    def label_of(self, value) -> str:
        for label, v in self.options:
            if v == value:
                return label
        raise KeyError(f"control {self.name!r} has no option with value {value!r}")


@dataclass
class Panel:
    """A panel: `id` is unique in the book; `recipe` ("module:function") rebuilds it for the build."""

    id: str
    title: str
    controls: Sequence[Control]
    first: dict[str, Any]
    offers: str  # what the published panel offers, as a clause: "pick any of 38 countries"
    adds: str  # what running the notebook adds, as a clause ("any of the 120 contributors"); "" if nothing
    recipe: str
    draw: Callable[..., Chart] | None = None  # a chart panel
    rows: Callable[[], list[dict]] | None = None  # a table panel: every row, with the control names as keys
    columns: Sequence[tuple[str, str]] = field(default_factory=tuple)  # (key, heading) of a table panel
    noun: str = "rows"  # a table panel counts its rows with this word: "Five of 68 claims shown."

    def __post_init__(self):
        if (self.draw is None) == (self.rows is None):
            raise ValueError(f"panel {self.id!r}: give either draw (a chart) or rows (a table)")
        names = [c.name for c in self.controls]
        if set(self.first) != set(names):
            raise ValueError(f"panel {self.id!r}: first view must set exactly {names}")
        for c in self.controls:
            c.label_of(self.first[c.name])  # the first view is a published one

    @property
    def kind(self) -> str:
        return "chart" if self.draw is not None else "table"

    def note(self) -> str:
        """The sentence beside the panel, true on the page and in the notebook."""
        if not self.adds:
            return (
                f"**Explore.** This panel lets you {self.offers}; it works the same on the published page "
                f"and in the notebook."
            )
        return (
            f"**Explore.** On the published page this panel lets you {self.offers}. "
            f"Running this chapter's notebook yourself (the introduction says how) adds {self.adds}."
        )

    def views(self) -> Iterator[dict[str, Any]]:
        """Every published combination of control values, the first view first."""
        yield dict(self.first)
        for combo in itertools.product(*[[v for _, v in c.options] for c in self.controls]):
            values = dict(zip([c.name for c in self.controls], combo))
            if values != self.first:
                yield values

    def key(self, values: dict[str, Any]) -> str:
        """A view's key, as the page's script builds it from the controls' option indexes."""
        parts = []
        for c in self.controls:
            index = [v for _, v in c.options].index(values[c.name])
            parts.append(str(index))
        return "-".join(parts)

    def selection(self, values: dict[str, Any]) -> str:
        """'Contributing country: Kazakhstan.': the chosen options, named, for the visible caption."""
        return " ".join(f"{c.label}: {c.label_of(values[c.name])}." for c in self.controls)

    def spec(self) -> dict:
        return {"id": self.id, "recipe": self.recipe, "kind": self.kind, "title": self.title}

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {MIME: self.spec(), "text/plain": f"Panel: {self.title}"}

    def widget(self):
        """The live ipywidgets panel (notebook only)."""
        from missions.panels.live import build

        return build(self)


def is_static() -> bool:
    """True in the headless runs that make and check the book (see the module docstring)."""
    return os.environ.get(STATIC_ENV, "") == "1"


def show(panel: Panel) -> None:
    """Display the panel's note, then the panel: live widgets in a notebook, the spec when headless."""
    from IPython.display import Markdown, display

    display(Markdown(panel.note()))
    display(panel if is_static() else panel.widget())


def load_recipe(recipe: str) -> Panel:
    """Rebuild a panel from its recipe ("package.module:function")."""
    import importlib

    module, _, name = recipe.partition(":")
    if not module or not name.isidentifier():
        raise ValueError(f"not a panel recipe: {recipe!r}")
    panel = getattr(importlib.import_module(module), name)()
    if not isinstance(panel, Panel):
        raise TypeError(f"{recipe} did not return a Panel")
    return panel
