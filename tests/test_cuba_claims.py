"""Part II claims: each article has rows, the unverifiable say so, the dialysis note gives both readings."""
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
