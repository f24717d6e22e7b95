"""Titan charts and widget: deterministic PNGs, alt text computed from the data, the slider changes state."""
import pytest

from missions import titan as tt
from missions.charts import titan as charts
from missions.widgets import titan as titan_widgets


@pytest.fixture(scope="module")
def tables():
    return tt.history(), tt.events(), tt.depth_points(), tt.fact("life-support-hours")


def _draw(tables, which, **kw):
    history, events, depth, supply = tables
    if which == "history":
        return charts.plot_history(history)
    if which == "dive":
        return charts.plot_dive(depth, events)
    return charts.plot_search_window(events, supply, **kw)


@pytest.fixture(scope="module")
def drawn(tables):
    return {w: _draw(tables, w) for w in ("history", "dive", "search")}


@pytest.mark.parametrize("which", ["history", "dive", "search"])
def test_charts_are_deterministic_and_sourced(tables, drawn, which):
    a, b = drawn[which], _draw(tables, which)
    assert a.png == b.png and a.png.startswith(b"\x89PNG")
    assert a.source.startswith("Source:") and "Coast Guard" in a.source
    assert len(a.alt.split()) > 20


def test_history_alt_counts_warnings(tables, drawn):
    history = tables[0]
    alt = drawn["history"].alt
    assert f"{(history['category'] == 'warning').sum()} warnings" in alt
    assert f"{len(history)} events" in alt


def test_dive_alt_reports_points_and_derived_rates(tables, drawn):
    _, events, depth, _ = tables
    alt = drawn["dive"].alt
    for m in ("2,274 m", "3,341 m", "3,346.3 m", "3,800 m", "13:17:08 UTC", "13:45 UTC"):
        assert m in alt
    for r in tt.descent_rates(depth).itertuples():
        assert f"{r.m_per_min:.0f} m per minute" in alt
    assert "Derived" in alt


def test_search_alt_shows_implosion_within_two_hours_on_both_clocks(tables, drawn):
    _, events, _, _ = tables
    alt = drawn["search"].alt
    m = tt.minutes_between(events, "mbi-descent-start", "mbi-implosion")
    u = tt.minutes_between(events, "uscg-descent-start", "uscg-contact-lost")
    assert m < 120 and u < 120
    assert f"{m:.0f} minutes" in alt and f"{u:.0f} minutes" in alt


def test_widget_slider_is_labelled_and_changes_state(tables):
    _, events, _, supply = tables
    panel = titan_widgets.build_search_slider(events, supply)
    slider = panel.controls["at_hours"]
    assert slider.description and "Hours" in slider.description
    before_png, before_text = panel.image.value, panel.status.value
    slider.value = 90.0
    assert panel.image.value != before_png and panel.status.value != before_text
    assert "6 h of oxygen would remain" in panel.status.value  # 96 - 90, the original estimate
    assert "A black line marks the moment" in panel.status.value
    slider.value = 1.0
    assert "not yet been told" in panel.status.value


def test_widget_fallback_describes_first_view(tables):
    _, events, _, supply = tables
    text = titan_widgets.fallback(events, supply)
    assert f"{titan_widgets.START_HOURS:g} h after the descent" in text
    assert f"{supply - titan_widgets.START_HOURS:g} h of oxygen" in text
