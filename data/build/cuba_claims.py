"""Write Part II's rows of data/claims.csv (articles cuba-brazil, cuba-iachr, cuba-central-america).

usage: python data/build/cuba_claims.py   (after data/build/cuba.py)
Every found_value is read from the curated cuba-* datasets here, not typed in; other rows of
claims.csv are kept as they are. tests/test_cuba_claims.py recomputes the same values.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from missions import cuba, data  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ledger import write_claims  # noqa: E402

ARTICLES = ("cuba-brazil", "cuba-iachr", "cuba-central-america")


def num(x) -> str:
    x = float(x)
    return f"{x:.0f}" if x.is_integer() else f"{x:.10f}".rstrip("0").rstrip(".")


def rows() -> list[dict]:
    se = data.load("cuba-services-exports")
    off = cuba.official_revenue(se).set_index("year")
    wa = data.load("cuba-workers-abroad")
    wc = data.load("cuba-workers-by-country")
    tl = data.load("cuba-timeline")
    dia = data.load("cuba-stvincent-dialysis")
    peg = data.load("cuba-ec-dollar-peg")

    def worker(measure, as_of, counted):
        r = wa[(wa["measure"] == measure) & (wa["as_of"] == as_of) & (wa["counted"] == counted)]
        assert len(r) == 1, (measure, as_of, counted)
        return r.iloc[0]

    mar25 = worker("abroad", "2025-03-01", "doctors")
    jun25 = worker("abroad", "2025-06-01", "doctors")
    mar20 = worker("abroad", "2020-03-01", "collaborators")
    dec20 = worker("abroad", "2020-12-01", "collaborators")
    cum_low = worker("cumulative", "2010-12-01", "health workers")
    cum_high = worker("cumulative", "2020-01-01", "health workers")
    cum_2021 = worker("cumulative", "2021-02-01", "professionals")
    cum_2022 = worker("cumulative", "2022-01-01", "professionals")
    ven = wc[(wc["country"] == "Venezuela") & (wc["as_of"] == "2008-01-01")].iloc[0]
    mm = tl[tl["event_id"] == "mais-medicos-2013"].iloc[0]
    mm_exit = tl[tl["event_id"] == "mais-medicos-exit-2018"].iloc[0]
    letter = tl[tl["event_id"] == "iachr-letter-2025"].set_index("source_id")["date"]
    wefm = dia.set_index("report_id").loc["wefm-2025-03-31"]
    older = dia.set_index("report_id").loc["wefm-older"]
    gon_mar = dia.set_index("report_id").loc["gonsalves-2025-03"]
    cost = cuba.dialysis_costs(dia, peg, "wefm-2025-03-31")
    h22, t22 = off.loc[2022, "health_usd_bn"], off.loc[2022, "total_usd_bn"]

    return [
        # ---- UPI, 4 June 2025
        dict(claim_id="cuba-central-america-health-exports-2022", article="cuba-central-america",
             claim="Medical services earned Cuba this much in exports in 2022 (attributed to the State Department's 2024 trafficking report)",
             stated_value="4.9", stated_unit="US$ bn", stated_text="$4.9 billion", found_value=num(h22), found_unit="US$ bn",
             found_where="cuba-services-exports: health_services 2022, official ONEI figure as quoted by Diario de Cuba",
             verdict="matches", note=f"ONEI's own figure, US${h22:.2f}bn, rounds to 4.9. The 2024 report's text itself was not found; the figure matches Cuba's statistics office."),
        dict(claim_id="cuba-central-america-services-exports-2022", article="cuba-central-america",
             claim="Cuba's total services exports in 2022", stated_value="7", stated_unit="US$ bn", stated_text="$7 billion",
             found_value=num(t22), found_unit="US$ bn",
             found_where="cuba-services-exports: services_total 2022, official ONEI figure as quoted by Diario de Cuba",
             verdict="matches", note=f"US${t22:.2f}bn rounds to 7. Health's share that year: {100 * h22 / t22:.1f}%."),
        dict(claim_id="cuba-central-america-workforce-share", article="cuba-central-america",
             claim="Medical professionals' share of the workers Cuba sends abroad (attributed to the 2024 trafficking report)",
             stated_value="75", stated_unit="per cent", stated_text="75%", found_value="", found_unit="",
             found_where="No figure found: no source breaks down all of Cuba's workers abroad by occupation, and the 2024 report's Cuba text was not available",
             verdict="not-verifiable", note="We could not test it. The counts we found of medical workers abroad use differing definitions and give no total of all exported workers to divide by."),
        dict(claim_id="cuba-central-america-countries", article="cuba-central-america",
             claim="Number of countries where Cuban medical staff are deployed (the State Department's account)",
             stated_value="50", stated_unit="countries", stated_text="some 50 countries",
             found_value=num(jun25["countries"]), found_unit="countries (more than)",
             found_where="cuba-workers-abroad: June 2025, Cuba's government via AP",
             verdict="matches", note=f"Cuba's government gave more than 50 countries in mid-2025; AP reported {int(mar25['countries'])} in March 2025."),
        # ---- AP, 13-14 June 2025
        dict(claim_id="cuba-iachr-doctors-abroad", article="cuba-iachr",
             claim="Cuban doctors working abroad, according to Cuba's government", stated_value="22000", stated_unit="doctors",
             stated_text="more than 22,000 doctors", found_value=num(mar25["workers_low"]), found_unit="doctors",
             found_where="cuba-workers-abroad: March 2025, doctors, reported by AP",
             verdict="matches",
             note=(f"A lower bound, consistent with the {int(mar25['workers_low']):,} doctors AP reported three months earlier. "
                   f"Counts with wider definitions are higher: {int(mar20['workers_low']):,} collaborators (March 2020), "
                   f"{int(dec20['workers_low']):,} workers (end of 2020).")),
        dict(claim_id="cuba-iachr-countries", article="cuba-iachr",
             claim="Countries those doctors work in, according to Cuba's government", stated_value="50", stated_unit="countries",
             stated_text="more than 50 countries", found_value=num(mar25["countries"]), found_unit="countries",
             found_where="cuba-workers-abroad: March 2025, doctors, reported by AP",
             verdict="matches", note=f"{int(mar25['countries'])} countries in March 2025 is consistent with 'more than 50'."),
        dict(claim_id="cuba-iachr-letter-date", article="cuba-iachr",
             claim="Date of the IACHR letter to OAS member states", stated_value="", stated_unit="", stated_text="May 24",
             found_value="", found_unit="",
             found_where=(f"cuba-timeline: {letter['s22-ap']:%d %B %Y} in AP-based reports; "
                          f"{letter['s22-botb']:%d %B %Y} in Belly of the Beast").replace(" 0", " "),
             verdict="not-verifiable",
             note="The letter is private (the Commission declined to comment) and the sources we found differ by four days. The book shows both dates."),
        dict(claim_id="cuba-iachr-dialysis-patients", article="cuba-iachr",
             claim="Patients treated free at St Vincent's dialysis centre, run by Cuban staff (Gonsalves)", stated_value="64",
             stated_unit="patients", stated_text="64 patients", found_value=num(wefm["patients"]), found_unit="patients",
             found_where="cuba-stvincent-dialysis: WE FM, 31 March 2025",
             verdict="matches", note=f"Gonsalves said {int(gon_mar['patients'])} in March 2025; an older WE FM report gave {int(older['patients'])}."),
        dict(claim_id="cuba-iachr-dialysis-cost", article="cuba-iachr",
             claim="Yearly cost of the free dialysis care in St Vincent (Gonsalves)", stated_value="5000000", stated_unit="dollars",
             stated_text="$5 million a year", found_value=num(wefm["annual_cost_stated"]), found_unit="dollars (currency not stated)",
             found_where="cuba-stvincent-dialysis: WE FM, 31 March 2025",
             verdict="matches",
             note=(f"The amount matches; the currency is stated nowhere. Per patient a year: US${cost['if_usd_usd']:,.0f} if US$, "
                   f"or EC${cost['if_ecd_ecd']:,.0f} (US${cost['if_ecd_usd']:,.0f}) if Eastern Caribbean dollars.")),
        # ---- Al Jazeera, 13-14 August 2025
        dict(claim_id="cuba-brazil-sent-abroad-low", article="cuba-brazil",
             claim="Cuban doctors sent abroad in total over five decades: low end of the estimate", stated_value="135000",
             stated_unit="doctors", stated_text="between 135,000 and 400,000", found_value=num(cum_low["workers_low"]),
             found_unit="health workers (more than), cumulative",
             found_where="cuba-workers-abroad: cumulative, December 2010, Embassy of Cuba in Canada",
             verdict="measures-something-else",
             note=("No source gives 135,000. The nearest is Cuba's own 'more than 130,000' sent since 1963, as of 2010, "
                   "which counts health workers of all kinds, not only doctors.")),
        dict(claim_id="cuba-brazil-sent-abroad-high", article="cuba-brazil",
             claim="Cuban doctors sent abroad in total over five decades: high end of the estimate", stated_value="400000",
             stated_unit="doctors", stated_text="between 135,000 and 400,000", found_value=num(cum_high["workers_low"]),
             found_unit="health workers (more than), cumulative",
             found_where="cuba-workers-abroad: cumulative, c. 2020, Havana's figure via La Verdad de Vargas",
             verdict="measures-something-else",
             note=(f"Matches Havana's 'more than 400,000' of about 2020, which counts health workers of all kinds. The health "
                   f"ministry's later totals are higher: {int(cum_2021['workers_low']):,} (February 2021) and "
                   f"{int(cum_2022['workers_low']):,} (2022), probably on a wider definition. The range's two ends are totals at different dates.")),
        dict(claim_id="cuba-brazil-venezuela-first-decade", article="cuba-brazil",
             claim="Cuban medical workers sent to Venezuela in the first ten years of the oil-for-doctors deal", stated_value="30000",
             stated_unit="medical workers", stated_text="some 30,000", found_value=num(ven["workers_low"]),
             found_unit="health workers in Venezuela at one time",
             found_where="cuba-workers-by-country: Venezuela, 2008, Reuters",
             verdict="measures-something-else",
             note=("About 30,000 Cubans were working in Venezuela's health services at once in 2008 (and again around 2013). "
                   "That is a head-count on a date, not the number sent over ten years, which with rotation would be larger; "
                   "we found no count of people sent.")),
        dict(claim_id="cuba-brazil-mais-medicos-start", article="cuba-brazil",
             claim="Year Brazil's Mais Médicos programme was created", stated_value="2013", stated_unit="year",
             stated_text="created in 2013", found_value=num(mm["date"].year), found_unit="year",
             found_where="cuba-timeline: mais-medicos-2013", verdict="matches", note="Cuban doctors joined it through PAHO."),
        dict(claim_id="cuba-brazil-mais-medicos-end", article="cuba-brazil",
             claim="Year Cuba's part in Mais Médicos ended", stated_value="2018", stated_unit="year",
             stated_text="terminated in 2018", found_value=num(mm_exit["date"].year), found_unit="year",
             found_where="cuba-timeline: mais-medicos-exit-2018",
             verdict="matches", note=f"Cuba announced its withdrawal on {mm_exit['date'].day} November 2018, after Brazil's president-elect set conditions."),
    ]


def main() -> None:
    write_claims(ARTICLES, rows())


if __name__ == "__main__":
    main()
