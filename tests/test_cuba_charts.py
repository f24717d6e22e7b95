"""Part II charts: official figures never joined to estimates, the pay split drawn row by row,
each chart's Data (CSV) holding exactly the rows it draws, alt text computed from the data."""

from __future__ import annotations

import io
from unittest import mock

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from missions import cuba, data, style
from missions.charts import cuba as charts


@pytest.fixture(scope="module")
def services():
    return data.load("cuba-services-exports")


def _capture(fn, *args, **kwargs):
    """Run a chart function, keeping its lines (x, y, linestyle, face colour) for inspection."""
    seen = {}
    real = style.finish

    def spy(fig, **kw):
        seen["lines"] = [
            (list(ln.get_xdata()), list(ln.get_ydata()), ln.get_linestyle(), ln.get_markerfacecolor(), ln.get_marker())
            for ax in fig.axes
            for ln in ax.get_lines()
        ]
        return real(fig, **kw)

    with mock.patch.object(style, "finish", spy):
        chart = fn(*args, **kwargs)
    return chart, seen["lines"]


def _rows(chart) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(chart.csv))


def test_official_lines_hold_only_official_figures(services):
    chart, lines = _capture(charts.plot_revenue, services, measure="usd", show_earlier=True)
    off = cuba.official_revenue(services)
    joined = [ln for ln in lines if ln[2] == "-" and len(ln[0]) > 1]
    assert len(joined) == 2  # the two ONEI lines; the 2011-15 average is dashed, not solid
    official = {round(v, 6) for v in pd.concat([off["health_usd_bn"], off["total_usd_bn"]]).dropna()}
    for xs, ys, *_ in joined:
        assert {int(x) for x in xs} <= set(off["year"]) and {round(float(y), 6) for y in ys} <= official
    hollow = {round(float(y), 6) for xs, ys, ls, face, _ in lines if face == "white" for y in ys}
    early = cuba.earlier_for_chart(services)
    assert {round(v, 6) for v in early["value_usd_bn"]} <= hollow
    assert "not joined" in chart.alt


def test_no_estimate_sits_beside_the_official_years_and_no_pesos_on_a_dollar_axis(services):
    early = cuba.earlier_for_chart(services)
    first_official = services.loc[services["official"].astype(bool), "year_from"].min()
    assert (early["year_to"] < first_official).all()  # the 2018 estimates are not drawn
    assert early["unit"].str.startswith("US$").all()  # nor any figure published in pesos
    left = cuba.left_out_of_chart(services)
    assert set(left["unit"]) >= {"million pesos", "billion CUC"} and (left["year_from"] == 2018).any()
    drawn = _rows(charts.plot_revenue(services))
    assert not drawn["unit"].isin(["million pesos", "billion CUC"]).any()
    assert len(drawn) == len(services[services["official"].astype(bool)]) + len(early)
    # the notebook's extra view adds the peso figures, and says so
    pesos = charts.plot_revenue(services, with_pesos=True)
    assert _rows(pesos)["unit"].isin(["million pesos"]).any() and "pesos" in pesos.alt


def test_share_view_plots_the_computed_share(services):
    chart, lines = _capture(charts.plot_revenue, services, measure="share")
    share = cuba.official_revenue(services).dropna(subset=["health_share_pct"])
    xs, ys, *_ = lines[0]
    assert [int(x) for x in xs] == list(share["year"])
    assert [round(float(y), 9) for y in ys] == [round(v, 9) for v in share["health_share_pct"]]
    assert f"{share['health_share_pct'].iloc[-1]:.1f}%" in chart.alt


def test_pay_chart_draws_every_share_with_its_kind_of_evidence():
    shares = cuba.pay_shares()
    chart = charts.plot_pay_shares()
    drawn = _rows(chart)
    assert list(drawn["row_id"]) == list(shares["row_id"])
    assert set(shares["basis"]) <= set(charts.EVIDENCE_OF)
    assert "None is official pay data" in chart.alt
    # computed shares are pay divided by fee from the same source, and marked as ours
    pay = cuba.pay_split().set_index("row_id")
    ecuador = shares.set_index("row_id").loc["ecuador-2019-pay-share"]
    assert ecuador["our_arithmetic"]
    assert ecuador["low"] == pytest.approx(
        100 * pay.loc["ecuador-2019-pay", "value_low"] / pay.loc["ecuador-2019-fee", "value_low"]
    )
    assert ecuador["high"] == pytest.approx(
        100 * pay.loc["ecuador-2019-pay", "value_high"] / pay.loc["ecuador-2019-fee", "value_low"]
    )
    # a fee is not a share: Mexico's rows never reach this chart
    assert "Mexico" not in set(shares["country"])


def test_host_chart_shows_one_country_and_joins_nothing():
    wc = data.load("cuba-workers-by-country")
    chart, lines = _capture(charts.plot_host_country, wc, "Venezuela")
    assert all(ls in ("None", "none", "") or len(xs) <= 1 for xs, ys, ls, *_ in lines)
    drawn = _rows(chart)
    assert set(drawn["country"]) == {"Venezuela"} and len(drawn) == (wc["country"] == "Venezuela").sum()
    assert "not joined" in chart.alt


def test_workers_chart_says_when_nothing_matches():
    wa = data.load("cuba-workers-abroad")
    empty = charts.plot_workers_abroad(wa, counted="doctors", measure="cumulative")
    assert empty.alt.startswith("Empty chart") and "none" in empty.source
    full = charts.plot_workers_abroad(wa)
    abroad = wa[wa["measure"] == "abroad"]
    assert len(_rows(full)) == len(abroad)
    assert f"{int(abroad['workers_high'].max()):,}" in full.alt


@pytest.mark.parametrize(
    "make",
    [
        lambda: charts.plot_revenue(data.load("cuba-services-exports")),
        lambda: charts.plot_revenue(data.load("cuba-services-exports"), measure="share"),
        lambda: charts.plot_pay_shares(),
        lambda: charts.plot_workers_abroad(data.load("cuba-workers-abroad")),
        lambda: charts.plot_host_country(data.load("cuba-workers-by-country"), "Brazil"),
    ],
    ids=["revenue-usd", "revenue-share", "pay", "workers", "host"],
)
def test_charts_are_deterministic_at_house_width_with_a_source(make):
    plt.close("all")  # figures another test left open are not this chart's
    a, b = make(), make()
    assert a.png == b.png
    assert a.width == style.WIDTH_IN * style.DPI
    assert a.source.startswith("Source") and "data/" not in a.source
    assert plt.get_fignums() == []
