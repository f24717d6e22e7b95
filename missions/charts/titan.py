"""Charts for Part III (Titan): the long history, the last dive's depth, and the search window.

Each function takes the curated tables (missions.titan.history(), events(), depth_points(),
facts()) and returns a house-style Chart with a source line and an alt text computed from the
data. Warnings are marked by shape, weight and a text marker as well as colour; derived values
(descent rates, the 96-hour window) are labelled as our arithmetic.
"""
from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd

from missions import data, style
from missions import titan as tt

LANES = [  # (column heading on the chart, categories), left to right
    ("Company", ("company", "legal", "expedition")),
    ("Tests", ("testing",)),
    ("Warnings", ("warning",)),
    ("Dive, search", ("dive", "search", "recovery")),
    ("Inquiries", ("inquiry", "media")),
]
WARN = "▲"  # text marker for warnings, so they do not depend on colour


def _lane_of(category: str) -> int:
    for i, (_label, cats) in enumerate(LANES):
        if category in cats:
            return i
    raise ValueError(f"no lane for category {category!r}")


def _span(row) -> tuple[pd.Timestamp, pd.Timestamp]:
    start = row.date
    end = {"year": start + pd.DateOffset(years=1), "month": start + pd.DateOffset(months=1),
           "day": start + pd.Timedelta(days=1)}[row.precision]
    return start, end


def _date_words(row) -> str:
    d = row.date
    return {"year": f"{d:%Y}", "month": f"{d:%b %Y}", "day": f"{d.day} {d:%b %Y}"}[row.precision]


def _year_frac(t: pd.Timestamp) -> float:
    start = pd.Timestamp(year=t.year, month=1, day=1)
    return t.year + (t - start).total_seconds() / (pd.Timestamp(year=t.year + 1, month=1, day=1) - start).total_seconds()


def _spread(targets: list[float], gap: float | list[float], lo: float, hi: float) -> list[float]:
    """Label positions near their targets, within [lo, hi] (1-D repel). `gap` is the height of each
    label (one number for all, or one per label); neighbours are kept half their heights apart."""
    sizes = [gap] * len(targets) if not isinstance(gap, (list, tuple)) else list(gap)
    order = sorted(range(len(targets)), key=lambda i: targets[i])
    pos = [0.0] * len(targets)
    prev = None
    for i in order:
        floor = lo if prev is None else pos[prev] + (sizes[prev] + sizes[i]) / 2
        pos[i] = max(targets[i], floor)
        prev = i
    nxt = None
    for i in reversed(order):  # push the stack back inside hi, keeping the gaps
        ceiling = hi if nxt is None else pos[nxt] - (sizes[nxt] + sizes[i]) / 2
        pos[i] = min(pos[i], ceiling)
        nxt = i
    return pos


def plot_history(history: pd.DataFrame) -> style.Chart:
    """Vertical timeline 2009–2025: events by kind (columns), labelled on the right; warnings marked ▲."""
    fig, ax = style.new_figure(height=11.5, width=7.0)
    ax.grid(False)
    first, last = int(history["date"].dt.year.min()), int(history["date"].dt.year.max())
    lo, hi = first - 0.3, last + 1.9
    label_x = len(LANES) - 0.4
    for i, (label, _cats) in enumerate(LANES):
        ax.axvline(i, color="#EEEEEE", lw=6 if label == "Warnings" else 1, zorder=0)
        ax.text(i - 0.1, lo - 0.3, label, ha="left", va="bottom", fontsize=15, rotation=60, rotation_mode="anchor",
                fontweight="bold" if label == "Warnings" else "normal",
                color=style.HIGHLIGHT if label == "Warnings" else "#333333")
    labelled = []
    for row in history.itertuples():
        lane = _lane_of(row.category)
        warn = row.category == "warning"
        color = style.HIGHLIGHT if warn else (style.PALETTE["blue"] if row.category in ("dive", "search") else "#555555")
        start, end = _span(row)
        y0, y1 = _year_frac(start), _year_frac(end)
        if row.precision == "day":
            ax.plot(lane, y0, marker="^" if warn else "o", ms=10 if warn else 6, color=color,
                    mec="black" if warn else color, mew=0.8, zorder=3, ls="none")
        else:  # a bar over the whole year or month: the record dates it no more precisely
            ax.plot([lane, lane], [y0, y1], color=color, lw=7 if warn else 5, solid_capstyle="butt", zorder=3)
        if isinstance(row.chart_label, str) and row.chart_label:
            head = f"{WARN + ' ' if warn else ''}{_date_words(row)}"
            # long labels go on two lines (date, then what), so the column stays inside the figure
            text = f"{head} · {row.chart_label}" if len(head) + len(row.chart_label) <= 31 else f"{head}\n{row.chart_label}"
            labelled.append((lane, (y0 + y1) / 2 if row.precision != "day" else y0, warn, color, text))
    line = 0.6   # one 15-pt label line, in years on this axis
    sizes = [line * (t[4].count("\n") + 1) + 0.12 for t in labelled]
    ys = _spread([t[1] for t in labelled], sizes, lo=lo + 0.3, hi=hi - 0.1)
    for (lane, y, warn, color, text), ly in zip(labelled, ys):
        ax.annotate(text, xy=(lane, y), xytext=(label_x, ly), va="center", ha="left", fontsize=15,
                    fontweight="bold" if warn else "normal", color=color if warn else "#222222",
                    linespacing=1.0,
                    arrowprops=dict(arrowstyle="-", color="#BBBBBB", lw=0.7, shrinkA=0, shrinkB=4,
                                    relpos=(0, 0.5)),
                    annotation_clip=False)
    ax.set_ylim(hi, lo - 0.2)
    ax.set_xlim(-0.5, 20.0)
    ax.set_xticks([])
    ax.set_yticks(range(first, last + 1, 2))
    ax.spines["bottom"].set_visible(False)
    ax.set_title(f"OceanGate and Titan, {first}–{last}", pad=112)
    warns = history[history["category"] == "warning"].sort_values("date")
    n_dive = history[history["category"] == "dive"]
    columns = "; ".join(", ".join(cats) for _label, cats in LANES)
    alt = (f"Vertical timeline of {len(history)} events from {first} to {last} in {len(LANES)} columns by kind "
           f"({columns}). "
           f"{len(warns)} warnings are marked with triangles and bold labels, from "
           f"{_date_words(next(warns.itertuples()))} to {_date_words(list(warns.itertuples())[-1])}; "
           f"the fatal dive follows on {_date_words(next(n_dive.itertuples()))}, then the search, the "
           f"recovery and the inquiries up to {_date_words(list(history.itertuples())[-1])}.")
    note = ("▲ and bold = a warning: a safety concern raised or a sign of damage. Columns: company (with courts and "
            "expeditions); design and tests; warnings; dive, search and recovery; inquiries and media. Bars span "
            "the year or month when the record gives no exact day.")
    return style.finish(fig, source=data.source_line("titan-history"), alt=alt, note=note)


def plot_dive(depth: pd.DataFrame, events: pd.DataFrame) -> style.Chart:
    """Depth against time on 18 June 2023 from the reported points only, with the wreck's depth."""
    fig, ax = style.new_figure(height=8.4)
    pts = depth[depth["kind"] == "reported"].sort_values("time_utc")
    wreck = float(depth.loc[depth["kind"] == "reference", "depth_m"].iloc[0])
    ink = style.PALETTE["black"]
    backing = dict(boxstyle="square,pad=0.1", fc="white", ec="none", alpha=0.85)
    # straight lines between reported points: not a measured path
    ax.plot(pts["time_utc"], pts["depth_m"], ls=":", color=style.MUTED, lw=1.6, zorder=1)
    ax.plot(pts["time_utc"], pts["depth_m"], ls="none", marker="o", ms=7, color=ink, zorder=3)
    ax.axhline(wreck, color=style.PALETTE["blue"], ls="--", lw=1.5)
    # little room on the left, more on the right for the labels of the last points
    t_min = tt.time_of(events, "mbi-descent-start") - pd.Timedelta(minutes=20)
    t_max = tt.time_of(events, "uscg-contact-lost") + pd.Timedelta(minutes=100)
    ax.text(t_min + pd.Timedelta(minutes=3), wreck - 50, f"Titanic wreck, about {wreck:,.0f} m",
            color=style.PALETTE["blue"], fontsize=15, va="bottom")
    labels = {"surface": "left the surface", "all-good": "“all good here”", "last-text": "last message",
              "last-ping": "last ping"}

    def words(row, seconds=False):
        ev = tt.event(events, row.event_id)
        return (f"{'about ' if row.approximate and row.depth_m else ''}{row.depth_m:,.0f} m · "
                f"{labels.get(row.point_id, row.what)}, {tt.fmt_utc(row.time_utc, seconds)} ({tt.fmt_local(ev, seconds)})")

    by_id = {r.point_id: r for r in pts.itertuples()}
    s0, ag = by_id["surface"], by_id["all-good"]
    ax.annotate(f"{labels['surface']}\n{tt.fmt_utc(s0.time_utc)} ({tt.fmt_local(tt.event(events, s0.event_id))})",
                xy=(s0.time_utc, 0), xytext=(10, 0), textcoords="offset points", ha="left", va="center", fontsize=15)
    ax.annotate(words(ag).replace(", ", "\n", 1), xy=(ag.time_utc, ag.depth_m), xytext=(10, 12),
                textcoords="offset points", ha="left", va="center", fontsize=15, bbox=backing)
    # the last message and the last ping are six seconds apart: one label for both
    last_two = [by_id[k] for k in ("last-text", "last-ping") if k in by_id]
    ax.annotate("\n".join(words(r, True).replace(", ", "\n", 1) for r in last_two),
                xy=(last_two[-1].time_utc, last_two[-1].depth_m), xytext=(10, 24), textcoords="offset points",
                ha="left", va="center", fontsize=15, bbox=backing)
    rates = tt.descent_rates(depth)
    for i, r in enumerate(rates.itertuples()):
        mid_t = r.t0 + (r.t1 - r.t0) / 2
        above = i % 2 == 0
        ax.annotate(f"≈{r.m_per_min:.0f} m/min\naverage (derived)", xy=(mid_t, (r.d0 + r.d1) / 2),
                    xytext=(12, 12) if above else (-12, -12), textcoords="offset points", fontsize=15,
                    style="italic", color="#444444", va="bottom" if above else "top",
                    ha="left" if above else "right", bbox=backing)
    # the Coast Guard's June 2023 clock, for comparison: labelled under the wreck line
    uscg = style.PALETTE["orange"]
    for eid, what in (("uscg-descent-start", "descent"), ("uscg-contact-lost", "contact lost")):
        t = tt.time_of(events, eid)
        ax.axvline(t, color=uscg, ls="-.", lw=1.4, zorder=0)
        ax.text(t, wreck + 120, f" Coast Guard 2023:\n {what} {tt.fmt_utc(t)}", color="#8A5A00", fontsize=15,
                va="top", ha="left")
    ax.set_ylim(wreck + 700, -350)
    ax.set_yticks(range(0, int(wreck) + 1, 1000))
    ax.set_xlim(t_min, t_max)
    ax.set_ylabel("Depth (m)")
    ax.xaxis.set_major_locator(mdates.HourLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%H:%M", tz="UTC"))
    ax.set_xlabel("18 June 2023, time in UTC")
    ax.set_title("Titan's last dive: the only reported depths")
    last = pts.iloc[-1]
    start = pts.iloc[0]
    mins = (last["time_utc"] - start["time_utc"]).total_seconds() / 60
    uscg_mins = tt.minutes_between(events, "uscg-descent-start", "uscg-contact-lost")
    alt = (f"Chart of depth against time on 18 June 2023 with {len(pts)} reported points: the surface at "
           f"{tt.fmt_utc(start['time_utc'])}, {pts.iloc[1]['depth_m']:,.0f} m at {tt.fmt_utc(pts.iloc[1]['time_utc'])}, "
           f"{pts.iloc[2]['depth_m']:,.0f} m and the last ping at {last['depth_m']:,.1f} m at "
           f"{tt.fmt_utc(last['time_utc'], True)}, about {mins:.0f} minutes into the dive by the Marine Board's "
           f"times, short of the wreck at about {wreck:,.0f} m. Derived average rates between points: "
           + ", ".join(f"{r.m_per_min:.0f} m per minute" for r in rates.itertuples())
           + f". Dashed lines mark the Coast Guard's 2023 times, descent {tt.fmt_utc(tt.time_of(events, 'uscg-descent-start'))} "
           f"and contact lost {tt.fmt_utc(tt.time_of(events, 'uscg-contact-lost'))}, {uscg_mins:.0f} minutes apart.")
    note = ("Dotted lines join reported points; they are not a measured path. Rates are our arithmetic. Marine "
            "Board 'local' times (NDT) read as UTC−2:30, an inference; the Coast Guard's 2023 times were EDT, UTC−4.")
    return style.finish(fig, source=data.source_line("titan-dive-depth", "titan-dive-search"), alt=alt, note=note)


SEARCH_MARKS = [  # (event id, short label, label level (0 = top), horizontal alignment)
    ("uscg-notified", "Coast Guard told\nTitan is overdue", 0, "center"),
    ("uscg-briefing-oxygen-70-96", "First Coast Guard\nbriefing", 1, "center"),
    ("uscg-noises-tweet", "Banging noises\nreported", 0, "right"),
    ("uscg-debris-tweet", "Debris field\nfound", 1, "right"),
    ("uscg-implosion-briefing", "Implosion\nannounced", 0, "right"),
]


def plot_search_window(events: pd.DataFrame, supply_hours: float, at_hours: float | None = None) -> style.Chart:
    """The 96 hours of oxygen counted from the descent, against what happened and was said when."""
    # Laid out in rows measured in 15-pt text lines (y grows upwards): the cursor's label at the bottom,
    # the public oxygen estimates, the two 96-hour bars, the events at two levels, the implosion note on top.
    fig, ax = style.new_figure(height=8.4 if at_hours is not None else 7.8)
    ax.grid(False)
    start_u = tt.time_of(events, "uscg-descent-start")
    start_m = tt.time_of(events, "mbi-descent-start")
    end_u = tt.time_of(events, "derived-oxygen-end-uscg")
    end_m = tt.time_of(events, "derived-oxygen-end-mbi")
    x0 = start_u - pd.Timedelta(hours=8)
    x1 = max(end_u, tt.time_of(events, "navy-confirms")) + pd.Timedelta(hours=4)
    implosion = tt.time_of(events, "mbi-implosion")
    lost = tt.time_of(events, "uscg-contact-lost")
    text_x = lost + pd.Timedelta(hours=2)   # left edge of the texts, just right of the first two hours
    # the 96-hour windows (derived), one per clock
    for y, s, e, words in ((9.7, start_u, end_u, "the Coast Guard's\n2023"), (7.6, start_m, end_m, "the Marine\nBoard's")):
        ax.barh(y, e - s, left=s, height=1.9, color=style.PALETTE["sky"], alpha=0.5, edgecolor="#3A7CA5")
        ax.text(s + pd.Timedelta(hours=5), y, f"{supply_hours:.0f} h of oxygen from {words} descent time (derived)",
                va="center", ha="left", fontsize=15, color="#1B4F72", linespacing=1.0)
    # the Coast Guard's public estimates of oxygen left
    est = events[(events["category"] == "oxygen-estimate") & events["public_statement"]].sort_values("time_utc")
    green, dark_green = style.PALETTE["green"], "#00563F"
    ax.text(text_x, 5.9, "Coast Guard's public estimates of oxygen left:", fontsize=15,
            va="center", ha="left", color=dark_green)
    for i, r in enumerate(est.itertuples()):
        ax.plot(r.time_utc, 5.0, marker="s", color=green, ms=7, ls="none")
        hrs = f"{r.value:.0f}" + (f"–{r.value_max:.0f}" if pd.notna(r.value_max) else "")
        ax.annotate(f"{hrs} h", xy=(r.time_utc, 5.0), xytext=(0, -9 - 23 * (i % 2)), textcoords="offset points",
                    ha="center", va="top", fontsize=15, color=dark_green)
    deadline = tt.time_of(events, "uscg-oxygen-deadline")
    ax.plot(deadline, 5.0, marker="s", color=green, ms=7, mfc="white", ls="none")
    ax.annotate("0 h\n(projected)", xy=(deadline, 5.0), xytext=(-6, -9), textcoords="offset points",
                ha="left", va="top", fontsize=15, color=dark_green, linespacing=1.0)
    # events, with their labels at two levels
    for eid, words, level, ha in SEARCH_MARKS:
        t = tt.time_of(events, eid)
        top = 14.1 - 2.5 * level
        ax.plot([t, t], [10.8, top], color="#555555", lw=1, zorder=1)
        ax.plot(t, 10.8, marker="v", color="#555555", ms=7)
        ax.text(t + pd.Timedelta(hours={"left": 1, "right": -1, "center": 0}[ha]), top + 0.1, words,
                ha=ha, va="bottom", fontsize=15, linespacing=1.0)
    # the first two hours of the dive: the implosion on both clocks
    ax.axvspan(start_m, start_m + pd.Timedelta(hours=2), color=style.HIGHLIGHT, alpha=0.35, lw=0)
    for t, ls in ((implosion, "-"), (lost, "--")):
        ax.plot([t, t], [4.4, 20.3], color=style.HIGHLIGHT, lw=1.6, ls=ls)
    ax.text(text_x, 18.4,
            f"Within the first 2 hours of the dive:\nimplosion at {tt.fmt_utc(implosion)} by the Marine\nBoard's "
            f"times; contact lost at {tt.fmt_utc(lost)}\nby the Coast Guard's 2023 account",
            fontsize=15, fontweight="bold", color="#8B2E00", va="center", ha="left", linespacing=1.05)
    debris_ft = float(tt.event(events, "uscg-implosion-briefing")["value"])
    debris = (f"Debris: Titan's tail cone lay about {debris_ft:,.0f} ft ({debris_ft * 0.3048:,.0f} m) from the "
              "Titanic's bow (Coast Guard, 22 June).")
    note = debris
    alt_extra = " " + debris
    if at_hours is not None:
        m = tt.moment(events, at_hours, supply_hours)
        ax.axvline(m.time_utc, color=style.PALETTE["black"], lw=2.2)
        frac = (m.time_utc - x0) / (x1 - x0)
        ha = "left" if frac < 0.22 else "right" if frac > 0.78 else "center"
        ax.text(m.time_utc, 0.0, f"{at_hours:g} h after the descent:\n{m.oxygen_left_hours:g} h of oxygen would remain",
                ha=ha, va="bottom", fontsize=15, fontweight="bold", linespacing=1.05,
                bbox=dict(facecolor="white", edgecolor="black", lw=0.8, boxstyle="round,pad=0.25"))
        note = debris + " At the black line: " + m.summary() + "."
        alt_extra += " A black line marks the moment " + m.summary() + "."
    ax.set_ylim(-0.3 if at_hours is not None else 2.0, 20.6)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_xlim(x0, x1)
    ax.xaxis.set_major_locator(mdates.DayLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%-d Jun", tz="UTC"))
    ax.set_xlabel("June 2023, days in UTC")
    ax.set_title(f"{supply_hours:.0f} hours of oxygen, and what happened when")
    mins_m = (implosion - start_m).total_seconds() / 60
    mins_u = (lost - start_u).total_seconds() / 60
    found = tt.time_of(events, "uscg-implosion-briefing")
    alt = (f"Timeline of 18 to 22 June 2023 in UTC. Bars show the {supply_hours:.0f} hours of oxygen counted from "
           f"the descent, ending {end_u:%d June %H:%M} UTC on the Coast Guard's 2023 clock ({end_m:%H:%M} on the "
           f"Marine Board's). The implosion came {mins_m:.0f} minutes into the dive by the Marine Board's times, "
           f"and the Coast Guard in 2023 said contact was lost after {mins_u:.0f} minutes, both inside the first two "
           f"hours. The Coast Guard was told at {tt.fmt_utc(tt.time_of(events, 'uscg-notified'))} on 18 June; "
           f"{len(est)} public oxygen estimates followed, from {est['value_max'].dropna().iloc[0]:.0f} hours "
           f"down to {est['value'].iloc[-1]:.0f}; noises were reported on 21 June; the implosion was announced "
           f"{(found - implosion).total_seconds() / 3600:.0f} hours after it happened.") + alt_extra
    return style.finish(fig, source=data.source_line("titan-dive-search", "titan-facts"), alt=alt, note=note)
