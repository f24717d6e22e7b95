"""The Cambodia chapter: the numbers its prose uses, its four charts, its contributor picker."""

from __future__ import annotations

import pandas as pd

from missions import data, peacekeeping, text
from missions.charts import peacekeeping as charts
from missions.ledger import also, claim, fact, from_dataset, row, stated
from missions.panels import Control, Panel

ARTICLE = "cambodia"
COUNTRY = "Cambodia"
RANK_DATE = "2022-01-31"  # the UN ranking file the article quotes
#: The published picker offers every ASEAN member in the data and this many of the largest contributors.
TOP_CONTRIBUTORS = 30


def numbers() -> dict[str, object]:
    """Every value the chapter's prose glues, by name."""
    facts = peacekeeping.facts()
    monthly = peacekeeping.monthly()
    latest = peacekeeping.latest_month(monthly)
    history = peacekeeping.cambodia_harmonised(monthly)
    ipi = history[history["source"] == "IPI"]
    un = history[history["source"] == "UN"]
    first = history.index[history["total"].gt(0)][0]
    first_troops = history.index[history["Troops and staff officers"].gt(0)][0]
    early = history.loc["2006-04-30":"2013-12-31", "total"]
    by_mission = peacekeeping.cambodia_by_mission()
    missions = by_mission.columns[by_mission.columns != "not reported by mission"]
    minusma = by_mission["MINUSMA"]
    hosts = data.load("pk-cambodia-hosts")
    official = hosts[hosts["named_by_npmec"]]["country"].tolist()
    police = history["Police (individual and formed units)"]
    police = police[police > 0]
    haiti = data.load("pk-cambodia-missions").query("mission == 'MINUSTAH' and total > 0")
    shares = peacekeeping.women_share(monthly, COUNTRY)
    world = peacekeeping.women_share(monthly)
    ranked = peacekeeping.ranking(monthly, latest)
    asean = peacekeeping.asean(monthly, latest)
    above = asean[asean["rank_asean"] < asean.loc[COUNTRY, "rank_asean"]].index.tolist()
    ranks = data.load("pk-rank-snapshots")
    rank_file = ranks[ranks["date"] == pd.Timestamp(RANK_DATE)]
    return {
        "cambodia_untac_strength": float(facts["untac-strength"]),
        "cambodia_untac_fatalities": float(facts["untac-fatalities"]),
        "cambodia_untac_cost_bn": float(facts["untac-expenditure"]) / 1e9,
        # twenty years on the UN's books
        "cambodia_first_month": text.month(first),
        "cambodia_first_count": text.count(history.loc[first, "total"]),
        "cambodia_first_troops_month": text.month(first_troops),
        "cambodia_first_troops_count": text.count(history.loc[first_troops, "Troops and staff officers"]),
        "cambodia_2006_2013_min": text.count(early.min()),
        "cambodia_2006_2013_max": int(early.max()),
        "cambodia_ipi_last_month": text.month(ipi.index[-1]),
        "cambodia_ipi_last_total": int(ipi["total"].iloc[-1]),
        "cambodia_un_median_2015_2023": int(un.loc[:"2023-08-31", "total"].median()),
        "cambodia_peak_month": text.month(un["total"].idxmax()),
        "cambodia_peak_total": int(un["total"].max()),
        "cambodia_total_2023_08": int(history.loc["2023-08-31", "total"]),
        "cambodia_total_2023_12": int(history.loc["2023-12-31", "total"]),
        "cambodia_latest_month": text.month(latest),
        "cambodia_latest_total": int(history.loc[latest, "total"]),
        "cambodia_fatalities_2023": text.count(facts["kh-fatalities-2023"]),
        # what they do
        "cambodia_rotation_2025": int(facts["kh-rotation-2025-02"]),
        "cambodia_demining_team_2005": int(facts["kh-demining-team-2005"]),
        "cambodia_border_killed_2025": int(facts["kh-th-border-killed-2025"]),
        "cambodia_rotation_2025_women": int(facts["kh-rotation-2025-02-women"]),
        "cambodia_rotation_2025_engineers": int(facts["kh-rotation-2025-02-engineers"]),
        "cambodia_rotation_2025_eod": int(facts["kh-rotation-2025-02-eod"]),
        "cambodia_rotation_2025_military_police": int(facts["kh-rotation-2025-02-military-police"]),
        # where they serve
        "cambodia_missions_2015_2025": text.count(len(missions)),
        "cambodia_minusma_last_month": text.month(minusma[minusma > 0].index[-1]),
        "cambodia_minusca_latest": int(by_mission.loc[latest, "MINUSCA"]),
        "cambodia_unifil_latest": int(by_mission.loc[latest, "UNIFIL"]),
        "cambodia_unmiss_latest": int(by_mission.loc[latest, "UNMISS"]),
        "cambodia_official_hosts": text.names(official),
        "cambodia_official_host_count": text.count(len(official)),
        "cambodia_host_count_2025": text.count(facts["kh-host-countries-2025-02"]),
        "cambodia_haiti_police": int(haiti["total"].max()),
        "cambodia_haiti_months": text.names(f"{d:%B}" for d in haiti["date"]),
        "cambodia_haiti_year": int(haiti["date"].dt.year.iloc[0]),
        "cambodia_ipi_police": int(police.loc[:"2014-12-31"].max()),
        "cambodia_ipi_police_month": text.month(police.loc[:"2014-12-31"].idxmax()),
        # more women in the ranks
        "cambodia_women_share_2015_12": float(shares.loc["2015-12-31", "All personnel"]),
        "cambodia_women_2015_12": int(shares.loc["2015-12-31", "All personnel (women)"]),
        "cambodia_women_share_latest": float(shares.loc[latest, "All personnel"]),
        "cambodia_women_latest": int(shares.loc[latest, "All personnel (women)"]),
        "cambodia_troops_women_share_latest": float(shares.loc[latest, "Troops"]),
        "cambodia_world_troops_women_share_latest": float(world.loc[latest, "Troops"]),
        "cambodia_troop_target_2028": _troop_target(),
        "cambodia_women_goal_2024": float(facts["kh-women-goal-2024"]),
        "cambodia_women_share_2024_12": float(shares.loc["2024-12-31", "All personnel"]),
        "cambodia_military_2022_04": int(facts["kh-military-deployed-2022-04"]),
        "cambodia_women_share_2022_04": float(facts["kh-women-share-2022-04"]),
        # among its neighbours
        "cambodia_rank_latest": text.ordinal(int(ranked.loc[COUNTRY, "rank"])),
        "cambodia_contributors_latest": int((ranked["total"] > 0).sum()),
        "cambodia_rank_asean_latest": text.ordinal(int(asean.loc[COUNTRY, "rank_asean"])),
        "cambodia_rank_women_latest": text.ordinal(int(ranked.loc[COUNTRY, "rank_women"])),
        "cambodia_rank_asean_women_latest": text.ordinal(int(asean.loc[COUNTRY, "rank_asean_women"])),
        "cambodia_asean_above": text.names(above),
        # two ways of counting
        "cambodia_stated_personnel": stated("cambodia-personnel-since-2006"),
        "cambodia_stated_women": stated("cambodia-women-since-2006"),
        "cambodia_cumulative_2023_03": int(facts["kh-cumulative-2023-03"]),
        "cambodia_cumulative_women_2023_03": int(facts["kh-cumulative-women-2023-03"]),
        "cambodia_cumulative_2025_02": int(facts["kh-cumulative-2025-02"]),
        "cambodia_cumulative_women_2025_02": int(facts["kh-cumulative-women-2025-02"]),
        "cambodia_peak_headcount": int(float(claim("cambodia-personnel-since-2006")["found_value"])),
        "cambodia_rank_2022": text.ordinal(
            int(rank_file.loc[rank_file["country_in_un_monthly"] == COUNTRY, "rank"].iloc[0])
        ),
        "cambodia_contributors_2022": int(len(rank_file)),
    }


def personnel_chart():
    """Cambodia's personnel per month, 2005 to the latest month, with the two events that shape it."""
    return charts.plot_personnel(peacekeeping.cambodia_harmonised(), COUNTRY, events=data.load("pk-cambodia-events"))


def missions_chart():
    """Cambodia's personnel per month by mission, 2015 to the latest month."""
    return charts.plot_cambodia_missions(peacekeeping.cambodia_by_mission(), data.load("pk-missions"))


def women_share_chart():
    """Women among Cambodia's troops, against all contributors' troops and the 2028 target."""
    monthly = peacekeeping.monthly()
    return charts.plot_country_troop_share(
        peacekeeping.women_share(monthly, COUNTRY), peacekeeping.women_share(monthly), COUNTRY, _troop_target()
    )


def asean_chart():
    """ASEAN members' personnel and women in the latest month."""
    monthly = peacekeeping.monthly()
    latest = peacekeeping.latest_month(monthly)
    ranked = peacekeeping.ranking(monthly, latest)
    return charts.plot_asean(
        peacekeeping.asean(monthly, latest), latest, int(ranked.loc[COUNTRY, "rank"]), int((ranked["total"] > 0).sum())
    )


def contributor_chart(country: str = COUNTRY):
    """One contributor's personnel and share of women, 2015 to the latest month (the picker's view)."""
    return charts.plot_contributor(peacekeeping.monthly(), country)


def _troop_target() -> float:
    targets = peacekeeping.targets()
    return float(targets.query("ugps_group == 'Troops' and year == 2028")["target_share"].iloc[0])


def picker_countries() -> list[str]:
    """The published picker's countries, in alphabetical order: the largest contributors in the latest
    month and every other ASEAN member that appears in the UN's reports."""
    monthly = peacekeeping.monthly()
    top = peacekeeping.top_contributors(monthly, peacekeeping.latest_month(monthly), TOP_CONTRIBUTORS)
    present = set(monthly["country"])
    return sorted(set(top) | {c for c in peacekeeping.ASEAN if c in present})


def panel() -> Panel:
    """The contributor picker: any contributor's personnel and share of women, 2015 to 2025."""
    import ipywidgets as w

    countries = picker_countries()
    everyone = sorted(c for c in peacekeeping.countries() if not c.startswith("Republic of ["))
    monthly = peacekeeping.monthly()
    top = peacekeeping.top_contributors(monthly, peacekeeping.latest_month(monthly), TOP_CONTRIBUTORS)
    asean_extra = [c for c in countries if c not in top]
    picker = Control(
        "country",
        "Contributing country",
        [(c, c) for c in countries],
        live=lambda v: w.Dropdown(options=everyone, value=v),
    )
    latest = peacekeeping.latest_month()
    return Panel(
        id="cambodia-contributors",
        title="Contributor picker",
        controls=[picker],
        first={"country": COUNTRY},
        offers=(
            f"pick one of the {TOP_CONTRIBUTORS} largest contributors of {text.month(latest)} or one of the "
            f"{text.count(len(asean_extra))} other ASEAN members in the UN's reports"
        ),
        adds=f"every one of the {len(everyone)} contributors in the UN's reports since 2015",
        recipe="missions.chapters.cambodia:panel",
        draw=contributor_chart,
    )


# --- the article's figures and claims (python -m bookbuild.ledger writes them to data/) -------

#: Every figure the article prints, in order: (figure, the claim that checks it, or why it is not one).
FIGURES = [
    ("1970s", "cambodia-pol-pot-regime", ""),
    ("1990s", "cambodia-conflict-1970s-1990s", ""),
    ("1998", "cambodia-growth-1998-2019", ""),
    ("2019", "cambodia-growth-1998-2019", ""),
    ("2015", "cambodia-lmic-2015", ""),
    ("7.7", "cambodia-growth-1998-2019", ""),
    ("one", "", "not-a-quantity"),
    ("1999", "cambodia-asean-1999", ""),
    ("three", "cambodia-asean-chair", ""),
    ("2002", "cambodia-asean-chair", ""),
    ("2012", "cambodia-asean-chair", ""),
    ("2022", "cambodia-asean-chair", ""),
    ("2004", "cambodia-asem-2004", ""),
    ("13th", "cambodia-asem13-2021", ""),
    ("2021", "cambodia-asem13-2021", ""),
    ("50", "cambodia-asem13-countries", ""),
    ("one", "", "not-a-quantity"),
    ("2006", "cambodia-peacekeeping-since-2006", ""),
    ("12", "cambodia-missions", ""),
    ("nine", "cambodia-host-countries", ""),
    ("9,205", "cambodia-personnel-since-2006", ""),
    ("726", "cambodia-women-since-2006", ""),
    ("one", "", "not-a-quantity"),
    ("2022", "cambodia-white-paper-2022", ""),
    ("third", "cambodia-rank-asean", ""),
    ("28th", "cambodia-rank-world", ""),
    ("122", "cambodia-contributors", ""),
    ("13th", "cambodia-rank-women-world", ""),
    ("second", "cambodia-rank-women-asean", ""),
    ("78th", "cambodia-unga78", ""),
    ("one", "", "not-a-quantity"),
    ("2025", "cambodia-pbc-2025-2026", ""),
    ("2026", "cambodia-pbc-2025-2026", ""),
]


def _found() -> dict[str, float | None]:
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
    }


def claims() -> list[dict]:
    """The article's claims: each figure it prints that we check, the value found and how to read it."""
    f = _found()
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
            f"{facts['kh-cumulative-2025-02']:,.0f} by February 2025 (Xinhua, as carried by IANS), so the article's figure fits a count "
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
    ]
    return from_dataset(spec, f) + _context_claims()


def _context_claims() -> list[dict]:
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
            "different-measure",
            "ASEM's 51 countries were invited, with the EU's institutions and the ASEAN Secretariat; the "
            "article counts those who took part, and we found no count of the leaders who actually joined.",
            **{**fact("asem13-countries"), "found_unit": "countries invited"},
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
    ]
