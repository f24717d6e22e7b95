"""Part II charts: estimates drawn apart from the official line, deterministic output, computed alt text."""
from __future__ import annotations

from unittest import mock

import matplotlib.pyplot as plt
import pytest

from missions import cuba, data, style
from missions.charts import cuba as charts


@pytest.fixture(scope="module")
def services():
    return data.load("cuba-services-exports")


def _capture(fn, *args, **kwargs):
    """Run a chart function, keeping its figure's axes for inspection."""
    seen = {}
    real = style.finish

    def spy(fig, **kw):
        seen["fig"] = fig
        seen["lines"] = [(l.get_xdata(), l.get_ydata(), l.get_linestyle(), l.get_markerfacecolor())
                         for ax in fig.axes for l in ax.get_lines()]
        return real(fig, **kw)

    with mock.patch.object(style, "finish", spy):
        chart = fn(*args, **kwargs)
    return chart, seen["lines"]


def test_estimates_are_separate_unjoined_artists(services):
    chart, lines = _capture(charts.plot_revenue, services, measure="usd", show_earlier=True)
    off = cuba.official_revenue(services)
    joined = [l for l in lines if l[2] == "-" and len(l[0]) > 1]  # solid connected lines (the divider is dotted)
    # the only connected lines are the two official series, with exactly the official years
    assert len(joined) == 2
    for xs, ys, _, _ in joined:
        assert set(int(x) for x in xs) <= set(off["year"])
    official_y = set(round(v, 6) for v in off["health_usd_bn"].dropna()) | set(round(v, 6) for v in off["total_usd_bn"].dropna())
    for xs, ys, _, _ in joined:
        assert {round(float(y), 6) for y in ys} <= official_y
    # every non-official figure drawn appears only in unconnected, hollow markers
    hollow = [l for l in lines if l[2] in ("None", "none") and l[3] == "white"]
    drawn = {round(float(y), 6) for xs, ys, _, _ in hollow for y in ys}
    early = cuba.not_official(services)
    single = early[(early["series"].isin(["services_total", "health_services", "professional_services"]))
                   & (early["year_from"] == early["year_to"])]
    assert {round(v, 6) for v in single["value_usd_bn"]} <= drawn
    assert "not joined" in chart.alt


def test_share_view_plots_the_computed_share(services):
    chart, lines = _capture(charts.plot_revenue, services, measure="share")
    share = cuba.official_revenue(services).dropna(subset=["health_share_pct"])
    xs, ys, _, _ = lines[0]
    assert list(map(int, xs)) == list(share["year"])
    assert [round(float(y), 9) for y in ys] == [round(v, 9) for v in share["health_share_pct"]]
    assert f"{share['health_share_pct'].iloc[-1]:.1f}%" in chart.alt


@pytest.mark.parametrize("make", [
    lambda: charts.plot_revenue(data.load("cuba-services-exports")),
    lambda: charts.plot_revenue(data.load("cuba-services-exports"), measure="share"),
    lambda: charts.plot_workers_abroad(data.load("cuba-workers-abroad")),
    lambda: charts.plot_host_countries(data.load("cuba-workers-by-country")),
    lambda: charts.plot_timeline(data.load("cuba-timeline")),
    lambda: charts.plot_dialysis_cost(data.load("cuba-stvincent-dialysis"), data.load("cuba-ec-dollar-peg")),
], ids=["revenue-usd", "revenue-share", "workers", "countries", "timeline", "dialysis"])
def test_charts_are_deterministic_with_alt_and_source(make):
    a, b = make(), make()
    assert a.png == b.png
    assert len(a.alt.split()) > 12 and a.source.startswith("Source:")
    assert plt.get_fignums() == []  # no figure left open


def test_alt_texts_carry_the_data():
    wa = data.load("cuba-workers-abroad")
    alt = charts.plot_workers_abroad(wa).alt
    abroad = wa[wa["measure"] == "abroad"]
    assert f"{len(abroad)} published figures" in alt
    assert f"{int(abroad['workers_high'].max()):,}" in alt
    tl = data.load("cuba-timeline")
    alt = charts.plot_timeline(tl).alt
    assert f"Timeline of {tl['event_id'].nunique()} events" in alt
    c = cuba.dialysis_costs(data.load("cuba-stvincent-dialysis"), data.load("cuba-ec-dollar-peg"), "gonsalves-2025-06")
    alt = charts.plot_dialysis_cost(data.load("cuba-stvincent-dialysis"), data.load("cuba-ec-dollar-peg")).alt
    assert f"US${c['if_usd_usd']:,.0f}" in alt and f"US${c['if_ecd_usd']:,.0f}" in alt


def test_timeline_filters_and_marks_actors_by_shape():
    tl = data.load("cuba-timeline")
    rows = charts.timeline_rows(tl, actor="United States", period="2019-2025")
    assert set(rows["actor"]) == {"United States"} and rows["date"].dt.year.min() >= 2019
    assert rows["date"].is_monotonic_increasing
    shapes = [m for _, m in charts.ACTOR_STYLE.values()]
    assert len(set(shapes)) == len(shapes)  # colour is never the only carrier
    both = charts.timeline_rows(tl, actor="IACHR")
    assert len(both) == 1 and both.iloc[0]["label"].startswith("20 or 24 May")
