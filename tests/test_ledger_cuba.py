"""Part II's claims in the ledger: every found value that rests on data/ is recomputed here,
independently of the ledger's writer (bookbuild/ledger/cuba.py), and must equal the stored value.
"""
from __future__ import annotations

import math

import pandas as pd

from missions import data
from missions import cuba
from missions.ledger import rows as ledger_rows

ARTICLES = {"cuba-central-america", "cuba-iachr", "cuba-brazil"}
FT = 0.3048


def recomputed() -> dict[str, float | None]:
    """Every dataset-based found value of this part, computed from data/ (None: no value can be found)."""
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
    return {
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
    }


def test_every_dataset_value_is_recomputed_from_data():
    ledger = ledger_rows().set_index("claim_id")
    mine = ledger[ledger["article"].isin(ARTICLES)]
    expected = recomputed()
    assert set(expected) == set(mine.index[mine["basis"] == "dataset"]), \
        "a dataset-based claim has no recomputation here, or one listed here is not dataset-based"
    for cid, value in expected.items():
        stored = mine.loc[cid, "found_value"]
        if value is None:
            assert pd.isna(stored), cid
        else:
            assert math.isclose(float(stored), float(value), rel_tol=1e-9), (cid, stored, value)
