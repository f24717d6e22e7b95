"""The claims of the articles `cambodia` and `elsie`: found values computed from data/peacekeeping/.

Called by `python -m bookbuild.ledger`, the one writer of data/claims.csv.
tests/test_ledger_peacekeeping.py recomputes every dataset-based found value independently.
Notes and claim texts are read by the chapters' readers: they name sources in words, never the
book's dataset ids (those stay in found_where).
"""

from __future__ import annotations

import pandas as pd

from bookbuild.ledger.common import fact
from missions import data, peacekeeping, text

ARTICLES = {"cambodia", "elsie"}
RANK_DATE = "2022-01-31"


def found() -> dict[str, float | None]:
    df = peacekeeping.monthly()
    hist = peacekeeping.cambodia_harmonised(df)
    shares = peacekeeping.women_share(df, "Cambodia", by_group=False)
    ranks = data.load("pk-rank-snapshots")
    jan22 = ranks[ranks["date"] == pd.Timestamp(RANK_DATE)].set_index("country_in_un_monthly")
    asean = jan22[jan22.index.isin(peacekeeping.ASEAN)]
    missions = data.load("pk-cambodia-missions")
    return {
        "cambodia-personnel-since-2006": hist["total"].max(),
        "cambodia-women-since-2006": shares["All personnel (women)"].max(),
        "cambodia-missions": missions.loc[missions["mission"] != "not reported by mission", "mission"].nunique(),
        "cambodia-host-countries": int(data.load("pk-cambodia-hosts")["named_by_npmec"].sum()),
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
    facts = peacekeeping.facts()
    hist = peacekeeping.cambodia_harmonised()
    peak_month = hist["total"].idxmax()
    shares = peacekeeping.women_share(peacekeeping.monthly(), "Cambodia", by_group=False)
    peak_women_month = shares["All personnel (women)"].idxmax()
    R = "pk-rank-snapshots, 31 Jan 2022"
    spec = [
        (
            "cambodia-personnel-since-2006",
            "cambodia",
            "Cambodia has sent 9,205 personnel to UN missions since 2006",
            9205,
            "people",
            "9,205 personnel",
            "people (largest month-end headcount)",
            f"pk-ipi-cambodia and pk-contributions-monthly, {peak_month:%b %Y}",
            "different-measure",
            "The article counts people sent over the years, so each rotation adds to it; the UN reports count who "
            f"is deployed on the last day of a month, never more than {f['cambodia-personnel-since-2006']:,.0f} "
            f"({peak_month:%B %Y}). Officials' own running totals were {facts['kh-cumulative-2023-03']:,.0f} "
            f"by mid-March 2023 (Phnom Penh Post, citing Cambodia's peacekeeping centre) and "
            f"{facts['kh-cumulative-2025-02']:,.0f} by February 2025 (Xinhua), so the article's figure fits a count "
            "made in 2024; we found no published source for 9,205 itself.",
        ),
        (
            "cambodia-women-since-2006",
            "cambodia",
            "726 of them were women",
            726,
            "people",
            "726 female peacekeepers",
            "women (largest month-end headcount)",
            f"pk-contributions-monthly, {peak_women_month:%b %Y}",
            "different-measure",
            "A running total against a headcount: the UN reports (which split by gender only from 2015) never "
            f"show more than {f['cambodia-women-since-2006']:,.0f} Cambodian women deployed at once. Officials "
            f"counted {facts['kh-cumulative-women-2023-03']:,.0f} women sent by mid-March 2023 and "
            f"{facts['kh-cumulative-women-2025-02']:,.0f} by February 2025.",
        ),
        (
            "cambodia-missions",
            "cambodia",
            "Cambodia has contributed to 12 UN missions",
            12,
            "missions",
            "12 missions",
            "missions (2015-2025 only)",
            "pk-cambodia-missions, distinct missions",
            "cannot-test",
            "The UN reports we hold start in 2015 and show Cambodians in "
            f"{text.count(f['cambodia-missions'])} missions; earlier deployments (2006 to 2014) are in the "
            "International Peace Institute's series without mission detail, so the full count cannot be checked. "
            "No published source we found gives 12; an official statement reported by Cambodia News Gazette in "
            "January 2022 spoke of 11.",
        ),
        (
            "cambodia-host-countries",
            "cambodia",
            "Those missions were in nine countries",
            9,
            "countries",
            "nine countries",
            "countries (the official list)",
            "pk-cambodia-hosts, countries named by NPMEC (Phnom Penh Post, 2023)",
            "exact",
            "Matches the official list: Cambodia's peacekeeping centre (NPMEC) names nine host countries. The UN's "
            "reports also show two marginal entries outside it: one staff officer in the Democratic Republic of "
            "the Congo from 2023, and 16 individual police in Haiti in two monthly reports of 2015, likely a "
            "reporting anomaly, since Cambodian officials say the country has sent only soldiers. Since 2024 "
            "Cambodian officials speak of ten countries.",
        ),
        (
            "cambodia-rank-world",
            "cambodia",
            "The UN ranks Cambodia 28th among contributors",
            28,
            "rank",
            "28th",
            "rank",
            R,
            "exact",
            "The UN's ranking of 31 January 2022 puts Cambodia 28th by uniformed personnel. The article "
            "appeared in 2024 but gives this 2022 figure; in July 2025 Cambodia was still 28th.",
        ),
        (
            "cambodia-contributors",
            "cambodia",
            "There are 122 contributing countries",
            122,
            "countries",
            "122 countries",
            "countries",
            R,
            "exact",
            "The UN file of 31 January 2022 ranks 122 countries (one of them, Papua New Guinea, with nobody "
            "deployed that day).",
        ),
        (
            "cambodia-rank-asean",
            "cambodia",
            "Cambodia is third in ASEAN, after Indonesia and Malaysia",
            3,
            "rank",
            "third in ASEAN",
            "rank",
            R + ", ASEAN members",
            "exact",
            "Indonesia and Malaysia contribute more; the order is the same in every month of 2022 we hold.",
        ),
        (
            "cambodia-rank-women-world",
            "cambodia",
            "Cambodia is 13th in the world for women deployed",
            13,
            "rank",
            "13th in the world",
            "rank",
            R + ", ranked by women",
            "exact",
            "Our ranking of the UN file's women column (the UN publishes no ranking by women; ties share a "
            "rank). By July 2025 Cambodia was 14th.",
        ),
        (
            "cambodia-rank-women-asean",
            "cambodia",
            "Cambodia is second in ASEAN for women deployed, behind Indonesia",
            2,
            "rank",
            "second among ASEAN nations",
            "rank",
            R + ", ASEAN members ranked by women",
            "exact",
            "Indonesia deploys more women; our ranking of the UN file's women column.",
        ),
        (
            "elsie-mowip-ten-areas",
            "elsie",
            "The Fund's barrier assessment (MOWIP) looks at ten areas",
            10,
            "areas",
            "ten key areas",
            "areas",
            "pk-mowip-areas",
            "exact",
            "DCAF's method names ten issue areas. The article calls the method MOIP; its name is MOWIP, "
            "Measuring Opportunities for Women in Peace Operations.",
        ),
        (
            "elsie-gender-strong-unit",
            "elsie",
            "A Gender Strong Unit has a share of women at least five points above the UN parity target",
            5,
            "percentage points",
            "at least five points above UN parity targets",
            "",
            "Elsie Initiative Fund, funding types page (elsiefund.org/funding-types)",
            "cannot-test",
            "The Fund's published description of its Gender Strong Unit premium (women integrated across all "
            "roles and ranks of a formed police unit or military contingent) gives no numeric threshold in "
            "what we found; the threshold is said to be in the Fund's terms of reference, which we could not "
            "read. The parity calculator in the Elsie chapter uses the article's five points.",
        ),
        (
            "elsie-senegal-gsu",
            "elsie",
            "Senegal has three times sent a woman-led Gender Strong Unit",
            3,
            "deployments",
            "not once, but three times",
            "",
            "no dataset found",
            "cannot-test",
            "The UN's monthly reports give headcounts by country and mission, not unit commanders. The Fund's "
            "project page for Senegal's gendarmerie planned up to three gender-strong units from 2021 to 2023; "
            "we found one Senegalese police unit commanded by a woman (with MONUSCO, from February 2023), not "
            "three.",
        ),
    ]
    out = []
    for cid, art, claim, sv, su, st, fu, fw, reading, note in spec:
        val = f[cid]
        out.append(
            {
                "claim_id": cid,
                "article": art,
                "claim": claim,
                "stated_value": sv,
                "stated_unit": su,
                "stated_text": st,
                "found_value": "" if val is None else f"{float(val):g}",
                "found_unit": fu if val is not None else "",
                "found_where": fw,
                "note": note,
                "reading": reading,
                "basis": "none" if val is None else "dataset",
            }
        )
    return out + context_rows()


def context_rows() -> list[dict]:
    """The article's other figures: history, economy and diplomacy, checked against ledger-facts
    (and the growth rate against the World Bank's series)."""
    gdp = data.load("ledger-cambodia-gdp-growth")
    growth = gdp.loc[gdp["year"].between(1998, 2019), "gdp_growth_pct"]
    if len(growth) != 22:
        raise ValueError("ledger-cambodia-gdp-growth: expected the 22 years 1998-2019")
    compound = 100 * ((1 + growth / 100).prod() ** (1 / len(growth)) - 1)
    events = data.load("pk-cambodia-events")
    first = events[events["event"].str.startswith("First Cambodian troop contingent")]["date"].iloc[0]
    ipi = data.load("pk-ipi-cambodia")
    ipi_first = ipi.loc[ipi["total"] > 0, "date"].min()
    ipi_first_kind = ipi.loc[(ipi["date"] == ipi_first) & (ipi["total"] > 0), "harmonised_category"].tolist()
    wb = data.load("ledger-facts").set_index("fact_id").loc["wb-overview-growth"]

    def row(cid, art, claim, sv, su, st, reading, note, **found):
        return {
            "claim_id": cid,
            "article": art,
            "claim": claim,
            "stated_value": sv,
            "stated_unit": su,
            "stated_text": st,
            "reading": reading,
            "note": note,
            **found,
        }

    return [
        row(
            "cambodia-pol-pot-regime",
            "cambodia",
            "The Pol Pot regime's genocide ran from the 1970s into the 1990s",
            199,
            "decade",
            "Pol Pot regime plunged Cambodia into genocide … between 1970s to 1990s",
            "date",
            "The article lays the whole period on the Pol Pot regime. The Khmer Rouge ruled from 1975 to 1979, "
            "and the genocide belongs to those years; the war and isolation that followed did last into the "
            "1990s (the next claim).",
            **fact("khmer-rouge-rule-end"),
        ),
        row(
            "cambodia-conflict-1970s-1990s",
            "cambodia",
            "Cambodia's years of armed conflict, destruction and isolation ran from the 1970s into the 1990s",
            199,
            "decade",
            "between 1970s to 1990s",
            "date",
            "The last Khmer Rouge units surrendered from December 1998, and the war is counted as over in early "
            "1999, so the period does end in the 1990s.",
            **fact("khmer-rouge-war-end"),
        ),
        row(
            "cambodia-growth-1998-2019",
            "cambodia",
            "Cambodia's economy grew 7.7 per cent a year on average from 1998 to 2019",
            7.7,
            "per cent a year",
            "7.7 percent",
            "rounded",
            f"The mean of the World Bank's 22 annual growth rates, as published in 2024, is {growth.mean():.2f} "
            f"per cent (compounded, {compound:.2f} per cent). The article's 7.7 is the World Bank's own "
            f"figure from its Cambodia overview of about {wb['source_date'][:4]}, probably computed on earlier "
            "data.",
            found_value=f"{growth.mean():.2f}",
            found_unit="per cent a year",
            basis="dataset",
            found_where="ledger-cambodia-gdp-growth, 1998-2019: mean of the annual rates (World Bank, WDI 2024); "
            f"ledger-facts: wb-overview-growth (World Bank, {wb['source_date']})",
        ),
        row(
            "cambodia-lmic-2015",
            "cambodia",
            "Cambodia reached lower-middle-income status in 2015",
            2015,
            "year",
            "lower middle-income status in 2015",
            "date",
            "Matches the World Bank's own wording: its Cambodia overview says the status was reached in 2015, "
            "the year of the income that qualified (US$1,070 per person). The Bank's reclassification took "
            "effect on 1 July 2016.",
            **also(fact("wb-overview-lmic"), "cambodia-lmic"),
        ),
        row(
            "cambodia-asean-1999",
            "cambodia",
            "Cambodia joined ASEAN in 1999",
            1999,
            "year",
            "accession to ASEAN in 1999",
            "date",
            "Cambodia became ASEAN's tenth member.",
            **fact("cambodia-joins-asean"),
        ),
        row(
            "cambodia-asean-chair",
            "cambodia",
            "Cambodia has chaired ASEAN three times: 2002, 2012 and 2022",
            3,
            "times",
            "three occasions—2002, 2012, and 2022",
            "exact",
            "The source confirms 2022 as the third turn, after 2002 and 2012.",
            **fact("cambodia-asean-chairs"),
        ),
        row(
            "cambodia-asem-2004",
            "cambodia",
            "Cambodia has been a member of ASEM since 2004",
            2004,
            "year",
            "since its membership in 2004",
            "date",
            "Admitted with Laos, Myanmar and ten new EU members.",
            **fact("cambodia-joins-asem"),
        ),
        row(
            "cambodia-asem13-2021",
            "cambodia",
            "Cambodia hosted the 13th ASEM summit, online, in 2021",
            2021,
            "year",
            "13th Asia-Europe Meeting Summit in 2021",
            "date",
            "Held by video link, with Cambodia in the chair.",
            **fact("asem13-dates"),
        ),
        row(
            "cambodia-asem13-countries",
            "cambodia",
            "Leaders from more than 50 countries took part in that summit",
            50,
            "countries",
            "over 50 countries",
            "more-than",
            "ASEM's 51 countries were invited, with the EU's institutions and the ASEAN Secretariat; we "
            "found no count of the leaders who actually joined.",
            **fact("asem13-countries"),
        ),
        row(
            "cambodia-peacekeeping-since-2006",
            "cambodia",
            "Cambodia has sent peacekeepers to UN missions since 2006",
            2006,
            "year",
            "since 2006",
            "date",
            f"The first Cambodian troop contingent left on {first.day} {first:%B %Y}, according to Cambodia's "
            "peacekeeping centre. "
            f"The International Peace Institute's series shows individual Cambodians "
            f"({', '.join(k.lower() for k in ipi_first_kind)}) on UN missions already in {ipi_first:%B %Y}, "
            "when it starts.",
            found_value=f"{first:%Y%m%d}",
            found_unit="date",
            basis="dataset",
            found_where="pk-cambodia-events: first troop contingent (NPMEC date); pk-ipi-cambodia",
        ),
        row(
            "cambodia-white-paper-2022",
            "cambodia",
            "Cambodia's 2022 defence white paper makes peacekeeping a priority",
            2022,
            "year",
            "defence white paper 2022",
            "date",
            "Published on 12 May 2022; UN peacekeeping is among the priorities it sets the armed forces.",
            **fact("cambodia-defence-white-paper"),
        ),
        row(
            "cambodia-unga78",
            "cambodia",
            "Guterres praised Cambodia's peacekeeping when he met Hun Manet at the 78th General Assembly",
            78,
            "session",
            "78th UN General Assembly",
            "exact",
            "The meeting took place on 22 September 2023. The praise is known only from Cambodian accounts: the "
            "state news agency reports Guterres commending the government's development strategy, and Hun "
            "Manet's own post, as the Phnom Penh Post reported it, says Guterres thanked Cambodia for its "
            "peacekeepers. We found no UN readout of the meeting.",
            **fact("hun-manet-guterres-unga78"),
        ),
        row(
            "cambodia-pbc-2025-2026",
            "cambodia",
            "Cambodia stood for the Peacebuilding Commission's Organizational Committee for 2025-2026",
            2025,
            "year",
            "the years 2025–2026",
            "date",
            "The article reports a candidacy; Cambodia was elected on 19 December 2024 for 2025 and 2026.",
            **fact("cambodia-pbc-term"),
        ),
        row(
            "elsie-1325-25th",
            "elsie",
            "The Fund's campaign marks the 25th anniversary of Security Council resolution 1325",
            25,
            "years",
            "25th anniversary",
            "exact",
            "Adopted on 31 October 2000, so its 25th anniversary fell on 31 October 2025, around the time "
            "the article appeared.",
            **years_since("resolution-1325-adopted", "elsie"),
        ),
        row(
            "elsie-five-to-ten-years",
            "elsie",
            "The Fund's manager hopes countries build women, peace and "
            "security into their operations within five to ten years",
            "",
            "",
            "five to ten years",
            "cannot-test",
            "A hope for the future, in a quoted interview: nothing can test it yet.",
            found_value="",
            found_unit="",
            basis="none",
            found_where="a hope, not a finding",
        ),
    ]


def also(found: dict, *fact_ids: str) -> dict:
    """found_* fields of one fact, with further facts the row rests on added to found_where."""
    extra = [fact(f)["found_where"] for f in fact_ids]
    return {**found, "found_where": "; ".join([found["found_where"], *extra])}


def years_since(fact_id: str, article: str) -> dict:
    """Whole years from a ledger-facts date to the article's year of publication."""
    f = fact(fact_id)
    published = data.load("articles").set_index("article").loc[article, "published"]
    years = int(published[:4]) - int(f["found_value"][:4])
    return {
        **f,
        "found_value": str(years),
        "found_unit": "years",
        "found_where": f"{f['found_where']}, to the article's year ({published[:4]})",
    }
