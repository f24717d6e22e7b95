"""The Mais Médicos chapter (Al Jazeera, 13 August 2025): the visas, what Brazil's programme was and
is, Washington's stated reasons and the answers to them, and where Cuban doctors serve."""

from __future__ import annotations

import pandas as pd

from missions import cuba, data, html, text
from missions.charts import cuba as charts
from missions.ledger import stated
from missions.panels import Control, Panel

ARTICLE = "cuba-brazil"
FIRST_COUNTRY = "Brazil"


def _event(tl: pd.DataFrame, event_id: str) -> pd.Series:
    return tl[tl["event_id"] == event_id].iloc[0]


def numbers() -> dict[str, object]:
    """Every value the chapter's prose glues, by name."""
    tl = data.load("cuba-timeline")
    wc = data.load("cuba-workers-by-country")
    brazil = wc[wc["country"] == "Brazil"].sort_values("as_of")
    pahoera = brazil[brazil["as_of"] < _event(tl, "mais-medicos-exit-2018")["date"] + pd.Timedelta(days=60)]
    peak = pahoera.loc[pahoera["workers_low"].idxmax()]
    at_exit = pahoera.iloc[-1]
    now = brazil.iloc[-1]
    venezuela = wc[wc["country"] == "Venezuela"].sort_values("as_of")
    ven08 = venezuela[venezuela["as_of"].dt.year == 2008].iloc[0]
    start = _event(tl, "mais-medicos-2013")
    exit_date = _event(tl, "mais-medicos-exit-2018")["date"]
    statement = _event(tl, "brazil-2025")["date"]
    hosts = cuba.latest_by_country(wc)
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
        "cuba_brazil_relaunch_date": text.day(_event(tl, "mais-medicos-relaunch-2023")["date"]),
        "cuba_brazil_cubans_2025": int(now["workers_low"]),
        "cuba_brazil_cubans_2025_month": text.month(now["as_of"]),
        "cuba_brazil_family_date": text.day_month(_event(tl, "padilha-family-2025")["date"]),
        "cuba_brazil_grenada_date": text.day_month(_event(tl, "grenada-minister-2025")["date"]),
        "cuba_brazil_venezuela_accord": text.day(_event(tl, "venezuela-2000")["date"]),
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
