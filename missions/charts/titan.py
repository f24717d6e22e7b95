"""Charts for Part III (Titan): the warnings in the history, the last dive's depth, the countdown.

Each function takes the curated tables (missions.titan.history(), events(), depth_points()) and
returns a house-style Chart with a source line computed from the rows it draws, an alt text
computed from the data, and those rows as its data. Times are on the book's one clock (the
Marine Board's "local" time, read as Newfoundland Daylight Time, UTC−2:30: an inference); the
notes give the other clocks. Warnings are marked by shape and a text marker as well as colour;
derived values (descent rates, the 96-hour countdown) are labelled as our arithmetic.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import matplotlib.dates as mdates
import pandas as pd

from missions import style, text, titan

WARN = "▲"  # a warning, so that it does not depend on colour
OTHER = "•"
LABEL_PT = 12.5  # labels in the charts: above the 11-pt house minimum, about 11 CSS px at 342 px wide
LIST_PT = 13  # the dated list
INK = "#222222"
WARN_INK = "#9A3B00"  # a darker vermillion for bold text on white
CG_INK = "#8A5A00"  # a darker orange for the Coast Guard's 2023 clock
GREEN_INK = "#00563F"


def _outlet(source: str) -> str:
    """'The New York Times, via Newser' -> 'The New York Times'; 'WIRED (Mark Harris…)' -> 'WIRED';
    'OceanGate press release, 8 December 2016' -> 'OceanGate'."""
    name = re.split(r" \(|, ", str(source))[0].strip()
    return re.sub(r" (press release|release)$", "", name)


def _source_line(rows: pd.DataFrame, lead: str, n: int = 4, tail: str = "") -> str:
    """'Source: <lead><the n outlets most used by the drawn rows, most used first>; <tail>.'"""
    names = [
        _outlet(s)
        for s in rows["source"].dropna()
        if s != "Missions calculation" and not s.startswith(("US Coast Guard", "Missions"))
    ]
    counts = Counter(names)
    first = {name: names.index(name) for name in counts}
    top = sorted(counts, key=lambda k: (-counts[k], first[k]))[:n]
    return f"Source: {lead}{text.names(top)}" + (f"; {tail}" if tail else "") + "."


# --- the history: a dated list -------------------------------------------------------------------


def _date_words(row) -> tuple[str, str]:
    """(year, day and month) for the list: ('2018', '18 Jan'), ('2018', 'Jun'), ('2009', '')."""
    d = row.date
    return f"{d:%Y}", {"year": "", "month": f"{d:%b}", "day": f"{d.day} {d:%b}"}[row.precision]


def _date_in_words(row) -> str:
    """'7 July 2016', 'April 2019', '2009': a history row's date as precisely as it is known."""
    return {"year": f"{row.date:%Y}", "month": text.month(row.date), "day": text.day(row.date)}[row.precision]


def plot_history(history: pd.DataFrame) -> style.Chart:
    """The labelled events of the history as one dated list, warnings marked ▲, years ruled off."""
    rows = history[history["chart_label"].notna()].sort_values("date").reset_index(drop=True)
    n = len(rows)
    size = LIST_PT
    line_in = 0.26
    fig, ax = style.new_figure(height=1.6 + n * line_in + 0.15)
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(n - 0.5, -1.0)
    x_year, x_day, x_mark, x_label = 0.0, 0.28, 0.315, 0.355
    ax.text(x_label, -0.8, f"{WARN} warning   {OTHER} other event", fontsize=12, color="#555555", va="center")
    previous_year = None
    for i, row in rows.iterrows():
        year, day = _date_words(row)
        warn = row["category"] == "warning"
        last = row["event_id"] == "dive-88"
        if year != previous_year:
            ax.axhline(i - 0.5, color="#CCCCCC", lw=0.8, xmin=0, xmax=1)
            ax.text(x_year, i, year, fontsize=size, fontweight="bold", va="center", color=INK)
            previous_year = year
        ax.text(x_day, i, day, fontsize=size, va="center", ha="right", color="#444444")
        ax.text(
            x_mark,
            i,
            WARN if warn else ("●" if last else OTHER),
            fontsize=size,
            va="center",
            ha="center",
            color=style.HIGHLIGHT if warn else (style.PALETTE["blue"] if last else "#777777"),
        )
        ax.text(
            x_label,
            i,
            row["chart_label"],
            fontsize=size,
            va="center",
            fontweight="bold" if warn or last else "normal",
            color=WARN_INK if warn else INK,
        )
    first, final = int(history["date"].dt.year.min()), int(history["date"].dt.year.max())
    ax.set_title(f"OceanGate and Titan, {first} to {final}", pad=6)
    warns = rows[rows["category"] == "warning"]
    alt = (
        f"A dated list of {n} events from the history of OceanGate and Titan, {first} to {final}. "
        f"{text.count(len(warns)).capitalize()} of them are marked as warnings: "
        + "; ".join(f"{_date_in_words(r)}, {r.chart_label}" for r in warns.itertuples())
        + f". The list continues with the last dive on 18 June 2023, the search and the inquiries, "
        f"up to the {rows.iloc[-1]['chart_label']} in {rows.iloc[-1]['date']:%B %Y}."
    )
    note = (
        f"{WARN} = a warning: a safety concern raised with the company, or damage or a failure in testing "
        "or diving, before the last dive. The 2016 model was a scale model of the hull, not the sub."
    )
    drawn = rows.assign(warning=rows["category"] == "warning")[
        ["event_id", "date_as_known", "chart_label", "category", "warning", "source", "source_url"]
    ]
    source = _source_line(rows, "news reports and official releases, each named in the data; most often ")
    return style.finish(fig, source=source, alt=alt, note=note, data=drawn, name="titan-history")


# --- the last dive ----------------------------------------------------------------------------


def plot_dive(depth: pd.DataFrame, events: pd.DataFrame) -> style.Chart:
    """Depth against time on 18 June 2023 from the reported points only, with the wreck's depth."""
    fig, ax = style.new_figure(height=6.4)
    size = LABEL_PT
    ax.tick_params(labelsize=13)
    pts = depth[depth["kind"] == "reported"].sort_values("time_utc").reset_index(drop=True)
    pts["time_local"] = [titan.local(t) for t in pts["time_utc"]]
    wreck = float(depth.loc[depth["kind"] == "reference", "depth_m"].iloc[0])
    ink = style.PALETTE["black"]
    mask = dict(boxstyle="square,pad=0.05", fc="white", ec="none")
    # straight lines between reported points: not a measured path
    ax.plot(pts["time_local"], pts["depth_m"], ls=":", color=style.MUTED, lw=1.8, zorder=1)
    ax.plot(pts["time_local"], pts["depth_m"], ls="none", marker="o", ms=7, color=ink, zorder=3)
    ax.axhline(wreck, color=style.PALETTE["blue"], ls="--", lw=1.5)
    day = pts["time_local"].iloc[0].normalize()
    t_min, t_max = day + pd.Timedelta(hours=8, minutes=55), day + pd.Timedelta(hours=11, minutes=40)
    by_id = {r.point_id: r for r in pts.itertuples()}
    s0, ag = by_id["surface"], by_id["all-good"]
    lt, lp = by_id["last-text"], by_id["last-ping"]
    ax.annotate(
        f"Left the surface, {text.clock(s0.time_local)}",
        xy=(s0.time_local, 0),
        xytext=(8, 0),
        textcoords="offset points",
        ha="left",
        va="center",
        fontsize=size,
        bbox=mask,
        zorder=4,
    )
    ax.annotate(
        f"“All good here”,\nabout {ag.depth_m:,.0f} m,\n{text.clock(ag.time_local)}",
        xy=(ag.time_local, ag.depth_m),
        xytext=(-9, 0),
        textcoords="offset points",
        ha="right",
        va="center",
        fontsize=size,
        linespacing=1.1,
        bbox=mask,
        zorder=4,
    )
    # the last message and the last ping, six seconds apart: one label, below the wreck's line
    ax.annotate(
        f"Last message, {lt.depth_m:,.0f} m, and last ping,\n{lp.depth_m:,.0f} m, at "
        f"{text.clock(lp.time_local, seconds=True)}",
        xy=(lp.time_local, lp.depth_m),
        xytext=(t_min + pd.Timedelta(minutes=4), wreck + 170),
        ha="left",
        va="top",
        fontsize=size,
        linespacing=1.1,
        bbox=mask,
        zorder=4,
        arrowprops=dict(arrowstyle="-", color="#666666", lw=0.9, shrinkA=2, shrinkB=5, relpos=(0.78, 1.0)),
    )
    rates = titan.descent_rates(depth)
    for r in rates.itertuples():  # each rate beside its own segment, in the empty space above it
        mid_t = titan.local(r.t0 + (r.t1 - r.t0) / 2)
        ax.annotate(
            f"≈{r.m_per_min:.0f} m/min",
            xy=(mid_t, (r.d0 + r.d1) / 2),
            xytext=(7, 7),
            textcoords="offset points",
            fontsize=size,
            style="italic",
            color="#444444",
            ha="left",
            va="bottom",
        )
    ax.text(
        t_min + pd.Timedelta(minutes=4),
        wreck - 60,
        f"Titanic wreck, about {wreck:,.0f} m",
        color=style.PALETTE["blue"],
        fontsize=size,
        va="bottom",
        ha="left",
        bbox=mask,
        zorder=4,
    )
    # the Coast Guard's June 2023 clock, for comparison, labelled in a band above the dive
    cg = style.PALETTE["orange"]
    cg_rows = []
    for eid, words, ha in (
        ("uscg-descent-start", "Coast Guard, 2023:\ndescent {}", "left"),
        ("uscg-contact-lost", "contact lost\n{}", "right"),
    ):
        event = titan.event(events, eid)
        t = titan.local(event["time_utc"])
        ax.axvline(t, color=cg, ls="-.", lw=1.4, zorder=0)
        shift = pd.Timedelta(minutes=2)
        # the two labels are staggered: the descent's at the top of the band, the loss of contact's below it
        ax.text(
            t + shift if ha == "left" else t - shift,
            -1700 if ha == "left" else -280,
            words.format(text.clock(t)),
            color=CG_INK,
            fontsize=size,
            va="top" if ha == "left" else "bottom",
            ha=ha,
            linespacing=1.05,
        )
        cg_rows.append(
            {
                "item": f"Coast Guard, 2023: {words.split(chr(10))[-1].format('').strip()}",
                "time_local": t,
                "time_utc": event["time_utc"],
                "depth_m": None,
                "m_per_min": None,
                "source": event["source"],
            }
        )
    ax.set_ylim(wreck + 880, -1750)
    ax.set_yticks(range(0, int(wreck) + 1, 1000))
    ax.yaxis.set_major_formatter(lambda v, _pos: f"{v:,.0f}")
    ax.set_xlim(t_min, t_max)
    ax.xaxis.set_major_locator(mdates.MinuteLocator(byminute=[0, 30]))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%-H:%M"))
    ax.set_ylabel("Depth (m)", fontsize=13)
    ax.set_xlabel("18 June 2023, Newfoundland time", fontsize=13)
    ax.set_title("Titan's last dive, 18 June 2023")
    start, last = pts.iloc[0], pts.iloc[-1]
    mins = (last["time_utc"] - start["time_utc"]).total_seconds() / 60
    uscg_mins = titan.minutes_between(events, "uscg-descent-start", "uscg-contact-lost")
    alt = (
        f"Chart of depth against time on the morning of 18 June 2023, Newfoundland time, with {text.count(len(pts))} "
        f"reported points: the surface at {text.clock(start['time_local'])}, about "
        f"{pts.iloc[1]['depth_m']:,.0f} m at {text.clock(pts.iloc[1]['time_local'])}, "
        f"{pts.iloc[2]['depth_m']:,.0f} m and the last ping at {last['depth_m']:,.1f} m at "
        f"{text.clock(last['time_local'], seconds=True)}, about {mins:.0f} minutes into the dive by the "
        f"Marine Board's times, short of the wreck at about {wreck:,.0f} m. Derived average rates between "
        "points: "
        + " and ".join(f"{r.m_per_min:.0f} m per minute" for r in rates.itertuples())
        + f". Dash-dot lines mark the Coast Guard's 2023 times, descent at "
        f"{text.clock(titan.local(titan.time_of(events, 'uscg-descent-start')))} and contact lost at "
        f"{text.clock(titan.local(titan.time_of(events, 'uscg-contact-lost')))}, {uscg_mins:.0f} minutes apart."
    )
    note = (
        "Dotted lines join reported points; rates are our arithmetic. Newfoundland time (UTC−2:30) is our "
        "reading of the Marine Board's 'local'. The Coast Guard's 2023 times: 8:00 and 9:45 a.m. EDT. "
        f"Last ping in UTC: {titan.fmt_utc(last['time_utc'], seconds=True)}."
    )
    drawn = pd.concat(
        [
            pd.DataFrame(
                {
                    "item": pts["what"],
                    "time_local": pts["time_local"],
                    "time_utc": pts["time_utc"],
                    "depth_m": pts["depth_m"],
                    "m_per_min": None,
                    "source": pts["source"],
                }
            ),
            pd.DataFrame(
                [
                    {
                        "item": f"average rate, {r['from']} to {r['to']} (our arithmetic)",
                        "time_local": titan.local(r["t0"]),
                        "time_utc": r["t0"],
                        "depth_m": None,
                        "m_per_min": round(r["m_per_min"], 1),
                        "source": "Missions calculation",
                    }
                    for _, r in rates.iterrows()
                ]
            ),
            pd.DataFrame(cg_rows),
            pd.DataFrame(
                [
                    {
                        "item": "Titanic wreck (reference depth)",
                        "time_local": None,
                        "time_utc": None,
                        "depth_m": wreck,
                        "m_per_min": None,
                        "source": depth.loc[depth["kind"] == "reference", "source"].iloc[0],
                    }
                ]
            ),
        ],
        ignore_index=True,
    )
    source = _source_line(pd.concat([pts, pd.DataFrame(cg_rows)]), "US Coast Guard, as reported by ")
    return style.finish(fig, source=source, alt=alt, note=note, data=drawn, name="titan-dive")


# --- the search: 96 hours counted down ------------------------------------------------------------

#: Labels of the Coast Guard's public estimates: one label for each pair close in time, in reading order.
ESTIMATE_LABELS = {
    "uscg-briefing-oxygen-70-96": "{}",
    "uscg-oxygen-40": "{}, then 36 h",
    "uscg-oxygen-20": "{}, then 15–16 h",
}


def plot_search_window(events: pd.DataFrame, supply_hours: float, at_hours: float | None = None) -> style.Chart:
    """The 96 hours of oxygen counted down from the descent, the Coast Guard's own estimates and what
    happened when; with `at_hours`, a cursor at that moment (the chapter's panel)."""
    size = LABEL_PT
    fig, ax = style.new_figure(height=5.4 if at_hours is None else 6.0)
    ax.tick_params(labelsize=13)
    ax.grid(False)
    start = titan.time_of(events, titan.DIVE_START)
    end = start + pd.Timedelta(hours=supply_hours)
    implosion = titan.time_of(events, titan.IMPLOSION)
    L = titan.local
    day0 = L(start).normalize()
    x0, x1 = day0, day0 + pd.Timedelta(days=5)
    band = supply_hours + 4  # the first day's events are labelled above the plotted hours
    top = band + 24 if at_hours is None else band + 58
    grey = "#555555"
    mask = dict(boxstyle="square,pad=0.08", fc="white", ec="none")  # a moving cursor passes behind labels
    rows = []
    for y in range(0, int(supply_hours) + 1, 24):
        ax.axhline(y, color="#E5E5E5", lw=0.8, zorder=0)
    # the countdown (derived): a straight line from the supply at the descent to zero, labelled along it
    ax.plot([L(start), L(end)], [supply_hours, 0], color=grey, ls="--", lw=1.6, zorder=1)
    slope = -supply_hours / (supply_hours / 24)  # hours of oxygen per day, in data units
    at = L(start) + pd.Timedelta(hours=39)
    ax.text(
        at,
        supply_hours - 39 + 4,
        f"{supply_hours:.0f}-hour countdown",
        fontsize=size,
        color=grey,
        rotation=math.degrees(math.atan2(slope, 1)),
        rotation_mode="anchor",
        transform_rotates_text=True,
        ha="left",
        va="bottom",
        bbox=mask,
        zorder=4,
    )
    rows += [
        {
            "item": "countdown start: Titan leaves the surface (Marine Board)",
            "time_local": L(start),
            "time_utc": start,
            "oxygen_hours": supply_hours,
            "source": titan.event(events, titan.DIVE_START)["source"],
        },
        {
            "item": f"countdown end: {supply_hours:.0f} hours later (our arithmetic)",
            "time_local": L(end),
            "time_utc": end,
            "oxygen_hours": 0,
            "source": "Missions calculation",
        },
    ]
    # the implosion, about 92 minutes into the dive, and the Coast Guard told that evening: labelled on top
    told = titan.event(events, "uscg-notified")
    ax.plot([L(implosion), L(implosion)], [0, band + 20], color=style.HIGHLIGHT, lw=2.2, zorder=2)
    ax.plot(L(told["time_utc"]), supply_hours + 1, marker="v", ms=7, color=INK, ls="none", zorder=3)
    ax.text(
        L(implosion) + pd.Timedelta(hours=2),
        band + 11,
        f"Implosion, {text.clock(L(implosion))}",
        fontsize=size,
        fontweight="bold",
        color=WARN_INK,
        va="bottom",
        ha="left",
        bbox=mask,
        zorder=4,
    )
    ax.text(
        L(implosion) + pd.Timedelta(hours=2),
        band + 9,
        f"Coast Guard told, {text.clock(L(told['time_utc']))}",
        fontsize=size,
        color=INK,
        va="top",
        ha="left",
        bbox=mask,
        zorder=4,
    )
    rows.append(
        {
            "item": "implosion (Marine Board's estimate)",
            "time_local": L(implosion),
            "time_utc": implosion,
            "oxygen_hours": None,
            "source": titan.event(events, titan.IMPLOSION)["source"],
        }
    )
    rows.append(
        {
            "item": told["label"],
            "time_local": L(told["time_utc"]),
            "time_utc": told["time_utc"],
            "oxygen_hours": None,
            "source": told["source"],
        }
    )
    # the Coast Guard's estimates of the oxygen left (filled: said in public; hollow: its projected end)
    green = style.PALETTE["green"]
    est = events[(events["category"] == "oxygen-estimate")].sort_values("time_utc")
    for r in est.itertuples():
        t = L(r.time_utc)
        projected = not r.public_statement
        words = f"{r.value:.0f}–{r.value_max:.0f} h" if pd.notna(r.value_max) else f"{r.value:.0f} h"
        if pd.notna(r.value_max) and r.value_max - r.value >= 5:
            ax.plot([t, t], [r.value, r.value_max], color=green, lw=6, solid_capstyle="butt", zorder=3)
            y = (r.value + r.value_max) / 2
        else:
            y = r.value if pd.isna(r.value_max) else (r.value + r.value_max) / 2
            ax.plot(
                t, y, marker="s", ms=8, color=green, mfc="white" if projected else green, mew=1.8, ls="none", zorder=3
            )
        if r.event_id in ESTIMATE_LABELS:
            ax.annotate(
                ESTIMATE_LABELS[r.event_id].format(words),
                xy=(t, y),
                xytext=(-8, -3),
                textcoords="offset points",
                ha="right",
                va="center",
                fontsize=size,
                color=GREEN_INK,
                bbox=mask,
                zorder=4,
            )
        rows.append(
            {
                "item": f"Coast Guard estimate of oxygen left{' (projected end)' if projected else ''}",
                "time_local": t,
                "time_utc": r.time_utc,
                "oxygen_hours": r.value if pd.isna(r.value_max) else f"{r.value:g}–{r.value_max:g}",
                "source": r.source,
            }
        )
    # 22 June: the debris found, the implosion announced
    last_day = [titan.event(events, e) for e in ("uscg-debris-tweet", "uscg-implosion-briefing")]
    for event in last_day:
        t = L(event["time_utc"])
        ax.plot([t, t], [0, 66], color=grey, lw=1.1, ls=":", zorder=1)
        rows.append(
            {
                "item": event["label"],
                "time_local": t,
                "time_utc": event["time_utc"],
                "oxygen_hours": None,
                "source": event["source"],
            }
        )
    ax.text(
        x1 - pd.Timedelta(hours=1),
        68,
        "22 June: debris\nfound, implosion\nannounced",
        fontsize=size,
        ha="right",
        va="bottom",
        color=INK,
        linespacing=1.05,
        bbox=mask,
        zorder=4,
    )
    if at_hours is not None:
        m = titan.moment(events, at_hours, supply_hours)
        t = L(m.time_utc)
        ax.plot([t, t], [0, top - 30], color=style.PALETTE["black"], lw=2.4, zorder=1.5)
        ax.plot(t, m.oxygen_left_hours, marker="o", ms=8, color=style.PALETTE["black"], zorder=5)
        frac = (t - x0) / (x1 - x0)
        ha = "left" if frac < 0.35 else "right" if frac > 0.65 else "center"
        label = m.event["label"] if m.event is not None else "the chosen moment"
        nudge = {"left": -pd.Timedelta(hours=3), "right": pd.Timedelta(hours=3), "center": pd.Timedelta(0)}[ha]
        ax.text(
            t + nudge,
            top - 2,
            f"{text.clock(t, seconds=t.second != 0)}, {text.day_month(t)}\n{label}",
            ha=ha,
            va="top",
            fontsize=size,
            fontweight="bold",
            linespacing=1.1,
            zorder=5,
            bbox=dict(facecolor="white", edgecolor="black", lw=0.8, boxstyle="round,pad=0.25"),
        )
        rows.append(
            {
                "item": f"chosen moment: {label}",
                "time_local": t,
                "time_utc": m.time_utc,
                "oxygen_hours": round(m.oxygen_left_hours, 2),
                "source": "Missions calculation",
            }
        )
        moment_alt = f"{m.name()}. {m.summary(supply_hours)}"
    ax.set_ylim(0, top)
    ax.set_yticks(range(0, int(supply_hours) + 1, 24))
    ax.set_ylabel("Hours of oxygen left", fontsize=13)
    ax.set_xlim(x0, x1)
    ax.xaxis.set_major_locator(mdates.DayLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%-d"))
    ax.set_xlabel("June 2023 (days), Newfoundland time", fontsize=13)
    ax.set_title(f"The {supply_hours:.0f}-hour countdown")
    ann = titan.time_of(events, "uscg-implosion-briefing")
    pub = est[est["public_statement"]]
    deadline = est[~est["public_statement"]]
    note = (
        f"Green: the Coast Guard's public estimates of the oxygen left; hollow square: its projected end, "
        f"{text.clock(L(deadline['time_utc'].iloc[0]))} on 22 June. The countdown is our arithmetic, from the "
        "Marine Board's descent time. Times in Newfoundland time (UTC−2:30, our reading; the Coast Guard "
        "spoke in Eastern time, UTC−4)."
    )
    alt = (
        f"Line chart of the {supply_hours:.0f} hours of oxygen counted down from Titan's descent at "
        f"{text.clock(L(start))} on 18 June 2023 (Newfoundland time) to zero at {text.clock(L(end))} on "
        f"{text.day_month(L(end))}. A red line marks the implosion at {text.clock(L(implosion))} on 18 June, "
        f"about {(implosion - start).total_seconds() / 60:.0f} minutes into the dive. The Coast Guard's "
        f"{text.count(len(pub))} public estimates of the oxygen left, from "
        f"{pub['value_max'].dropna().iloc[0]:.0f} hours on {text.day_month(L(pub['time_utc'].iloc[0]))} down "
        f"to {pub['value'].iloc[-1]:.0f} on {text.day_month(L(pub['time_utc'].iloc[-1]))}, follow the "
        f"countdown. The Coast Guard was told Titan was overdue at {text.clock(L(told['time_utc']))} on "
        f"18 June; the implosion was announced on 22 June, {(ann - implosion).total_seconds() / 3600:.0f} "
        "hours after it happened."
    )
    if at_hours is not None:  # a panel view: the chosen moment first, then what the chart shows
        alt = (
            f"{moment_alt} A black line marks this moment on the chart of the {supply_hours:.0f}-hour countdown, "
            f"beside the implosion at {text.clock(L(implosion))} on 18 June and the Coast Guard's estimates of "
            "the oxygen left."
        )
    drawn = pd.DataFrame(rows).sort_values("time_local", kind="stable").reset_index(drop=True)
    source = _source_line(drawn, "US Coast Guard, as reported by ", n=4, tail="the Marine Board (the implosion)")
    return style.finish(
        fig, source=source, alt=alt, note=note, data=drawn, name="titan-search" if at_hours is None else "titan-moment"
    )
