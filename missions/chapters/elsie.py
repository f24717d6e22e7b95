"""The Elsie Initiative chapter: the numbers its prose uses, its charts, its parity calculator."""
from __future__ import annotations

from missions import data, text
from missions import peacekeeping as pk
from missions.charts import peacekeeping as charts
from missions.panels import Control, Panel

ARTICLE = "elsie"
GROUP_KEYS = {"troops": "Troops", "officers": "Staff officers and military observers",
              "fpu": "Formed police units", "ipo": "Individual police"}
#: Unit sizes the published calculator offers (the notebook takes any size from 1 to 5,000).
UNIT_SIZES = [20, 50, 100, 140, 160, 200, 500, 850, 1000]
EXAMPLE_UNIT = 850


def numbers() -> dict[str, object]:
    """Every value the chapter's prose glues, by name."""
    facts = pk.facts()
    monthly = pk.monthly()
    latest = pk.latest_month(monthly)
    world = pk.women_share(monthly)
    targets = pk.targets()
    final = targets[targets["kind"] == "final"].set_index("ugps_group")["target_share"]
    dec2018, now = world.loc["2018-12-31"], world.loc[latest]
    out: dict[str, object] = {
        "elsie_received_2019_musd": float(facts["eif-2019-received"]),
        "elsie_awarded_2022_musd": float(facts["eif-2022-awarded"]),
        "elsie_projects_2022": text.count(facts["eif-2022-projects"]),
        "elsie_contributions_2023_musd": float(facts["eif-2023-contributions"]),
        "elsie_first_recipients": text.count(facts["eif-first-recipients"]),
        "elsie_mowip_reports_2023": text.count(facts["eif-2023-mowip-reports"]),
        "elsie_mowip_pilots": text.count(facts["mowip-pilot-countries"]),
        "elsie_supported_contingents_share_2023": float(facts["eif-2023-contingents-share"]),
        "elsie_global_contingents_share_2023": float(facts["eif-2023-global-contingents-share"]),
        "elsie_share_all_latest": float(now["All personnel"]),
        "elsie_women_all_latest": int(now["All personnel (women)"]),
        "elsie_personnel_all_latest": int(now["All personnel (total)"]),
        "elsie_latest_month": text.month(latest),
        "elsie_ugps_share_2025_06": float(facts["ugps-women-share-2025-06"]),
        "elsie_mowip_area_count": text.count(len(data.load("pk-mowip-areas"))),
        "elsie_gsu_margin": text.count(pk.GSU_MARGIN),
    }
    for key, group in GROUP_KEYS.items():
        out[f"elsie_share_{key}_2018_12"] = float(dec2018[group])
        out[f"elsie_share_{key}_latest"] = float(now[group])
        out[f"elsie_target_{key}_2028"] = float(final[group])
    at_target = [g.lower() for g in final.index if now[g] >= final[g]]
    out["elsie_groups_at_target"] = text.names(at_target) if at_target else text.Plain("none")
    example = pk.parity_needs(EXAMPLE_UNIT, "Troops")
    out.update({
        "elsie_example_unit": int(example["unit_size"]),
        "elsie_example_target": float(example["target_share"]),
        "elsie_example_women_target": int(example["women_for_target"]),
        "elsie_example_gsu_share": float(example["gsu_share"]),
        "elsie_example_women_gsu": int(example["women_for_gsu"]),
    })
    return out


def women_share_chart():
    """Women among all uniformed peacekeepers, by group, against the parity targets."""
    return charts.plot_women_share(pk.women_share(pk.monthly()), "all", pk.targets())


def barrier_areas_chart():
    """The ten issue areas a barrier assessment checks."""
    return charts.plot_barrier_areas(data.load("pk-mowip-areas"))


def parity_chart(unit_size: int = EXAMPLE_UNIT, group: str = "Troops"):
    return charts.plot_parity_needs(pk.parity_needs(unit_size, group))


def panel() -> Panel:
    """The parity calculator: women a unit needs for the 2028 target, and five points above it."""
    import ipywidgets as w

    groups = pk.targets().query("kind == 'final'")["ugps_group"].tolist()
    size = Control("unit_size", "Unit size (people)", [(f"{n:,}", n) for n in UNIT_SIZES],
                   live=lambda v: w.BoundedIntText(value=v, min=1, max=5000, step=10))
    kind = Control("group", "Personnel type", [(g, g) for g in groups])
    return Panel(
        id="elsie-parity", title="Parity calculator", controls=[size, kind],
        first={"unit_size": EXAMPLE_UNIT, "group": "Troops"},
        offers=f"pick one of {text.count(len(UNIT_SIZES))} unit sizes, from {UNIT_SIZES[0]} to {UNIT_SIZES[-1]:,} "
               f"people, for each of the {text.count(len(groups))} types of personnel",
        adds="any unit size from 1 to 5,000",
        recipe="missions.chapters.elsie:panel", draw=parity_chart)
