"""The Elsie Initiative chapter: the numbers its prose uses, its chart, its table, its parity calculator."""

from __future__ import annotations

import pandas as pd

from missions import data, html, peacekeeping, text
from missions.charts import peacekeeping as charts
from missions.ledger import from_dataset, row, years_since
from missions.panels import Control, Panel

ARTICLE = "elsie"
GROUP_KEYS = {
    "troops": "Troops",
    "officers": "Staff officers and military observers",
    "fpu": "Formed police units",
    "ipo": "Individual police",
}
#: Unit sizes the published calculator offers (the notebook takes any size from 1 to 5,000).
UNIT_SIZES = [20, 50, 100, 140, 160, 200, 500, 850, 1000]
EXAMPLE_UNIT = 850
POLICE_TYPES = ["Individual Police", "Formed Police Units"]


def _women_pct(df: pd.DataFrame, types: list[str]) -> pd.Series:
    """Per cent women per month among the given personnel types (months with excluded women's figures
    left out)."""
    sub = df[df["personnel_type"].isin(types) & ~df["women_figures_excluded"].astype(bool)]
    g = sub.groupby("date")[["female", "total"]].sum()
    return 100 * g["female"].astype(float) / g["total"].astype(float)


def numbers() -> dict[str, object]:
    """Every value the chapter's prose glues, by name."""
    facts = peacekeeping.facts()
    monthly = peacekeeping.monthly()
    latest = peacekeeping.latest_month(monthly)
    world = peacekeeping.women_share(monthly)
    targets = peacekeeping.targets()
    final = targets[targets["kind"] == "final"].set_index("ugps_group")["target_share"]
    dec2018, now = world.loc["2018-12-31"], world.loc[latest]
    year2023 = monthly[monthly["date"].dt.year == 2023]
    troops_2023 = _women_pct(year2023, ["Troops"])
    police_2023 = _women_pct(year2023, POLICE_TYPES)
    out: dict[str, object] = {
        # the Fund in brief
        "elsie_received_2019_musd": float(facts["eif-2019-received"]),
        "elsie_awarded_2022_musd": float(facts["eif-2022-awarded"]),
        "elsie_projects_2022": text.count(facts["eif-2022-projects"]),
        "elsie_contributions_2023_musd": float(facts["eif-2023-contributions"]),
        "elsie_first_recipients": text.count(facts["eif-first-recipients"]),
        "elsie_funded_projects_2021": text.count(facts["eif-2021-funded-projects"]),
        "elsie_funded_countries_2021": text.count(facts["eif-2021-funded-countries"]),
        "elsie_mowip_reports_2023": text.count(facts["eif-2023-mowip-reports"]),
        # the Fund's two comparisons for 2023, and what the UN's reports give
        "elsie_supported_contingents_share_2023": float(facts["eif-2023-contingents-share"]),
        "elsie_global_contingents_share_2023": float(facts["eif-2023-global-contingents-share"]),
        "elsie_supported_police_share_2023": float(facts["eif-2023-police-share"]),
        "elsie_global_police_share_2023": float(facts["eif-2023-global-police-share"]),
        "elsie_un_troops_share_2023_mean": float(troops_2023.mean()),
        "elsie_un_troops_share_2023_12": float(troops_2023.loc["2023-12-31"]),
        "elsie_un_police_share_2023_mean": float(police_2023.mean()),
        "elsie_un_months_2023": text.count(len(troops_2023)),
        # how far from parity
        "elsie_latest_month": text.month(latest),
        "elsie_share_all_latest": float(now["All personnel"]),
        "elsie_women_all_latest": int(now["All personnel (women)"]),
        "elsie_personnel_all_latest": int(now["All personnel (total)"]),
        "elsie_ugps_share_2018": float(facts["ugps-women-share-2018"]),
        "elsie_ugps_share_2025_06": float(facts["ugps-women-share-2025-06"]),
        # barriers
        "elsie_mowip_pilots": text.count(facts["mowip-pilot-countries"]),
        "elsie_mowip_area_count": text.count(len(data.load("pk-mowip-areas"))),
        # the Gender Strong Unit in people
        "elsie_gsu_margin": text.count(peacekeeping.GSU_MARGIN),
    }
    for key, group in GROUP_KEYS.items():
        out[f"elsie_share_{key}_2018_12"] = float(dec2018[group])
        out[f"elsie_share_{key}_latest"] = float(now[group])
        out[f"elsie_target_{key}_2028"] = float(final[group])
    example = peacekeeping.parity_needs(EXAMPLE_UNIT, "Troops")
    out.update(
        {
            "elsie_example_unit": int(example["unit_size"]),
            "elsie_example_target": float(example["target_share"]),
            "elsie_example_women_target": int(example["women_for_target"]),
            "elsie_example_gsu_share": float(example["gsu_share"]),
            "elsie_example_women_gsu": int(example["women_for_gsu"]),
            "elsie_senegal_fpu_2023": int(facts["sn-fpu-monusco-2023"]),
            "elsie_senegal_fpu_2023_women": int(facts["sn-fpu-monusco-2023-women"]),
        }
    )
    return out


def groups_at_target() -> list[str]:
    """The parity-strategy groups whose latest share of women is at or above their 2028 target."""
    monthly = peacekeeping.monthly()
    now = peacekeeping.women_share(monthly).loc[peacekeeping.latest_month(monthly)]
    targets = peacekeeping.targets()
    final = targets[targets["kind"] == "final"].set_index("ugps_group")["target_share"]
    return [g for g in final.index if now[g] >= final[g]]


def women_share_chart():
    """Women among all uniformed peacekeepers, by type, against the parity targets."""
    return charts.plot_women_share_by_group(peacekeeping.women_share(peacekeeping.monthly()), peacekeeping.targets())


def barrier_areas_table() -> html.Table:
    """The ten issue areas a MOWIP barrier assessment checks, with our one-line paraphrase of each."""
    areas = data.load("pk-mowip-areas").sort_values("number")
    body = [[html.text(r.number), html.text(r.issue_area), html.text(r.guiding_question)] for r in areas.itertuples()]
    return html.Table(
        ["No.", "Issue area", "What it asks"],
        body,
        label="The ten issue areas of a MOWIP barrier assessment",
        classes="missions-mowip",
    )


def parity_chart(unit_size: int = EXAMPLE_UNIT, group: str = "Troops"):
    return charts.plot_parity_needs(peacekeeping.parity_needs(unit_size, group))


def panel() -> Panel:
    """The parity calculator: women a unit needs for the 2028 target, and five points above it."""
    import ipywidgets as w

    groups = peacekeeping.targets().query("kind == 'final'")["ugps_group"].tolist()
    size = Control(
        "unit_size",
        "Unit size (people)",
        [(f"{n:,}", n) for n in UNIT_SIZES],
        live=lambda v: w.BoundedIntText(value=v, min=1, max=5000, step=10),
    )
    kind = Control("group", "Personnel type", [(g, g) for g in groups])
    return Panel(
        id="elsie-parity",
        title="Parity calculator",
        controls=[size, kind],
        first={"unit_size": EXAMPLE_UNIT, "group": "Troops"},
        offers=f"pick one of {text.count(len(UNIT_SIZES))} unit sizes, from {UNIT_SIZES[0]} to {UNIT_SIZES[-1]:,} "
        f"people, for each of the {text.count(len(groups))} types of personnel",
        adds="any unit size from 1 to 5,000",
        recipe="missions.chapters.elsie:panel",
        draw=parity_chart,
    )


# --- the article's figures and claims (python -m bookbuild.ledger writes them to data/) -------

#: Every figure the article prints, in order: (figure, the claim that checks it, or why it is not one).
FIGURES = [
    ("one", "", "not-a-quantity"),
    ("ten", "elsie-mowip-ten-areas", ""),
    ("five", "elsie-gender-strong-unit", ""),
    ("first", "elsie-senegal-gsu", ""),
    ("once", "elsie-senegal-gsu", ""),
    ("three", "elsie-senegal-gsu", ""),
    ("25th", "elsie-1325-25th", ""),
    ("1325", "", "part-of-a-name"),
    ("five", "elsie-five-to-ten-years", ""),
    ("ten", "elsie-five-to-ten-years", ""),
]


def claims() -> list[dict]:
    """The article's claims: each figure it prints that we check, the value found and how to read it."""
    found = {
        "elsie-mowip-ten-areas": len(data.load("pk-mowip-areas")),
        "elsie-gender-strong-unit": None,
        "elsie-senegal-gsu": None,
    }
    spec = [
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
    return from_dataset(spec, found) + _context_claims()


def _context_claims() -> list[dict]:
    """The article's other figures: the resolution's anniversary and the Fund manager's hope."""
    return [
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
