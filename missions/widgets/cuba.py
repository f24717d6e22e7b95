"""Widget builders for Part II (Cuba): each redraws a chart from missions.charts.cuba, nothing else."""
from __future__ import annotations

import ipywidgets as w

from missions import data
from missions.charts import cuba as charts
from missions.widgets import Explorer, explorer


def build_revenue_explorer(measure: str = "share") -> Explorer:
    """Switch the revenue chart between US$ and health's share of services exports."""
    df = data.load("cuba-services-exports")
    controls = {
        "measure": w.ToggleButtons(options=[("US$ billion", "usd"), ("Share of services exports", "share")],
                                   value=measure, description="Show"),
        "show_earlier": w.Checkbox(value=True, description="Earlier figures and estimates (US$ view)", indent=False),
    }
    return explorer("Cuba's export earnings", controls,
                    lambda measure, show_earlier: charts.plot_revenue(df, measure=measure, show_earlier=show_earlier))


def build_timeline_explorer(actor: str = "all", period: str = "2019-2025") -> Explorer:
    """Filter the timeline by who acted and by period."""
    df = data.load("cuba-timeline")
    actors = [("All actors", "all")] + [(a, a) for a in charts.ACTOR_STYLE]
    periods = [(label, key) for key, (_, _, label) in charts.PERIODS.items()]
    controls = {
        "actor": w.Dropdown(options=actors, value=actor, description="Who acted"),
        "period": w.Dropdown(options=periods, value=period, description="Period"),
    }
    return explorer("Timeline of the missions and the measures", controls,
                    lambda actor, period: charts.plot_timeline(df, actor=actor, period=period))


def build_workers_explorer(counted: str = "doctors", measure: str = "abroad") -> Explorer:
    """Show the worker counts one definition at a time, abroad at a date or sent since the 1960s."""
    df = data.load("cuba-workers-abroad")
    options = [("All definitions", "all")] + [(label, key) for key, (_, _, label) in charts.COUNTED_STYLE.items()]
    controls = {
        "counted": w.Dropdown(options=options, value=counted, description="Who is counted"),
        "measure": w.ToggleButtons(options=[("Abroad at a date", "abroad"), ("Sent since the 1960s", "cumulative")],
                                   value=measure, description="Figure"),
    }
    return explorer("Cuban medical workers abroad", controls,
                    lambda counted, measure: charts.plot_workers_abroad(df, counted=counted, measure=measure))
