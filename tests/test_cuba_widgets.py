"""Part II widgets: a control change redraws the chart with the same chart function."""
from __future__ import annotations

from missions import data
from missions.charts import cuba as charts
from missions.widgets import cuba as widgets


def test_revenue_switch_changes_the_chart():
    panel = widgets.build_revenue_explorer(measure="share")
    share_png = panel.image.value
    panel.controls["measure"].value = "usd"
    assert panel.image.value != share_png
    assert panel.image.value == charts.plot_revenue(data.load("cuba-services-exports"), measure="usd").png
    assert "US$" in panel.status.value


def test_timeline_filter_changes_the_chart():
    panel = widgets.build_timeline_explorer()
    first = panel.image.value
    panel.controls["actor"].value = "IACHR"
    assert panel.image.value != first
    assert panel.image.value == charts.plot_timeline(data.load("cuba-timeline"), actor="IACHR", period="2019-2025").png
    panel.controls["period"].value = "1960-2005"
    assert "Empty timeline" in panel.status.value  # the IACHR acted only in 2025


def test_workers_filter_changes_the_chart():
    panel = widgets.build_workers_explorer()
    first = panel.image.value
    panel.controls["measure"].value = "cumulative"
    assert panel.image.value != first
    assert all(c.description for c in panel.controls.values())
