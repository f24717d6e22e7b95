"""The Titan chapter: the numbers its prose uses, its charts, its history table, its explorer panel.

Times in the prose are on one clock: the Marine Board's "local" time, read as Newfoundland
Daylight Time (UTC−2:30), an inference the chapter states at its first use. The Coast Guard's
2023 times (US Eastern) are converted to that clock; the charts' notes give the originals.
"""

from __future__ import annotations

import math

import pandas as pd

from missions import data, html, text
from missions import titan as tt
from missions.charts import titan as charts
from missions.panels import Control, Panel

ARTICLE = "titan"
#: The first view of the panel: the Coast Guard's estimate of 20 June (about 40 hours of oxygen left).
FIRST_MOMENT = "uscg-oxygen-40"
RATE_FACT = "fed-usd-per-gbp-2023-06"


def _supply() -> float:
    return tt.fact(tt.LIFE_SUPPORT_FACT)


def _hours_after(events, event_id: str, since: str = tt.IMPLOSION) -> float:
    return (tt.time_of(events, event_id) - tt.time_of(events, since)).total_seconds() / 3600


def numbers() -> dict[str, object]:
    """Every value the chapter's prose glues, by name."""
    ev, depth, facts, hist, people = tt.events(), tt.depth_points(), tt.facts(), tt.history(), tt.people()
    L, clock = tt.local, text.clock
    event = lambda eid: tt.event(ev, eid)  # noqa: E731
    wreck_m = float(depth.loc[depth["kind"] == "reference", "depth_m"].iloc[0])
    last_ping = event("mbi-last-ping")
    rates = tt.descent_rates(depth)
    warnings = hist[hist["category"] == "warning"].sort_values("date")
    age = dict(zip(people["name"], people["age"]))
    rate = data.load("ledger-facts").set_index("fact_id").loc[RATE_FACT, "value"]
    price = tt.fact("price-usd", facts)
    deadline = event("uscg-oxygen-deadline")
    implied = tt.time_of(ev, "uscg-oxygen-deadline") - pd.Timedelta(hours=_supply())
    debris_ft = float(event("uscg-implosion-briefing")["value"])
    return {
        # the five aboard
        "titan_people_aboard": text.count(len(people)),
        "titan_paying": text.count(int(people["paid_seat"].sum())),
        "titan_age_rush": int(age["Stockton Rush"]),
        "titan_age_nargeolet": int(age["Paul-Henri Nargeolet"]),
        "titan_age_harding": int(age["Hamish Harding"]),
        "titan_age_shahzada": int(age["Shahzada Dawood"]),
        "titan_age_suleman": int(age["Suleman Dawood"]),
        "titan_price_usd": price,
        # the warnings
        "titan_warning_count": text.count(len(warnings)),
        "titan_first_warning_year": int(warnings["date"].iloc[0].year),
        # the last dive, on the book's one clock
        "titan_start_local": clock(L(tt.time_of(ev, tt.DIVE_START))),
        "titan_all_good_local": clock(L(event("mbi-all-good")["time_utc"])),
        "titan_all_good_m": float(event("mbi-all-good")["value"]),
        "titan_last_text_local": clock(L(event("mbi-last-text")["time_utc"]), seconds=True),
        "titan_last_text_m": float(event("mbi-last-text")["value"]),
        "titan_last_ping_m": float(last_ping["value"]),
        "titan_pressure_psi": float(event(tt.IMPLOSION)["value"]),
        "titan_mbi_minutes": tt.minutes_between(ev, tt.DIVE_START, tt.IMPLOSION),
        "titan_share_of_way_down": 100 * float(last_ping["value"]) / wreck_m,
        "titan_wreck_m": wreck_m,
        "titan_rate_early_m_per_min": float(rates.iloc[0]["m_per_min"]),
        "titan_rate_late_m_per_min": float(rates.iloc[-1]["m_per_min"]),
        # the two official clocks (the folded note gives the originals)
        "titan_uscg_start_edt": clock(event("uscg-descent-start")["time_reported_local"]),
        "titan_uscg_lost_edt": clock(event("uscg-contact-lost")["time_reported_local"]),
        "titan_uscg_start_local": clock(L(tt.time_of(ev, "uscg-descent-start"))),
        "titan_uscg_lost_local": clock(L(tt.time_of(ev, "uscg-contact-lost"))),
        "titan_uscg_minutes": tt.minutes_between(ev, "uscg-descent-start", "uscg-contact-lost"),
        "titan_noaa_edt": clock(event("noaa-recorder")["time_reported_local"]),
        "titan_last_ping_utc": tt.fmt_utc(last_ping["time_utc"], seconds=True),
        "titan_uscg_lost_utc": tt.fmt_utc(tt.time_of(ev, "uscg-contact-lost")),
        "titan_clock_gap_minutes": tt.minutes_between(ev, "mbi-last-ping", "uscg-contact-lost"),
        # the search
        "titan_notified_local": clock(L(tt.time_of(ev, "uscg-notified"))),
        "titan_notified_hours_after": text.count(round(_hours_after(ev, "uscg-notified"))),
        "titan_first_brief_local": clock(L(tt.time_of(ev, "uscg-briefing-oxygen-70-96"))),
        "titan_first_brief_low_h": float(event("uscg-briefing-oxygen-70-96")["value"]),
        "titan_first_brief_high_h": float(event("uscg-briefing-oxygen-70-96")["value_max"]),
        "titan_supply_hours": _supply(),
        "titan_deadline_local": clock(L(deadline["time_utc"])),
        "titan_deadline_implied_start_local": clock(L(implied)),
        "titan_noises_hours_after": _hours_after(ev, "uscg-noises-tweet"),
        "titan_announced_local": clock(L(tt.time_of(ev, "uscg-implosion-briefing"))),
        "titan_announced_hours_after": _hours_after(ev, "uscg-implosion-briefing"),
        "titan_debris_ft": debris_ft,
        "titan_debris_m": round(debris_ft * tt.FT, -1),
        "titan_search_surface_assets": text.count(tt.fact("search-surface-assets", facts)),
        "titan_search_subsurface_assets": text.count(tt.fact("search-subsurface-assets", facts)),
        "titan_search_air_assets": text.count(tt.fact("search-air-assets", facts)),
        "titan_search_area_sq_mi": tt.fact("search-area-sq-mi", facts),
        # afterwards
        "titan_stored_months": text.count(tt.fact("stored-outdoors-months", facts)),
        "titan_mbi_pages": int(tt.fact("mbi-report-pages", facts)),
        "titan_mbi_recommendations": int(tt.fact("mbi-recommendations", facts)),
        # what holds up: the price in pounds at a sourced rate
        "titan_usd_per_gbp": float(rate),
        "titan_price_gbp_at_rate": int(round(price / rate, -3)),
    }


# --- charts and the history table -------------------------------------------------------------


def history_chart():
    """The warnings and the main events, 2009 to 2025, as one dated list."""
    return charts.plot_history(tt.history())


def dive_chart():
    """The last dive: the reported depths against time."""
    return charts.plot_dive(tt.depth_points(), tt.events())


def search_chart():
    """The 96 hours of oxygen counted down, beside the implosion and the Coast Guard's estimates."""
    return charts.plot_search_window(tt.events(), _supply())


def history_table() -> html.Table:
    """Every dated event of the history, with its source linked, folded: the chart's full record."""
    hist = tt.history()
    body = []
    for r in hist.itertuples():
        when = {"year": f"{r.date:%Y}", "month": text.month(r.date), "day": text.day(r.date)}[r.precision]
        what = html.text(r.event)
        if r.category == "warning":
            what = html.Safe(f"<strong>{html.text('▲ Warning.')}</strong> {what}")
        body.append([html.text(when), what, html.link(r.source, r.source_url)])
    warns = int((hist["category"] == "warning").sum())
    return html.Table(
        ["When", "What happened", "Source"],
        body,
        label="OceanGate and Titan: the full history",
        fold=f"The full history: {text.count(len(hist))} dated events, {text.count(warns)} of them "
        "warnings (▲), each with its source",
        fold_id="titan-history-table",
    )


# --- the panel ------------------------------------------------------------------------------


def moment_chart(at_hours: float):
    """The countdown with a cursor at `at_hours` after the descent: one view of the panel."""
    return charts.plot_search_window(tt.events(), _supply(), at_hours=at_hours)


def moment_options() -> list[tuple[str, float]]:
    """One option per timed event of the dive and the search: ('18 June, 10:47:02 a.m.: Last message…', hours)."""
    out = []
    for r in tt.moments(tt.events()).itertuples():
        seconds = r.time_local.second != 0
        out.append(
            (f"{text.day_month(r.time_local)}, {text.clock(r.time_local, seconds=seconds)}: {r.label}", float(r.hours))
        )
    return out


def panel() -> Panel:
    """Moments of the dive and the search on the countdown: a list of events on the page, a slider live."""
    import ipywidgets as w

    options = moment_options()
    ev = tt.events()
    first = tt.hours_since_start(ev, tt.time_of(ev, FIRST_MOMENT))
    last = max(h for _, h in options)
    moment = Control(
        "at_hours",
        "Moment (Newfoundland time)",
        options,
        live=lambda v: w.FloatSlider(
            value=v,
            min=0.0,
            max=float(math.ceil(last)),
            step=0.25,
            readout_format=".2f",
            continuous_update=False,
            layout=w.Layout(width="100%"),
        ),
    )
    return Panel(
        id="titan-moments",
        title="The dive and the search, moment by moment",
        controls=[moment],
        first={"at_hours": first},
        offers=(
            f"pick any of the {text.count(len(options))} timed events of the dive and the search, from Titan "
            "leaving the surface on 18 June to the Navy's statement on 22 June, and see it on the countdown"
        ),
        adds="a slider for any moment of those four and a half days, in hours after the descent",
        recipe="missions.chapters.titan:panel",
        draw=moment_chart,
    )
