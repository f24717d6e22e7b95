"""Part I's claims in the ledger: every found value that rests on data/ is recomputed here,
independently of the chapters' claims() that the ledger's writer calls, and must equal the stored value.
"""

from __future__ import annotations

import pandas as pd

from missions import data
from missions.ledger import rows as ledger_rows
from missions.peacekeeping import ASEAN
from tests.conftest import assert_recomputed

ARTICLES = {"cambodia", "elsie"}


def recomputed() -> dict[str, float | None]:
    """Every dataset-based found value of this part, computed from data/ (None: no value can be found)."""
    monthly, ranks = data.load("pk-contributions-monthly"), data.load("pk-rank-snapshots")
    jan22 = ranks[ranks["date"] == pd.Timestamp("2022-01-31")]
    asean = jan22[jan22["country_in_un_monthly"].isin(ASEAN)]

    def place(table, col):
        return int((table[col] > table.loc[table["country"] == "Cambodia", col].iloc[0]).sum()) + 1

    ipi = data.load("pk-ipi-cambodia").groupby("date")["total"].sum()
    un = monthly[monthly["country"] == "Cambodia"].groupby("date")["total"].sum()
    cambodia_women = monthly[(monthly["country"] == "Cambodia") & ~monthly["women_figures_excluded"]]
    missions = data.load("pk-cambodia-missions")
    gdp = data.load("ledger-cambodia-gdp-growth").set_index("year")["gdp_growth_pct"].loc[1998:2019]
    events_pk = data.load("pk-cambodia-events")
    first_contingent = events_pk[events_pk["event"].str.contains("troop contingent")]["date"].min()

    def ymd(t) -> int:
        return t.year * 10000 + t.month * 100 + t.day

    return {
        "cambodia-personnel-since-2006": max(ipi.max(), un.max()),
        "cambodia-women-since-2006": cambodia_women.groupby("date")["female"].sum().max(),
        "cambodia-missions": missions.loc[missions["mission"] != "not reported by mission", "mission"].nunique(),
        # the official list (NPMEC), not the union with the UN's two marginal entries
        "cambodia-host-countries": int(sum(data.load("pk-cambodia-hosts")["named_by_npmec"].astype(bool))),
        "cambodia-rank-world": place(jan22, "total"),
        "cambodia-contributors": len(jan22),
        "cambodia-rank-asean": place(asean, "total"),
        "cambodia-rank-women-world": place(jan22, "female"),
        "cambodia-rank-women-asean": place(asean, "female"),
        "cambodia-growth-1998-2019": round(sum(gdp) / len(gdp), 2),
        "cambodia-peacekeeping-since-2006": ymd(first_contingent),
        "elsie-mowip-ten-areas": len(data.load("pk-mowip-areas")),
    }


def test_every_dataset_value_is_recomputed_from_data():
    assert_recomputed(ARTICLES, recomputed())


def test_notes_and_claims_name_no_dataset():
    """The chapter's claims table shows claim texts and notes to readers: no dataset or fact ids there."""
    ledger = ledger_rows()
    mine = ledger[ledger["article"].isin(ARTICLES)]
    ids = {r["name"] for r in data.package()["resources"]} | set(data.load("ledger-facts")["fact_id"])
    for _, row in mine.iterrows():
        for field in ("claim", "note", "stated_text"):
            words = str(row[field])
            assert not any(i in words for i in ids), (row["claim_id"], field, words)


def test_verdicts_that_the_review_questioned():
    """Nine countries matches the official list; the Pol Pot regime's span differs; the income year matches."""
    ledger = ledger_rows().set_index("claim_id")
    assert ledger.loc["cambodia-host-countries", "verdict"] == "matches"
    assert ledger.loc["cambodia-pol-pot-regime", "verdict"] == "differs"
    assert ledger.loc["cambodia-conflict-1970s-1990s", "verdict"] == "matches"
    assert ledger.loc["cambodia-lmic-2015", "verdict"] == "matches"
    assert "1 July 2016" in ledger.loc["cambodia-lmic-2015", "note"]
