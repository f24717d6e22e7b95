"""Write the claims of the articles `cambodia` and `elsie` into data/claims.csv (ours only).

usage: python data/build/peacekeeping_claims.py
found_value is computed here from the curated data in data/peacekeeping/ (the tests recompute it).
Other articles' rows are kept as they are; rows are sorted by claim_id.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from missions import data
from missions import peacekeeping as pk

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ledger import write_claims  # noqa: E402

ARTICLES = {"cambodia", "elsie"}
RANK_DATE = "2022-01-31"


def found() -> dict[str, float | None]:
    df = pk.monthly()
    hist = pk.cambodia_harmonised(df)
    shares = pk.women_share(df, "Cambodia", by_group=False)
    ranks = data.load("pk-rank-snapshots")
    jan22 = ranks[ranks["date"] == pd.Timestamp(RANK_DATE)].set_index("country_in_un_monthly")
    asean = jan22[jan22.index.isin(pk.ASEAN)]
    missions = data.load("pk-cambodia-missions")
    return {
        "cambodia-personnel-since-2006": hist["total"].max(),
        "cambodia-women-since-2006": shares["All personnel (women)"].max(),
        "cambodia-missions": missions.loc[missions["mission"] != "not reported by mission", "mission"].nunique(),
        "cambodia-host-countries": len(data.load("pk-cambodia-hosts")),
        "cambodia-rank-world": jan22.loc["Cambodia", "rank"],
        "cambodia-contributors": len(jan22),
        "cambodia-rank-asean": asean["total"].rank(ascending=False, method="min")["Cambodia"],
        "cambodia-rank-women-world": jan22["female"].rank(ascending=False, method="min")["Cambodia"],
        "cambodia-rank-women-asean": asean["female"].rank(ascending=False, method="min")["Cambodia"],
        "elsie-mowip-ten-areas": len(data.load("pk-mowip-areas")),
        "elsie-gender-strong-unit": None,
        "elsie-senegal-gsu": None,
    }


def rows() -> list[dict]:
    f = found()
    facts = pk.facts()
    hist = pk.cambodia_harmonised()
    peak_month = hist["total"].idxmax()
    shares = pk.women_share(pk.monthly(), "Cambodia", by_group=False)
    peak_women_month = shares["All personnel (women)"].idxmax()
    R = "pk-rank-snapshots, 31 Jan 2022"
    spec = [
        ("cambodia-personnel-since-2006", "cambodia",
         "Cambodia has sent 9,205 personnel to UN missions since 2006", 9205, "people", "9,205 personnel",
         "people (largest month-end headcount)",
         f"pk-ipi-cambodia and pk-contributions-monthly, {peak_month:%b %Y}",
         "measures-something-else",
         "The article counts people sent over the years, so each rotation adds to it; the UN reports count who "
         f"is deployed on the last day of a month, never more than {f['cambodia-personnel-since-2006']:,.0f} "
         f"({peak_month:%B %Y}). Officials' own cumulative counts were {facts['kh-cumulative-2023-03']:,.0f} "
         f"by mid-March 2023 and {facts['kh-cumulative-2025-02']:,.0f} by February 2025 (pk-facts), so the "
         "article's figure fits a count made in 2024; we found no published source for 9,205 itself."),
        ("cambodia-women-since-2006", "cambodia",
         "726 of them were women", 726, "people", "726 female peacekeepers",
         "women (largest month-end headcount)",
         f"pk-contributions-monthly, {peak_women_month:%b %Y}",
         "measures-something-else",
         "A cumulative count against a headcount: the UN reports (which split by gender only from 2015) never "
         f"show more than {f['cambodia-women-since-2006']:,.0f} Cambodian women deployed at once. Officials "
         f"counted {facts['kh-cumulative-women-2023-03']:,.0f} women sent by mid-March 2023 and "
         f"{facts['kh-cumulative-women-2025-02']:,.0f} by February 2025 (pk-facts)."),
        ("cambodia-missions", "cambodia",
         "Cambodia has contributed to 12 UN missions", 12, "missions", "12 missions",
         "missions (2015-2025 only)", "pk-cambodia-missions, distinct missions",
         "not-verifiable",
         "The UN reports we hold start in 2015 and show Cambodians in "
         f"{f['cambodia-missions']:.0f} missions; earlier deployments (2006-2014) are in IPI's series "
         "without mission detail, so the full count cannot be checked. No published source we found "
         "gives 12; an official statement reported by Cambodia News Gazette in January 2022 spoke of 11."),
        ("cambodia-host-countries", "cambodia",
         "Those missions were in nine countries", 9, "countries", "nine countries",
         "countries", "pk-cambodia-hosts (NPMEC's list plus the UN reports)",
         "differs",
         "Cambodia's peacekeeping centre (NPMEC) itself lists nine host countries. The UN reports also show "
         "Cambodian personnel in the Democratic Republic of the Congo (one staff officer, from 2023) and "
         "Haiti (individual police, 2015), which that list leaves out, making "
         f"{f['cambodia-host-countries']:.0f}. The list may count only contingent deployments."),
        ("cambodia-rank-world", "cambodia",
         "The UN ranks Cambodia 28th among contributors", 28, "rank", "28th",
         "rank", R, "matches",
         "The UN's ranking of 31 January 2022 puts Cambodia 28th by uniformed personnel. The article "
         "appeared in 2024 but gives this 2022 figure; in July 2025 Cambodia was still 28th."),
        ("cambodia-contributors", "cambodia",
         "There are 122 contributing countries", 122, "countries", "122 countries",
         "countries", R, "matches",
         "The UN file of 31 January 2022 ranks 122 countries (one of them, Papua New Guinea, with nobody "
         "deployed that day)."),
        ("cambodia-rank-asean", "cambodia",
         "Cambodia is third in ASEAN, after Indonesia and Malaysia", 3, "rank", "third in ASEAN",
         "rank", R + ", ASEAN members", "matches",
         "Indonesia and Malaysia contribute more; the order is the same in every month of 2022 we hold."),
        ("cambodia-rank-women-world", "cambodia",
         "Cambodia is 13th in the world for women deployed", 13, "rank", "13th in the world",
         "rank", R + ", ranked by women", "matches",
         "Our ranking of the UN file's women column (the UN publishes no ranking by women; ties share a "
         "rank). By July 2025 Cambodia was 14th."),
        ("cambodia-rank-women-asean", "cambodia",
         "Cambodia is second in ASEAN for women deployed, behind Indonesia", 2, "rank",
         "second among ASEAN nations", "rank", R + ", ASEAN members ranked by women", "matches",
         "Indonesia deploys more women; our ranking of the UN file's women column."),
        ("elsie-mowip-ten-areas", "elsie",
         "The Fund's barrier assessment (MOWIP) looks at ten areas", 10, "areas", "ten key areas",
         "areas", "pk-mowip-areas", "matches",
         "DCAF's method names ten issue areas. The article calls the method MOIP; its name is MOWIP, "
         "Measuring Opportunities for Women in Peace Operations."),
        ("elsie-gender-strong-unit", "elsie",
         "A Gender Strong Unit has a share of women at least five points above the UN parity target",
         5, "percentage points", "at least five points above UN parity targets",
         "", "Elsie Initiative Fund, funding types page (elsiefund.org/funding-types)", "not-verifiable",
         "The Fund's published description of its Gender Strong Unit premium (women integrated across all "
         "roles and ranks of a formed police unit or military contingent) gives no numeric threshold in "
         "what we found; the threshold is said to be in the Fund's terms of reference, which we could not "
         "read. The parity calculator in the Elsie chapter uses the article's five points."),
        ("elsie-senegal-gsu", "elsie",
         "Senegal has deployed a Gender Strong Unit commanded by a woman three times", 3, "deployments",
         "not once, but three times", "", "no dataset found", "not-verifiable",
         "The UN's monthly reports give headcounts by country and mission, not unit commanders or the "
         "Fund's unit designations."),
    ]
    out = []
    for cid, art, claim, sv, su, st, fu, fw, verdict, note in spec:
        val = f[cid]
        out.append({
            "claim_id": cid, "article": art, "claim": claim, "stated_value": sv, "stated_unit": su,
            "stated_text": st, "found_value": "" if val is None else f"{float(val):g}",
            "found_unit": fu if val is not None else "", "found_where": fw, "verdict": verdict, "note": note,
        })
    return out


def main() -> None:
    write_claims(ARTICLES, rows())


if __name__ == "__main__":
    main()
