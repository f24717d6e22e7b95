"""The Mais Médicos chapter (Al Jazeera, 13 August 2025): the visas, what Brazil's programme was and
is, Washington's stated reasons and the answers to them, and where Cuban doctors serve."""

from __future__ import annotations

import pandas as pd

from missions import cuba, data, html, text
from missions.charts import cuba as charts
from missions.ledger import fact, stated
from missions.ledger import number as num
from missions.panels import Control, Panel

ARTICLE = "cuba-brazil"
FIRST_COUNTRY = "Brazil"


def _event(timeline: pd.DataFrame, event_id: str) -> pd.Series:
    return timeline[timeline["event_id"] == event_id].iloc[0]


def numbers() -> dict[str, object]:
    """Every value the chapter's prose glues, by name."""
    timeline = data.load("cuba-timeline")
    by_country = data.load("cuba-workers-by-country")
    brazil = by_country[by_country["country"] == "Brazil"].sort_values("as_of")
    pahoera = brazil[brazil["as_of"] < _event(timeline, "mais-medicos-exit-2018")["date"] + pd.Timedelta(days=60)]
    peak = pahoera.loc[pahoera["workers_low"].idxmax()]
    at_exit = pahoera.iloc[-1]
    now = brazil.iloc[-1]
    venezuela = by_country[by_country["country"] == "Venezuela"].sort_values("as_of")
    ven08 = venezuela[venezuela["as_of"].dt.year == 2008].iloc[0]
    start = _event(timeline, "mais-medicos-2013")
    exit_date = _event(timeline, "mais-medicos-exit-2018")["date"]
    statement = _event(timeline, "brazil-2025")["date"]
    hosts = cuba.latest_by_country(by_country)
    return {
        "cuba_brazil_statement_date": text.day(statement),
        "cuba_brazil_statement_weekday": text.Plain(f"{statement:%A}"),
        "cuba_brazil_mm_start_year": int(start["date"].year),
        "cuba_brazil_paho_span": text.span(start["date"].year, exit_date.year),
        "cuba_brazil_mm_exit_date": text.day(exit_date),
        "cuba_brazil_mm_peak": int(peak["workers_low"]),
        "cuba_brazil_mm_peak_year": int(peak["as_of"].year),
        "cuba_brazil_mm_at_exit": int(at_exit["workers_low"]),
        "cuba_brazil_fee_2013": float(cuba.pay_split().set_index("row_id").loc["brazil-2013-fee", "value_low"]),
        "cuba_brazil_relaunch_date": text.day(_event(timeline, "mais-medicos-relaunch-2023")["date"]),
        "cuba_brazil_cubans_2025": int(now["workers_low"]),
        "cuba_brazil_cubans_2025_month": text.month(now["as_of"]),
        "cuba_brazil_professionals_2025": int(cuba.facts()["mm-professionals-2025"]),
        "cuba_brazil_municipalities_at_risk": int(cuba.facts()["mm-municipalities-at-risk"]),
        "cuba_brazil_rehired_2023": int(cuba.facts()["mm-rehired-by-court"]),
        "cuba_brazil_us_tariff_pct": int(cuba.facts()["us-tariff-brazil-2025"]),
        "cuba_brazil_family_date": text.day_month(_event(timeline, "padilha-family-2025")["date"]),
        "cuba_brazil_grenada_date": text.day_month(_event(timeline, "grenada-minister-2025")["date"]),
        "cuba_brazil_venezuela_accord": text.day(_event(timeline, "venezuela-2000")["date"]),
        "cuba_brazil_venezuela_2008": int(ven08["workers_low"]),
        "cuba_brazil_n_hosts": text.count(len(hosts)),
        "cuba_brazil_low": stated("cuba-brazil-sent-abroad-low"),
        "cuba_brazil_ven_stated": stated("cuba-brazil-venezuela-first-decade"),
    }


def hosts_table() -> html.Table:
    """The latest head-count found for each host country, with its date and who was counted."""
    t = cuba.latest_by_country()
    body = []
    for _, r in t.iterrows():
        place = f" ({r['latest_place']})" if isinstance(r["latest_place"], str) and r["latest_place"] else ""
        peak = "" if r["peak"] <= r["latest"] else f"{r['peak']:,} ({r['peak_as_of'].year})"
        body.append(
            [
                html.text(r["country"] + place),
                html.text(cuba.people(r["latest"], r["latest_qualifier"])),
                html.text(cuba.date_label(r["latest_as_of"], r["latest_precision"])),
                html.text(r["latest_definition"]),
                html.text(peak or None),
                cuba.source_link(r["latest_source_id"]),
            ]
        )
    return html.Table(
        ["Host country", "Latest count", "When", "Who was counted", "Largest earlier count", "Source"],
        body,
        label="Cuban medical staff by host country: the latest count found",
    )


def host_view(country: str = FIRST_COUNTRY):
    return charts.plot_host_country(data.load("cuba-workers-by-country"), country)


def panel() -> Panel:
    """Pick a host country: every count found for it, as dated points."""
    countries = sorted(data.load("cuba-workers-by-country")["country"].unique())
    country = Control("country", "Host country", [(c, c) for c in countries])
    return Panel(
        id="cuba-hosts",
        title="Cuban medical staff in one host country",
        controls=[country],
        first={"country": FIRST_COUNTRY},
        offers=f"pick one of the {text.count(len(countries))} host countries we have counts for and see every "
        f"count found for it, each with its date and what it counts",
        adds="",
        recipe="missions.chapters.cuba_brazil:panel",
        draw=host_view,
    )


# --- the article's figures and claims (python -m bookbuild.ledger writes them to data/) -------

#: Every figure the article prints, in order: (figure, the claim that checks it, or why it is not one).
FIGURES = [
    ("two", "cuba-brazil-two-officials", ""),
    ("2013", "cuba-brazil-mais-medicos-start", ""),
    ("10", "cuba-brazil-photo-2023", ""),
    ("2023", "cuba-brazil-photo-2023", ""),
    ("2023", "cuba-brazil-photo-2023", ""),
    ("third", "", "not-a-quantity"),
    ("1959", "cuba-brazil-revolution-1959", ""),
    ("135,000", "cuba-brazil-sent-abroad-low", ""),
    ("400,000", "cuba-brazil-sent-abroad-high", ""),
    ("five", "cuba-brazil-five-decades", ""),
    ("2018", "cuba-brazil-mais-medicos-end", ""),
    ("2022", "cuba-brazil-coup-plot-2022", ""),
    ("one", "", "not-a-quantity"),
    ("first", "", "not-a-quantity"),
    ("9.7 million", "cuba-brazil-population", ""),
    ("300m", "cuba-brazil-medicines-300m", ""),
    ("hundreds", "cuba-brazil-medicines-300m", ""),
    ("one", "", "not-a-quantity"),
    ("1999", "cuba-brazil-venezuela-1999-medical", ""),
    ("30,000", "cuba-brazil-venezuela-first-decade", ""),
    ("first", "cuba-brazil-venezuela-first-decade", ""),
    ("10", "cuba-brazil-venezuela-first-decade", ""),
]


def claims() -> list[dict]:
    """The article's claims: each figure it prints that we check, the value found and how to read it."""
    return _dataset_claims() + _context_claims()


def _dataset_claims() -> list[dict]:
    abroad = data.load("cuba-workers-abroad")
    by_country = data.load("cuba-workers-by-country")
    timeline = data.load("cuba-timeline")

    cum_low = cuba.worker_figure(abroad, "cumulative", "2010-12-01", "health workers")
    cum_high = cuba.worker_figure(abroad, "cumulative", "2020-01-01", "health workers")
    cum_2021 = cuba.worker_figure(abroad, "cumulative", "2021-02-01", "professionals")
    cum_2022 = cuba.worker_figure(abroad, "cumulative", "2022-01-01", "professionals")
    ven = by_country[(by_country["country"] == "Venezuela") & (by_country["as_of"] == "2008-01-01")].iloc[0]
    mm = timeline[timeline["event_id"] == "mais-medicos-2013"].iloc[0]
    mm_exit = timeline[timeline["event_id"] == "mais-medicos-exit-2018"].iloc[0]

    return [
        # ---- UPI, 4 June 2025
        # ---- AP, 13-14 June 2025
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


def _context_claims() -> list[dict]:
    """The articles' other figures: dates, counts and history, checked against ledger-facts or the timeline."""
    timeline = data.load("cuba-timeline").set_index("event_id")
    art = data.load("articles").set_index("article")
    first_long, first_brigade = timeline.loc["algeria-1963", "date"], timeline.loc["chile-1960", "date"]
    published = pd.Timestamp(art.loc["cuba-brazil", "published"])
    decades = (published - first_long).days / 3652.5
    accord = timeline.loc["venezuela-2000", "date"]
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
    ]
