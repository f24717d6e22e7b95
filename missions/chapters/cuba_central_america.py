"""The Central America chapter (UPI, 4 June 2025), which opens Part II: the June visa step, what the
missions earn, what reaches the doctors, the two readings of the programme, and the timeline."""

from __future__ import annotations

import pandas as pd

from missions import cuba, data, html, text
from missions.charts import cuba as charts
from missions.ledger import number as num
from missions.ledger import stated
from missions.panels import Control, Panel

ARTICLE = "cuba-central-america"
#: The published views of the earnings panel; the notebook adds the figures published in pesos.
EARNINGS_VIEWS = [
    ("Health's share of services exports", "share"),
    ("US$, official figures only", "usd"),
    ("US$, with figures from other sources", "usd-earlier"),
]
PESO_VIEW = ("US$, also the figures published in pesos (at par)", "usd-pesos")


def _event(timeline: pd.DataFrame, event_id: str) -> pd.Series:
    return timeline[timeline["event_id"] == event_id].iloc[0]


def numbers() -> dict[str, object]:
    """Every value the chapter's prose glues, by name."""
    timeline = data.load("cuba-timeline")
    exports = data.load("cuba-services-exports")
    off = cuba.official_revenue(exports).set_index("year")
    early = cuba.earlier_for_chart(exports)
    shares = cuba.pay_shares().set_index("row_id")
    pay = cuba.pay_split().set_index("row_id")
    events = cuba.timeline_events(timeline)
    cmpp = _event(timeline, "cmpp-2006")
    first_official = int(off.index.min())

    def est(series: str, year_from: int, year_to: int | None = None) -> float:
        year_to = year_to or year_from
        r = exports[
            (exports["series"] == series) & (exports["year_from"] == year_from) & (exports["year_to"] == year_to)
        ]
        return float(r.iloc[0]["value_usd_bn"])

    return {
        # the announcement
        "cuba_ca_announcement_date": text.day(_event(timeline, "central-america-2025")["date"]),
        "cuba_ca_feb_policy_date": text.day(_event(timeline, "visa-policy-2025")["date"]),
        "cuba_ca_first_policy_date": text.day(_event(timeline, "visa-policy-2019")["date"]),
        "cuba_ca_honduras_date": text.day_month(_event(timeline, "honduras-2025")["date"]),
        "cuba_ca_tier3_since": int(_event(timeline, "tip-2019")["date"].year),
        # what the missions earn
        "cuba_ca_health_first": float(off.loc[first_official, "health_usd_bn"]),
        "cuba_ca_first_official_year": first_official,
        "cuba_ca_health_2020": float(off.loc[2020, "health_usd_bn"]),
        "cuba_ca_health_2022": float(off.loc[2022, "health_usd_bn"]),
        "cuba_ca_total_2022": float(off.loc[2022, "total_usd_bn"]),
        "cuba_ca_share_2019": float(off.loc[2019, "health_share_pct"]),
        "cuba_ca_share_2021": float(off.loc[2021, "health_share_pct"]),
        "cuba_ca_share_2022": float(off.loc[2022, "health_share_pct"]),
        "cuba_ca_health_fall_2019_2021": float(
            100 * (1 - off.loc[2021, "health_usd_bn"] / off.loc[2019, "health_usd_bn"])
        ),
        "cuba_ca_total_fall_2019_2021": float(
            100 * (1 - off.loc[2021, "total_usd_bn"] / off.loc[2019, "total_usd_bn"])
        ),
        "cuba_ca_health_stated": stated("cuba-central-america-health-exports-2022"),
        "cuba_ca_total_stated": stated("cuba-central-america-services-exports-2022"),
        "cuba_ca_workforce_stated": stated("cuba-central-america-workforce-share"),
        "cuba_ca_est_avg_2011_2015": est("professional_services", 2011, 2015),
        "cuba_ca_est_2013_officials": est("professional_services", 2013),
        "cuba_ca_est_2018_eiu": est("professional_services", 2018),
        "cuba_ca_wto_2018": est("services_total", 2018),
        "cuba_ca_n_earlier_drawn": text.count(len(early)),
        "cuba_ca_n_left_out": text.count(len(cuba.left_out_of_chart(exports))),
        # what reaches the doctors
        "cuba_ca_n_shares": text.count(len(shares)),
        "cuba_ca_share_eiu": float(shares.loc["all-eiu-2019", "low"]),
        "cuba_ca_share_brazil_2018": float(shares.loc["brazil-2018-pay-share", "low"]),
        "cuba_ca_share_ecuador_low": float(shares.loc["ecuador-2019-pay-share", "low"]),
        "cuba_ca_share_ecuador_high": float(shares.loc["ecuador-2019-pay-share", "high"]),
        "cuba_ca_ecuador_fee": float(pay.loc["ecuador-2019-fee", "value_low"]),
        "cuba_ca_ecuador_pay_low": float(pay.loc["ecuador-2019-pay", "value_low"]),
        "cuba_ca_ecuador_pay_high": float(pay.loc["ecuador-2019-pay", "value_high"]),
        "cuba_ca_brazil_fee_2018": float(pay.loc["brazil-2018-fee", "value_low"]),
        "cuba_ca_brazil_pay_2018": float(pay.loc["brazil-2018-pay", "value_low"]),
        "cuba_ca_share_cuba_low": float(shares.loc["brazil-2013-cuba", "low"]),
        "cuba_ca_share_cuba_high": float(shares.loc["brazil-2013-cuba", "high"]),
        "cuba_ca_share_lawsuit": float(shares.loc["brazil-2013-2018-lawsuit", "low"]),
        "cuba_ca_share_bahamas_low": float(shares.loc["bahamas-2023-share", "low"]),
        "cuba_ca_share_bahamas_high": float(shares.loc["bahamas-2023-share", "high"]),
        "cuba_ca_share_tip_low": float(shares.loc["all-tip-2020", "low"]),
        "cuba_ca_share_tip_high": float(shares.loc["all-tip-2020", "high"]),
        "cuba_ca_share_svg_low": float(shares.loc["stvincent-2025-share", "low"]),
        "cuba_ca_share_svg_high": float(shares.loc["stvincent-2025-share", "high"]),
        "cuba_ca_svg_handed_low": float(100 - shares.loc["stvincent-2025-share", "high"]),
        "cuba_ca_svg_handed_high": float(100 - shares.loc["stvincent-2025-share", "low"]),
        "cuba_ca_mexico_doctors": int(cuba.facts()["mexico-doctors"]),
        "cuba_ca_mexico_fee_first": float(pay.loc["mexico-2022-2023-fee", "value_low"]),
        "cuba_ca_mexico_fee_later": float(pay.loc["mexico-2023-fee", "value_low"]),
        "cuba_ca_eiu_countries_2017": int(cuba.facts()["eiu-brigade-countries-2017"]),
        "cuba_ca_eiu_free_2017": int(cuba.facts()["eiu-brigade-countries-free-2017"]),
        # six decades
        "cuba_ca_n_events": text.count(len(events)),
        "cuba_ca_first_brigade_date": text.day(_event(timeline, "chile-1960")["date"]),
        "cuba_ca_algeria_date": text.day(_event(timeline, "algeria-1963")["date"]),
        "cuba_ca_cmpp_span": text.span(cmpp["date"].year, cmpp["date_end"].year),
        "cuba_ca_timeline_last": text.month(events["date"].max()),
    }


# --- charts and tables -------------------------------------------------------------------------


def earnings_chart():
    """What the missions earn: the official lines, with figures from other sources apart."""
    return charts.plot_revenue(data.load("cuba-services-exports"))


def pay_chart():
    """What reaches the doctor: every published estimate of the doctor's share of the fee."""
    return charts.plot_pay_shares()


def fees_table() -> html.Table:
    """Fees per doctor and pay per doctor, as published (money amounts; no shares)."""
    df = cuba.pay_split()
    df = df[df["measured"] != "share of fee"]
    body = []
    for _, r in df.iterrows():
        years = f"{r['year_from']}" if r["year_from"] == r["year_to"] else f"{r['year_from']}–{r['year_to']}"
        what = {"fee per doctor": "Host's fee per doctor", "pay per doctor": "Doctor's pay"}[r["measured"]]
        figure = cuba.figure_text(r) + (" (our division)" if r["our_arithmetic"] else "")
        body.append(
            [
                html.text(f"{r['country']}, {years}"),
                html.text(what),
                html.text(figure),
                html.Safe(f"{html.text(r['basis'].capitalize())}: {cuba.source_link(r['source_id'])}"),
            ]
        )
    return html.Table(
        ["Where and when", "What", "Figure", "Kind of evidence, source"],
        body,
        label="Fees and pay per doctor, as published",
    )


def timeline_table() -> html.Table:
    """The whole timeline, one row per event (disputed dates shown both ways), folded."""
    events = cuba.timeline_events()
    body = []
    for _, r in events.iterrows():
        sources = html.join([cuba.source_link(s) for s in dict.fromkeys(r["source_id"])])
        body.append([html.text(r["label"]), html.text(r["actor"]), html.text(r["event"]), sources])
    return html.Table(
        ["When", "Who acted", "What happened", "Source"],
        body,
        label="Timeline, 1960 to 2026",
        classes="missions-timeline",
        fold=f"The timeline: {text.count(len(events))} events, {text.span(events['date'].min().year, events['date'].max().year)}",
        fold_id="cuba-timeline",
    )


# --- the panel ---------------------------------------------------------------------------------


def earnings_view(view: str = "share"):
    exports = data.load("cuba-services-exports")
    if view == "share":
        return charts.plot_revenue(exports, measure="share")
    if view == "usd-pesos":
        return charts.plot_revenue(exports, show_earlier=True, with_pesos=True)
    return charts.plot_revenue(exports, show_earlier=view == "usd-earlier")


def panel() -> Panel:
    """The earnings chart three ways; the notebook adds the figures published in pesos."""
    import ipywidgets as w

    view = Control(
        "view", "Show", EARNINGS_VIEWS, live=lambda v: w.Dropdown(options=EARNINGS_VIEWS + [PESO_VIEW], value=v)
    )
    return Panel(
        id="cuba-earnings",
        title="Cuba's export earnings",
        controls=[view],
        first={"view": "share"},
        offers="see health's share of all services exports, or the export earnings in dollars with or without "
        "the figures from other sources",
        adds="a fourth view that also draws the totals published in pesos, at the official rate of one peso to the "
        "dollar and marked as such",
        recipe="missions.chapters.cuba_central_america:panel",
        draw=earnings_view,
    )


# --- the article's figures and claims (python -m bookbuild.ledger writes them to data/) -------

#: Every figure the article prints, in order: (figure, the claim that checks it, or why it is not one).
FIGURES = [
    ("4", "", "page-furniture"),
    ("2024", "", "part-of-a-name"),
    ("75", "cuba-central-america-workforce-share", ""),
    ("4.9 billion", "cuba-central-america-health-exports-2022", ""),
    ("7 billion", "cuba-central-america-services-exports-2022", ""),
    ("2022", "cuba-central-america-health-exports-2022", ""),
    ("50", "cuba-central-america-countries", ""),
]


def claims() -> list[dict]:
    """The article's claims: each figure it prints that we check, the value found and how to read it."""
    return _dataset_claims()


def _dataset_claims() -> list[dict]:
    exports = data.load("cuba-services-exports")
    off = cuba.official_revenue(exports).set_index("year")
    abroad = data.load("cuba-workers-abroad")

    mar25 = cuba.worker_figure(abroad, "abroad", "2025-03-01", "doctors")
    jun25 = cuba.worker_figure(abroad, "abroad", "2025-06-01", "doctors")
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
        # ---- Al Jazeera, 13-14 August 2025
    ]
