"""Part II (Cuba) data: official vs estimates kept apart, shares, sources and their tiers, the pay split,
timeline order, dialysis sums."""

from __future__ import annotations

import math

import pytest

from missions import cuba, data

NAMES = [
    "cuba-services-exports",
    "cuba-workers-abroad",
    "cuba-workers-by-country",
    "cuba-timeline",
    "cuba-stvincent-dialysis",
    "cuba-ec-dollar-peg",
    "cuba-pay-split",
]
TIERS = {"primary", "secondary report", "mirror or aggregator", "encyclopedia"}


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
    assert (
        not services.loc[services["kind"].isin(["estimate", "plan", "earlier-report"]), "official"].astype(bool).any()
    )
    # the official series has one value per series and year
    assert not off.duplicated(["series", "year_from"]).any()


def test_value_usd_bn_converts_the_published_value(services):
    factor = {
        "US$": 1e-9,
        "US$ bn": 1,
        "US$ bn a year": 1,
        "US$ million": 1e-3,
        "million pesos": 1e-3,
        "billion CUC": 1,
    }
    for _, r in services.iterrows():
        assert math.isclose(r["value"] * factor[r["unit"]], r["value_usd_bn"], rel_tol=1e-9), r.to_dict()


def test_health_share_is_health_over_total_from_the_rows(services):
    share = cuba.official_revenue(services).dropna(subset=["health_share_pct"]).set_index("year")["health_share_pct"]
    assert list(share.index) == [2019, 2020, 2021, 2022]  # 2018 has no official total
    for year, pct in share.items():
        row = services[services["official"].astype(bool) & (services["year_from"] == year)].set_index("series")["value"]
        assert math.isclose(pct, 100 * row["health_services"] / row["services_total"], rel_tol=1e-12)
    assert 0 < share.min() and share.max() < 100


def test_every_row_has_a_source_that_resolves_with_its_tier():
    sources = data.load("cuba-sources").set_index("source_id")
    assert sources.index.is_unique
    assert set(sources["tier"]) <= TIERS
    for name in NAMES:
        df = data.load(name)
        assert df["source_id"].notna().all(), name
        listed = {s["path"]: s for s in data.resource(name)["sources"]}
        for sid in df["source_id"]:
            assert sid in sources.index, f"{name}: {sid} not in cuba-sources"
            url = sources.loc[sid, "url"]
            assert url in listed, f"{name}: {sid} not among the resource's sources"
            assert listed[url]["tier"] == sources.loc[sid, "tier"], f"{name}: {sid} graded differently"


def test_no_row_rests_on_an_encyclopedia_or_a_replaced_mirror():
    sources = data.load("cuba-sources").set_index("source_id")
    used = set().union(*(set(data.load(n)["source_id"]) for n in NAMES))
    assert not (sources.loc[sorted(used), "tier"] == "encyclopedia").any()
    for weak in ("menafn.com", "wikipedia.org", "havana-live.com", "latamreports.com", "urdupoint.com", "gabitos.com"):
        assert not sources.loc[sorted(used), "url"].str.contains(weak).any(), weak


def test_pay_split_records_what_was_measured_and_never_calls_a_fee_pay():
    pay = data.load("cuba-pay-split")
    assert pay["source_id"].notna().all() and pay["basis"].notna().all() and pay["note"].str.len().gt(10).all()
    assert (pay["value_high"] >= pay["value_low"]).all()
    assert ((pay["qualifier"] == "range") == (pay["value_high"] > pay["value_low"])).all()
    shares = pay[pay["measured"] == "share of fee"]
    assert (shares["unit"] == "per cent").all() and shares["value_high"].between(0, 100).all()
    assert (pay.loc[pay["measured"] != "share of fee", "unit"] != "per cent").all()
    mexico = pay[pay["country"] == "Mexico"]
    assert not mexico.empty and (mexico["measured"] == "fee per doctor").all()
    # a value of our own arithmetic says so in its note, and Mexico's per-doctor fee is the total over 610 doctors
    assert pay.loc[pay["our_arithmetic"], "note"].str.contains("divided by us|our arithmetic").all()
    first = pay.set_index("row_id").loc["mexico-2022-2023-fee", "value_low"]
    assert first == round(1_177_300 / 610)
    # the description says the figures are not official
    assert "None of these figures is official" in data.resource("cuba-pay-split")["description"]


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
    # the events the issue asks for, and the relaunch of Mais Médicos
    years = set(tl["date"].dt.year)
    assert {1960, 1963, 2000, 2005, 2006, 2013, 2019, 2025} <= years
    assert "mais-medicos-relaunch-2023" in set(tl["event_id"])
    assert set(tl["actor"]) <= set(cuba.ACTORS)


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
    assert t.loc["Brazil", "latest_as_of"].year == 2025  # the relaunched programme, not the 2018 exit
    heads = df[df["count_type"] == "head-count"]
    for country, r in t.iterrows():
        g = heads[heads["country"] == country].sort_values("as_of")
        assert r["latest"] == g.iloc[-1]["workers_low"]
        assert r["peak"] == g["workers_low"].max()
    agreed = df[df["count_type"] == "agreed"]
    assert not agreed.empty and not (t["latest_as_of"].isin(agreed["as_of"]) & t.index.isin(agreed["country"])).any()
