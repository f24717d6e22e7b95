"""The rights commission's letter (AP, 13 June 2025): how many doctors are abroad, the region's answers,
St Vincent's dialysis figures, and what the host governments did next."""

from __future__ import annotations

import pandas as pd

from missions import cuba, data, text
from missions.charts import cuba as charts
from missions.ledger import stated
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


def _event(tl: pd.DataFrame, event_id: str, source_id: str | None = None) -> pd.Series:
    rows = tl[tl["event_id"] == event_id]
    if source_id is not None:
        rows = rows[rows["source_id"] == source_id]
    return rows.iloc[0]


def numbers() -> dict[str, object]:
    """Every value the chapter's prose glues, by name."""
    tl = data.load("cuba-timeline")
    wa = data.load("cuba-workers-abroad")
    dia = data.load("cuba-stvincent-dialysis").set_index("report_id")
    abroad = wa[wa["measure"] == "abroad"]
    mar25 = abroad[(abroad["as_of"] == "2025-03-01") & (abroad["counted"] == "doctors")].iloc[0]
    y2019 = abroad[abroad["as_of"].dt.year == 2019]
    ap = _event(tl, "iachr-letter-2025", "article-cuba-iachr")["date"]
    botb = _event(tl, "iachr-letter-2025", "s22-botb")["date"]
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
        "cuba_iachr_feb_policy_date": text.day(_event(tl, "visa-policy-2025")["date"]),
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
        "cuba_iachr_bahamas_date": text.month(_event(tl, "bahamas-2025")["date"]),
        "cuba_iachr_guyana_2026_date": text.day(_event(tl, "guyana-2026")["date"]),
        "cuba_iachr_svg_2026_date": text.month(_event(tl, "svg-2026")["date"]),
        "cuba_iachr_jamaica_2026_date": text.day(_event(tl, "jamaica-2026")["date"]),
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
