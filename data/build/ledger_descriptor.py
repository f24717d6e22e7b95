"""Write the descriptors of the ledger's resources into data/datapackage.json: the articles, the
claims ledger, the published facts gathered only to check claims, Cambodia's GDP growth series,
and the list of every figure in the six articles.

usage: python data/build/ledger_descriptor.py
The readings and verdicts are the ones missions.claims knows; other resources are kept.
"""
from __future__ import annotations

import sys
from pathlib import Path

from missions.claims import BASES, NOT_A_CLAIM, READINGS, VERDICT_LABELS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ledger import write_resources  # noqa: E402

READ = "2026-11-30"
CC_BY = [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
          "title": "Creative Commons Attribution 4.0"}]
def _csv(name, title, path, description, sources, fields, key, licenses=CC_BY, **extra):
    res = {"name": name, "title": title, "path": path, "format": "csv", "mediatype": "text/csv",
           "encoding": "utf-8", "description": description, "sources": sources, "licenses": licenses,
           "schema": {"fields": fields, "primaryKey": key}}
    res["schema"].update(extra)
    return res


def _f(name, type_="string", description=None, required=False, **constraints):
    field = {"name": name, "type": type_}
    if description:
        field["description"] = description
    if required:
        constraints["required"] = True
    if constraints:
        field["constraints"] = constraints
    return field


def _rules(vocab: dict[str, str]) -> str:
    return "; ".join(f"{k} ({v})" for k, v in vocab.items())


def resources() -> list[dict]:
    articles = _csv(
        "articles", "The six source articles the book retells", "articles.csv",
        "One row per source article: the id the book uses for it, its bibliography key, title, outlet and "
        "date as established in the research notes, and the chapter that retells it.",
        [{"title": "Missions research notes: the six source articles (shared/seeds/INDEX.md)",
          "publisher": "Missions", "path": "shared/seeds/INDEX.md", "read": READ}],
        [_f("article", description="Short id used across the book and in claims.csv", required=True,
            pattern="[a-z][a-z-]*"),
         _f("bibkey", description="Key of the article in book/references.bib", required=True),
         _f("title", required=True),
         _f("outlet", required=True),
         _f("published", description="Publication date as precisely as known (YYYY, YYYY-MM or YYYY-MM-DD)",
            required=True, pattern=r"\d{4}(-\d{2}(-\d{2})?)?"),
         _f("date_note", description="The date in words, with its uncertainty", required=True),
         _f("part", required=True, enum=["peacekeeping", "cuba", "titan"]),
         _f("chapter", description="The chapter (Sphinx document name) that retells the article; its "
            "claims section carries the label claims-<article>", required=True, pattern="[a-z/-]+"),
         _f("short_title", description="A few words naming the story, for charts and menus", required=True)],
        ["article"])
    claims = _csv(
        "claims", "Claims ledger: figures the source articles state, set beside what the data show",
        "claims.csv",
        "One row per figure a source article states (data/ledger/article_figures.csv maps every figure in "
        "the articles to a row here, or says why it is not a claim). 'claim' is in our words; stated_text "
        "is the article's figure as printed (a short quote at most). found_value is what the data or the "
        "record shows; found_where names the dataset rows or the ledger-facts row. The verdict is not "
        "chosen: missions.claims.judge computes it from stated_value, found_value and the reading: "
        "matches (equal under the reading), close (within 5 per cent of the found value), differs, "
        "measures-something-else (reading different-measure), not-verifiable (reading cannot-test). "
        "Dates are written as numbers: a decade as YYY, a year as YYYY, a month as YYYYMM, a day as YYYYMMDD. "
        "Readings: " + _rules(READINGS) + ". Bases: " + _rules(BASES) + ".",
        [{"title": "Missions claims ledger, compiled from the source articles and the datasets in this package",
          "publisher": "Missions", "path": "data/claims.csv", "read": READ}],
        [_f("claim_id", description="Stable id, prefixed by the article id", required=True, pattern="[a-z0-9-]+"),
         _f("article", description="Article id (see articles.csv)", required=True),
         _f("claim", description="The claim in our words", required=True),
         _f("stated_value", "number", "The figure the article states, as a number, if it is one"),
         _f("stated_unit", description="Unit of stated_value (people, US$, per cent, metres, year, ...)"),
         _f("stated_text", description="The figure as the article prints it", required=True),
         _f("found_value", "number", "What the data or the record shows, if a number"),
         _f("found_unit", description="Unit of found_value"),
         _f("found_where", description="Dataset and rows, or the ledger-facts row, of the found value",
            required=True),
         _f("verdict", description="Computed by missions.claims.judge from the figures and the reading",
            required=True, enum=list(VERDICT_LABELS)),
         _f("note", description="Why the verdict; what the figures measure", required=True),
         _f("reading", description="How the stated figure is compared with the found one", required=True,
            enum=list(READINGS)),
         _f("basis", description="Where the found value comes from", required=True, enum=list(BASES))],
        ["claim_id"],
        foreignKeys=[{"fields": ["article"], "reference": {"resource": "articles", "fields": ["article"]}}])
    facts = _csv(
        "ledger-facts", "Published facts gathered to check the articles' claims", "ledger/facts.csv",
        "One row per published figure or date that a claim in the ledger is checked against, when no "
        "dataset in this package holds it: the value, what it is in our words, and the source it was read "
        "from. Dates are numbers as in claims.csv (YYYY, YYYYMM or YYYYMMDD).",
        [{"title": "Publications named row by row in source_title, publisher and source_url",
          "publisher": "various (see each row)", "path": "data/ledger/facts.csv", "read": READ}],
        [_f("fact_id", required=True, pattern="[a-z0-9-]+"),
         _f("claim_id", description="The claim this fact checks", required=True),
         _f("value", "number", "The figure, or a date written as a number", required=True),
         _f("unit", required=True),
         _f("statement", description="What the source says, in our words", required=True),
         _f("source_title", required=True),
         _f("publisher", required=True),
         _f("source_date", description="Date of the source (YYYY, YYYY-MM or YYYY-MM-DD); empty if undated",
            pattern=r"\d{4}(-\d{2}(-\d{2})?)?"),
         _f("source_url", required=True, pattern="https?://.+")],
        ["fact_id"])  # claim_id is checked by tests/test_ledger.py: the claims are written after the facts
    gdp = _csv(
        "ledger-cambodia-gdp-growth", "Cambodia: real GDP growth, 1998-2019 (World Bank)",
        "ledger/cambodia_gdp_growth.csv",
        "Annual growth of Cambodia's GDP at constant prices, per cent, as the World Bank's World Development "
        "Indicators publish it (series NY.GDP.MKTP.KD.ZG), copied to full precision by "
        "data/build/ledger_gdp.py. Used only to check the Cambodia article's average growth rate.",
        [{"title": "World Development Indicators: GDP growth (annual %), NY.GDP.MKTP.KD.ZG, bulk CSV "
                   "API_NY.GDP.MKTP.KD.ZG_DS2_en_csv_v2_2788350 (last updated 2024-06-28), copy in GitHub "
                   "relatoscondatos/data_global at d23c1e42ca8b913184994c5e831a94fd1891eed9",
          "publisher": "World Bank",
          "path": "https://github.com/relatoscondatos/data_global/blob/d23c1e42ca8b913184994c5e831a94fd1891eed9/"
                  "data/source/worldbank/API_NY.GDP.MKTP.KD.ZG_DS2_en_csv_v2_2788350/"
                  "API_NY.GDP.MKTP.KD.ZG_DS2_en_csv_v2_2788350.csv",
          "read": READ}],
        [_f("year", "integer", "Calendar year", required=True, minimum=1998, maximum=2019),
         _f("gdp_growth_pct", "number", "GDP growth at constant prices, per cent on the year before",
            required=True),
         _f("wdi_last_updated", "date", "The WDI file's 'Last Updated Date'", required=True)],
        ["year"],
        licenses=[{"name": "CC-BY-4.0", "path": "https://datacatalog.worldbank.org/public-licenses",
                   "title": "World Bank data: Creative Commons Attribution 4.0"}])
    figures = _csv(
        "article-figures", "Every figure printed in the six articles, and the ledger row that checks it",
        "ledger/article_figures.csv",
        "Made by data/build/figures.py, which scans the six articles with missions.figures.scan (numerals "
        "and number words, in reading order) and maps each figure to a claim, or gives the reason it is not "
        "one: " + _rules(NOT_A_CLAIM) + ". A figure the script cannot map stops it.",
        [{"title": "The six source articles (shared/seeds/), scanned by data/build/figures.py",
          "publisher": "Missions", "path": "data/build/figures.py", "read": READ}],
        [_f("article", required=True),
         _f("position", "integer", "Order of the figure in the article, from 1", required=True, minimum=1),
         _f("figure", description="The figure as printed", required=True),
         _f("claim_id", description="The ledger row that checks it, if it is a claim"),
         _f("not_a_claim", description="Why it is not a claim, if it is not", enum=list(NOT_A_CLAIM))],
        ["article", "position"],
        foreignKeys=[{"fields": ["article"], "reference": {"resource": "articles", "fields": ["article"]}},
                     {"fields": ["claim_id"], "reference": {"resource": "claims", "fields": ["claim_id"]}}])
    return [articles, claims, facts, gdp, figures]


def main() -> None:
    write_resources(resources())


if __name__ == "__main__":
    main()
