"""Part I data: the curated UN tables reproduce the UN's own rank files, the swapped month is kept out
of every women's figure (the claims ledger is proven in test_ledger.py)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from missions import data, peacekeeping

ROOT = Path(__file__).resolve().parent.parent
RANK_DATES = ["2021-01-31", "2022-01-31"]
EXCLUDED = pd.Timestamp("2020-08-31")


@pytest.fixture(scope="module")
def monthly():
    return data.load("pk-contributions-monthly")


@pytest.fixture(scope="module")
def ranks():
    return data.load("pk-rank-snapshots")


@pytest.mark.parametrize("date", RANK_DATES)
def test_monthly_totals_reproduce_every_country_in_the_un_rank_file(monthly, ranks, date):
    snap = ranks[ranks["date"] == pd.Timestamp(date)].set_index("country_in_un_monthly")
    ours = monthly[monthly["date"] == pd.Timestamp(date)].groupby("country")[["female", "male", "total"]].sum()
    joined = snap.join(ours.add_suffix("_ours"), how="left")
    assert len(snap) == 122
    assert joined["total_ours"].notna().all(), joined[joined["total_ours"].isna()].index.tolist()
    assert (joined["total"] == joined["total_ours"]).all()
    assert (joined["female"] == joined["female_ours"]).all()
    assert (joined["male"] == joined["male_ours"]).all()


@pytest.mark.parametrize("date,total,female,rank", [("2021-01-31", 758, 89, 27), ("2022-01-31", 765, 108, 28)])
def test_cambodia_matches_the_rank_file(monthly, ranks, date, total, female, rank):
    # the values are those printed in the UN's rank files (pk-rank-snapshots), checked both ways
    snap = ranks[(ranks["date"] == pd.Timestamp(date)) & (ranks["country"] == "Cambodia")].iloc[0]
    assert (snap["total"], snap["female"], snap["rank"]) == (total, female, rank)
    cambodia_rows = monthly[(monthly["date"] == pd.Timestamp(date)) & (monthly["country"] == "Cambodia")]
    assert (cambodia_rows["total"].sum(), cambodia_rows["female"].sum()) == (total, female)
    assert peacekeeping.ranking(monthly, date).loc["Cambodia", "rank"] == rank


@pytest.mark.parametrize("date", RANK_DATES)
def test_ranking_follows_the_un_rule_for_the_top_contributors(monthly, ranks, date):
    snap = ranks[ranks["date"] == pd.Timestamp(date)].set_index("country_in_un_monthly")
    ours = peacekeeping.ranking(monthly, date)
    top = snap.sort_values("rank").head(20)
    assert (ours.loc[top.index, "rank"] == top["rank"]).all()
    assert (ours.loc[top.index, "total"] == top["total"]).all()


def test_swapped_month_is_flagged_and_only_that_month(monthly):
    flagged = monthly.loc[monthly["women_figures_excluded"], "date"].unique()
    assert list(flagged) == [EXCLUDED]
    # the flag marks a real problem: women outnumber men among troops that month, as printed
    troops = monthly[(monthly["date"] == EXCLUDED) & (monthly["personnel_type"] == "Troops")]
    assert troops["female"].sum() > troops["male"].sum()


def test_swapped_month_is_excluded_from_womens_figures(monthly):
    world = peacekeeping.women_share(monthly)
    cambodia_rows = peacekeeping.women_share(monthly, "Cambodia")
    for table in (world, cambodia_rows):
        assert pd.isna(table.loc[EXCLUDED, "All personnel"])
        assert pd.isna(table.loc[EXCLUDED, "All personnel (women)"])
        assert table.loc[EXCLUDED, "All personnel (total)"] > 0  # totals are still right
        assert table.loc["2020-07-31", "All personnel"] > 0
    assert pd.isna(peacekeeping.ranking(monthly, EXCLUDED)["rank_women"]).all()
    # the largest monthly count of Cambodian women never comes from the excluded month
    assert cambodia_rows["All personnel (women)"].idxmax() != EXCLUDED


def test_womens_share_matches_a_hand_computation(monthly):
    dec = monthly[(monthly["date"] == pd.Timestamp("2018-12-31"))]
    officers = dec[dec["personnel_type"].isin(["Staff Officer", "Experts on Mission"])]
    expected = 100 * officers["female"].sum() / officers["total"].sum()
    got = peacekeeping.women_share(monthly).loc["2018-12-31", "Staff officers and military observers"]
    assert got == pytest.approx(expected)
    assert round(got, 1) == 12.3  # DPO's published 2018 baseline (research notes, E9)


def test_missing_months_are_gaps_not_zeros(monthly):
    by_type = peacekeeping.by_type(monthly, "Cambodia")
    for month in ["2015-03-31", "2016-03-31", "2017-03-31", "2020-06-30", "2022-07-31"]:
        assert by_type.loc[month].isna().all()
    hist = peacekeeping.cambodia_harmonised(monthly)
    assert hist.loc["2014-04-30":"2014-12-31", "total"].isna().all()
    assert hist.loc["2014-03-31", "source"] == "IPI" and hist.loc["2015-01-31", "source"] == "UN"


def test_ipi_harmonisation_covers_the_three_categories():
    ipi = data.load("pk-ipi-cambodia")
    assert set(ipi["harmonised_category"]) == set(peacekeeping.HARMONISED_ORDER)
    assert set(peacekeeping.HARMONISED.values()) == set(peacekeeping.HARMONISED_ORDER)
    assert ipi["date"].min() == pd.Timestamp("2005-05-31") and ipi["date"].max() == pd.Timestamp("2014-03-31")


def test_blank_missions_are_labelled_for_march_2018_to_august_2019():
    cambodia_rows = data.load("pk-cambodia-missions")
    blank = cambodia_rows.loc[cambodia_rows["mission"] == "not reported by mission", "date"]
    assert blank.min() == pd.Timestamp("2018-03-31") and blank.max() == pd.Timestamp("2019-08-31")
    assert set(cambodia_rows.loc[cambodia_rows["date"].between("2018-03-31", "2019-08-31"), "mission"]) == {
        "not reported by mission"
    }


def test_parity_targets_2028():
    t = data.load("pk-parity-targets")
    final = t[t["year"] == 2028].set_index("ugps_group")["target_share"].to_dict()
    assert final == {
        "Troops": 15,
        "Staff officers and military observers": 25,
        "Formed police units": 20,
        "Individual police": 30,
    }


def test_curated_files_stay_small():
    total = sum(p.stat().st_size for p in (ROOT / "data" / "peacekeeping").glob("*.csv"))
    assert total < 4_000_000


def test_police_entries_are_the_three_isolated_months_the_chapter_describes():
    """Cambodia is said to send only soldiers; the records show police in three isolated months."""
    hist = peacekeeping.cambodia_harmonised()
    police = hist["Police (individual and formed units)"]
    assert [f"{d:%Y-%m}" for d in police[police > 0].index] == ["2010-05", "2015-08", "2015-12"]


def test_the_funds_two_comparisons_are_both_recorded():
    facts = peacekeeping.facts()
    assert (facts["eif-2023-contingents-share"], facts["eif-2023-global-contingents-share"]) == (10.5, 7.4)
    assert (facts["eif-2023-police-share"], facts["eif-2023-global-police-share"]) == (16.9, 19.8)


def test_official_host_list_has_nine_countries():
    hosts = data.load("pk-cambodia-hosts")
    assert int(hosts["named_by_npmec"].sum()) == 9
    assert set(hosts.loc[~hosts["named_by_npmec"].astype(bool), "country"]) == {
        "Democratic Republic of the Congo",
        "Haiti",
    }
