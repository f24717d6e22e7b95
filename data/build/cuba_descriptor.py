"""Write Part II's resources (cuba-*) into data/datapackage.json (read-modify-write; others untouched).

usage: python data/build/cuba_descriptor.py   (after data/build/cuba.py)
Each resource's `sources` lists every publication its rows cite (matched through
data/cuba/sources.csv), so a row's source_id always resolves to one of its resource's sources.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ledger import write_resources  # noqa: E402

DATA = Path(__file__).resolve().parent.parent
CC_BY = [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
          "title": "Creative Commons Attribution 4.0 (our compilation; each figure belongs to its publisher)"}]
CSV = {"format": "csv", "mediatype": "text/csv", "encoding": "utf-8"}
PRECISION = {"name": "date_precision", "type": "string", "description": "How precise the date is: day, month or year (a month or year is stored as its first day)",
             "constraints": {"required": True, "enum": ["day", "month", "year"]}}
SOURCE_ID = {"name": "source_id", "type": "string", "description": "Publication the row comes from: a source_id in cuba-sources (data/cuba/sources.csv)",
             "constraints": {"required": True}}
FK = [{"fields": ["source_id"], "reference": {"resource": "cuba-sources", "fields": ["source_id"]}}]
COUNTED = {"name": "counted", "type": "string",
           "description": "Who is counted, in the source's own terms, grouped: doctors (physicians only); health workers (doctors, nurses, technicians); collaborators (all staff sent, including non-health); professionals (the source's word, not broken down)",
           "constraints": {"required": True, "enum": ["doctors", "health workers", "collaborators", "professionals"]}}
QUALIFIER = {"name": "qualifier", "type": "string",
             "description": "How the source qualifies the figure: exact, about, more than (a lower bound), range (workers_low to workers_high)",
             "constraints": {"required": True, "enum": ["exact", "about", "more than", "range"]}}
LOW = {"name": "workers_low", "type": "integer", "description": "The figure (people); the lower end if a range", "constraints": {"required": True, "minimum": 0}}
HIGH = {"name": "workers_high", "type": "integer", "description": "The upper end of a range; equal to workers_low for a single figure (people)", "constraints": {"required": True, "minimum": 0}}


def sources_of(path: str, table: dict[str, dict]) -> list[dict]:
    with (DATA / path).open(encoding="utf-8") as f:
        ids = sorted({r["source_id"] for r in csv.DictReader(f)})
    out = []
    for sid in ids:
        s = table[sid]
        entry = {"title": s["title"], "publisher": s["publisher"], "path": s["url"], "read": s["read"]}
        if s["published"] not in ("undated", ""):
            entry["title"] += f" ({s['published']})"
        out.append(entry)
    return out


def resources(table: dict[str, dict]) -> list[dict]:
    res = [
        {
            "name": "cuba-sources",
            "title": "Cuba's medical missions: the publications the Part II datasets cite",
            "path": "cuba/sources.csv", **CSV,
            "description": "One row per publication (press report, official statement, report or data page) that a row of a cuba-* dataset cites, with its address. Most were read as stored copies or excerpts collected in the Missions research notes; 'read' is the date they were read for this book. Where a figure reached us second-hand (for example ONEI yearbook figures quoted by Diario de Cuba), the publisher names both.",
            "sources": [{"title": "Missions research notes on Cuba's medical missions (research/cuba.md, section 1)", "publisher": "Missions", "path": "shared/research/cuba.md", "read": "2026-11-30"}],
            "licenses": CC_BY,
            "schema": {"fields": [
                {"name": "source_id", "type": "string", "description": "Short id the datasets use", "constraints": {"required": True, "pattern": "[a-z0-9-]+"}},
                {"name": "publisher", "type": "string", "description": "Who published it (and, in brackets, where we read it)", "constraints": {"required": True}},
                {"name": "title", "type": "string", "description": "Title, or a plain description where the page has none", "constraints": {"required": True}},
                {"name": "published", "type": "string", "description": "Date published as known (YYYY, YYYY-MM, YYYY-MM-DD, 'c. YYYY' or 'undated')", "constraints": {"required": True}},
                {"name": "url", "type": "string", "description": "Address of the copy read, or the book's bibliography key for a source article", "constraints": {"required": True}},
                {"name": "read", "type": "date", "description": "Date read", "constraints": {"required": True}},
            ], "primaryKey": ["source_id"]},
        },
        {
            "name": "cuba-services-exports",
            "title": "Cuba's health-services and total services exports: official figures and earlier estimates",
            "path": "cuba/services_exports.csv", **CSV,
            "description": "Cuba's export earnings from health services and from all services, one row per figure. ONLY rows with kind = official (official = true) are the official series: ONEI's 'human health and social care services' exports and total services exports for 2018-2022, from the ONEI statistical yearbook 2022 and ONEI's August 2019 release, as quoted by Diario de Cuba and Reuters (the ONEI table itself was not seen). ONEI published no health line before 2018 and withheld 2023 onward; its 2018 services total is not in the quoted sources, so the health share can be computed for 2019-2022 only. All other rows are NOT the official series and must not be joined to it: earlier-report = official or ONEI-based totals for earlier years as reported in the press, with changing units and coverage; estimate = one-off estimates by analysts, economists or a WTO total; plan = a government projection. Units vary: 'value' and 'unit' are as published; value_usd_bn converts to US$ billions (pesos and convertible pesos at the official parity of 1 to 1, which overstates their dollar value in later years). Figures are gross revenues, unaudited. Cuba publishes no balance of payments in IMF format; the World Bank and Argendata balance-of-payments services series are empty for Cuba.",
            "sources": sources_of("cuba/services_exports.csv", table),
            "licenses": CC_BY,
            "schema": {"fields": [
                {"name": "series", "type": "string", "description": "What is measured: health_services (ONEI 'human health and social care services'); services_total (all services exports); professional_services (professional services, mostly medical, as estimated); professional_services_venezuela (professional services sold to Venezuela); non_tourism_services (services other than tourism)",
                 "constraints": {"required": True, "enum": ["health_services", "services_total", "professional_services", "professional_services_venezuela", "non_tourism_services"]}},
                {"name": "year_from", "type": "integer", "description": "First year the figure covers", "constraints": {"required": True, "minimum": 1959}},
                {"name": "year_to", "type": "integer", "description": "Last year the figure covers (equal to year_from for one year; later for a yearly average)", "constraints": {"required": True, "minimum": 1959}},
                {"name": "value", "type": "number", "description": "The figure as published, in 'unit'", "constraints": {"required": True, "minimum": 0}},
                {"name": "unit", "type": "string", "description": "Unit of 'value' as published", "constraints": {"required": True, "enum": ["US$", "US$ bn", "US$ million", "US$ bn a year", "million pesos", "billion CUC"]}},
                {"name": "value_usd_bn", "type": "number", "description": "The figure in US$ billions (current); pesos and CUC at the official 1:1 parity", "unit": "US$ billion", "constraints": {"required": True, "minimum": 0}},
                {"name": "qualifier", "type": "string", "description": "exact, about, or more than (a lower bound), as the source words it", "constraints": {"required": True, "enum": ["exact", "about", "more than"]}},
                {"name": "kind", "type": "string", "description": "official (ONEI figure 2018-2022 as quoted); earlier-report (official or ONEI-based figure for an earlier year as reported; not the same series); estimate (one-off estimate); plan (government projection)", "constraints": {"required": True, "enum": ["official", "earlier-report", "estimate", "plan"]}},
                {"name": "official", "type": "boolean", "description": "true only for kind = official", "constraints": {"required": True}},
                {"name": "who", "type": "string", "description": "Who gives the figure", "constraints": {"required": True}},
                SOURCE_ID,
                {"name": "note", "type": "string", "description": "Caveats: conversion, coverage, comparability"},
            ], "primaryKey": ["series", "year_from", "year_to", "kind"], "foreignKeys": FK, "missingValues": [""]},
        },
        {
            "name": "cuba-workers-abroad",
            "title": "Cuban medical workers abroad: point figures, each with its source's definition",
            "path": "cuba/workers_abroad.csv", **CSV,
            "description": "Every figure found for how many Cuban medical workers were abroad at a date (measure = abroad), and for how many had been sent since the programme began (measure = cumulative). Not a series: sources count different people (doctors only, all health workers, all collaborators including non-health staff) and the same year can carry very different figures (2019: about 29,000 health professionals, about 30,000 doctors, about 55,000 professionals). Keep each figure with its definition; do not join or smooth them. Figures from the Cuban government dominate; the US State Department quotes them too. A month or year date is stored as its first day (see date_precision); 2022 MINSAP dates are inferred from '59 years' after 1963.",
            "sources": sources_of("cuba/workers_abroad.csv", table),
            "licenses": CC_BY,
            "schema": {"fields": [
                {"name": "as_of", "type": "date", "description": "Date the figure refers to (first day of the month or year if less precise)", "constraints": {"required": True}},
                PRECISION,
                {"name": "measure", "type": "string", "description": "abroad: people abroad at that date; cumulative: people sent abroad since 1960 or 1963, as of that date", "constraints": {"required": True, "enum": ["abroad", "cumulative"]}},
                COUNTED,
                {"name": "definition", "type": "string", "description": "What the source says it counts, in our words", "constraints": {"required": True}},
                QUALIFIER, LOW, HIGH,
                {"name": "countries", "type": "integer", "description": "Number of countries the source gives with the figure (a lower bound where the source says 'more than'); blank if none", "constraints": {"minimum": 0}},
                {"name": "who", "type": "string", "description": "Who gives the figure", "constraints": {"required": True}},
                SOURCE_ID,
                {"name": "note", "type": "string", "description": "Caveats"},
            ], "primaryKey": ["measure", "as_of", "counted", "source_id"], "foreignKeys": FK, "missingValues": [""]},
        },
        {
            "name": "cuba-workers-by-country",
            "title": "Cuban medical workers by host country, with dates",
            "path": "cuba/workers_by_country.csv", **CSV,
            "description": "Dated head-counts of Cuban medical workers in particular host countries, one row per figure found. Scattered point figures, not a series; definitions vary (see counted, definition). Venezuela's figures mix health and non-health staff and vary widely; Brazil's, Mexico's, Italy's and Qatar's come from named official or host-government sources. One row (Calabria, August 2022) is an agreed number, not a head-count. No head-count was found for St Vincent and the Grenadines, Grenada, Angola, Haiti or South Africa.",
            "sources": sources_of("cuba/workers_by_country.csv", table),
            "licenses": CC_BY,
            "schema": {"fields": [
                {"name": "country", "type": "string", "description": "Host country", "constraints": {"required": True}},
                {"name": "place", "type": "string", "description": "Region or town within the country, if the figure is only for it"},
                {"name": "as_of", "type": "date", "description": "Date the figure refers to (first day of the month or year if less precise)", "constraints": {"required": True}},
                PRECISION,
                {"name": "programme", "type": "string", "description": "Programme or agreement the workers serve under", "constraints": {"required": True}},
                {"name": "count_type", "type": "string", "description": "head-count (people there or arrived at that date) or agreed (a number agreed in a deal, not people counted)", "constraints": {"required": True, "enum": ["head-count", "agreed"]}},
                COUNTED,
                {"name": "definition", "type": "string", "description": "What the source says it counts, in our words", "constraints": {"required": True}},
                QUALIFIER, LOW, HIGH,
                SOURCE_ID,
                {"name": "note", "type": "string", "description": "Caveats"},
            ], "primaryKey": ["country", "as_of", "source_id"], "foreignKeys": FK, "missingValues": [""]},
        },
        {
            "name": "cuba-timeline",
            "title": "Timeline of Cuba's medical missions and of the measures taken against and around them",
            "path": "cuba/timeline.csv", **CSV,
            "description": "Dated events from the first brigade (Chile, 1960) to the US visa measures of 2025, in our words, one row per event and source. actor says who acted: Cuba (its government and health ministry), United States (State Department, Homeland Security), Host governments (governments that receive Cuban staff or decide on them, including Caribbean leaders), IACHR (the Inter-American Commission on Human Rights of the OAS). Where sources disagree on a date, the event appears once per source with the same event_id and a date_note (the IACHR letter: 20 May 2025 per Belly of the Beast, 24 May per AP). date_end is set for programmes that ran over a period. Sorted by date.",
            "sources": sources_of("cuba/timeline.csv", table),
            "licenses": CC_BY,
            "schema": {"fields": [
                {"name": "event_id", "type": "string", "description": "Stable id of the event (shared by rows that give different dates for one event)", "constraints": {"required": True, "pattern": "[a-z0-9-]+"}},
                {"name": "date", "type": "date", "description": "Date of the event (first day of the month or year if less precise)", "constraints": {"required": True}},
                PRECISION,
                {"name": "date_end", "type": "date", "description": "End date, for a programme or policy that ran over a period"},
                {"name": "actor", "type": "string", "description": "Who acted", "constraints": {"required": True, "enum": ["Cuba", "United States", "Host governments", "IACHR"]}},
                {"name": "event", "type": "string", "description": "What happened, in our words (a short line)", "constraints": {"required": True}},
                SOURCE_ID,
                {"name": "date_note", "type": "string", "description": "Where the date comes from when sources differ, or how it was inferred"},
            ], "primaryKey": ["event_id", "date", "source_id"], "foreignKeys": FK, "missingValues": [""]},
        },
        {
            "name": "cuba-stvincent-dialysis",
            "title": "St Vincent and the Grenadines: the Cuban-run dialysis centre, patients and stated cost",
            "path": "cuba/stvincent_dialysis.csv", **CSV,
            "description": "What was reported about the sole haemodialysis centre in St Vincent and the Grenadines, run by Cuban staff and free to patients: number of patients, and the cost as stated. No report says which dollar the cost is in: US$ or Eastern Caribbean dollars (EC$, fixed at 2.70 per US$; see cuba-ec-dollar-peg). Cost per patient per year can be computed as annual_cost_stated / patients in either reading.",
            "sources": sources_of("cuba/stvincent_dialysis.csv", table),
            "licenses": CC_BY,
            "schema": {"fields": [
                {"name": "report_id", "type": "string", "description": "Id of the report", "constraints": {"required": True, "pattern": "[a-z0-9-]+"}},
                {"name": "as_of", "type": "date", "description": "Date of the report (first day of the month if less precise); blank if undated"},
                {"name": "date_precision", "type": "string", "description": "day, month or year; undated if the report has no date", "constraints": {"required": True, "enum": ["day", "month", "year", "undated"]}},
                {"name": "reported_by", "type": "string", "description": "Who gave the figures", "constraints": {"required": True}},
                {"name": "patients", "type": "integer", "description": "Patients treated (people)", "constraints": {"required": True, "minimum": 0}},
                {"name": "annual_cost_stated", "type": "number", "description": "Cost a year as stated, in 'dollars' of an unstated currency", "constraints": {"minimum": 0}},
                {"name": "per_patient_stated", "type": "number", "description": "Cost per patient a year as stated, same unstated currency", "constraints": {"minimum": 0}},
                {"name": "currency_stated", "type": "string", "description": "The currency the report names", "constraints": {"required": True, "enum": ["not stated", "US$", "EC$"]}},
                SOURCE_ID,
                {"name": "note", "type": "string", "description": "Caveats"},
            ], "primaryKey": ["report_id"], "foreignKeys": FK, "missingValues": [""]},
        },
        {
            "name": "cuba-ec-dollar-peg",
            "title": "The Eastern Caribbean dollar's fixed rate to the US dollar",
            "path": "cuba/ec_dollar_peg.csv", **CSV,
            "description": "The EC dollar, the currency of St Vincent and the Grenadines and seven other Eastern Caribbean members, has been fixed at EC$2.70 to US$1.00 since 7 July 1976 (Eastern Caribbean Central Bank). Used to read the St Vincent dialysis figures in both currencies.",
            "sources": sources_of("cuba/ec_dollar_peg.csv", table),
            "licenses": CC_BY,
            "schema": {"fields": [
                {"name": "currency", "type": "string", "constraints": {"required": True, "enum": ["EC$"]}},
                {"name": "ec_dollars_per_us_dollar", "type": "number", "description": "EC$ per US$1.00", "constraints": {"required": True, "minimum": 0}},
                {"name": "fixed_since", "type": "date", "description": "Date the peg was set", "constraints": {"required": True}},
                SOURCE_ID,
            ], "primaryKey": ["currency"], "foreignKeys": FK},
        },
    ]
    return res


def main() -> None:
    with (DATA / "cuba/sources.csv").open(encoding="utf-8") as f:
        table = {r["source_id"]: r for r in csv.DictReader(f)}
    write_resources(resources(table))


if __name__ == "__main__":
    main()
