"""Widget builders for Part I (peacekeeping): a contributor picker and a parity calculator.

Both redraw house charts from missions.charts.peacekeeping; neither has plotting code of its own.
"""
from __future__ import annotations

import ipywidgets as w

from missions import peacekeeping as pk
from missions.charts import peacekeeping as charts
from missions.widgets import Explorer, explorer


def build_contributor_picker(country: str = "Cambodia") -> Explorer:
    """Pick any contributing country: its personnel and women's-share charts, 2015-2025."""
    df = pk.monthly()
    targets = pk.targets()
    options = sorted(c for c in pk.countries(df) if not c.startswith("Republic of ["))
    picker = w.Dropdown(options=options, value=country, description="Contributing country")

    def draw(country: str):
        return charts.plot_contributor(df, country, targets)

    return explorer("personnel and women's share for any contributing country", {"country": picker}, draw)


def build_parity_calculator(unit_size: int = 850, group: str = "Troops") -> Explorer:
    """Unit size and personnel group -> women needed for the 2028 target and for a Gender Strong Unit."""
    groups = pk.targets().query("kind == 'final'")["ugps_group"].tolist()
    size = w.BoundedIntText(value=unit_size, min=1, max=5000, step=10, description="Unit size (people)")
    kind = w.Dropdown(options=groups, value=group, description="Personnel type")

    def draw(unit_size: int, group: str):
        return charts.plot_parity_needs(pk.parity_needs(unit_size, group))

    return explorer("parity calculator", {"unit_size": size, "group": kind}, draw)
