"""Part II's claims in the ledger: every found value that rests on data/ is recomputed here,
independently of the chapters' claims() that the ledger's writer calls, and must equal the stored value;
the rows the review questioned say what they should, and no note shows a dataset id to readers.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from missions import data
from missions.ledger import rows as ledger_rows
from tests.conftest import assert_recomputed

ARTICLES = {"cuba-central-america", "cuba-iachr", "cuba-brazil"}


@pytest.fixture(scope="module")
def mine() -> pd.DataFrame:
    ledger = ledger_rows().set_index("claim_id")
    return ledger[ledger["article"].isin(ARTICLES)]


def recomputed() -> dict[str, float | None]:
    """Every dataset-based found value of this part, computed from data/ (None: no value can be found)."""
    se = data.load("cuba-services-exports")
    official = se[se["official"].astype(bool)].set_index(["series", "year_from"])["value_usd_bn"]
    tl = data.load("cuba-timeline").set_index("event_id")
    wa, wc = data.load("cuba-workers-abroad"), data.load("cuba-workers-by-country")
    dia = data.load("cuba-stvincent-dialysis").set_index("report_id")

    def worker(measure, as_of, counted):
        r = wa[(wa["measure"] == measure) & (wa["as_of"] == as_of) & (wa["counted"] == counted)]
        assert len(r) == 1
        return r.iloc[0]

    published = pd.Timestamp(data.load("articles").set_index("article").loc["cuba-brazil", "published"])
    algeria = tl.loc["algeria-1963", "date"]
    return {
        "cuba-central-america-health-exports-2022": official[("health_services", 2022)],
        "cuba-central-america-services-exports-2022": official[("services_total", 2022)],
        "cuba-central-america-countries": worker("abroad", "2025-06-01", "doctors")["countries"],
        "cuba-iachr-doctors-abroad": worker("abroad", "2025-03-01", "doctors")["workers_low"],
        "cuba-iachr-countries": worker("abroad", "2025-03-01", "doctors")["countries"],
        "cuba-iachr-dialysis-patients": dia.loc["wefm-2025-03-31", "patients"],
        "cuba-iachr-dialysis-cost": dia.loc["wefm-2025-03-31", "annual_cost_stated"],
        "cuba-iachr-letter-date": None,  # two dates four days apart: the row gives both, no value
        "cuba-brazil-sent-abroad-low": worker("cumulative", "2010-12-01", "health workers")["workers_low"],
        "cuba-brazil-sent-abroad-high": worker("cumulative", "2020-01-01", "health workers")["workers_low"],
        "cuba-brazil-venezuela-first-decade": wc[(wc["country"] == "Venezuela") & (wc["as_of"].dt.year == 2008)].iloc[
            0
        ]["workers_low"],
        "cuba-brazil-mais-medicos-start": tl.loc["mais-medicos-2013", "date"].year,
        "cuba-brazil-mais-medicos-end": tl.loc["mais-medicos-exit-2018", "date"].year,
        "cuba-brazil-five-decades": round((published - algeria).days / 365.25 / 10, 1),
    }


def test_every_dataset_value_is_recomputed_from_data():
    assert_recomputed(ARTICLES, recomputed())


def test_each_article_has_claims_named_after_it(mine):
    assert set(mine["article"]) == ARTICLES
    assert all(cid.startswith(art + "-") for cid, art in mine["article"].items())


def test_a_two_part_claim_is_split_and_each_part_judged_alone(mine):
    """'Medical staff and educators' in 1999: the medical half is documented, the educators are not."""
    medical, educators = (
        mine.loc["cuba-brazil-venezuela-1999-medical"],
        mine.loc["cuba-brazil-venezuela-1999-educators"],
    )
    assert medical["verdict"] == "matches" and medical["found_where"].startswith("ledger-facts: vargas-brigade")
    assert educators["verdict"] == "not-verifiable" and pd.isna(educators["found_value"])
    assert "cuba-brazil-venezuela-1999" not in mine.index


def test_barbados_rests_on_the_prime_ministers_own_statement(mine):
    row = mine.loc["cuba-iachr-barbados-none"]
    facts = data.load("ledger-facts").set_index("fact_id")
    assert row["found_where"].startswith("ledger-facts: barbados-mottley-none")
    assert (
        facts.loc["barbados-mottley-none", "value"] == 0
        and "March 2025" in facts.loc["barbados-mottley-none", "statement"]
    )
    assert "June 2022" in row["note"]  # the 2022 team whose departure no one reported


def test_unverifiable_claims_have_no_value_and_disputed_dates_show_both(mine):
    assert mine.loc["cuba-central-america-workforce-share", "verdict"] == "not-verifiable"
    assert pd.isna(mine.loc["cuba-central-america-workforce-share", "found_value"])
    letter = mine.loc["cuba-iachr-letter-date"]
    assert letter["verdict"] == "not-verifiable"
    for d in data.load("cuba-timeline").query("event_id == 'iachr-letter-2025'")["date"]:
        assert f"{d.day} {d:%B %Y}" in letter["found_where"]


def test_dialysis_note_gives_both_readings_and_the_aps_convention(mine):
    dia = data.load("cuba-stvincent-dialysis").set_index("report_id").loc["wefm-2025-03-31"]
    rate = float(data.load("cuba-ec-dollar-peg")["ec_dollars_per_us_dollar"].iloc[0])
    per = dia["annual_cost_stated"] / dia["patients"]
    note = mine.loc["cuba-iachr-dialysis-cost", "note"]
    assert f"US${per:,.0f}" in note and f"EC${per:,.0f}" in note and f"US${per / rate:,.0f}" in note
    assert "AP" in note


def test_notes_and_claims_show_readers_no_dataset_or_row_ids(mine):
    names = {r["name"] for r in data.package()["resources"]}
    ids = (
        set(data.load("ledger-facts")["fact_id"])
        | set(data.load("cuba-timeline")["event_id"])
        | set(data.load("cuba-sources")["source_id"])
    )
    for cid, r in mine.iterrows():
        for field in ("claim", "note"):
            words = set(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)+", str(r[field])))
            assert not words & (names | ids), (cid, field, words & (names | ids))
