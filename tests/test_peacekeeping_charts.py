"""Part I charts and widgets: Charts with computed alt text and a source line, identical PNG bytes on
re-run, widgets that redraw when a control changes, and the parity arithmetic (rounded up)."""
from __future__ import annotations

import pytest

from missions import data
from missions import peacekeeping as pk
from missions.charts import peacekeeping as charts
from missions.style import Chart


@pytest.fixture(scope="module")
def monthly():
    return pk.monthly()


def _check(chart: Chart, *words):
    assert isinstance(chart, Chart)
    assert chart.png.startswith(b"\x89PNG")
    assert chart.source.startswith("Source: ")
    for word in words:
        assert word in chart.alt, (word, chart.alt)


def test_personnel_chart(monthly):
    hist = pk.cambodia_harmonised(monthly)
    make = lambda: charts.plot_personnel(hist, "Cambodia", events=data.load("pk-cambodia-events"))  # noqa: E731
    first, again = make(), make()
    assert first.png == again.png
    peak = hist["total"].max()
    _check(first, "Cambodia", "May 2005", f"{peak:,.0f}", "left blank")
    assert "International Peace Institute" in first.source


def test_women_share_chart_uses_the_data(monthly):
    shares = pk.women_share(monthly, "Cambodia")
    chart = charts.plot_women_share(shares, "Cambodia's", pk.targets())
    last = shares["Troops"].dropna()
    _check(chart, f"{last.iloc[-1]:.1f}%", "15% (2028)", "August 2020")
    assert chart.png == charts.plot_women_share(shares, "Cambodia's", pk.targets()).png


def test_asean_chart(monthly):
    month = pk.latest_month(monthly)
    ranked, asean = pk.ranking(monthly, month), pk.asean(monthly, month)
    chart = charts.plot_asean(asean, month, int(ranked.loc["Cambodia", "rank"]), int((ranked["total"] > 0).sum()))
    kh = asean.loc["Cambodia"]
    _check(chart, f"Cambodia {kh['total']:,.0f} ({kh['female']:,.0f} women)", f"ranks {kh['rank_asean']} in ASEAN")


def test_missions_and_barrier_charts():
    wide = pk.cambodia_by_mission()
    chart = charts.plot_cambodia_missions(wide, data.load("pk-missions"))
    _check(chart, "MINUSCA", "UNIFIL", "March 2018 to August 2019")
    areas = data.load("pk-mowip-areas")
    tiles = charts.plot_barrier_areas(areas)
    _check(tiles, *areas["issue_area"].tolist())


@pytest.mark.parametrize("size,share,expected", [
    (100, 15, 15), (101, 15, 16), (850, 15, 128), (850, 20, 170), (1, 30, 1), (0, 25, 0),
    (20, 15, 3), (140, 20, 28), (141, 20, 29), (7, 8, 1), (300, 10.5, 32),
])
def test_women_needed_rounds_up(size, share, expected):
    assert pk.women_needed(size, share) == expected


def test_women_needed_has_no_float_error():
    # 0.15 * 100 is 15.000000000000002 in floating point; a naive ceil would say 16
    assert pk.women_needed(100, 15) == 15
    assert pk.women_needed(1000, 0.7) == 7
    with pytest.raises(ValueError):
        pk.women_needed(-1, 15)


def test_parity_needs_uses_the_2028_target_and_five_points_more():
    needs = pk.parity_needs(160, "Formed police units")
    assert (needs["target_share"], needs["women_for_target"]) == (20, 32)
    assert (needs["gsu_share"], needs["women_for_gsu"]) == (25, 40)
    chart = charts.plot_parity_needs(needs)
    _check(chart, "160", "32 women", "40 are needed")


def test_contributor_picker_redraws_for_another_country():
    from missions.widgets.peacekeeping import build_contributor_picker

    panel = build_contributor_picker("Cambodia")
    first = panel.image.value
    assert "Cambodia" in panel.status.value
    panel.controls["country"].value = "Ghana"
    assert panel.image.value != first
    assert "Ghana" in panel.status.value and "Cambodia" not in panel.status.value


def test_parity_calculator_redraws_with_new_numbers():
    from missions.widgets.peacekeeping import build_parity_calculator

    panel = build_parity_calculator(850, "Troops")
    first = panel.image.value
    panel.controls["unit_size"].value = 101
    assert panel.image.value != first
    assert "16 women meet" in panel.status.value and "21 are needed" in panel.status.value
    panel.controls["group"].value = "Individual police"
    assert "31 women meet" in panel.status.value  # ceil(101 * 30%) = 31
