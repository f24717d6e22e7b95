"""Part III's claims in the ledger: every found value that rests on data/ is recomputed here,
independently of the chapters' claims() that the ledger's writer calls, and must equal the stored value.
"""

from __future__ import annotations

import pandas as pd

from missions import data
from missions import titan as tt
from missions.ledger import rows as ledger_rows
from tests.conftest import assert_recomputed

ARTICLES = {"titan"}
FT = 0.3048


def recomputed() -> dict[str, float | None]:
    """Every dataset-based found value of this part, computed from data/ (None: no value can be found)."""
    ev, depth, tfacts, hist = tt.events(), tt.depth_points(), tt.facts(), tt.history()
    people = data.load("titan-people")
    wreck_m = depth.loc[depth["point_id"] == "wreck", "depth_m"].iloc[0]
    usd_per_gbp = data.load("ledger-facts").set_index("fact_id").loc["fed-usd-per-gbp-2023-06", "value"]
    navy = tfacts.set_index("fact_id").loc["navy-noise-assessment", "value_as_reported"].lower()

    def ymd(t) -> int:
        return t.year * 10000 + t.month * 100 + t.day

    return {
        "titan-depth-12500ft": round(wreck_m / FT),
        "titan-debris-1600ft": tt.event(ev, "uscg-implosion-briefing")["value"],
        "titan-oxygen-96h": tt.fact("life-support-hours", tfacts),
        # US$250,000 at the Federal Reserve's June 2023 average, to the nearest pound
        "titan-price-195000gbp": round(tt.fact("price-usd", tfacts) / usd_per_gbp),
        # "as it made its way down": the deepest point reported before the loss is short of the wreck
        "titan-contact-lost-uscg": int(
            0 < depth[depth["time_utc"] <= tt.time_of(ev, "mbi-last-ping")]["depth_m"].max() < wreck_m
        ),
        "titan-contact-lost-mbi": int(
            tt.time_of(ev, "mbi-last-ping") > tt.time_of(ev, "mbi-descent-start")
            and tt.event(ev, "mbi-last-ping")["value"] < wreck_m
        ),
        # "the Navy determined": the Navy's assessment is on record
        "titan-banging-noises": int("ocean" in navy and "ship" in navy),
        "titan-four-day-search": round(
            (tt.time_of(ev, "uscg-implosion-briefing") - tt.time_of(ev, "uscg-notified")).total_seconds() / 86400, 1
        ),
        "titan-fired-2018": ymd(hist.loc[hist["event_id"] == "lochridge-fired", "date"].iloc[0]),
        "titan-dive-june-2023": ymd(tt.time_of(ev, "mbi-descent-start")),
        "titan-vanished-2023-06-18": ymd(tt.time_of(ev, "uscg-contact-lost")),
        "titan-five-aboard": len(people),
        # who paid for a seat: the three OceanGate called mission specialists
        "titan-four-passengers": int(people["paid_seat"].sum()),
        "titan-second-rov": int(tfacts.set_index("fact_id").loc["recovery-second-rov", "value"] > 0),
        "titan-only-dive-2023": None,  # a forecast: the history is cited, no value
    }


def test_every_dataset_value_is_recomputed_from_data():
    assert_recomputed(ARTICLES, recomputed())


def test_the_fixes_of_the_review_hold():
    """The verdicts the review questioned now follow from the figures (judged by the rules, never set)."""
    ledger = ledger_rows().set_index("claim_id")
    assert ledger.loc["titan-four-passengers", "verdict"] == "differs"  # three paid, not four
    assert ledger.loc["titan-price-195000gbp", "verdict"] == "close"  # about £198,000 at the Fed's rate
    assert ledger.loc["titan-rov-10000ft", "verdict"] == "matches"  # the depth of the hand-over
    assert ledger.loc["titan-second-rov", "verdict"] == "differs"  # a lifting line, not an ROV
    assert ledger.loc["titan-price-195000gbp", "found_unit"] == ledger.loc["titan-price-195000gbp", "stated_unit"]
    assert "fed-usd-per-gbp-2023-06" in ledger.loc["titan-price-195000gbp", "found_where"]
    # the Navy row's found value is the judgement itself (borne out or not), not a time after the implosion
    navy = ledger.loc["titan-banging-noises"]
    assert navy["reading"] == "holds" and pd.isna(navy["found_unit"]) and "ocean noise" in navy["note"]


def test_notes_and_claims_carry_no_dataset_ids():
    ledger = ledger_rows()
    mine = ledger[ledger["article"].isin(ARTICLES)]
    names = {r["name"] for r in data.package()["resources"]}
    for col in ("claim", "note", "stated_text"):
        for value in mine[col].dropna():
            assert not any(name in value for name in names), (col, value)
