"""The claims of the three Cuba articles: found values read from the curated cuba-* datasets.

Called by `python -m bookbuild.ledger`, the one writer of data/claims.csv. tests/test_ledger.py
recomputes every found value independently.
"""

from __future__ import annotations

import pandas as pd

from bookbuild.ledger.common import fact
from bookbuild.ledger.common import number as num
from missions import cuba, data

ARTICLES = ("cuba-central-america", "cuba-iachr", "cuba-brazil")  # in the order they appeared


def _main_rows() -> list[dict]:
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
        dict(
            claim_id="cuba-central-america-health-exports-2022",
            article="cuba-central-america",
            claim="Medical services earned Cuba this much in exports in 2022 (attributed to the State Department's 2024 trafficking report)",
            stated_value="4.9",
            stated_unit="US$ bn",
            stated_text="$4.9 billion",
            found_value=num(h22),
            found_unit="US$ bn",
            found_where="cuba-services-exports: health_services 2022, official ONEI figure as quoted by Diario de Cuba",
            reading="rounded",
            basis="dataset",
            note=f"ONEI's own figure, US${h22:.2f}bn, rounds to 4.9. We read the 2024 report's Cuba chapter only in part, in a reproduction, and did not see the figure there; it matches Cuba's statistics office.",
        ),
        dict(
            claim_id="cuba-central-america-services-exports-2022",
            article="cuba-central-america",
            claim="Cuba's total services exports in 2022",
            stated_value="7",
            stated_unit="US$ bn",
            stated_text="$7 billion",
            found_value=num(t22),
            found_unit="US$ bn",
            found_where="cuba-services-exports: services_total 2022, official ONEI figure as quoted by Diario de Cuba",
            reading="rounded",
            basis="dataset",
            note=f"US${t22:.2f}bn rounds to 7. Health's share that year: {100 * h22 / t22:.1f}%.",
        ),
        dict(
            claim_id="cuba-central-america-workforce-share",
            article="cuba-central-america",
            claim="Medical professionals' share of the workers Cuba sends abroad (attributed to the 2024 trafficking report)",
            stated_value="75",
            stated_unit="per cent",
            stated_text="75%",
            found_value="",
            found_unit="",
            found_where="No figure found: no source breaks down all of Cuba's workers abroad by occupation, and the part of the 2024 report's Cuba chapter we read does not give it",
            reading="cannot-test",
            basis="none",
            note="We could not test it. The counts we found of medical workers abroad use differing definitions and give no total of all exported workers to divide by.",
        ),
        dict(
            claim_id="cuba-central-america-countries",
            article="cuba-central-america",
            claim="Number of countries where Cuban medical staff are deployed (the State Department's account)",
            stated_value="50",
            stated_unit="countries",
            stated_text="some 50 countries",
            found_value=num(jun25["countries"]),
            found_unit="countries (more than)",
            found_where="cuba-workers-abroad: June 2025, Cuba's government via AP",
            reading="rounded",
            basis="dataset",
            note=f"Cuba's government gave more than 50 countries in mid-2025; AP reported {int(mar25['countries'])} in March 2025.",
        ),
        # ---- AP, 13-14 June 2025
        dict(
            claim_id="cuba-iachr-doctors-abroad",
            article="cuba-iachr",
            claim="Cuban doctors working abroad, according to Cuba's government",
            stated_value="22000",
            stated_unit="doctors",
            stated_text="more than 22,000 doctors",
            found_value=num(mar25["workers_low"]),
            found_unit="doctors",
            found_where="cuba-workers-abroad: March 2025, doctors, reported by AP",
            reading="more-than",
            basis="dataset",
            note=(
                f"A lower bound, consistent with the {int(mar25['workers_low']):,} doctors AP reported three months earlier. "
                f"Counts with wider definitions are higher: {int(mar20['workers_low']):,} collaborators (March 2020), "
                f"{int(dec20['workers_low']):,} workers (end of 2020)."
            ),
        ),
        dict(
            claim_id="cuba-iachr-countries",
            article="cuba-iachr",
            claim="Countries those doctors work in, according to Cuba's government",
            stated_value="50",
            stated_unit="countries",
            stated_text="more than 50 countries",
            found_value=num(mar25["countries"]),
            found_unit="countries",
            found_where="cuba-workers-abroad: March 2025, doctors, reported by AP",
            reading="more-than",
            basis="dataset",
            note=f"{int(mar25['countries'])} countries in March 2025 is consistent with 'more than 50'.",
        ),
        dict(
            claim_id="cuba-iachr-letter-date",
            article="cuba-iachr",
            claim="Date of the IACHR letter to OAS member states",
            stated_value="",
            stated_unit="",
            stated_text="May 24",
            found_value="",
            found_unit="",
            found_where=(
                f"cuba-timeline: {letter['article-cuba-iachr']:%d %B %Y} in AP-based reports; "
                f"{letter['s22-botb']:%d %B %Y} in Belly of the Beast"
            ).replace(" 0", " "),
            reading="cannot-test",
            basis="dataset",
            note="The letter is private (the Commission declined to comment) and the sources we found differ by four days. The book shows both dates.",
        ),
        dict(
            claim_id="cuba-iachr-dialysis-patients",
            article="cuba-iachr",
            claim="Patients treated free at St Vincent's dialysis centre, run by Cuban staff (Gonsalves)",
            stated_value="64",
            stated_unit="patients",
            stated_text="64 patients",
            found_value=num(wefm["patients"]),
            found_unit="patients",
            found_where="cuba-stvincent-dialysis: WE FM, 31 March 2025",
            reading="exact",
            basis="dataset",
            note=f"Gonsalves said {int(gon_mar['patients'])} in March 2025; an older WE FM report gave {int(older['patients'])}.",
        ),
        dict(
            claim_id="cuba-iachr-dialysis-cost",
            article="cuba-iachr",
            claim="Yearly cost of the free dialysis care in St Vincent (Gonsalves)",
            stated_value="5000000",
            stated_unit="dollars",
            stated_text="$5 million a year",
            found_value=num(wefm["annual_cost_stated"]),
            found_unit="dollars (currency not stated)",
            found_where="cuba-stvincent-dialysis: WE FM, 31 March 2025",
            reading="exact",
            basis="dataset",
            note=(
                f"The amount matches; which dollar is not settled. The AP prints '$', which in its style means US dollars; the "
                f"local radio report names no currency, and St Vincent's own is the Eastern Caribbean dollar. Per patient a "
                f"year: US${cost['if_usd_usd']:,.0f} if US$, or EC${cost['if_ecd_ecd']:,.0f} (US${cost['if_ecd_usd']:,.0f}) "
                f"if Eastern Caribbean dollars."
            ),
        ),
        # ---- Al Jazeera, 13-14 August 2025
        dict(
            claim_id="cuba-brazil-sent-abroad-low",
            article="cuba-brazil",
            claim="Cuban doctors sent abroad in total over five decades: low end of an estimate the article does not attribute",
            stated_value="135000",
            stated_unit="doctors",
            stated_text="between 135,000 and 400,000",
            found_value=num(cum_low["workers_low"]),
            found_unit="health workers (more than), cumulative",
            found_where="cuba-workers-abroad: cumulative, December 2010, Embassy of Cuba in Canada",
            reading="different-measure",
            basis="dataset",
            note=(
                "No source gives 135,000. The nearest is Cuba's own 'more than 130,000' sent since 1963, as of 2010, "
                "which counts health workers of all kinds, not only doctors."
            ),
        ),
        dict(
            claim_id="cuba-brazil-sent-abroad-high",
            article="cuba-brazil",
            claim="Cuban doctors sent abroad in total over five decades: high end of an estimate the article does not attribute",
            stated_value="400000",
            stated_unit="doctors",
            stated_text="between 135,000 and 400,000",
            found_value=num(cum_high["workers_low"]),
            found_unit="health workers (more than), cumulative",
            found_where="cuba-workers-abroad: cumulative, c. 2020, Havana's figure via La Verdad de Vargas",
            reading="different-measure",
            basis="dataset",
            note=(
                f"Matches Havana's 'more than 400,000' of about 2020, which counts health workers of all kinds. The health "
                f"ministry's later totals are higher: {int(cum_2021['workers_low']):,} (February 2021) and "
                f"{int(cum_2022['workers_low']):,} (2022), probably on a wider definition. The range's two ends are totals at different dates."
            ),
        ),
        dict(
            claim_id="cuba-brazil-venezuela-first-decade",
            article="cuba-brazil",
            claim="Medical workers Cuba sent to Venezuela in the oil-for-doctors deal's first decade",
            stated_value="30000",
            stated_unit="medical workers",
            stated_text="some 30,000",
            found_value=num(ven["workers_low"]),
            found_unit="health workers in Venezuela at one time",
            found_where="cuba-workers-by-country: Venezuela, 2008, Reuters",
            reading="different-measure",
            basis="dataset",
            note=(
                "About 30,000 Cubans were working in Venezuela's health services at once in 2008 (and again around 2013). "
                "That is a head-count on a date, not the number sent over ten years, which with rotation would be larger; "
                "we found no count of people sent."
            ),
        ),
        dict(
            claim_id="cuba-brazil-mais-medicos-start",
            article="cuba-brazil",
            claim="Year Brazil's Mais Médicos programme was created",
            stated_value="2013",
            stated_unit="year",
            stated_text="created in 2013",
            found_value=num(mm["date"].year),
            found_unit="year",
            found_where="cuba-timeline: mais-medicos-2013",
            reading="date",
            basis="dataset",
            note="Cuban doctors joined it through PAHO.",
        ),
        dict(
            claim_id="cuba-brazil-mais-medicos-end",
            article="cuba-brazil",
            claim="Year Cuba's part in Mais Médicos ended",
            stated_value="2018",
            stated_unit="year",
            stated_text="terminated in 2018",
            found_value=num(mm_exit["date"].year),
            found_unit="year",
            found_where="cuba-timeline: mais-medicos-exit-2018",
            reading="date",
            basis="dataset",
            note=(
                f"Cuba announced its withdrawal on {mm_exit['date'].day} November 2018, after Brazil's president-elect set "
                f"conditions. What ended was Cuba's state arrangement through PAHO; Brazil's programme went on, and was "
                f"relaunched in March 2023."
            ),
        ),
    ]


def context_rows() -> list[dict]:
    """The articles' other figures: dates, counts and history, checked against ledger-facts or the timeline."""
    tl = data.load("cuba-timeline").set_index("event_id")
    art = data.load("articles").set_index("article")
    first_long, first_brigade = tl.loc["algeria-1963", "date"], tl.loc["chile-1960", "date"]
    published = pd.Timestamp(art.loc["cuba-brazil", "published"])
    decades = (published - first_long).days / 3652.5
    accord = tl.loc["venezuela-2000", "date"]
    pop = data.load("ledger-facts").set_index("fact_id").loc["cuba-population-2024"]
    none = dict(found_value="", found_unit="", basis="none")
    return [
        dict(
            claim_id="cuba-brazil-two-officials",
            article="cuba-brazil",
            claim="The US named two Brazilian health ministry officials whose visas it revoked",
            stated_value="2",
            stated_unit="people",
            stated_text="named two",
            reading="exact",
            note="Others, including former PAHO staff and family members, were not named.",
            **fact("brazil-officials-named"),
        ),
        dict(
            claim_id="cuba-brazil-five-decades",
            article="cuba-brazil",
            claim="Cuba has sent doctors abroad over the past five decades",
            stated_value="5",
            stated_unit="decades",
            stated_text="the past five decades",
            reading="at-least",
            found_value=f"{decades:.1f}",
            found_unit="decades",
            basis="dataset",
            found_where="cuba-timeline: algeria-1963 (first long-term mission) to the article's date",
            note=(
                f"The first long-term mission (Algeria, {first_long:%B %Y}) was {decades:.1f} decades before the "
                f"article, and the first emergency brigade (Chile, {first_brigade:%B %Y}) earlier still: more than "
                "five decades."
            ),
        ),
        dict(
            claim_id="cuba-brazil-photo-2023",
            article="cuba-brazil",
            claim="Photo caption: a farewell in Havana for Cuban doctors going to help after Türkiye's earthquake",
            stated_value="20230210",
            stated_unit="date",
            stated_text="February 10, 2023",
            reading="date",
            note="A 32-member Henry Reeve brigade; it left the next day.",
            **fact("turkey-brigade-farewell"),
        ),
        dict(
            claim_id="cuba-brazil-revolution-1959",
            article="cuba-brazil",
            claim="Cuba's medical outreach began in the years after the 1959 revolution",
            stated_value="1959",
            stated_unit="year",
            stated_text="the 1959 Cuban Revolution",
            reading="date",
            note=f"The first brigade abroad followed in {first_brigade:%B %Y}, after an earthquake in Chile.",
            **fact("cuban-revolution"),
        ),
        dict(
            claim_id="cuba-brazil-coup-plot-2022",
            article="cuba-brazil",
            claim="Bolsonaro is on trial over an alleged coup plot in 2022",
            stated_value="2022",
            stated_unit="year",
            stated_text="coup plot in 2022",
            reading="date",
            note="Prosecutors say the plot aimed to keep him in power after he lost the October 2022 election; "
            "he denies it. Brazil's Supreme Court convicted him in September 2025, after the article.",
            **fact("bolsonaro-plot-year"),
        ),
        dict(
            claim_id="cuba-brazil-population",
            article="cuba-brazil",
            claim="Cuba has 9.7 million people",
            stated_value="9700000",
            stated_unit="people",
            stated_text="9.7 million people",
            reading="rounded",
            note=(
                f"Cuba's statistics office put its effective population at {int(pop['value']):,} at the end of "
                "2024, after four years of decline. UN and World Bank estimates, which count residents "
                "differently, are higher."
            ),
            **fact("cuba-population-2024"),
        ),
        dict(
            claim_id="cuba-brazil-medicines-300m",
            article="cuba-brazil",
            claim="In 2024 Cuba could not afford the $300m it needed to import raw materials for hundreds of medicines",
            stated_value="300",
            stated_unit="US$ m",
            stated_text="the $300m needed",
            reading="cannot-test",
            found_where="no source found for the figure",
            note="We found no source for $300m. Officials have spoken of shortages of most basic medicines for "
            "lack of hard currency, but with other figures.",
            **none,
        ),
        dict(
            claim_id="cuba-brazil-venezuela-1999-medical",
            article="cuba-brazil",
            claim="Cuba began sending medical staff to Venezuela in 1999",
            stated_value="1999",
            stated_unit="year",
            stated_text="In 1999",
            reading="date",
            note=(
                f"Some 400 doctors and health workers went after the floods of December 1999; the cooperation accord "
                f"that covered doctors and oil followed on {accord.day} {accord:%B %Y}."
            ),
            **fact("vargas-brigade"),
        ),
        dict(
            claim_id="cuba-brazil-venezuela-1999-educators",
            article="cuba-brazil",
            claim="Cuba also began sending educators to Venezuela in 1999",
            stated_value="",
            stated_unit="",
            stated_text="medical staff and educators",
            reading="cannot-test",
            found_where="no source found for educators sent in 1999",
            note=(
                f"We found no source for teachers or other educators sent that year; the accord that later covered "
                f"them was signed on {accord.day} {accord:%B %Y}."
            ),
            **none,
        ),
        dict(
            claim_id="cuba-iachr-30-days",
            article="cuba-iachr",
            claim="OAS states had 30 days to reply to the Commission's letter",
            stated_value="30",
            stated_unit="days",
            stated_text="30 days to respond",
            reading="exact",
            note="The outlet that reports the deadline dates the letter 20 May 2025; AP-based reports say 24 May.",
            **fact("iachr-deadline"),
        ),
        dict(
            claim_id="cuba-iachr-barbados-none",
            article="cuba-iachr",
            claim="No Cuban medical workers were in Barbados in June 2025",
            stated_value="0",
            stated_unit="people",
            stated_text="No Cuban medical workers",
            reading="exact",
            note=(
                "Matches what Barbados's prime minister told parliament in March 2025; we found no count for June. "
                "Cuban nurses and doctors served in Barbados from 2020 to 2022, and a second team of about 70 arrived in "
                "June 2022; when it left was not reported."
            ),
            **fact("barbados-mottley-none"),
        ),
        dict(
            claim_id="cuba-iachr-two-objectives",
            article="cuba-iachr",
            claim="Cuba's president says the US campaign has two aims: cutting Cuba's income and its example",
            stated_value="2",
            stated_unit="aims",
            stated_text="two clear objectives",
            reading="cannot-test",
            found_where="a political argument, not a finding",
            note="Díaz-Canel's reading of US motives; the State Department gives its own reasons (forced labour). "
            "Nothing can count motives.",
            **none,
        ),
    ]


def rows() -> list[dict]:
    """Every claim of the three Cuba articles."""
    return _main_rows() + context_rows()
