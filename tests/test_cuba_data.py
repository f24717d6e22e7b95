"""Part II (Cuba) data: official vs estimates kept apart, shares, sources, timeline order, dialysis sums."""
from __future__ import annotations

import math

import pytest

from missions import cuba, data

NAMES = ["cuba-services-exports", "cuba-workers-abroad", "cuba-workers-by-country", "cuba-timeline",
         "cuba-stvincent-dialysis", "cuba-ec-dollar-peg"]


@pytest.fixture(scope="module")
def services():
    return data.load("cuba-services-exports")


def test_only_onei_2018_2022_rows_are_official(services):
    off = services[services["official"].astype(bool)]
    assert set(off["kind"]) == {"official"}
    assert (services.loc[~services["official"].astype(bool), "kind"] != "official").all()
    assert off["year_from"].between(2018, 2022).all() and (off["year_from"] == off["year_to"]).all()
    assert set(off["series"]) == {"health_services", "services_total"}
    assert off["who"].str.contains("ONEI").all()
    # every estimate, plan or earlier report is flagged as not official
    assert not services.loc[services["kind"].isin(["estimate", "plan", "earlier-report"]), "official"].astype(bool).any()
    # the official series has one value per series and year
    assert not off.duplicated(["series", "year_from"]).any()


def test_value_usd_bn_converts_the_published_value(services):
    factor = {"US$": 1e-9, "US$ bn": 1, "US$ bn a year": 1, "US$ million": 1e-3, "million pesos": 1e-3, "billion CUC": 1}
    for _, r in services.iterrows():
        assert math.isclose(r["value"] * factor[r["unit"]], r["value_usd_bn"], rel_tol=1e-9), r.to_dict()


def test_health_share_is_health_over_total_from_the_rows(services):
    share = cuba.official_revenue(services).dropna(subset=["health_share_pct"]).set_index("year")["health_share_pct"]
    assert list(share.index) == [2019, 2020, 2021, 2022]  # 2018 has no official total
    for year, pct in share.items():
        row = services[services["official"].astype(bool) & (services["year_from"] == year)].set_index("series")["value"]
        assert math.isclose(pct, 100 * row["health_services"] / row["services_total"], rel_tol=1e-12)
    assert 0 < share.min() and share.max() < 100


def test_every_row_has_a_source_that_resolves():
    sources = data.load("cuba-sources").set_index("source_id")
    assert sources.index.is_unique
    for name in NAMES:
        df = data.load(name)
        assert df["source_id"].notna().all(), name
        listed = {s["path"] for s in data.resource(name)["sources"]}
        for sid in df["source_id"]:
            assert sid in sources.index, f"{name}: {sid} not in cuba-sources"
            assert sources.loc[sid, "url"] in listed, f"{name}: {sid} not among the resource's sources"


def test_timeline_is_sorted_dated_and_precise():
    tl = data.load("cuba-timeline")
    assert tl["date"].notna().all()
    assert tl["date"].is_monotonic_increasing
    assert set(tl["date_precision"]) <= {"day", "month", "year"}
    coarse = tl[tl["date_precision"] != "day"]
    assert (coarse["date"].dt.day == 1).all()
    assert (coarse.loc[coarse["date_precision"] == "year", "date"].dt.month == 1).all()
    ends = tl.dropna(subset=["date_end"])
    assert (ends["date_end"] > ends["date"]).all()
    # the disputed date of the IACHR letter is kept from both sources
    letter = tl[tl["event_id"] == "iachr-letter-2025"]
    assert sorted(letter["date"].dt.strftime("%Y-%m-%d")) == ["2025-05-20", "2025-05-24"]
    assert letter["date_note"].notna().all()
    # the events the issue asks for
    years = set(tl["date"].dt.year)
    assert {1960, 1963, 2000, 2005, 2006, 2013, 2019, 2025} <= years


def test_worker_ranges_and_bounds_are_consistent():
    for name in ("cuba-workers-abroad", "cuba-workers-by-country"):
        df = data.load(name)
        assert (df["workers_high"] >= df["workers_low"]).all()
        assert ((df["qualifier"] == "range") == (df["workers_high"] > df["workers_low"])).all(), name
        assert df["definition"].str.len().gt(3).all()


def test_dialysis_cost_in_both_currencies():
    dia = data.load("cuba-stvincent-dialysis")
    peg = data.load("cuba-ec-dollar-peg")
    rate = float(peg["ec_dollars_per_us_dollar"].iloc[0])
    assert rate == 2.70
    row = dia.set_index("report_id").loc["gonsalves-2025-06"]
    c = cuba.dialysis_costs(dia, peg, "gonsalves-2025-06")
    per = float(row["annual_cost_stated"]) / int(row["patients"])
    assert c["if_usd_usd"] == per and c["if_ecd_ecd"] == per
    assert math.isclose(c["if_usd_ecd"], per * 2.70)
    assert math.isclose(c["if_ecd_usd"], per / 2.70)
    assert math.isclose(c["annual_if_ecd_usd"] * 2.70, float(row["annual_cost_stated"]))
    # the radio report's own per-patient figure agrees with the computed one to within 5 %
    wefm = dia.set_index("report_id").loc["wefm-2025-03-31"]
    computed = wefm["annual_cost_stated"] / wefm["patients"]
    assert abs(wefm["per_patient_stated"] - computed) / computed < 0.05
    assert (dia["currency_stated"] == "not stated").all()


def test_latest_by_country_uses_head_counts_only():
    df = data.load("cuba-workers-by-country")
    t = cuba.latest_by_country(df).set_index("country")
    heads = df[df["count_type"] == "head-count"]
    for country, r in t.iterrows():
        g = heads[heads["country"] == country].sort_values("as_of")
        assert r["latest"] == g.iloc[-1]["workers_low"]
        assert r["peak"] == g["workers_low"].max()
    agreed = df[df["count_type"] == "agreed"]
    assert not agreed.empty and not (t["latest_as_of"].isin(agreed["as_of"]) & t.index.isin(agreed["country"])).any()
