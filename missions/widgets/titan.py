"""Widget for Part III (Titan): a labelled time slider across the dive and the search.

It redraws the chapter's own search-window chart (missions.charts.titan.plot_search_window) with
a cursor at the chosen hour: elapsed time, the oxygen that would have remained by the original
96-hour estimate, and the latest public statement at that moment.
"""
from __future__ import annotations

import ipywidgets as w

from missions import titan as tt
from missions.charts import titan as charts
from missions.widgets import Explorer, explorer

START_HOURS = 53  # first view: the Coast Guard's briefing of 20 June (about 40 hours left, it said)


def build_search_slider(events=None, supply_hours: float | None = None, value: float = START_HOURS) -> Explorer:
    events = tt.events() if events is None else events
    supply = tt.fact(tt.LIFE_SUPPORT_FACT) if supply_hours is None else supply_hours
    last = tt.hours_since_start(events, events["time_utc"].max())
    slider = w.FloatSlider(value=value, min=0, max=float(int(last) + 1), step=0.5, readout_format=".1f",
                           description="Hours since the descent began (Coast Guard clock)",
                           continuous_update=False, layout=w.Layout(width="100%"))
    return explorer("Titan: the dive and the search, hour by hour", {"at_hours": slider},
                    lambda at_hours: charts.plot_search_window(events, supply, at_hours=at_hours))


def fallback(events=None, supply_hours: float | None = None, value: float = START_HOURS) -> str:
    """The one-sentence static description of the first view."""
    events = tt.events() if events is None else events
    supply = tt.fact(tt.LIFE_SUPPORT_FACT) if supply_hours is None else supply_hours
    return "The panel opens at " + tt.moment(events, value, supply).summary() + "."
