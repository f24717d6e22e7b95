"""Part II claims: found_value recomputed from the curated data, verdicts consistent."""
from __future__ import annotations

import math

import pytest

from missions import cuba, data

ARTICLES = ("cuba-brazil", "cuba-iachr", "cuba-central-america")


@pytest.fixture(scope="module")
def ledger():
    df = data.load("claims")
    return df[df["article"].isin(ARTICLES)].set_index("claim_id")


def _worker(measure, as_of, counted):
    wa = data.load("cuba-workers-abroad")
    r = wa[(wa["measure"] == measure) & (wa["as_of"] == as_of) & (wa["counted"] == counted)]
    assert len(r) == 1
    return r.iloc[0]


def test_each_article_has_claims(ledger):
    assert set(ledger["article"]) == set(ARTICLES)
    assert ledger.index.map(lambda c: any(c.startswith(a + "-") for a in ARTICLES)).all()


def test_found_values_recomputed_from_data(ledger):
    off = cuba.official_revenue().set_index("year")
    tl = data.load("cuba-timeline").set_index("event_id")
    wc = data.load("cuba-workers-by-country")
    dia = data.load("cuba-stvincent-dialysis").set_index("report_id")
    expected = {
        "cuba-central-america-health-exports-2022": off.loc[2022, "health_usd_bn"],
        "cuba-central-america-services-exports-2022": off.loc[2022, "total_usd_bn"],
        "cuba-central-america-countries": _worker("abroad", "2025-06-01", "doctors")["countries"],
        "cuba-iachr-doctors-abroad": _worker("abroad", "2025-03-01", "doctors")["workers_low"],
        "cuba-iachr-countries": _worker("abroad", "2025-03-01", "doctors")["countries"],
        "cuba-iachr-dialysis-patients": dia.loc["wefm-2025-03-31", "patients"],
        "cuba-iachr-dialysis-cost": dia.loc["wefm-2025-03-31", "annual_cost_stated"],
        "cuba-brazil-sent-abroad-low": _worker("cumulative", "2010-12-01", "health workers")["workers_low"],
        "cuba-brazil-sent-abroad-high": _worker("cumulative", "2020-01-01", "health workers")["workers_low"],
        "cuba-brazil-venezuela-first-decade": wc[(wc["country"] == "Venezuela") & (wc["as_of"].dt.year == 2008)].iloc[0]["workers_low"],
        "cuba-brazil-mais-medicos-start": tl.loc["mais-medicos-2013", "date"].year,
        "cuba-brazil-mais-medicos-end": tl.loc["mais-medicos-exit-2018", "date"].year,
    }
    for cid, value in expected.items():
        assert math.isclose(float(ledger.loc[cid, "found_value"]), float(value), rel_tol=1e-9), cid


def test_verdicts_follow_the_numbers(ledger):
    # "$4.9 billion of $7 billion": both round to the ONEI figures
    for cid, digits in (("cuba-central-america-health-exports-2022", 1), ("cuba-central-america-services-exports-2022", 0)):
        r = ledger.loc[cid]
        assert round(float(r["found_value"]), digits) == float(r["stated_value"]) and r["verdict"] == "matches"
    # lower bounds ("more than N") are consistent with the larger count found
    for cid in ("cuba-iachr-doctors-abroad", "cuba-iachr-countries"):
        r = ledger.loc[cid]
        assert float(r["found_value"]) >= float(r["stated_value"]) and r["verdict"] == "matches"


def test_unverifiable_claims_say_so(ledger):
    assert ledger.loc["cuba-central-america-workforce-share", "verdict"] == "not-verifiable"
    assert ledger["found_value"].isna()["cuba-central-america-workforce-share"]
    letter = ledger.loc["cuba-iachr-letter-date"]
    assert letter["verdict"] == "not-verifiable"
    dates = data.load("cuba-timeline").query("event_id == 'iachr-letter-2025'")["date"]
    for d in dates:  # both dates shown where the sources differ
        assert f"{d.day} {d:%B %Y}" in letter["found_where"]


def test_dialysis_note_gives_both_readings(ledger):
    c = cuba.dialysis_costs(data.load("cuba-stvincent-dialysis"), data.load("cuba-ec-dollar-peg"), "wefm-2025-03-31")
    note = ledger.loc["cuba-iachr-dialysis-cost", "note"]
    assert f"US${c['if_usd_usd']:,.0f}" in note and f"EC${c['if_ecd_ecd']:,.0f}" in note and f"US${c['if_ecd_usd']:,.0f}" in note
