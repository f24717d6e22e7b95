"""The Cambodia chapter: the numbers its prose uses, its four charts, its contributor picker."""

from __future__ import annotations

import pandas as pd

from missions import data, peacekeeping, text
from missions.charts import peacekeeping as charts
from missions.ledger import claim, stated
from missions.panels import Control, Panel

ARTICLE = "cambodia"
COUNTRY = "Cambodia"
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
    rank_file = ranks[ranks["date"] == pd.Timestamp("2022-01-31")]
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
