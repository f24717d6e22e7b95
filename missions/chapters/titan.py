"""The Titan chapter: the numbers its prose uses, its charts, its history table, its explorer panel.

Times in the prose are on one clock: the Marine Board's "local" time, read as Newfoundland
Daylight Time (UTC−2:30), an inference the chapter states at its first use. The Coast Guard's
2023 times (US Eastern) are converted to that clock; the charts' notes give the originals.
"""

from __future__ import annotations

import math

import pandas as pd

from missions import data, html, text, titan
from missions.charts import titan as charts
from missions.ledger import fact
from missions.panels import Control, Panel

ARTICLE = "titan"
#: The first view of the panel: the Coast Guard's estimate of 20 June (about 40 hours of oxygen left).
FIRST_MOMENT = "uscg-oxygen-40"
RATE_FACT = "fed-usd-per-gbp-2023-06"


def _supply() -> float:
    return titan.fact(titan.LIFE_SUPPORT_FACT)


def _hours_after(events, event_id: str, since: str = titan.IMPLOSION) -> float:
    return (titan.time_of(events, event_id) - titan.time_of(events, since)).total_seconds() / 3600


def numbers() -> dict[str, object]:
    """Every value the chapter's prose glues, by name."""
    timed_events, depth, facts, hist, people = (
        titan.events(),
        titan.depth_points(),
        titan.facts(),
        titan.history(),
        titan.people(),
    )
    L, clock = titan.local, text.clock
    event = lambda eid: titan.event(timed_events, eid)  # noqa: E731
    wreck_m = float(depth.loc[depth["kind"] == "reference", "depth_m"].iloc[0])
    last_ping = event("mbi-last-ping")
    rates = titan.descent_rates(depth)
    warnings = hist[hist["category"] == "warning"].sort_values("date")
    age = dict(zip(people["name"], people["age"]))
    rate = data.load("ledger-facts").set_index("fact_id").loc[RATE_FACT, "value"]
    price = titan.fact("price-usd", facts)
    deadline = event("uscg-oxygen-deadline")
    implied = titan.time_of(timed_events, "uscg-oxygen-deadline") - pd.Timedelta(hours=_supply())
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
        "titan_start_local": clock(L(titan.time_of(timed_events, titan.DIVE_START))),
        "titan_all_good_local": clock(L(event("mbi-all-good")["time_utc"])),
        "titan_all_good_m": float(event("mbi-all-good")["value"]),
        "titan_last_text_local": clock(L(event("mbi-last-text")["time_utc"]), seconds=True),
        "titan_last_text_m": float(event("mbi-last-text")["value"]),
        "titan_last_ping_m": float(last_ping["value"]),
        "titan_pressure_psi": float(event(titan.IMPLOSION)["value"]),
        "titan_mbi_minutes": titan.minutes_between(timed_events, titan.DIVE_START, titan.IMPLOSION),
        "titan_share_of_way_down": 100 * float(last_ping["value"]) / wreck_m,
        "titan_wreck_m": wreck_m,
        "titan_rate_early_m_per_min": float(rates.iloc[0]["m_per_min"]),
        "titan_rate_late_m_per_min": float(rates.iloc[-1]["m_per_min"]),
        # the two official clocks (the folded note gives the originals)
        "titan_uscg_start_edt": clock(event("uscg-descent-start")["time_reported_local"]),
        "titan_uscg_lost_edt": clock(event("uscg-contact-lost")["time_reported_local"]),
        "titan_uscg_start_local": clock(L(titan.time_of(timed_events, "uscg-descent-start"))),
        "titan_uscg_lost_local": clock(L(titan.time_of(timed_events, "uscg-contact-lost"))),
        "titan_uscg_minutes": titan.minutes_between(timed_events, "uscg-descent-start", "uscg-contact-lost"),
        "titan_noaa_edt": clock(event("noaa-recorder")["time_reported_local"]),
        "titan_last_ping_utc": titan.fmt_utc(last_ping["time_utc"], seconds=True),
        "titan_uscg_lost_utc": titan.fmt_utc(titan.time_of(timed_events, "uscg-contact-lost")),
        "titan_clock_gap_minutes": titan.minutes_between(timed_events, "mbi-last-ping", "uscg-contact-lost"),
        # the search
        "titan_notified_local": clock(L(titan.time_of(timed_events, "uscg-notified"))),
        "titan_notified_hours_after": text.count(round(_hours_after(timed_events, "uscg-notified"))),
        "titan_first_brief_local": clock(L(titan.time_of(timed_events, "uscg-briefing-oxygen-70-96"))),
        "titan_first_brief_low_h": float(event("uscg-briefing-oxygen-70-96")["value"]),
        "titan_first_brief_high_h": float(event("uscg-briefing-oxygen-70-96")["value_max"]),
        "titan_supply_hours": _supply(),
        "titan_deadline_local": clock(L(deadline["time_utc"])),
        "titan_deadline_implied_start_local": clock(L(implied)),
        "titan_noises_hours_after": _hours_after(timed_events, "uscg-noises-tweet"),
        "titan_announced_local": clock(L(titan.time_of(timed_events, "uscg-implosion-briefing"))),
        "titan_announced_hours_after": _hours_after(timed_events, "uscg-implosion-briefing"),
        "titan_debris_ft": debris_ft,
        "titan_debris_m": round(debris_ft * titan.FT, -1),
        "titan_search_surface_assets": text.count(titan.fact("search-surface-assets", facts)),
        "titan_search_subsurface_assets": text.count(titan.fact("search-subsurface-assets", facts)),
        "titan_search_air_assets": text.count(titan.fact("search-air-assets", facts)),
        "titan_search_area_sq_mi": titan.fact("search-area-sq-mi", facts),
        # afterwards
        "titan_stored_months": text.count(titan.fact("stored-outdoors-months", facts)),
        "titan_mbi_pages": int(titan.fact("mbi-report-pages", facts)),
        "titan_mbi_recommendations": int(titan.fact("mbi-recommendations", facts)),
        # what holds up: the price in pounds at a sourced rate
        "titan_usd_per_gbp": float(rate),
        "titan_price_gbp_at_rate": int(round(price / rate, -3)),
    }


# --- charts and the history table -------------------------------------------------------------


def history_chart():
    """The warnings and the main events, 2009 to 2025, as one dated list."""
    return charts.plot_history(titan.history())


def dive_chart():
    """The last dive: the reported depths against time."""
    return charts.plot_dive(titan.depth_points(), titan.events())


def search_chart():
    """The 96 hours of oxygen counted down, beside the implosion and the Coast Guard's estimates."""
    return charts.plot_search_window(titan.events(), _supply())


def history_table() -> html.Table:
    """Every dated event of the history, with its source linked, folded: the chart's full record."""
    hist = titan.history()
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
    return charts.plot_search_window(titan.events(), _supply(), at_hours=at_hours)


def moment_options() -> list[tuple[str, float]]:
    """One option per timed event of the dive and the search: ('18 June, 10:47:02 a.m.: Last message…', hours)."""
    out = []
    for r in titan.moments(titan.events()).itertuples():
        seconds = r.time_local.second != 0
        out.append(
            (f"{text.day_month(r.time_local)}, {text.clock(r.time_local, seconds=seconds)}: {r.label}", float(r.hours))
        )
    return out


def panel() -> Panel:
    """Moments of the dive and the search on the countdown: a list of events on the page, a slider live."""
    import ipywidgets as w

    options = moment_options()
    timed_events = titan.events()
    first = titan.hours_since_start(timed_events, titan.time_of(timed_events, FIRST_MOMENT))
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


# --- the article's figures and claims (python -m bookbuild.ledger writes them to data/) -------

#: Every figure the article prints, in order: (figure, the claim that checks it, or why it is not one).
FIGURES = [
    ("9", "", "page-furniture"),
    ("2023", "titan-dive-june-2023", ""),
    ("9", "", "page-furniture"),
    ("one", "", "not-a-quantity"),
    ("9", "", "page-furniture"),
    ("9", "", "page-furniture"),
    ("9", "", "page-furniture"),
    ("one", "", "not-a-quantity"),
    ("first", "", "not-a-quantity"),
    ("2023", "titan-dive-june-2023", ""),
    ("9", "", "page-furniture"),
    ("9", "", "page-furniture"),
    ("9", "", "page-furniture"),
    ("9", "", "page-furniture"),
    ("2018", "titan-fired-2018", ""),
    ("three", "titan-lochridge-three-years", ""),
    ("one", "", "not-a-quantity"),
    ("FIVE", "titan-five-aboard", ""),
    ("Four", "titan-four-passengers", ""),
    ("195,000", "titan-price-195000gbp", ""),
    ("fifth", "titan-four-passengers", ""),
    ("18", "titan-vanished-2023-06-18", ""),
    ("2023", "titan-vanished-2023-06-18", ""),
    ("40", "titan-winter-40-years", ""),
    ("first", "titan-only-dive-2023", ""),
    ("2023", "titan-only-dive-2023", ""),
    ("four", "titan-five-aboard", ""),
    ("12,5000ft", "titan-depth-12500ft", ""),
    ("four", "titan-four-day-search", ""),
    ("96", "titan-oxygen-96h", ""),
    ("10,000ft", "titan-rov-10000ft", ""),
    ("1,600ft", "titan-debris-1600ft", ""),
]


def claims() -> list[dict]:
    """The article's claims: each figure it prints that we check, the value found and how to read it."""
    timed_events, depth, facts, hist = titan.events(), titan.depth_points(), titan.facts(), titan.history()
    FT = 0.3048
    wreck_m = float(depth.loc[depth.point_id == "wreck", "depth_m"].iloc[0])
    wreck_ft = round(wreck_m / FT)
    debris_ft = float(titan.event(timed_events, "uscg-implosion-briefing")["value"])
    uscg_min = titan.minutes_between(timed_events, "uscg-descent-start", "uscg-contact-lost")
    mbi_min = round(titan.minutes_between(timed_events, "mbi-descent-start", "mbi-last-ping"), 1)
    gap_min = titan.minutes_between(timed_events, "mbi-last-ping", "uscg-contact-lost")
    noise_h = round(
        (
            titan.time_of(timed_events, "uscg-noises-tweet") - titan.time_of(timed_events, "mbi-implosion")
        ).total_seconds()
        / 3600,
        1,
    )
    search_days = round(
        (
            titan.time_of(timed_events, "uscg-implosion-briefing") - titan.time_of(timed_events, "uscg-notified")
        ).total_seconds()
        / 86400,
        1,
    )
    fired = hist.loc[hist.event_id == "lochridge-fired", "date"].iloc[0]
    # "as it made its way down": the last reported depth is short of the wreck, after the descent began
    last_ping_m = float(titan.event(timed_events, "mbi-last-ping")["value"])
    on_the_way_down = int(0 < uscg_min and 0 < mbi_min and last_ping_m < wreck_m)
    # the Navy's judgement is on record, and it names ocean noise or other ships as the likely source
    navy = facts.set_index("fact_id").loc["navy-noise-assessment", "value_as_reported"]
    navy_judged = int("ocean noise" in navy and "ships" in navy)
    rate = float(data.load("ledger-facts").set_index("fact_id").loc[RATE_FACT, "value"])
    price_gbp = round(titan.fact("price-usd", facts) / rate)
    rows = [
        dict(
            claim_id="titan-depth-12500ft",
            claim="The dive was a descent of about 12,500 ft towards the Titanic wreck",
            stated_value=12500,
            stated_unit="ft",
            stated_text="12,5000ft",
            found_value=wreck_ft,
            found_unit="ft",
            found_where="titan-dive-depth, row wreck (about 3,800 m, as reported from the 2024 hearing), converted at 0.3048 m per ft; titan-facts, row wreck-depth-ft (about 12,500 ft as reported)",
            reading="rounded",
            basis="dataset",
            note=f"Printed with a typo; read as 12,500 ft it matches the wreck's depth (about {wreck_m:,.0f} m, {wreck_ft:,} ft). Titan never got there: its last ping came at 3,346 m.",
        ),
        dict(
            claim_id="titan-debris-1600ft",
            claim="The debris was found about 1,600 ft from the Titanic",
            stated_value=1600,
            stated_unit="ft",
            stated_text="around 1,600ft",
            found_value=debris_ft,
            found_unit="ft",
            found_where="titan-dive-search, row uscg-implosion-briefing (Coast Guard briefing, 22 June 2023)",
            reading="rounded",
            basis="dataset",
            note=f"The Coast Guard said Titan's tail cone lay about {debris_ft:,.0f} ft (about {debris_ft * FT:,.0f} m) from the Titanic's bow.",
        ),
        dict(
            claim_id="titan-price-195000gbp",
            claim="A seat on the trip cost £195,000",
            stated_value=195000,
            stated_unit="GBP",
            stated_text="£195,000 each",
            found_value=price_gbp,
            found_unit="GBP",
            found_where=(
                f"titan-facts, row price-usd (US$250,000, Business Today); ledger-facts: {RATE_FACT} "
                "(Federal Reserve, June 2023 average), our arithmetic"
            ),
            reading="rounded",
            basis="dataset",
            note=(
                f"OceanGate's price was US$250,000 a seat. At the Federal Reserve's average rate for June 2023, "
                f"US${rate:.4f} to the pound, that is about £{round(price_gbp, -3):,.0f}, "
                f"{abs(195000 - price_gbp) / price_gbp:.1%} "
                "more than the article's figure; mid-June market rates were a little higher, which brings it "
                "nearer £195,000. How many people paid is a separate claim."
            ),
        ),
        dict(
            claim_id="titan-oxygen-96h",
            claim="Those aboard had a 96-hour oxygen supply",
            stated_value=96,
            stated_unit="h",
            stated_text="96-hour oxygen supply",
            found_value=titan.fact("life-support-hours", facts),
            found_unit="h",
            found_where="titan-facts, row life-support-hours (OceanGate's specification, per the Coast Guard)",
            reading="exact",
            basis="dataset",
            note=f"By the Marine Board's times the hull imploded about {mbi_min:.0f} minutes into the dive, so the supply never came into play.",
        ),
        dict(
            claim_id="titan-contact-lost-uscg",
            claim="Contact was lost during the descent: the Coast Guard's clock (June 2023)",
            stated_unit="",
            stated_text="as it made its way down",
            stated_value=1,
            found_value=on_the_way_down,
            found_unit="",
            found_where="titan-dive-search, rows uscg-descent-start (12:00 UTC) and uscg-contact-lost (13:45 UTC); titan-dive-depth, row wreck",
            reading="holds",
            basis="dataset",
            note="The article gives no time. In June 2023 the Coast Guard said contact was lost 1 h 45 min into the descent, at 9:45 a.m. EDT (13:45 UTC).",
        ),
        dict(
            claim_id="titan-contact-lost-mbi",
            claim="Contact was lost during the descent: the Marine Board's clock (2024–25)",
            stated_unit="",
            stated_text="as it made its way down",
            stated_value=1,
            found_value=on_the_way_down,
            found_unit="",
            found_where="titan-dive-search, rows mbi-descent-start (about 11:45 UTC) and mbi-last-ping (13:17:08 UTC); titan-dive-depth, row wreck; our arithmetic",
            reading="holds",
            basis="dataset",
            note=f"The Marine Board's 'local' times (read as UTC−2:30, an inference) put the last ping at 10:47:08, about {mbi_min:.0f} minutes after a descent begun around 9:15: 13:17 UTC, {gap_min:.0f} minutes before the Coast Guard's 2023 time.",
        ),
        dict(
            claim_id="titan-banging-noises",
            claim="The US Navy judged the banging noises most likely ocean noise or other search ships",
            stated_unit="",
            stated_text="likely either ocean noises or from other search ships",
            stated_value=1,
            found_value=navy_judged,
            found_unit="",
            found_where="titan-facts, row navy-noise-assessment (a US Navy official to CBS News, as reported by Global News)",
            reading="holds",
            basis="dataset",
            note=(
                f"A US Navy official told CBS News the noises were most likely either ocean noise or noise from "
                f"other search ships, Global News reported. The Coast Guard had first made the noises public about "
                f"{noise_h:.0f} hours after the implosion, by the Marine Board's times."
            ),
        ),
        dict(
            claim_id="titan-four-day-search",
            claim="The search lasted four days",
            stated_value=4,
            stated_unit="days",
            stated_text="four-day search",
            found_value=search_days,
            found_unit="days",
            found_where="titan-dive-search, rows uscg-notified (18 June, 21:40 UTC) and uscg-implosion-briefing (22 June, 19:00 UTC)",
            reading="rounded",
            basis="dataset",
            note=f"From the Coast Guard being told Titan was overdue to the briefing that announced the implosion: {search_days} days.",
        ),
        dict(
            claim_id="titan-fired-2018",
            claim="Lochridge was fired in 2018",
            stated_value=2018,
            stated_unit="year",
            stated_text="fired back in 2018",
            found_value=int(f"{fired:%Y%m%d}"),
            found_unit="date",
            found_where="titan-history, row lochridge-fired (19 January 2018, from the court papers)",
            reading="date",
            basis="dataset",
            note="Dismissed on 19 January 2018, the day after he gave Rush his inspection report.",
        ),
    ] + _context_claims()
    for r in rows:
        r["article"] = "titan"
        for k in ("stated_value", "found_value"):
            v = r[k]
            if isinstance(v, float) and v.is_integer():
                r[k] = int(v)
    return rows


def _context_claims() -> list[dict]:
    """The article's other figures: the dive's date, who was aboard, Lochridge's years, the recovery plan."""
    timed_events, hist, facts = titan.events(), titan.history(), titan.facts()
    people = titan.people()
    paid = people[people["paid_seat"]]
    descent, lost = titan.time_of(timed_events, "mbi-descent-start"), titan.time_of(timed_events, "uscg-contact-lost")
    fired = hist.loc[hist.event_id == "lochridge-fired", "date"].iloc[0]
    joined = fact("lochridge-joined")
    lift = fact("recovery-lift-line")
    lift_ft = float(lift["found_value"]) / 0.3048
    none = dict(found_value="", found_unit="", basis="none")
    return [
        dict(
            claim_id="titan-dive-june-2023",
            claim="Titan imploded on a dive in June 2023",
            stated_value=202306,
            stated_unit="month",
            stated_text="a June 2023 expedition",
            reading="date",
            found_value=int(f"{descent:%Y%m%d}"),
            found_unit="date",
            basis="dataset",
            found_where="titan-dive-search, row mbi-descent-start",
            note=f"The dive began on the morning of {descent.day} {descent:%B %Y}.",
        ),
        dict(
            claim_id="titan-vanished-2023-06-18",
            claim="Titan vanished on 18 June 2023",
            stated_value=20230618,
            stated_unit="date",
            stated_text="June 18, 2023",
            reading="date",
            found_value=int(f"{lost:%Y%m%d}"),
            found_unit="date",
            basis="dataset",
            found_where="titan-dive-search, row uscg-contact-lost (9:45 a.m. EDT)",
            note="Both clocks put the loss of contact on the same day, in the late morning local time.",
        ),
        dict(
            claim_id="titan-five-aboard",
            claim="Five men were aboard: Rush and four others",
            stated_value=5,
            stated_unit="people",
            stated_text="FIVE men",
            reading="exact",
            found_value=len(people),
            found_unit="people",
            basis="dataset",
            found_where="titan-people, all rows",
            note="Rush piloted; the others were Nargeolet, Harding and Shahzada and Suleman Dawood.",
        ),
        dict(
            claim_id="titan-four-passengers",
            claim="Four of the five paid for their seats; the fifth was crew",
            stated_value=4,
            stated_unit="people",
            stated_text="Four passengers paid",
            reading="exact",
            found_value=len(paid),
            found_unit="people",
            basis="dataset",
            found_where="titan-people, rows with a paid seat (Harding and the two Dawoods)",
            note=(
                "Three paid: Hamish Harding and Shahzada and Suleman Dawood, OceanGate's 'mission specialists'. "
                "The other two were the company's: Rush, the pilot, and Paul-Henri Nargeolet, whom OceanGate had "
                "designated a member of its crew, according to his family's lawsuit (CBS News)."
            ),
        ),
        dict(
            claim_id="titan-lochridge-three-years",
            claim="Lochridge had worked at OceanGate for three years when he was fired",
            stated_value=3,
            stated_unit="years",
            stated_text="for three years",
            reading="rounded",
            found_value=fired.year - int(joined["found_value"]),
            found_unit="years",
            basis="sourced-fact",
            found_where=f"{joined['found_where']} (joined); titan-history, row lochridge-fired",
            note=(
                f"Court filings, as reported, have him start in {joined['found_value']} (as a contractor at "
                f"first) and he was fired on {fired.day} {fired:%B %Y}: about three years."
            ),
        ),
        dict(
            claim_id="titan-rov-10000ft",
            claim="The plan was to bring Titan up to a depth of about 10,000 ft",
            stated_value=10000,
            stated_unit="ft",
            stated_text="bring it up 10,000ft",
            reading="rounded",
            found_value=round(lift_ft),
            found_unit="ft",
            basis="sourced-fact",
            found_where=f"{lift['found_where']}, converted at 0.3048 m per ft",
            note=(
                f"Pelagic Research Services, which ran the remotely operated vehicle (ROV), described bringing "
                f"Titan up to a lifting line "
                f"held at {float(lift['found_value']):,.0f} m (about {lift_ft:,.0f} ft) by the ship Deep Energy. "
                "What was to meet Titan there is a separate claim."
            ),
        ),
        dict(
            claim_id="titan-second-rov",
            claim="At that depth a second ROV would take Titan to the surface",
            stated_value=1,
            stated_unit="",
            stated_text="where it would meet another ROV",
            reading="holds",
            found_value=int(titan.fact("recovery-second-rov", facts) >= 1),
            found_unit="",
            basis="dataset",
            found_where="titan-facts, row recovery-second-rov (Pelagic Research Services' briefing, via WBEN)",
            note=(
                "Pelagic Research Services, which ran the ROV, described a lifting line held by the ship Deep "
                "Energy at 3,000 m, not a second ROV. It gave the plan in a briefing on the recovery of the "
                "debris, after hope of a rescue had ended."
            ),
        ),
        dict(
            claim_id="titan-winter-40-years",
            claim="Harding wrote that Newfoundland had its worst winter in 40 years",
            stated_value=40,
            stated_unit="years",
            stated_text="worst winter in Newfoundland in 40 years",
            reading="cannot-test",
            found_where="no weather record found that ranks the winter",
            note="Harding's own words in a social-media post; we found no weather record that ranks the winter "
            "of 2022–23.",
            **none,
        ),
        dict(
            claim_id="titan-only-dive-2023",
            claim="Harding expected this to be the only crewed mission to the Titanic in 2023",
            stated_value="",
            stated_unit="",
            stated_text="first and only manned mission",
            reading="cannot-test",
            found_value="",
            found_unit="",
            basis="dataset",
            found_where="titan-history, rows weather-2023, dive-87-aborted and dive-88",
            note="A forecast, not a fact. Bad weather and an aborted dive (12 June) came first, and the dive of 18 "
            "June never reached the wreck: no crewed OceanGate dive reached the Titanic in 2023.",
        ),
    ]
