"""Write the peacekeeping resources into data/datapackage.json (read-modify-write, ours only).

usage: python data/build/peacekeeping_datapackage.py
Replaces the resources whose names start with "pk-" and leaves every other resource untouched.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ledger import write_resources  # noqa: E402
READ = "2026-11-30"

UN_DPO = {
    "title": "monthly contributions of uniformed personnel by country, mission and type, 2015-2025",
    "publisher": "UN Department of Peace Operations",
    "path": "https://github.com/kl371218/kl371218 (UN_country_contributions_YYYY_MM.pdf, commits "
            "76b1726bf3474a7f2c118f699c6cb6564a31960d and 3589ecac25c7c8929d8f9c5f95adb5ebaa7bcbce); "
            "parsed to shared/data-raw/peacekeeping/un_uniformed_contributions_2015_2025_long.csv",
    "read": READ,
    "license": "none stated (United Nations public documents)",
}
IPI = {
    "title": "Providing for Peacekeeping database, 1990-2014",
    "publisher": "International Peace Institute",
    "path": "https://github.com/IPIDataLab/PPP_Loader ppp_files/countries/Cambodia.csv @ "
            "adec10c8516cdf0a556419f34172d1bd76bf7aa5 (snapshot HEAD 2653920af58e91a892d1cde3a402a57a2ebf5cdf)",
    "read": READ,
    "license": "GPL-2.0",
}
RANKS = [
    {"title": "open data, contribution ranks, 31 Jan 2021",
     "publisher": "UN Department of Peace Operations",
     "path": "https://github.com/corinnee/UN_Peacekeeping_Analytics Rank.csv @ 6aa61ec957d44c9fb9fbacc00506c17aae2b3d25",
     "read": READ, "license": "MIT (repository)"},
    {"title": "open data, contribution ranks, 31 Jan 2022",
     "publisher": "UN Department of Peace Operations",
     "path": "https://github.com/gouliev/un_peacekeeping_analysis odp_contributionranks.csv @ 52106044062a08d07ca4442ff06cf63ef878bee9",
     "read": READ, "license": "none stated"},
]
UGPS = [
    {"title": "UN gender parity targets for 2028", "publisher": "Elsie Initiative Fund",
     "path": "https://elsiefund.org/un-strategies-eifund/", "read": READ},
    {"title": "2021 interim parity targets (DPO page, mirrored copy)",
     "publisher": "UN Department of Peace Operations",
     "path": "http://dd-floors.com/en/delegate/acknowledging-uniformed-gender-parity-target-achievers",
     "read": READ},
]
MOWIP = [
    {"title": "MOWIP methodology",
     "publisher": "DCAF",
     "path": "https://www.dcaf.ch/mowip-methodology", "read": READ},
    {"title": "summary of the Ghana Armed Forces MOWIP report",
     "publisher": "fxbaogao.com", "path": "https://fxbaogao.com/detail/2686023", "read": READ},
    {"title": "policy brief on what we look for in a peacekeeper, 2022",
     "publisher": "DCAF",
     "path": "https://www.dcaf.ch/index.php/old-expectations-new-challenges-what-we-look-peacekeeper-and-why-it-matters",
     "read": READ},
]
NPMEC = {"title": "Cambodia sends ninth batch of peacekeepers to CAR (citing NPMEC)",
         "publisher": "Phnom Penh Post",
         "path": "https://www.phnompenhpost.com/national/cambodia-sends-ninth-batch-peacekeepers-car",
         "read": READ}
RESEARCH = {"title": "Missions research notes on Cambodia and the Elsie Initiative Fund "
                     "(each row names its own published source)",
            "publisher": "Missions", "path": "shared/research/peacekeeping.md", "read": READ}

LIC_UN = [{"title": "United Nations documents; no licence stated by the repository that holds them",
           "path": "https://www.un.org/en/about-us/terms-of-use"}]
LIC_CC = [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0 (our curation)",
           "path": "https://creativecommons.org/licenses/by/4.0/"}]
LIC_GPL = [{"name": "GPL-2.0", "title": "GNU General Public License v2 (IPI PPP_Loader repository)",
            "path": "https://www.gnu.org/licenses/old-licenses/gpl-2.0.html"}]

PTYPES = ["Troops", "Staff Officer", "Experts on Mission", "Individual Police", "Formed Police Units"]


def f(name, type_, description, **extra):
    field = {"name": name, "type": type_, "description": description}
    field.update(extra)
    return field


def headcount(name, what):
    return f(name, "integer", f"{what} (people, headcount at the end of the month)",
             constraints={"required": True, "minimum": 0}, unit="people")


EXCLUDED = f("women_figures_excluded", "boolean",
             "True for every row of 31 Aug 2020: the UN's PDF for that month swapped the male and female "
             "columns for dozens of rows (about 48 troop rows, and formed police too), so its female and "
             "male figures are wrong. They are kept as printed (totals are right) but every women's "
             "figure in the book leaves this month out.",
             constraints={"required": True})

GAPS = ("Months missing from the series: Mar 2015, Mar 2016, Mar 2017 (the repository's files are copies "
        "of April), Jun 2020 (the file holds June 2022), Jul 2022 (no file), and Nov 2016, Sep 2022, "
        "Sep 2023 (layouts the parser does not read; Sep 2023 prints totals only). Missing months are "
        "absent rows, never zeros or interpolations: charts show them as gaps. ")

RESOURCES = [
    {
        "name": "pk-contributions-monthly",
        "title": "UN peacekeeping: uniformed personnel per month by contributing country and personnel type, 2015-2025",
        "path": "peacekeeping/un_contributions_monthly.csv",
        "description": (
            "One row per month x contributing country x personnel type: men, women and total on the UN's "
            "monthly contribution report (headcount on the reporting date, the last day of the month). "
            "Summed over missions from the mission-level table parsed from 126 UN DPO PDFs, Jan 2015 - Jul 2025 "
            "(119 months, 151 contributor names). The parsed sums match the totals printed in each PDF and the "
            "UN Open Data rank files of 31 Jan 2021 and 31 Jan 2022 for all 122 contributors once five names "
            "are mapped (see pk-rank-snapshots). " + GAPS +
            "Seam: Aug 2020 women's figures are wrong in the source (see women_figures_excluded). "
            "Names are normalised across years (Turkiye, North Macedonia, ...); in Sep 2019 one name is cut "
            "in the source and is kept as 'Republic of [truncated in source: Korea or Moldova]'. "
            "Personnel types are the UN's five: Troops (contingent troops), Staff Officer, Experts on Mission "
            "(military observers and other military experts), Individual Police, Formed Police Units."),
        "sources": [UN_DPO],
        "licenses": LIC_UN,
        "schema": {
            "fields": [
                f("date", "date", "Reporting date printed in the PDF (last day of the month)",
                  constraints={"required": True}),
                f("country", "string", "Contributing country, name as normalised across years",
                  constraints={"required": True}),
                f("personnel_type", "string", "UN personnel type", constraints={"required": True, "enum": PTYPES}),
                headcount("male", "Men"), headcount("female", "Women"), headcount("total", "All personnel"),
                EXCLUDED,
            ],
            "primaryKey": ["date", "country", "personnel_type"],
        },
    },
    {
        "name": "pk-cambodia-missions",
        "title": "Cambodia's uniformed personnel per month by mission and personnel type, 2015-2025",
        "path": "peacekeeping/cambodia_missions_monthly.csv",
        "description": (
            "Cambodia's rows of the same UN monthly reports, kept by mission. " + GAPS +
            "Seam: the reports of Mar 2018 to Aug 2019 give totals by country and post only, with no mission; "
            "those rows carry mission 'not reported by mission' (they are not zeros for the missions). "
            "MINUSTAH (Haiti) appears with 16 individual police in the Aug and Dec 2015 reports only. "
            "Aug 2020 women's figures are excluded (women_figures_excluded)."),
        "sources": [UN_DPO],
        "licenses": LIC_UN,
        "schema": {
            "fields": [
                f("date", "date", "Reporting date (last day of the month)", constraints={"required": True}),
                f("mission", "string", "Mission acronym (see pk-missions), or 'not reported by mission' for Mar 2018 - Aug 2019",
                  constraints={"required": True}),
                f("personnel_type", "string", "UN personnel type", constraints={"required": True, "enum": PTYPES}),
                headcount("male", "Men"), headcount("female", "Women"), headcount("total", "All personnel"),
                EXCLUDED,
            ],
            "primaryKey": ["date", "mission", "personnel_type"],
        },
    },
    {
        "name": "pk-ipi-cambodia",
        "title": "Cambodia's uniformed personnel per month, May 2005 - Mar 2014 (IPI), harmonised with the UN categories",
        "path": "peacekeeping/ipi_cambodia_monthly.csv",
        "description": (
            "IPI's Providing for Peacekeeping series for Cambodia, compiled by IPI from the UN's monthly "
            "reports: one row per month x IPI category, from the first month with Cambodian personnel "
            "(May 2005) to the series' end (Mar 2014). IPI writes NA for none deployed; stored as 0. No gender "
            "split. IPI has three categories, the UN's 2015+ reports five. Harmonisation (column "
            "harmonised_category): IPI Troops = UN Troops + Staff Officer (the UN's reports of that era counted "
            "staff officers with troops); IPI Police = UN Individual Police + Formed Police Units; IPI Experts = "
            "UN Experts on Mission (military observers and experts). The book compares the two sources only in "
            "these three harmonised categories. Seam: no data for Apr - Dec 2014, between the end of IPI's "
            "series and the start of the UN series used here (Jan 2015); charts leave that stretch empty."),
        "sources": [IPI],
        "licenses": LIC_GPL,
        "schema": {
            "fields": [
                f("date", "date", "Month end", constraints={"required": True}),
                f("ipi_category", "string", "IPI's category", constraints={"required": True, "enum": ["Troops", "Police", "Experts"]}),
                f("harmonised_category", "string", "The harmonised category shared with the UN series",
                  constraints={"required": True, "enum": ["Troops and staff officers",
                                                           "Police (individual and formed units)",
                                                           "Experts on mission"]}),
                headcount("total", "Personnel in the category"),
            ],
            "primaryKey": ["date", "ipi_category"],
        },
    },
    {
        "name": "pk-rank-snapshots",
        "title": "UN ranking of contributors of uniformed personnel, 31 Jan 2021 and 31 Jan 2022",
        "path": "peacekeeping/un_rank_snapshots.csv",
        "description": (
            "The UN Peacekeeping Open Data file odp_contributionranks.csv as of two dates, as published "
            "(122 contributors each; tied contributors share a rank; the 2022 file ranks Papua New Guinea "
            "122nd with 0 personnel). Kept to validate the monthly table: the tests check that "
            "pk-contributions-monthly reproduces these totals. country_in_un_monthly maps the five "
            "names that differ (Czechia, Côte d’Ivoire with a curly apostrophe, the United Kingdom's full name, Turkey, Bolivia's full name)."),
        "sources": RANKS,
        "licenses": LIC_UN,
        "schema": {
            "fields": [
                f("date", "date", "Last reporting date of the file", constraints={"required": True}),
                f("iso3", "string", "ISO 3166-1 alpha-3 code", constraints={"required": True, "pattern": "[A-Z]{3}"}),
                f("country", "string", "Contributing country as the rank file names it", constraints={"required": True}),
                f("country_in_un_monthly", "string", "The same country as pk-contributions-monthly names it",
                  constraints={"required": True}),
                f("rank", "integer", "UN's rank by total uniformed personnel (1 = largest)",
                  constraints={"required": True, "minimum": 1}),
                headcount("female", "Women"), headcount("male", "Men"), headcount("total", "All uniformed personnel"),
            ],
            "primaryKey": ["date", "iso3"],
        },
    },
    {
        "name": "pk-parity-targets",
        "title": "UN Uniformed Gender Parity Strategy 2018-2028: targets for the share of women",
        "path": "peacekeeping/parity_targets.csv",
        "description": (
            "The share of women the strategy sets per personnel group: the 2028 targets for all four "
            "groups, and the interim 2021 targets that were found in a published source (troops; staff "
            "officers and military observers). The strategy has annual targets for every year 2018-2028, "
            "but no complete table was found: other years are absent, not interpolated. Groups against "
            "the UN's personnel types: Troops = Troops; Staff officers and military observers = Staff "
            "Officer + Experts on Mission; Formed police units = Formed Police Units; Individual police = "
            "Individual Police. The strategy also covers justice and corrections personnel, not in the data."),
        "sources": UGPS,
        "licenses": LIC_CC,
        "schema": {
            "fields": [
                f("ugps_group", "string", "Personnel group in the strategy",
                  constraints={"required": True, "enum": ["Troops", "Staff officers and military observers",
                                                          "Formed police units", "Individual police"]}),
                f("year", "integer", "Year the target applies to", constraints={"required": True, "minimum": 2018, "maximum": 2028}),
                f("target_share", "number", "Target share of women (per cent)", unit="per cent",
                  constraints={"required": True, "minimum": 0, "maximum": 100}),
                f("kind", "string", "interim (a year before 2028) or final (2028)",
                  constraints={"required": True, "enum": ["interim", "final"]}),
                f("source_title", "string", "Where the value was read", constraints={"required": True}),
                f("source_path", "string", "Address of that source", constraints={"required": True}),
            ],
            "primaryKey": ["ugps_group", "year"],
        },
    },
    {
        "name": "pk-mowip-areas",
        "title": "The ten issue areas of the MOWIP barrier assessment",
        "path": "peacekeeping/mowip_issue_areas.csv",
        "description": (
            "The ten issue areas in which the Measuring Opportunities for Women in Peace Operations "
            "(MOWIP) method, by DCAF and Cornell University, looks for barriers to women's deployment; the "
            "Elsie Initiative Fund asks for such an assessment before it funds a project. Names and "
            "numbering as in the Ghana Armed Forces MOWIP report (its summary names all ten) and a DCAF policy "
            "brief (which confirms areas 2, 9 and 10). guiding_question is our own one-line paraphrase of "
            "what each area asks, not a quotation."),
        "sources": MOWIP,
        "licenses": LIC_CC,
        "schema": {
            "fields": [
                f("number", "integer", "Issue-area number", constraints={"required": True, "minimum": 1, "maximum": 10}),
                f("issue_area", "string", "Name of the issue area", constraints={"required": True}),
                f("guiding_question", "string", "What the area asks (our paraphrase)", constraints={"required": True}),
                f("source_title", "string", "Where the name was read", constraints={"required": True}),
                f("source_path", "string", "Address of that source", constraints={"required": True}),
            ],
            "primaryKey": ["number"],
        },
    },
    {
        "name": "pk-facts",
        "title": "Sourced figures on Cambodia's deployments, UNTAC, and the Elsie Initiative Fund",
        "path": "peacekeeping/sourced_facts.csv",
        "description": (
            "Single figures the chapters cite that are not in a dataset: officials' cumulative counts of "
            "Cambodian personnel deployed since 2006 (people rotated through missions over the years, not "
            "headcount on one day), UNTAC's strength and cost, and the Fund's money and results. Each row "
            "names the published page where it was read (source_id refers to the Missions research notes). "
            "Press figures are attributed, not endorsed."),
        "sources": [RESEARCH],
        "licenses": LIC_CC,
        "schema": {
            "fields": [
                f("fact_id", "string", "Stable id", constraints={"required": True, "pattern": "[a-z0-9-]+"}),
                f("topic", "string", "What it is about", constraints={"required": True, "enum": ["cambodia", "untac", "elsie"]}),
                f("value", "number", "The figure", constraints={"required": True, "minimum": 0}),
                f("unit", "string", "Unit of value", constraints={"required": True}),
                f("as_of", "string", "Date or period the figure refers to (YYYY, YYYY-MM or YYYY-YYYY)",
                  constraints={"required": True}),
                f("statement", "string", "What the figure is, in our words", constraints={"required": True}),
                f("source_id", "string", "Id of the source in the research notes", constraints={"required": True}),
                f("source_title", "string", "Title of the published source", constraints={"required": True}),
                f("source_publisher", "string", "Publisher or outlet", constraints={"required": True}),
                f("source_path", "string", "Address of the source", constraints={"required": True}),
            ],
            "primaryKey": ["fact_id"],
        },
    },
    {
        "name": "pk-cambodia-events",
        "title": "Events that explain the shape of Cambodia's deployments",
        "path": "peacekeeping/cambodia_events.csv",
        "description": "Dated events annotated on the Cambodia personnel chart, each with its source.",
        "sources": [NPMEC, {"title": "resolution 2690 (2023)",
                            "publisher": "UN Security Council",
                            "path": "https://undocs.org/S/RES/2690(2023)", "read": READ}],
        "licenses": LIC_CC,
        "schema": {
            "fields": [
                f("date", "date", "Date of the event", constraints={"required": True}),
                f("event", "string", "What happened (our words)", constraints={"required": True}),
                f("source_title", "string", "Source", constraints={"required": True}),
                f("source_path", "string", "Address of the source", constraints={"required": True}),
            ],
            "primaryKey": ["date"],
        },
    },
    {
        "name": "pk-cambodia-hosts",
        "title": "Countries where Cambodian peacekeepers have served",
        "path": "peacekeeping/cambodia_host_countries.csv",
        "description": (
            "The union of the nine host countries Cambodia's National Centre for Peacekeeping Forces, "
            "Mines and ERW Clearance (NPMEC) names, as reported by the Phnom Penh Post and Xinhua in 2023, "
            "and the host countries of the missions where the UN's monthly reports of 2015-2025 show "
            "Cambodian personnel (missions_in_un_data; blank when the country appears only in NPMEC's list, "
            "i.e. deployments before 2015). UNISFA serves the Abyei area, claimed by Sudan and South Sudan, "
            "and is listed under both."),
        "sources": [NPMEC, UN_DPO],
        "licenses": LIC_CC,
        "schema": {
            "fields": [
                f("country", "string", "Host country", constraints={"required": True}),
                f("named_by_npmec", "boolean", "In NPMEC's list of nine host countries", constraints={"required": True}),
                f("missions_in_un_data", "string", "Missions with Cambodian personnel in the 2015-2025 UN data (semicolon-separated)"),
                f("source_title", "string", "Source of the row", constraints={"required": True}),
                f("source_path", "string", "Address of that source", constraints={"required": True}),
            ],
            "primaryKey": ["country"],
            "missingValues": [""],
        },
    },
    {
        "name": "pk-missions",
        "title": "UN missions where Cambodian personnel served, 2015-2025",
        "path": "peacekeeping/missions.csv",
        "description": "Acronym, full name and location of each mission in pk-cambodia-missions.",
        "sources": [{"title": "mission names",
                     "publisher": "UN Department of Peace Operations",
                     "path": "https://peacekeeping.un.org/en/where-we-operate", "read": READ}],
        "licenses": LIC_CC,
        "schema": {
            "fields": [
                f("mission", "string", "Acronym", constraints={"required": True}),
                f("mission_name", "string", "Full name", constraints={"required": True}),
                f("location", "string", "Where the mission serves", constraints={"required": True}),
            ],
            "primaryKey": ["mission"],
        },
    },
]


def main() -> None:
    for r in RESOURCES:
        r.update({"format": "csv", "mediatype": "text/csv", "encoding": "utf-8"})
    write_resources(RESOURCES)


if __name__ == "__main__":
    main()
