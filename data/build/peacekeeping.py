"""Build the curated peacekeeping datasets (data/peacekeeping/*.csv) from the raw material.

usage: python data/build/peacekeeping.py RAW_FOLDER
       (RAW_FOLDER is shared/data-raw/peacekeeping: see its SOURCE.md)

Reads:  un_uniformed_contributions_2015_2025_long.csv   (UN DPO monthly PDFs, parsed)
        ipi_ppp_countries/Cambodia.csv                  (IPI Providing for Peacekeeping)
        un_odp_contributionranks_2021-01-31.csv, ..._2022-01-31.csv  (UN Open Data rank files)
Writes: data/peacekeeping/{un_contributions_monthly, cambodia_missions_monthly,
        ipi_cambodia_monthly, un_rank_snapshots}.csv, and data/build/peacekeeping-inputs.sha256
        (SHA-256 of every input read). The small hand-curated tables (parity targets, MOWIP issue
        areas, sourced facts, events, host countries, missions) are written from the constants
        at the bottom of this file, each row naming its published source.
"""
from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path

import pandas as pd

OUT = Path(__file__).resolve().parent.parent / "peacekeeping"
MANIFEST = Path(__file__).resolve().parent / "peacekeeping-inputs.sha256"

UN_LONG = "un_uniformed_contributions_2015_2025_long.csv"
IPI_CAMBODIA = "ipi_ppp_countries/Cambodia.csv"
RANK_FILES = {"2021-01-31": "un_odp_contributionranks_2021-01-31.csv",
              "2022-01-31": "un_odp_contributionranks_2022-01-31.csv"}

# The month whose male/female columns the UN PDF swapped (SOURCE.md): women's figures excluded.
WOMEN_EXCLUDED_MONTHS = {"2020-08-31"}
PERSONNEL_TYPES = ["Troops", "Staff Officer", "Experts on Mission", "Individual Police",
                   "Formed Police Units"]
NOT_REPORTED = "not reported by mission"

# IPI's three categories -> the harmonised categories shared with the UN's five types.
IPI_HARMONISED = {"Troops": "Troops and staff officers",
                  "Police": "Police (individual and formed units)",
                  "Experts": "Experts on mission"}
# Rank-file names that differ from the monthly PDFs' names.
RANK_NAME_TO_MONTHLY = {"Czechia": "Czech Republic", "Côte d’Ivoire": "Côte d'Ivoire",
                        "United Kingdom of Great Britain and Northern Ireland": "United Kingdom",
                        "Turkey": "Türkiye", "Bolivia (Plurinational State of)": "Bolivia"}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write(df: pd.DataFrame, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    df.to_csv(OUT / name, index=False, encoding="utf-8", lineterminator="\n")
    print(f"wrote data/peacekeeping/{name}: {len(df)} rows")


def build_monthly(raw: Path) -> None:
    long = pd.read_csv(raw / UN_LONG, keep_default_na=False, dtype={"mission": str, "flag": str})
    assert (long["male"] + long["female"] == long["total"]).all()
    long["women_figures_excluded"] = long["date"].isin(WOMEN_EXCLUDED_MONTHS)

    by_country = (long.groupby(["date", "country", "personnel_type"], as_index=False)
                  [["male", "female", "total"]].sum())
    by_country["women_figures_excluded"] = by_country["date"].isin(WOMEN_EXCLUDED_MONTHS)
    by_country["personnel_type"] = pd.Categorical(by_country["personnel_type"], PERSONNEL_TYPES)
    by_country = by_country.sort_values(["date", "country", "personnel_type"])
    write(by_country, "un_contributions_monthly.csv")

    kh = long[long["country"] == "Cambodia"].copy()
    kh["mission"] = kh["mission"].replace("", NOT_REPORTED)
    kh = (kh.groupby(["date", "mission", "personnel_type"], as_index=False)
          [["male", "female", "total"]].sum())
    kh["women_figures_excluded"] = kh["date"].isin(WOMEN_EXCLUDED_MONTHS)
    kh["personnel_type"] = pd.Categorical(kh["personnel_type"], PERSONNEL_TYPES)
    write(kh.sort_values(["date", "mission", "personnel_type"]), "cambodia_missions_monthly.csv")


def build_ipi(raw: Path) -> None:
    ipi = pd.read_csv(raw / IPI_CAMBODIA)  # "NA" means none deployed that month
    ipi = ipi.melt(id_vars="Date", var_name="ipi_category", value_name="total")
    ipi["total"] = ipi["total"].fillna(0).astype(int)
    ipi["harmonised_category"] = ipi["ipi_category"].map(IPI_HARMONISED)
    ipi = ipi.rename(columns={"Date": "date"})
    # keep from the first month with any Cambodian personnel
    first = ipi.loc[ipi["total"] > 0, "date"].min()
    ipi = ipi[ipi["date"] >= first]
    ipi = ipi[["date", "ipi_category", "harmonised_category", "total"]]
    write(ipi.sort_values(["date", "ipi_category"]), "ipi_cambodia_monthly.csv")


def build_ranks(raw: Path) -> None:
    frames = []
    for date, name in RANK_FILES.items():
        r = pd.read_csv(raw / name, encoding="utf-8-sig")
        assert (pd.to_datetime(r["Last_Reporting_Date"], format="%d-%b-%y").dt.strftime("%Y-%m-%d") == date).all()
        frames.append(pd.DataFrame({
            "date": date,
            "iso3": r["ISOCode3"],
            "country": r["Contributing_Country"],
            "country_in_un_monthly": r["Contributing_Country"].replace(RANK_NAME_TO_MONTHLY),
            "rank": r["Personnel_Contribution_Rank"],
            "female": r["Female_Personnel"],
            "male": r["Male_Personnel"],
            "total": r["Total_Uniformed_Personnel"],
        }))
    ranks = pd.concat(frames).sort_values(["date", "rank", "country"])
    write(ranks, "un_rank_snapshots.csv")


def write_table(rows: list[dict], name: str) -> None:
    write(pd.DataFrame(rows), name)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    raw = Path(argv[0]).resolve()
    inputs = [UN_LONG, IPI_CAMBODIA, *RANK_FILES.values()]
    build_monthly(raw)
    build_ipi(raw)
    build_ranks(raw)
    write_table(PARITY_TARGETS, "parity_targets.csv")
    write_table(MOWIP_AREAS, "mowip_issue_areas.csv")
    write_table(SOURCED_FACTS, "sourced_facts.csv")
    write_table(EVENTS, "cambodia_events.csv")
    write_table(HOST_COUNTRIES, "cambodia_host_countries.csv")
    write_table(MISSIONS, "missions.csv")
    with MANIFEST.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# SHA-256 of every raw input read by data/build/peacekeeping.py "
                 "(paths relative to the raw folder, shared/data-raw/peacekeeping)\n")
        for name in inputs:
            fh.write(f"{sha256(raw / name)}  {name}\n")
    print(f"wrote {MANIFEST.relative_to(OUT.parent.parent)}")
    return 0


# --------------------------------------------------------------------------------------------
# Hand-curated tables. Every row names where its value was read (shared/research/peacekeeping.md
# gives the source ids E3, E15, ... used in the comments).

E3 = ("Elsie Initiative Fund: UN strategies", "https://elsiefund.org/un-strategies-eifund/")
E15 = ("Acknowledging uniformed gender parity target achievers (UN DPO text, mirrored)",
       "http://dd-floors.com/en/delegate/acknowledging-uniformed-gender-parity-target-achievers")

PARITY_TARGETS = [
    # group, year, target %, kind, source
    *[{"ugps_group": g, "year": 2021, "target_share": t, "kind": "interim",
       "source_title": E15[0], "source_path": E15[1]}
      for g, t in [("Troops", 8), ("Staff officers and military observers", 18)]],
    *[{"ugps_group": g, "year": 2028, "target_share": t, "kind": "final",
       "source_title": E3[0], "source_path": E3[1]}
      for g, t in [("Troops", 15), ("Staff officers and military observers", 25),
                   ("Formed police units", 20), ("Individual police", 30)]],
]

E10 = "https://elsiefund.org/measuring-opportunities-for-women-in-peace-operations-methodology/"
E12 = "https://fxbaogao.com/detail/2686023"
MOWIP_AREAS = [
    {"number": n, "issue_area": a, "guiding_question": q,
     "source_title": "MOWIP issue areas as named in the Ghana Armed Forces MOWIP report (summary) "
                     "and DCAF's MOWIP methodology",
     "source_path": E12}
    for n, a, q in [
        (1, "Eligible pool", "Are there enough women in the national institution to deploy?"),
        (2, "Deployment criteria", "Do the criteria for deployment match what missions need, "
                                   "or do they screen women out?"),
        (3, "Deployment selection", "Does everyone who qualifies get a fair chance to be picked?"),
        (4, "Household constraints", "Can people with care duties at home deploy?"),
        (5, "Peace operations infrastructure", "Do equipment, uniforms and living quarters "
                                               "fit women as well as men?"),
        (6, "Peace operations experiences", "Do experiences on mission, good or bad, "
                                            "shape who deploys again?"),
        (7, "Career value", "Does deploying help a career, for women as much as for men?"),
        (8, "Top-down leadership", "Do commanders back women's deployment?"),
        (9, "Gender roles", "Do ideas about what women and men should do keep women home?"),
        (10, "Social exclusion", "Are women treated as full members of the team?"),
    ]
]

SOURCED_FACTS = [
    # Cambodia: cumulative statements (people deployed since 2006, as officials report them)
    ("kh-cumulative-2020-10", "cambodia", 7123, "people", "2020-10",
     "Cambodian personnel deployed since 2006, as reported in October 2020 (419 women)",
     "P11", "Cambodia ranked 2nd on women participation in UN PKO", "Khmer Post Asia / AKP",
     "https://en.khmerpostasia.com/2020/10/28/cambodia-ranked-2nd-on-women-participation-in-un-pko"),
    ("kh-cumulative-women-2020-10", "cambodia", 419, "people", "2020-10",
     "Cambodian women deployed since 2006, as reported in October 2020",
     "P11", "Cambodia ranked 2nd on women participation in UN PKO", "Khmer Post Asia / AKP",
     "https://en.khmerpostasia.com/2020/10/28/cambodia-ranked-2nd-on-women-participation-in-un-pko"),
    ("kh-cumulative-2022-01", "cambodia", 7899, "people", "2022-01",
     "Cambodian personnel deployed since 2006, as reported in January 2022",
     "P7", "Cambodian peacekeepers' sacrifice highly appreciated", "Cambodia News Gazette / AKP",
     "https://cambodianewsgazette.com/cambodian-peacekeepers-sacrifice-highly-appreciated/"),
    ("kh-cumulative-women-2022-01", "cambodia", 528, "people", "2022-01",
     "Cambodian women deployed since 2006, as reported in January 2022",
     "P7", "Cambodian peacekeepers' sacrifice highly appreciated", "Cambodia News Gazette / AKP",
     "https://cambodianewsgazette.com/cambodian-peacekeepers-sacrifice-highly-appreciated/"),
    ("kh-cumulative-2023-03", "cambodia", 8951, "people", "2023-03",
     "Cambodian personnel deployed since 2006, up to mid-March 2023 (NPMEC figures)",
     "P1", "Cambodia sends ninth batch of peacekeepers to CAR", "Phnom Penh Post",
     "https://www.phnompenhpost.com/national/cambodia-sends-ninth-batch-peacekeepers-car"),
    ("kh-cumulative-women-2023-03", "cambodia", 692, "people", "2023-03",
     "Cambodian women deployed since 2006, up to mid-March 2023 (NPMEC figures)",
     "P1", "Cambodia sends ninth batch of peacekeepers to CAR", "Phnom Penh Post",
     "https://www.phnompenhpost.com/national/cambodia-sends-ninth-batch-peacekeepers-car"),
    ("kh-cumulative-2025-02", "cambodia", 9826, "people", "2025-02",
     "Cambodian personnel deployed since 2006, as reported in February 2025",
     "P8", "Cambodia sends 355 peacekeepers to global UN missions", "Nigeria Pulse (aggregator)",
     "https://nigeriapulse.com/2025/02/05/cambodia-sends-355-peacekeepers-to-global-un-missions/"),
    ("kh-cumulative-women-2025-02", "cambodia", 857, "people", "2025-02",
     "Cambodian women deployed since 2006, as reported in February 2025",
     "P8", "Cambodia sends 355 peacekeepers to global UN missions", "Nigeria Pulse (aggregator)",
     "https://nigeriapulse.com/2025/02/05/cambodia-sends-355-peacekeepers-to-global-un-missions/"),
    ("kh-fatalities-2023", "cambodia", 11, "people", "2023-05",
     "Cambodian peacekeepers who died on duty over 17 years, as reported in May 2023",
     "P2", "Cambodia's peacekeepers (Xinhua report, 29 May 2023)", "Xinhua",
     "https://english.news.cn/world/20230529/67eeea7d716945059f4d01d3b0c82b31/c.html"),
    ("kh-women-goal-2024", "cambodia", 20, "per cent", "2022-04",
     "Cambodia's stated goal for the share of women among its deployed personnel, by 2024",
     "P5", "Cambodia receives funding from the Elsie Initiative Fund", "UN Women Asia-Pacific",
     "https://asiapacific.unwomen.org/en/stories/press-release/2022/04/cambodia-receives-funding-from-the-elsie-initiative-fund"),
    # UNTAC
    ("untac-strength", "untac", 22000, "people", "1992-1993",
     "UNTAC's strength: about 22,000 military and civilian personnel",
     "U1", "Cambodia - UNTAC: facts and figures", "United Nations Department of Public Information",
     "https://www.un.org/Depts/DPKO/Missions/untac.htm"),
    ("untac-fatalities", "untac", 78, "people", "1992-1993",
     "UNTAC fatalities (military, police, international and local civilian staff)",
     "U1", "Cambodia - UNTAC: facts and figures", "United Nations Department of Public Information",
     "https://www.un.org/Depts/DPKO/Missions/untac.htm"),
    ("untac-expenditure", "untac", 1620963300, "US$", "1992-1993",
     "Expenditure of UNAMIC and UNTAC combined",
     "U1", "Cambodia - UNTAC: facts and figures", "United Nations Department of Public Information",
     "https://www.un.org/Depts/DPKO/Missions/untac.htm"),
    # Elsie Initiative Fund and the parity strategy
    ("eif-2019-received", "elsie", 14.2, "US$ million", "2019",
     "Contributions the Fund received in 2019 (US$5.3 million more was pledged)",
     "E5", "Elsie Initiative Fund annual report 2019", "Elsie Initiative Fund",
     "https://elsiefund.org/annual-report-2019/"),
    ("eif-2022-awarded", "elsie", 17, "US$ million", "2022",
     "Money the Fund had awarded by 2022, to 20 projects",
     "E6", "Elsie Initiative Fund annual report 2022", "Elsie Initiative Fund",
     "https://elsiefund.org/2022/03/29/bangladesh/maisha/blog/"),
    ("eif-2022-projects", "elsie", 20, "projects", "2022",
     "Projects funded by 2022",
     "E6", "Elsie Initiative Fund annual report 2022", "Elsie Initiative Fund",
     "https://elsiefund.org/2022/03/29/bangladesh/maisha/blog/"),
    ("eif-2023-contributions", "elsie", 35.8, "US$ million", "2023-12",
     "Contributions to the Fund as of December 2023",
     "E7", "Elsie Initiative Fund report: an overview", "Women in International Security",
     "https://securitywomen.org/post/elsie-initiative-fund-report-an-overview"),
    ("eif-2023-mowip-reports", "elsie", 8, "reports", "2023",
     "MOWIP barrier-assessment reports published with the Fund's support by 2023",
     "E7", "Elsie Initiative Fund report: an overview", "Women in International Security",
     "https://securitywomen.org/post/elsie-initiative-fund-report-an-overview"),
    ("eif-2023-contingents-share", "elsie", 10.5, "per cent", "2023",
     "Average share of women in military contingents from Fund-supported contributors, 2023",
     "E7", "Elsie Initiative Fund report: an overview", "Women in International Security",
     "https://securitywomen.org/post/elsie-initiative-fund-report-an-overview"),
    ("eif-2023-global-contingents-share", "elsie", 7.4, "per cent", "2023",
     "Global share of women in military contingents, 2023, as the same report gives it",
     "E7", "Elsie Initiative Fund report: an overview", "Women in International Security",
     "https://securitywomen.org/post/elsie-initiative-fund-report-an-overview"),
    ("eif-first-recipients", "elsie", 5, "countries", "2021-04",
     "First countries funded (Liberia, Mexico, Niger, Senegal, Sierra Leone), each for a barrier assessment",
     "E8", "Elsie Initiative to tackle barriers to deployment of women in peace operations", "UN Women",
     "https://www.unwomen.org/en/news/stories/2021/4/press-release-elsie-initiative-to-tackle-barriers-to-deployment-of-women-in-peace-operations"),
    ("mowip-pilot-countries", "elsie", 8, "countries", "2020",
     "Countries where the MOWIP method was piloted",
     "E11", "MOWIP methodology", "DCAF - Geneva Centre for Security Sector Governance",
     "https://www.dcaf.ch/mowip-methodology"),
    ("ugps-women-share-2018", "elsie", 4.9, "per cent", "2018",
     "Share of women among all uniformed peacekeepers when the parity strategy began",
     "E16", "Review of the Uniformed Gender Parity Strategy", "United Nations",
     "https://www.un.org/tr/node/235367"),
    ("ugps-women-share-2025-06", "elsie", 10.1, "per cent", "2025-06",
     "Share of women among all uniformed peacekeepers, June 2025",
     "E16", "Review of the Uniformed Gender Parity Strategy", "United Nations",
     "https://www.un.org/tr/node/235367"),
]
SOURCED_FACTS = [dict(zip(["fact_id", "topic", "value", "unit", "as_of", "statement", "source_id",
                           "source_title", "source_publisher", "source_path"], row))
                 for row in sorted(SOURCED_FACTS)]

EVENTS = [
    {"date": "2006-04-15", "event": "First Cambodian troop contingent leaves for a UN mission (NPMEC date)",
     "source_title": "Cambodia sends ninth batch of peacekeepers to CAR (Phnom Penh Post)",
     "source_path": "https://www.phnompenhpost.com/national/cambodia-sends-ninth-batch-peacekeepers-car"},
    {"date": "2023-06-30", "event": "Security Council ends the mandate of the Mali mission (MINUSMA)",
     "source_title": "UN Security Council resolution 2690 (2023)",
     "source_path": "https://undocs.org/S/RES/2690(2023)"},
]

NPMEC = ("Cambodia sends ninth batch of peacekeepers to CAR (Phnom Penh Post, citing NPMEC)",
         "https://www.phnompenhpost.com/national/cambodia-sends-ninth-batch-peacekeepers-car")
HOST_COUNTRIES = [
    {"country": c, "named_by_npmec": npmec, "missions_in_un_data": m,
     "source_title": NPMEC[0] if npmec else "UN DPO monthly contribution reports 2015-2025",
     "source_path": NPMEC[1] if npmec else "kl371218/kl371218 @ 3589ecac25c7c8929d8f9c5f95adb5ebaa7bcbce"}
    for c, npmec, m in [
        ("Central African Republic", True, "MINUSCA"),
        ("Chad", True, ""),
        ("Cyprus", True, ""),
        ("Democratic Republic of the Congo", False, "MONUSCO"),
        ("Haiti", False, "MINUSTAH"),
        ("Lebanon", True, "UNIFIL"),
        ("Mali", True, "MINUSMA"),
        ("South Sudan", True, "UNMISS; UNISFA"),
        ("Sudan", True, "UNAMID; UNISFA"),
        ("Syria", True, ""),
        ("Yemen", True, "UNMHA"),
    ]
]

MISSIONS = [
    {"mission": a, "mission_name": n, "location": loc}
    for a, n, loc in [
        ("MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic", "Central African Republic"),
        ("MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali", "Mali"),
        ("MINUSTAH", "United Nations Stabilization Mission in Haiti", "Haiti"),
        ("MONUSCO", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", "Democratic Republic of the Congo"),
        ("UNAMID", "African Union-United Nations Hybrid Operation in Darfur", "Sudan (Darfur)"),
        ("UNIFIL", "United Nations Interim Force in Lebanon", "Lebanon"),
        ("UNISFA", "United Nations Interim Security Force for Abyei", "Abyei area (Sudan and South Sudan)"),
        ("UNMHA", "United Nations Mission to support the Hodeidah Agreement", "Yemen"),
        ("UNMISS", "United Nations Mission in South Sudan", "South Sudan"),
    ]
]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
