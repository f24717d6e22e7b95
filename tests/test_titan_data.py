"""Titan data: chronological, sourced, both clocks in UTC, derived values flagged and recomputable, claims."""

from datetime import timedelta, timezone

import pandas as pd
import pytest

from missions import data
from missions import titan as tt

FT = 0.3048  # metres per international foot


@pytest.fixture(scope="module")
def history():
    return tt.history()


@pytest.fixture(scope="module")
def events():
    return tt.events()


@pytest.fixture(scope="module")
def depth():
    return tt.depth_points()


@pytest.fixture(scope="module")
def facts():
    return tt.facts()


def test_history_is_chronological_and_dated_with_precision(history):
    assert history["date"].is_monotonic_increasing
    assert history["date"].min().year == 2009 and history["date"].max().year == 2025
    for row in history.itertuples():
        known = row.date_as_known
        assert {"year": 4, "month": 7, "day": 10}[row.precision] == len(known)
        assert row.date.strftime("%Y-%m-%d").startswith(known)


def test_history_covers_what_the_issue_lists(history):
    ids = set(history["event_id"])
    for needed in (
        "founded",
        "lochridge-report",
        "lochridge-fired",
        "mts-letter",
        "first-titanic-dive",
        "dive-88",
        "debris-found",
        "recovery-1",
        "hearing-opens",
        "mbi-report",
        "documentary-netflix",
    ):
        assert needed in ids
    assert (history["category"] == "warning").sum() >= 5


@pytest.mark.parametrize(
    "name", ["titan-history", "titan-dive-search", "titan-dive-depth", "titan-facts", "titan-people"]
)
def test_every_row_has_a_source(name):
    df = data.load(name)
    assert df["source"].notna().all() and (df["source"].str.len() >= 3).all()
    sourced = df[~df["derived"]] if "derived" in df else df
    assert sourced["source_url"].notna().all()
    assert sourced["source_url"].str.match(r"https?://").all()


def test_dive_day_times_are_aware_utc_and_sorted(events):
    assert str(events["time_utc"].dt.tz) == "UTC"
    assert events["time_utc"].is_monotonic_increasing
    raw = data.resource_path("titan-dive-search").read_text(encoding="utf-8").splitlines()[1:]
    assert all(line.split(",")[1].endswith("Z") for line in raw)


def test_utc_equals_reported_local_time_on_its_clock(events):
    for row in events.itertuples():
        sign = -1 if row.utc_offset.startswith("-") else 1
        hh, mm = row.utc_offset[1:].split(":")
        tz = timezone(sign * timedelta(hours=int(hh), minutes=int(mm)))
        local = pd.Timestamp(row.time_reported_local).to_pydatetime().replace(tzinfo=tz)
        assert pd.Timestamp(local) == row.time_utc, row.event_id
    assert (events.loc[events["clock"] == "NDT", "tz_inferred"]).all()
    assert not events.loc[events["clock"] != "NDT", "tz_inferred"].any()


def test_both_official_clocks_are_kept(events):
    starts = {a: tt.time_of(events, f"{p}-descent-start") for a, p in (("uscg", "uscg"), ("mbi", "mbi"))}
    assert starts["uscg"] != starts["mbi"]
    assert set(events["account"]) >= {"uscg-2023", "mbi-2024-25"}
    # the Coast Guard's 2023 loss of contact comes after the Marine Board's last ping
    assert tt.time_of(events, "uscg-contact-lost") > tt.time_of(events, "mbi-last-ping")


def test_derived_rows_are_flagged_and_recompute(events):
    derived = events[events["derived"]]
    assert len(derived) >= 2
    assert derived["event_id"].str.startswith("derived-").all()
    assert derived["derived_from"].notna().all()
    assert (derived["source"] == "Missions calculation").all()
    assert events.loc[~events["derived"], "derived_from"].isna().all()
    recomputed = tt.recompute_derived(events)
    for row in derived.itertuples():
        assert recomputed[row.event_id] == row.time_utc
    supply = tt.fact("life-support-hours")
    assert (tt.time_of(events, "derived-oxygen-end-uscg") - tt.time_of(events, "uscg-descent-start")) == pd.Timedelta(
        hours=supply
    )


def test_depth_points_match_their_events_and_the_wreck_reference(depth, events):
    reported = depth[depth["kind"] == "reported"]
    assert reported["time_utc"].is_monotonic_increasing and reported["depth_m"].is_monotonic_increasing
    for row in reported.itertuples():
        ev = tt.event(events, row.event_id)
        assert ev["time_utc"] == row.time_utc
        if pd.notna(ev["value"]):
            assert ev["value"] == row.depth_m
    assert sorted(reported["depth_m"].round())[-3:] == [2274, 3341, 3346]
    wreck = depth[depth["kind"] == "reference"]
    assert len(wreck) == 1 and wreck["time_utc"].isna().all() and wreck["depth_m"].iloc[0] == 3800


def test_descent_rates_are_derived_from_the_points(depth):
    rates = tt.descent_rates(depth)
    assert rates["derived"].all()
    pts = depth[depth["kind"] == "reported"].set_index("point_id")
    late = rates[rates["to"] == "last-text"].iloc[0]
    minutes = (pts.loc["last-text", "time_utc"] - pts.loc["all-good", "time_utc"]).total_seconds() / 60
    assert late["m_per_min"] == pytest.approx((3341 - 2274) / minutes)


def test_moment_oxygen_and_public_knowledge(events):
    early = tt.moment(events, 1, 96)
    assert early.oxygen_left_hours == 95 and early.last_public is None and not early.notified
    later = tt.moment(events, 100, 96)
    assert later.oxygen_left_hours == 0
    assert later.last_public["time_utc"] <= later.time_utc and later.last_public["public_statement"]


def test_the_book_clock_is_the_marine_boards_local_time(events):
    start = tt.event(events, tt.DIVE_START)
    assert tt.local(start["time_utc"]) == pd.Timestamp(start["time_reported_local"])  # 9:15 a.m. as reported
    assert tt.when(tt.time_of(events, "uscg-notified")) == "7:10 p.m. on 18 June"  # 5:40 p.m. EDT
    assert tt.when(tt.time_of(events, "mbi-last-ping"), seconds=True) == "10:47:08 a.m. on 18 June"


# --- the review's findings on the data ----------------------------------------------------------


def test_warnings_are_classified_by_one_definition(history):
    cat = history.set_index("event_id")["category"]
    # failures and damage count, whether of a model or of the hull; the company's successful tests do not
    assert cat["scale-model"] == "warning" and cat["first-hull-damage"] == "warning"
    assert cat["bahamas-proof"] == "testing" and cat["validation-dive"] == "testing"
    assert history[history["category"] == "warning"]["date"].min().year == 2016


def test_the_negley_email_follows_the_mts_letter_and_rests_on_wired(history):
    rows = history.set_index("event_id")
    assert rows.loc["negley-email", "date"] > rows.loc["mts-letter", "date"]
    assert rows.loc["negley-email", "precision"] == "day" and "WIRED" in rows.loc["negley-email", "source"]
    assert "three dozen people" in rows.loc["mts-letter", "event"]


def test_no_row_rests_on_an_encyclopedia_or_a_bar_magazine_copy():
    for name in ("titan-history", "titan-dive-search", "titan-dive-depth", "titan-facts", "titan-people"):
        df = data.load(name)
        for col in ("source", "source_url"):
            values = df[col].dropna().str.lower()
            assert not values.str.contains("wikipedia|wikisum|flipbuilder").any(), (name, col)


def test_three_of_the_five_paid_and_nargeolet_was_crew():
    people = tt.people().set_index("name")
    assert int(people["paid_seat"].sum()) == 3
    assert people.loc["Paul-Henri Nargeolet", "role_on_dive"] == "crew"
    assert not people.loc["Paul-Henri Nargeolet", "paid_seat"]
    assert (people.loc[people["paid_seat"], "role_on_dive"] == "mission specialist").all()


def test_both_clocks_are_in_the_claims():
    from missions.ledger import rows

    c = rows("titan").set_index("claim_id")
    assert "uscg-contact-lost" in c.loc["titan-contact-lost-uscg", "found_where"]
    assert "mbi-last-ping" in c.loc["titan-contact-lost-mbi", "found_where"]
