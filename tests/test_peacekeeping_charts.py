"""Part I charts, tables and panels, through the chapter modules the notebooks call: each chart is
deterministic, carries the rows it draws and an alt text computed from them, shows missing months as
gaps (never zeros); the panels offer what their notes say; the parity arithmetic rounds up."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from missions import peacekeeping, text
from missions.chapters import cambodia, elsie
from missions.style import Chart


def _rows(chart: Chart) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(chart.csv))


def _check(chart: Chart, *words):
    assert isinstance(chart, Chart)
    assert chart.png.startswith(b"\x89PNG") and chart.width == 520
    assert chart.source.startswith("Source: ")
    for word in words:
        assert word in chart.alt, (word, chart.alt)


def test_personnel_chart_draws_missing_months_as_gaps():
    hist = peacekeeping.cambodia_harmonised()
    chart = cambodia.personnel_chart()
    assert chart.png == cambodia.personnel_chart().png
    peak = hist["total"].max()
    _check(chart, "May 2005", f"{peak:,.0f}", "Apr 2014 to Dec 2014", "three months")
    rows = _rows(chart)
    assert len(rows) == len(hist.loc[hist["total"].dropna().index[0] :])
    gap = rows[rows["source"] == "no report"]
    assert len(gap) > 0 and gap["total"].isna().all(), "a month with no report must not be drawn as zero"
    assert "IPI" in chart.source or "International Peace Institute" in chart.source


def test_missions_chart_hatches_months_without_mission_detail():
    chart = cambodia.missions_chart()
    _check(chart, "MINUSCA", "UNIFIL", "Mar 2018 to Aug 2019", "shaded grey")
    rows = _rows(chart)
    detail = rows.set_index("month")["not reported by mission"]
    assert (detail.loc["2018-03-31":"2019-08-31"] > 0).all()
    assert rows.set_index("month").loc["2022-07-31"].isna().all()  # a missing month stays missing


def test_cambodia_share_chart_sets_cambodia_against_all_contributors():
    chart = cambodia.women_share_chart()
    numbers = cambodia.numbers()
    _check(
        chart,
        f"{numbers['cambodia_troops_women_share_latest']:.1f}%",
        f"{numbers['cambodia_world_troops_women_share_latest']:.1f}%",
        "15%",
        "August 2020",
    )
    rows = _rows(chart).set_index("month")
    assert pd.isna(rows.loc["2020-08-31", "Cambodia troops, % women"])
    assert rows["all contributors' troops, % women"].notna().sum() > 100


def test_asean_chart_lists_every_member_deployed():
    chart = cambodia.asean_chart()
    monthly = peacekeeping.monthly()
    table = peacekeeping.asean(monthly, peacekeeping.latest_month(monthly))
    cambodia_rows = table.loc["Cambodia"]
    _check(
        chart,
        f"Cambodia {cambodia_rows['total']:,.0f} ({cambodia_rows['female']:,.0f} women)",
        "third in ASEAN",
        "28th of 117",
    )
    assert set(_rows(chart)["country"]) == set(table.index)


def test_women_share_by_type_has_one_panel_per_group():
    chart = elsie.women_share_chart()
    _check(chart, "troops", "individual police", "2028 target of 15%", "8% by 2021")
    rows = _rows(chart)
    assert set(rows["group"]) == set(peacekeeping.UGPS_GROUPS)
    assert rows.groupby("group")["target_2028_pct"].first().to_dict() == {
        "Troops": 15,
        "Staff officers and military observers": 25,
        "Formed police units": 20,
        "Individual police": 30,
    }


def test_barrier_areas_table_escapes_and_lists_ten_areas():
    table = elsie.barrier_areas_table()
    assert len(table.rows) == 10
    assert "Eligible pool" in table.html() and "Social exclusion" in table.html()
    assert "<script" not in table.html()


@pytest.mark.parametrize(
    "size,share,expected",
    [
        (100, 15, 15),
        (101, 15, 16),
        (850, 15, 128),
        (850, 20, 170),
        (1, 30, 1),
        (0, 25, 0),
        (20, 15, 3),
        (140, 20, 28),
        (141, 20, 29),
        (7, 8, 1),
        (300, 10.5, 32),
    ],
)
def test_women_needed_rounds_up(size, share, expected):
    assert peacekeeping.women_needed(size, share) == expected


def test_women_needed_has_no_float_error():
    # 0.15 * 100 is 15.000000000000002 in floating point; a naive ceil would say 16
    assert peacekeeping.women_needed(100, 15) == 15
    assert peacekeeping.women_needed(1000, 0.7) == 7
    with pytest.raises(ValueError):
        peacekeeping.women_needed(-1, 15)


def test_parity_chart_uses_the_2028_target_and_five_points_more():
    chart = elsie.parity_chart(160, "Formed police units")
    _check(chart, "160", "32 women", "40 are needed")
    assert _rows(chart)["women_needed"].tolist() == [32, 40]


# --- panels -------------------------------------------------------------------------------------


def test_contributor_picker_offers_every_asean_member_and_the_30_largest():
    panel = cambodia.panel()
    monthly = peacekeeping.monthly()
    offered = [v for _, v in panel.controls[0].options]
    top = peacekeeping.ranking(monthly, peacekeeping.latest_month(monthly)).head(30).index.tolist()
    asean = [c for c in peacekeeping.ASEAN if c in set(monthly["country"])]
    assert set(offered) == set(top) | set(asean)
    assert len(offered) == len(set(offered)) and panel.first == {"country": "Cambodia"}
    assert len(list(panel.views())) <= 60
    note = panel.note()
    assert "30 largest contributors" in note
    assert f"{text.count(len(set(asean) - set(top)))} other ASEAN members" in note


@pytest.mark.parametrize("country", ["Cambodia", "Brunei Darussalam", "Nepal"])
def test_contributor_view_names_the_country(country):
    chart = cambodia.panel().draw(country=country)
    assert chart.alt.startswith(f"Two charts for {country}.")
    rows = _rows(chart)
    assert rows["total"].notna().sum() > 100


def test_a_month_without_a_country_is_zero_and_a_missing_month_is_missing():
    # Myanmar deployed a few people in 2015 only: later months in the series are zeros, not gaps
    rows = _rows(cambodia.contributor_chart("Myanmar")).set_index("month")
    assert rows.loc["2024-12-31", "total"] == 0
    assert pd.isna(rows.loc["2022-07-31", "total"])  # no UN report that month


def test_live_picker_offers_every_contributor():
    panel = cambodia.panel()
    widget = panel.controls[0].live("Cambodia")
    everyone = {c for c in peacekeeping.countries() if not c.startswith("Republic of [")}
    assert set(widget.options) == everyone
    assert str(len(everyone)) in panel.note()


def test_parity_panel_covers_every_listed_size_and_group():
    panel = elsie.panel()
    assert len(list(panel.views())) == len(elsie.UNIT_SIZES) * 4
    chart = panel.draw(unit_size=50, group="Individual police")
    assert "unit of 50 individual police" in chart.alt and "15 women" in chart.alt  # ceil(50 * 30%) = 15


# --- what the prose says of the data ----------------------------------------------------------------


def test_only_individual_police_have_passed_their_2028_target():
    assert elsie.groups_at_target() == ["Individual police"]


def test_cambodia_troops_are_about_one_in_five_women_and_twice_the_average():
    n = cambodia.numbers()
    assert 18 <= n["cambodia_troops_women_share_latest"] <= 22
    assert n["cambodia_troops_women_share_latest"] > 2 * n["cambodia_world_troops_women_share_latest"]
