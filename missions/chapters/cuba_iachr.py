"""The rights commission's letter (AP, 13 June 2025): how many doctors are abroad, the region's answers,
St Vincent's dialysis figures, and what the host governments did next."""

from __future__ import annotations

import pandas as pd

from missions import cuba, data, text
from missions.charts import cuba as charts
from missions.ledger import fact, stated
from missions.ledger import number as num
from missions.panels import Control, Panel

ARTICLE = "cuba-iachr"
COUNTED = [
    ("Every definition", "all"),
    ("Doctors only", "doctors"),
    ("All health workers", "health workers"),
    ("All staff, incl. non-health", "collaborators"),
    ("'Professionals', kind not given", "professionals"),
]
MEASURES = [("Abroad at a date", "abroad"), ("Sent since the 1960s", "cumulative")]


def _event(timeline: pd.DataFrame, event_id: str, source_id: str | None = None) -> pd.Series:
    rows = timeline[timeline["event_id"] == event_id]
    if source_id is not None:
        rows = rows[rows["source_id"] == source_id]
    return rows.iloc[0]


def numbers() -> dict[str, object]:
    """Every value the chapter's prose glues, by name."""
    timeline = data.load("cuba-timeline")
    abroad = data.load("cuba-workers-abroad")
    dia = data.load("cuba-stvincent-dialysis").set_index("report_id")
    abroad = abroad[abroad["measure"] == "abroad"]
    mar25 = abroad[(abroad["as_of"] == "2025-03-01") & (abroad["counted"] == "doctors")].iloc[0]
    y2019 = abroad[abroad["as_of"].dt.year == 2019]
    ap = _event(timeline, "iachr-letter-2025", "article-cuba-iachr")["date"]
    botb = _event(timeline, "iachr-letter-2025", "s22-botb")["date"]
    cost = cuba.dialysis_costs(
        data.load("cuba-stvincent-dialysis"), data.load("cuba-ec-dollar-peg"), "gonsalves-2025-06"
    )
    return {
        "cuba_iachr_letter_date_ap": text.day_month(ap),
        "cuba_iachr_letter_weekday_ap": text.Plain(f"{ap:%A}"),
        "cuba_iachr_letter_date_botb": text.day_month(botb),
        "cuba_iachr_letter_weekday_botb": text.Plain(f"{botb:%A}"),
        "cuba_iachr_deadline_botb": text.day_month(botb + pd.Timedelta(days=30)),
        "cuba_iachr_deadline_ap": text.day_month(ap + pd.Timedelta(days=30)),
        "cuba_iachr_feb_policy_date": text.day(_event(timeline, "visa-policy-2025")["date"]),
        "cuba_iachr_doctors_stated": stated("cuba-iachr-doctors-abroad"),
        "cuba_iachr_countries_stated": stated("cuba-iachr-countries"),
        "cuba_iachr_doctors_mar2025": int(mar25["workers_low"]),
        "cuba_iachr_countries_mar2025": int(mar25["countries"]),
        "cuba_iachr_2019_low": int(y2019["workers_low"].min()),
        "cuba_iachr_2019_high": int(y2019["workers_high"].max()),
        "cuba_iachr_n_figures": text.count(len(abroad)),
        "cuba_iachr_dialysis_patients": cost["patients"],
        "cuba_iachr_dialysis_patients_march": int(dia.loc["gonsalves-2025-03", "patients"]),
        "cuba_iachr_dialysis_annual_millions": cost["annual_cost"] / 1e6,
        "cuba_iachr_dialysis_per_patient": cost["per_patient"],
        "cuba_iachr_dialysis_if_ecd_in_usd": cost["if_ecd_usd"],
        "cuba_iachr_dialysis_annual_if_ecd_usd_millions": cost["annual_if_ecd_usd"] / 1e6,
        "cuba_iachr_peg": cost["ec_per_usd"],
        "cuba_iachr_bahamas_date": text.month(_event(timeline, "bahamas-2025")["date"]),
        "cuba_iachr_guyana_2026_date": text.day(_event(timeline, "guyana-2026")["date"]),
        "cuba_iachr_svg_2026_date": text.month(_event(timeline, "svg-2026")["date"]),
        "cuba_iachr_jamaica_2026_date": text.day(_event(timeline, "jamaica-2026")["date"]),
    }


def workers_chart():
    """Every published count of Cuban medical workers abroad, each marked by whom it counts."""
    return charts.plot_workers_abroad(data.load("cuba-workers-abroad"))


def workers_view(counted: str = "all", measure: str = "abroad"):
    return charts.plot_workers_abroad(data.load("cuba-workers-abroad"), counted=counted, measure=measure)


def panel() -> Panel:
    """The counts one definition at a time, abroad at a date or sent since the 1960s."""
    counted = Control("counted", "Who is counted", COUNTED)
    measure = Control("measure", "Figure", MEASURES)
    return Panel(
        id="cuba-workers",
        title="Cuban medical workers abroad",
        controls=[counted, measure],
        first={"counted": "doctors", "measure": "abroad"},
        offers=f"show the figures one definition at a time ({text.count(len(COUNTED) - 1)} definitions, or all "
        f"of them), either as people abroad at a date or as running totals of people sent since the 1960s",
        adds="",
        recipe="missions.chapters.cuba_iachr:panel",
        draw=workers_view,
    )


# --- the article's figures and claims (python -m bookbuild.ledger writes them to data/) -------

#: Every figure the article prints, in order: (figure, the claim that checks it, or why it is not one).
FIGURES = [
    ("22,000", "cuba-iachr-doctors-abroad", ""),
    ("50", "cuba-iachr-countries", ""),
    ("24", "cuba-iachr-letter-date", ""),
    ("30", "cuba-iachr-30-days", ""),
    ("64", "cuba-iachr-dialysis-patients", ""),
    ("5 million", "cuba-iachr-dialysis-cost", ""),
    ("two", "cuba-iachr-two-objectives", ""),
]


def claims() -> list[dict]:
    """The article's claims: each figure it prints that we check, the value found and how to read it."""
    return _dataset_claims() + _context_claims()


def _dataset_claims() -> list[dict]:
    abroad = data.load("cuba-workers-abroad")
    timeline = data.load("cuba-timeline")
    dia = data.load("cuba-stvincent-dialysis")
    peg = data.load("cuba-ec-dollar-peg")

    mar25 = cuba.worker_figure(abroad, "abroad", "2025-03-01", "doctors")
    mar20 = cuba.worker_figure(abroad, "abroad", "2020-03-01", "collaborators")
    dec20 = cuba.worker_figure(abroad, "abroad", "2020-12-01", "collaborators")
    letter = timeline[timeline["event_id"] == "iachr-letter-2025"].set_index("source_id")["date"]
    wefm = dia.set_index("report_id").loc["wefm-2025-03-31"]
    older = dia.set_index("report_id").loc["wefm-older"]
    gon_mar = dia.set_index("report_id").loc["gonsalves-2025-03"]
    cost = cuba.dialysis_costs(dia, peg, "wefm-2025-03-31")

    return [
        # ---- UPI, 4 June 2025
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
    ]


def _context_claims() -> list[dict]:
    """The articles' other figures: dates, counts and history, checked against ledger-facts or the timeline."""
    none = dict(found_value="", found_unit="", basis="none")
    return [
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
