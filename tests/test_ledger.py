"""The claims ledger is complete and proven.

- The verdict rules (missions.claims.judge) behave as documented.
- Every stored verdict is what the rules give for the row's figures and reading.
- Every found value that rests on data/ is recomputed here, independently of the build scripts,
  and every found value that rests on a published fact equals that fact.
- Every figure printed in the six articles is a claim or has a reason not to be one; when the
  articles are on this machine, a fresh scan of them must give the committed list.
"""
from __future__ import annotations

import csv
import math
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from missions import cuba, data
from missions import peacekeeping as pk
from missions import titan as tt
from missions.claims import BASES, CLOSE, NOT_A_CLAIM, READINGS, format_date, judge, precision
from missions.figures import scan

ROOT = Path(__file__).resolve().parent.parent
FT = 0.3048


@pytest.fixture(scope="module")
def ledger() -> pd.DataFrame:
    return data.claims().set_index("claim_id")


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    return data.load("ledger-facts").set_index("fact_id")


# --- the rules --------------------------------------------------------------------------------
@pytest.mark.parametrize("stated, found, reading, verdict", [
    (122, 122, "exact", "matches"),
    (9, 11, "exact", "differs"),            # 18 % off
    (100, 96, "exact", "close"),            # 4.2 % of the found value
    (100, 95, "exact", "differs"),          # 5.3 %
    (12500, 12467, "rounded", "matches"),   # to the hundred
    (12500, 12551, "rounded", "close"),     # rounds to 12,600
    (4.9, 4.8822, "rounded", "matches"),    # to the tenth
    (7.7, 7.83, "rounded", "close"),        # 7.8, 1.7 % off
    (4, 3.9, "rounded", "matches"),
    (22000, 24180, "more-than", "matches"),
    (50, 50, "more-than", "differs"),       # not more than
    (50, 50, "at-least", "matches"),
    (2006, 20060415, "date", "matches"),    # a year against a day
    (2015, 20160701, "date", "differs"),
    (199, 1999, "date", "matches"),         # the 1990s
    (202306, 20230618, "date", "matches"),
    (9205, 958, "different-measure", "measures-something-else"),
    (75, None, "cannot-test", "not-verifiable"),
    (None, None, "cannot-test", "not-verifiable"),
])
def test_judge_follows_the_documented_rules(stated, found, reading, verdict):
    assert judge(stated, found, reading) == verdict


def test_judge_refuses_what_it_cannot_compare():
    with pytest.raises(ValueError, match="qualitative"):
        judge(None, 105, "qualitative")
    with pytest.raises(ValueError, match="unknown reading"):
        judge(1, 1, "roughly")
    with pytest.raises(ValueError, match="needs both"):
        judge(12, None, "exact")
    with pytest.raises(ValueError, match="less precise"):
        judge(20230618, 2023, "date")
    with pytest.raises(ValueError, match="not a date"):
        judge(20231, 20231, "date")


def test_precision_is_the_place_of_the_last_non_zero_digit():
    assert [precision(x) for x in (12500, 4.9, 7, 30000, 1600, 0.25)] == [100, 0.1, 1, 10000, 100, 0.01]


def test_dates_are_shown_as_dates():
    assert [format_date(x) for x in (199, 2013, 202306, 20230618)] == ["1990s", "2013", "June 2023", "18 June 2023"]


# --- every stored verdict is computed ---------------------------------------------------------
def _num(v):
    return None if pd.isna(v) else float(v)


def test_every_verdict_is_what_the_rules_give(ledger):
    qualitative = ledger[ledger["reading"] == "qualitative"]
    for cid, row in ledger.drop(qualitative.index).iterrows():
        assert row["verdict"] == judge(_num(row["stated_value"]), _num(row["found_value"]), row["reading"]), cid


def test_qualitative_claims_are_checked_case_by_case(ledger):
    """Claims without a figure: the data must show what the claim says in words."""
    q = set(ledger.index[ledger["reading"] == "qualitative"])
    assert q == {"titan-contact-lost-uscg", "titan-contact-lost-mbi", "titan-banging-noises"}
    events, depth, facts = tt.events(), tt.depth_points(), tt.facts()
    wreck = depth.loc[depth["point_id"] == "wreck", "depth_m"].iloc[0]
    deepest_before_loss = depth[depth["time_utc"] <= tt.time_of(events, "mbi-last-ping")]["depth_m"].max()
    # "lost all contact as it made its way down": the last ping came above the wreck's depth
    assert 0 < deepest_before_loss < wreck
    for cid in ("titan-contact-lost-uscg", "titan-contact-lost-mbi"):
        assert ledger.loc[cid, "verdict"] == "matches" and ledger.loc[cid, "found_value"] > 0
    # "likely ocean noises or other search ships, the Navy determined": the Navy's assessment is on record
    navy = facts.set_index("fact_id").loc["navy-noise-assessment"]
    assert "ocean" in navy["quantity"].lower() or "ocean" in str(navy["value_as_reported"]).lower()
    assert ledger.loc["titan-banging-noises", "verdict"] == "matches"


# --- every found value is proven ---------------------------------------------------------------
def _recomputed() -> dict[str, float | None]:
    """Every dataset-based found value, computed here from data/ (None: no value can be found)."""
    monthly, ranks = data.load("pk-contributions-monthly"), data.load("pk-rank-snapshots")
    jan22 = ranks[ranks["date"] == pd.Timestamp("2022-01-31")]
    asean = jan22[jan22["country_in_un_monthly"].isin(pk.ASEAN)]

    def place(table, col):
        return int((table[col] > table.loc[table["country"] == "Cambodia", col].iloc[0]).sum()) + 1

    ipi = data.load("pk-ipi-cambodia").groupby("date")["total"].sum()
    un = monthly[monthly["country"] == "Cambodia"].groupby("date")["total"].sum()
    kh_women = monthly[(monthly["country"] == "Cambodia") & ~monthly["women_figures_excluded"]]
    missions = data.load("pk-cambodia-missions")
    gdp = data.load("ledger-cambodia-gdp-growth").set_index("year")["gdp_growth_pct"].loc[1998:2019]
    events_pk = data.load("pk-cambodia-events")
    first_contingent = events_pk[events_pk["event"].str.contains("troop contingent")]["date"].min()

    off = cuba.official_revenue().set_index("year")
    tl = data.load("cuba-timeline").set_index("event_id")
    wa, wc = data.load("cuba-workers-abroad"), data.load("cuba-workers-by-country")
    dia = data.load("cuba-stvincent-dialysis").set_index("report_id")

    def worker(measure, as_of, counted):
        r = wa[(wa["measure"] == measure) & (wa["as_of"] == as_of) & (wa["counted"] == counted)]
        assert len(r) == 1
        return r.iloc[0]

    published = pd.Timestamp(data.load("articles").set_index("article").loc["cuba-brazil", "published"])
    algeria = tl.loc["algeria-1963", "date"]

    ev, depth, tfacts, hist = tt.events(), tt.depth_points(), tt.facts(), tt.history()
    people = data.load("titan-people")
    wreck_m = depth.loc[depth["point_id"] == "wreck", "depth_m"].iloc[0]

    def ymd(t) -> int:
        return t.year * 10000 + t.month * 100 + t.day

    return {
        # Part I
        "cambodia-personnel-since-2006": max(ipi.max(), un.max()),
        "cambodia-women-since-2006": kh_women.groupby("date")["female"].sum().max(),
        "cambodia-missions": missions.loc[missions["mission"] != "not reported by mission", "mission"].nunique(),
        "cambodia-host-countries": len(data.load("pk-cambodia-hosts")),
        "cambodia-rank-world": place(jan22, "total"),
        "cambodia-contributors": len(jan22),
        "cambodia-rank-asean": place(asean, "total"),
        "cambodia-rank-women-world": place(jan22, "female"),
        "cambodia-rank-women-asean": place(asean, "female"),
        "cambodia-growth-1998-2019": round(sum(gdp) / len(gdp), 2),
        "cambodia-peacekeeping-since-2006": ymd(first_contingent),
        "elsie-mowip-ten-areas": len(data.load("pk-mowip-areas")),
        # Part II
        "cuba-central-america-health-exports-2022": off.loc[2022, "health_usd_bn"],
        "cuba-central-america-services-exports-2022": off.loc[2022, "total_usd_bn"],
        "cuba-central-america-countries": worker("abroad", "2025-06-01", "doctors")["countries"],
        "cuba-iachr-doctors-abroad": worker("abroad", "2025-03-01", "doctors")["workers_low"],
        "cuba-iachr-countries": worker("abroad", "2025-03-01", "doctors")["countries"],
        "cuba-iachr-dialysis-patients": dia.loc["wefm-2025-03-31", "patients"],
        "cuba-iachr-dialysis-cost": dia.loc["wefm-2025-03-31", "annual_cost_stated"],
        "cuba-iachr-letter-date": None,  # two dates four days apart: the row gives both, no value
        "cuba-brazil-sent-abroad-low": worker("cumulative", "2010-12-01", "health workers")["workers_low"],
        "cuba-brazil-sent-abroad-high": worker("cumulative", "2020-01-01", "health workers")["workers_low"],
        "cuba-brazil-venezuela-first-decade":
            wc[(wc["country"] == "Venezuela") & (wc["as_of"].dt.year == 2008)].iloc[0]["workers_low"],
        "cuba-brazil-mais-medicos-start": tl.loc["mais-medicos-2013", "date"].year,
        "cuba-brazil-mais-medicos-end": tl.loc["mais-medicos-exit-2018", "date"].year,
        "cuba-brazil-five-decades": round((published - algeria).days / 365.25 / 10, 1),
        # Part III
        "titan-depth-12500ft": round(wreck_m / FT),
        "titan-debris-1600ft": tt.event(ev, "uscg-implosion-briefing")["value"],
        "titan-oxygen-96h": tt.fact("life-support-hours", tfacts),
        "titan-price-195000gbp": tt.fact("price-usd", tfacts),
        "titan-contact-lost-uscg": tt.minutes_between(ev, "uscg-descent-start", "uscg-contact-lost"),
        "titan-contact-lost-mbi": round(tt.minutes_between(ev, "mbi-descent-start", "mbi-last-ping"), 1),
        "titan-banging-noises": round((tt.time_of(ev, "uscg-noises-tweet") - tt.time_of(ev, "mbi-implosion"))
                                      .total_seconds() / 3600, 1),
        "titan-four-day-search": round((tt.time_of(ev, "uscg-implosion-briefing") - tt.time_of(ev, "uscg-notified"))
                                       .total_seconds() / 86400, 1),
        "titan-fired-2018": ymd(hist.loc[hist["event_id"] == "lochridge-fired", "date"].iloc[0]),
        "titan-dive-june-2023": ymd(tt.time_of(ev, "mbi-descent-start")),
        "titan-vanished-2023-06-18": ymd(tt.time_of(ev, "uscg-contact-lost")),
        "titan-five-aboard": len(people),
        "titan-four-passengers": int((people["role_on_dive"] != "pilot").sum()),
        "titan-only-dive-2023": None,  # a forecast: the history is cited, no value
    }


def test_every_dataset_value_is_recomputed_from_data(ledger):
    expected = _recomputed()
    assert set(expected) == set(ledger.index[ledger["basis"] == "dataset"]), \
        "a dataset-based claim has no recomputation here, or one listed here is not dataset-based"
    for cid, value in expected.items():
        stored = ledger.loc[cid, "found_value"]
        if value is None:
            assert pd.isna(stored), cid
        else:
            assert math.isclose(float(stored), float(value), rel_tol=1e-9), (cid, stored, value)


def _fact_of(row) -> str:
    assert row["found_where"].startswith("ledger-facts: "), row.name
    return row["found_where"].split()[1]


# Sourced-fact claims whose found value is derived from the fact rather than equal to it.
DERIVED = {
    "elsie-1325-25th": lambda f, articles: int(articles.loc["elsie", "published"][:4]) - int(str(int(f))[:4]),
    "titan-lochridge-three-years": lambda f, articles: tt.history().set_index("event_id")
    .loc["lochridge-fired", "date"].year - f,
    "titan-rov-10000ft": lambda f, articles: round(f / FT),
}


def test_every_published_fact_value_is_the_fact(ledger, facts):
    articles = data.load("articles").set_index("article")
    rows = ledger[ledger["basis"] == "sourced-fact"]
    assert len(rows) > 0
    for cid, row in rows.iterrows():
        fid = _fact_of(row)
        assert fid in facts.index, (cid, fid)
        fact = facts.loc[fid]
        assert fact["claim_id"] == cid, f"fact {fid} is recorded for {fact['claim_id']}, used by {cid}"
        assert fact["publisher"] in row["found_where"], cid
        value = DERIVED[cid](fact["value"], articles) if cid in DERIVED else fact["value"]
        assert math.isclose(float(row["found_value"]), float(value), rel_tol=1e-9), (cid, row["found_value"], value)


def test_every_fact_checks_a_claim_and_names_its_source(ledger, facts):
    used = {_fact_of(r) for _, r in ledger[ledger["basis"] == "sourced-fact"].iterrows()}
    for fid, fact in facts.iterrows():
        assert fact["claim_id"] in ledger.index, fid
        assert fid in used or fid in ledger.loc[fact["claim_id"], "note"] + ledger.loc[fact["claim_id"], "found_where"], \
            f"fact {fid} is cited by no claim"
        assert fact["source_url"].startswith("http") and fact["publisher"].strip(), fid


def test_claims_with_nothing_found_have_no_value_and_cannot_be_verified(ledger):
    none = ledger[ledger["basis"] == "none"]
    assert none["found_value"].isna().all()
    assert (none["verdict"] == "not-verifiable").all()
    assert set(ledger["basis"]) <= set(BASES) and set(ledger["reading"]) <= set(READINGS)


def test_where_sources_disagree_the_row_says_so(ledger, facts):
    growth = ledger.loc["cambodia-growth-1998-2019"]
    assert "wb-overview-growth" in growth["note"] and facts.loc["wb-overview-growth", "value"] == growth["stated_value"]
    assert growth["verdict"] == "close"
    assert f"{CLOSE:.0%}" == "5%"


# --- every figure in the articles is accounted for ----------------------------------------------
def test_scan_finds_numerals_words_and_ordinals():
    text = "In 2019, 9,205 people (726 women) went to nine of 12 missions; $4.9 billion; 28th; 1,600ft; COVID-19."
    assert scan(text) == ["2019", "9,205", "726", "nine", "12", "4.9 billion", "28th", "1,600ft"]


def test_every_figure_is_a_claim_or_has_a_reason(ledger):
    figs = data.load("article-figures")
    assert (figs["claim_id"].notna() ^ figs["not_a_claim"].notna()).all(), "each figure: a claim or a reason"
    assert set(figs["not_a_claim"].dropna()) <= set(NOT_A_CLAIM)
    assert set(figs["claim_id"].dropna()) <= set(ledger.index)
    for art, grp in figs.groupby("article"):
        assert list(grp["position"]) == list(range(1, len(grp) + 1)), art
        assert (ledger.loc[grp["claim_id"].dropna(), "article"] == art).all(), f"{art}: a figure mapped to another article's claim"


def test_every_claim_with_a_printed_number_is_traced_to_its_figure(ledger):
    figs = data.load("article-figures")
    traced = set(figs["claim_id"].dropna())
    untraced = set(ledger.index[ledger["stated_value"].notna()]) - traced
    # "No Cuban medical workers": a zero written as a word the scan does not count
    assert untraced == {"cuba-iachr-barbados-none"}


def _seeds() -> Path | None:
    candidates = [os.environ.get("MISSIONS_SEEDS"), ROOT.parent / "shared" / "seeds"]
    try:  # a clean clone: the articles sit beside the repository it was cloned from
        origin = subprocess.run(["git", "-C", str(ROOT), "config", "--get", "remote.origin.url"],
                                capture_output=True, text=True, check=False).stdout.strip()
        if origin and Path(origin).is_dir():
            candidates.append(Path(origin).resolve().parent / "shared" / "seeds")
    except OSError:
        pass
    return next((Path(c) for c in candidates if c and (Path(c) / "INDEX.md").is_file()), None)


def test_a_fresh_scan_of_the_articles_gives_the_committed_list():
    seeds = _seeds()
    if seeds is None:
        pytest.skip("the six source articles are not on this machine (they are not redistributed); "
                    "set MISSIONS_SEEDS to their folder to run this check")
    sys.path.insert(0, str(ROOT / "data" / "build"))
    try:
        import figures as build_figures
    finally:
        sys.path.pop(0)
    fresh = build_figures.rows(seeds)
    with (ROOT / "data" / "ledger" / "article_figures.csv").open(encoding="utf-8") as fh:
        committed = list(csv.DictReader(fh))
    assert [{k: str(v) for k, v in r.items()} for r in fresh] == committed
