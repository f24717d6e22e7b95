"""Charts for Part II (Cuba's medical missions): revenue, workers abroad, host countries, timeline, dialysis."""
from __future__ import annotations

import textwrap

import matplotlib.dates as mdates
from matplotlib.ticker import MultipleLocator
import numpy as np
import pandas as pd

from missions import cuba, style
from missions.style import PALETTE

HEALTH_COLOUR = PALETTE["vermillion"]
TOTAL_COLOUR = PALETTE["blue"]

# Who acted: colour AND marker AND a written key, so colour never carries meaning alone.
ACTOR_STYLE = {
    "Cuba": (PALETTE["blue"], "o"),
    "United States": (PALETTE["vermillion"], "s"),
    "Host governments": (PALETTE["green"], "^"),
    "IACHR": (PALETTE["purple"], "D"),
}
# Who was counted: colour AND marker, with the definition written in the key.
COUNTED_STYLE = {
    "doctors": (PALETTE["vermillion"], "o", "Doctors only"),
    "health workers": (PALETTE["blue"], "s", "Health workers (all kinds)"),
    "collaborators": (PALETTE["green"], "^", "All staff, incl. non-health"),
    "professionals": (PALETTE["purple"], "D", "'Professionals' (unspecified)"),
}
# Shorter names for the chart's key (the widget's menu uses the full ones above).
COUNTED_KEY = {
    "doctors": "Doctors only",
    "health workers": "All health workers",
    "collaborators": "All staff, incl. non-health",
    "professionals": "'Professionals'",
}
PERIODS = {
    "all": (1960, 2025, "1960–2025"),
    "1960-2005": (1960, 2005, "1960–2005: building the programme"),
    "2006-2018": (2006, 2018, "2006–2018: parole route and Mais Médicos"),
    "2019-2025": (2019, 2025, "2019–2025: visa measures"),
}


def _tx(text: str) -> str:
    """Text for matplotlib: a dollar sign is a dollar sign, never the start of maths."""
    return text.replace("$", r"\$")


def _finish(fig, *, source: str, alt: str, note: str | None = None) -> style.Chart:
    return style.finish(fig, source=source, alt=alt, note=_tx(note) if note else None)


def _bn(x: float) -> str:
    return f"US${x:.1f}bn"


def _people(n: int, qualifier: str = "exact") -> str:
    return {"more than": "more than ", "about": "about "}.get(qualifier, "") + f"{n:,}"


# ---------------------------------------------------------------------------------------- revenue
def plot_revenue(df: pd.DataFrame, measure: str = "usd", show_earlier: bool = True) -> style.Chart:
    """Health-services vs all services exports (official ONEI, 2018-2022), in US$ or as health's share.

    measure="usd": two official lines; if show_earlier, earlier reports and estimates as hollow,
    unconnected markers (never joined to the official lines). measure="share": health's share of
    services exports, computed for the years with both official figures.
    """
    off = cuba.official_revenue(df)
    fig, ax = style.new_figure(height=6.0)
    if measure == "share":
        sh = off.dropna(subset=["health_share_pct"])
        ax.plot(sh["year"], sh["health_share_pct"], color=HEALTH_COLOUR, marker="o", markersize=8)
        for y, v in zip(sh["year"], sh["health_share_pct"]):
            ax.annotate(f"{v:.1f}%", (y, v), xytext=(0, 9), textcoords="offset points", ha="center",
                        fontsize=15, fontweight="bold", color=HEALTH_COLOUR)
        ax.set_ylim(0, 100)
        ax.set_xlim(sh["year"].min() - 0.5, sh["year"].max() + 0.5)
        ax.set_xticks(sh["year"])
        ax.set_ylabel("% of services exports")
        ax.set_title("Health's share of Cuba's services exports")
        first, last = sh.iloc[0], sh.iloc[-1]
        peak = sh.loc[sh["health_share_pct"].idxmax()]
        alt = (f"Line chart: health services as a share of Cuba's services exports, official ONEI figures "
               f"{int(first.year)}–{int(last.year)}: {first.health_share_pct:.1f}% in {int(first.year)}, "
               f"a peak of {peak.health_share_pct:.1f}% in {int(peak.year)}, {last.health_share_pct:.1f}% in {int(last.year)}.")
        note = ("Share = health-services exports ÷ all services exports, both ONEI. 2018 is left out: "
                "ONEI's 2018 services total is not in the sources quoted.")
        rows = df[df["official"].astype(bool) & df["year_from"].isin(sh["year"])]
        return _finish(fig, source=cuba.chart_source(rows, "ONEI figures as quoted by "), alt=alt, note=note)

    # US$ view
    health = off.dropna(subset=["health_usd_bn"])
    total = off.dropna(subset=["total_usd_bn"])
    ax.plot(total["year"], total["total_usd_bn"], color=TOTAL_COLOUR, marker="s", markersize=7, zorder=3)
    ax.plot(health["year"], health["health_usd_bn"], color=HEALTH_COLOUR, marker="o", markersize=7, zorder=3)
    last_t, last_h = total.iloc[-1], health.iloc[-1]
    style.label_line_end(ax, last_t.year, last_t.total_usd_bn, _tx(f"All services\n{_bn(last_t.total_usd_bn)}"), TOTAL_COLOUR, dx=8, dy=10)
    style.label_line_end(ax, last_h.year, last_h.health_usd_bn, _tx(f"Health\n{_bn(last_h.health_usd_bn)}"), HEALTH_COLOUR, dx=8, dy=-10)
    drawn = df[df["official"].astype(bool)]
    n_earlier = 0
    if show_earlier:
        early = cuba.earlier_for_chart(df)
        drawn = pd.concat([drawn, early])
        n_earlier = len(early)
        tot_e = early[early["series"] == "services_total"]
        med_e = early[early["series"] != "services_total"]
        # never joined: linestyle "none"
        ax.plot(tot_e["year_from"], tot_e["value_usd_bn"], linestyle="none", marker="s", markersize=8,
                markerfacecolor="white", markeredgecolor=TOTAL_COLOUR, markeredgewidth=1.8, zorder=2)
        single = med_e[med_e["year_from"] == med_e["year_to"]]
        ax.plot(single["year_from"], single["value_usd_bn"], linestyle="none", marker="D", markersize=8,
                markerfacecolor="white", markeredgecolor=HEALTH_COLOUR, markeredgewidth=1.8, zorder=2)
        for _, r in med_e[med_e["year_from"] != med_e["year_to"]].iterrows():  # a yearly average over a period
            mid = (r["year_from"] + r["year_to"]) / 2
            ax.errorbar([mid], [r["value_usd_bn"]], xerr=[[mid - r["year_from"]], [r["year_to"] - mid]],
                        linestyle="none", marker="D", markersize=8, markerfacecolor="white",
                        markeredgecolor=HEALTH_COLOUR, markeredgewidth=1.8, ecolor=HEALTH_COLOUR, capsize=4,
                        elinewidth=1.2, zorder=2)
            ax.annotate(f"{int(r['year_from'])}–{str(int(r['year_to']))[2:]} average", (r["year_to"] + 1.9, r["value_usd_bn"]),
                        xytext=(0, -12), textcoords="offset points", ha="right", va="top", fontsize=15,
                        color=HEALTH_COLOUR)
        ax.axvline(2017.5, color=style.MUTED, linewidth=1, linestyle=":")
        ax.text(2017.6, 0.4, "official ONEI\nfigures →", fontsize=15, color="#333333", va="bottom")
        ax.text(2005.6, 16.6, "Earlier totals as reported (□)", fontsize=15, color=TOTAL_COLOUR, va="top")
        ax.text(2005.6, 2.6, "Estimates of medical and\nprofessional earnings (◇)", fontsize=15, color=HEALTH_COLOUR, va="bottom")
        ax.set_xlim(2005, 2024.6)
        ax.set_xticks(range(2006, 2023, 4))
    else:
        ax.set_xlim(2017.5, 2023.8)
        ax.set_xticks(off["year"])
    ax.set_ylim(0, 17 if show_earlier else 15)
    ax.yaxis.set_major_locator(MultipleLocator(5))
    ax.set_ylabel("US$ billion")
    ax.set_title("Export earnings: health and all services")
    sh = off.dropna(subset=["health_share_pct"]).iloc[-1]
    first_h = health.iloc[0]
    low_h = health.loc[health["health_usd_bn"].idxmin()]
    alt = (f"Line chart: Cuba's official export earnings (ONEI) {int(health.year.min())}–{int(health.year.max())}. "
           f"Health services fell from {_bn(first_h.health_usd_bn)} in {int(first_h.year)} to {_bn(low_h.health_usd_bn)} "
           f"in {int(low_h.year)} and were {_bn(last_h.health_usd_bn)} in {int(last_h.year)}, "
           f"{sh.health_share_pct:.0f}% of {_bn(sh.total_usd_bn)} in services exports.")
    if show_earlier:
        alt += (f" {n_earlier} earlier figures and estimates ({int(drawn['year_from'].min())}–2018) are drawn as "
                f"separate hollow markers, not joined to the official lines.")
    note = ("Lines: official ONEI figures. Hollow markers: earlier reports and one-off estimates from other sources, "
            "units and coverage; not a series and not joined." if show_earlier else "Official ONEI figures.")
    return _finish(fig, source=cuba.chart_source(drawn), alt=alt, note=note)


# ---------------------------------------------------------------------------------- workers abroad
def plot_workers_abroad(df: pd.DataFrame, counted: str = "all", measure: str = "abroad") -> style.Chart:
    """Every published figure for Cuban medical workers abroad, as points with their definitions.

    counted: "all" or one of doctors / health workers / collaborators / professionals.
    measure: "abroad" (people abroad at a date) or "cumulative" (people sent since 1960/63).
    """
    sel = df[df["measure"] == measure]
    if counted != "all":
        sel = sel[sel["counted"] == counted]
    sel = sel.sort_values("as_of").reset_index(drop=True)
    fig, ax = style.new_figure(height=6.2)
    xs = [cuba.mid_date(d, p) for d, p in zip(sel["as_of"], sel["date_precision"])]
    sel = sel.assign(x=xs)
    for key, (colour, marker, label) in COUNTED_STYLE.items():
        g = sel[sel["counted"] == key]
        if g.empty:
            continue
        ax.plot(g["x"], g["workers_low"].astype(int), linestyle="none", marker=marker, markersize=9,
                color=colour, markeredgecolor="white", markeredgewidth=0.8, label=COUNTED_KEY[key], zorder=3)
        for _, r in g.iterrows():
            lo, hi = int(r["workers_low"]), int(r["workers_high"])
            if r["qualifier"] == "range" and hi > lo:
                ax.vlines(r["x"], lo, hi, color=colour, linewidth=2.5, zorder=2)
                ax.plot([r["x"]], [hi], marker=marker, markersize=9, color=colour, markeredgecolor="white", zorder=3)
            if r["qualifier"] == "more than":
                ax.annotate("", xy=(r["x"], lo * 1.16), xytext=(r["x"], lo * 1.03),
                            arrowprops=dict(arrowstyle="->", color="#444444", lw=1.2), zorder=2)
    if sel.empty:
        ax.text(0.5, 0.5, "No figures with this definition", transform=ax.transAxes, ha="center")
        alt = f"Empty chart: no published figure counts {counted} ({measure})."
    else:
        hi = sel.loc[sel["workers_high"].astype(int).idxmax()]
        last = sel.iloc[-1]
        # the highest figure labelled above it; the latest one below and to its left (the right edge is near)
        marked = [(hi, (0, 10), "center", "baseline")]
        if last.name != hi.name:
            marked.append((last, (6, -14), "right", "top"))
        for r, offset, ha, va in marked:
            ax.annotate(f"{_people(int(r['workers_high'] if r is hi else r['workers_low']), 'exact' if r is hi and r['qualifier'] == 'range' else r['qualifier'])}\n"
                        f"{cuba.date_label(r['as_of'], r['date_precision'])}",
                        (r["x"], int(r["workers_high"])), xytext=offset, textcoords="offset points", ha=ha, va=va,
                        fontsize=15, color="#222222")
        ax.legend(loc="lower left", bbox_to_anchor=(-0.02, 1.0), ncol=2, fontsize=15, handletextpad=0.2,
                  columnspacing=0.8, borderaxespad=0.1, labelspacing=0.3)
        what = "abroad at a date" if measure == "abroad" else "sent abroad since the 1960s (cumulative)"
        who = "all definitions" if counted == "all" else counted
        alt = (f"Scatter chart: {len(sel)} published figures for Cuban medical workers {what}, {who}, "
               f"{sel['as_of'].min().year}–{sel['as_of'].max().year}. Highest: {int(hi['workers_high']):,} "
               f"{hi['definition']}, {cuba.date_label(hi['as_of'], hi['date_precision'])}. Latest: "
               f"{_people(int(last['workers_low']), last['qualifier'])} {last['definition']}, "
               f"{cuba.date_label(last['as_of'], last['date_precision'])}. Marker shapes show who was counted; "
               f"the figures are not one series.")
        top = int(sel["workers_high"].astype(int).max())
        ax.set_ylim(0, top * 1.32)
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:,.0f}")
    ax.xaxis.set_major_locator(mdates.YearLocator(5 if measure == "abroad" else 4))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set_ylabel("People" if measure == "abroad" else "People sent, cumulative")
    ax.set_title("Cuban medical workers abroad" if measure == "abroad"
                 else "Sent abroad since the 1960s", pad=62)
    note = ("Each marker is one published figure; its shape says who was counted. Arrow: 'more than'. "
            "Bar: a range. 'Professionals': kind not specified. Different shapes are not comparable.")
    return _finish(fig, source=cuba.chart_source(sel) if not sel.empty else cuba.chart_source(df), alt=alt, note=note)


# ------------------------------------------------------------------------------------ host countries
def plot_host_countries(df: pd.DataFrame) -> style.Chart:
    """Host countries: the latest head-count of Cuban staff (bar) and the largest (hollow marker), with years."""
    t = cuba.latest_by_country(df)
    fig, ax = style.new_figure(height=0.8 * len(t) + 2.6)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    y = np.arange(len(t))[::-1]
    ax.barh(y, t["latest"], color=TOTAL_COLOUR, height=0.6, zorder=2)
    top = t["peak"].max()
    for yi, (_, r) in zip(y, t.iterrows()):
        place = f", {r['latest_place']}" if isinstance(r["latest_place"], str) and r["latest_place"] else ""
        people = _people(r["latest"], r["latest_qualifier"]).replace("more than ", "over ")
        text = (f"{people} {r['latest_counted']}\n"
                f"{cuba.date_label(r['latest_as_of'], r['latest_precision'])}{place}")
        end = max(r["latest"], r["peak"])
        if r["peak"] > r["latest"]:
            ax.plot([r["peak"]], [yi], marker="D", markersize=9, markerfacecolor="white",
                    markeredgecolor=HEALTH_COLOUR, markeredgewidth=1.8, zorder=3, linestyle="none")
            text += f"\n◇ peak {r['peak']:,} ({r['peak_as_of'].year})"
        ax.text(end + top * 0.04, yi, text, va="center", fontsize=15, color="#222222", linespacing=1.05)
    ax.set_yticks(y)
    ax.set_yticklabels(t["country"])
    ax.set_xlim(0, top * 1.9)
    ax.xaxis.set_major_locator(MultipleLocator(10000))
    ax.xaxis.set_major_formatter(lambda v, _: f"{v / 1000:,.0f}k" if v else "0")
    ax.set_xlabel("Cuban staff (people)")
    ax.set_title("Where Cuban medical staff serve")
    lead = t.iloc[0]
    alt = (f"Bar chart: the most recent head-count of Cuban medical staff found for {len(t)} host countries, "
           f"each with its year. Largest: {lead['country']}, {_people(lead['latest'], lead['latest_qualifier'])} "
           f"in {lead['latest_as_of'].year}. "
           + "; ".join(f"{r['country']} {r['latest']:,} ({r['latest_as_of'].year})" for _, r in t.iloc[1:].iterrows())
           + ". Hollow diamonds mark earlier, larger counts (peaks).")
    note = ("Bars: latest head-count found; definitions differ (doctors only or all health staff). Dates differ: "
            "compare with care. ◇ = largest earlier count, with its year. k = thousand.")
    rows = df[df["count_type"] == "head-count"]
    return _finish(fig, source=cuba.chart_source(rows), alt=alt, note=note)


# ------------------------------------------------------------------------------------------ timeline
def timeline_rows(df: pd.DataFrame, actor: str = "all", period: str = "all") -> pd.DataFrame:
    """Events to show: filtered by actor and period; one line per event (disputed dates merged)."""
    start, end, _ = PERIODS[period]
    sel = df[(df["date"].dt.year >= start) & (df["date"].dt.year <= end)]
    if actor != "all":
        sel = sel[sel["actor"] == actor]
    out = []
    for eid, g in sel.sort_values("date").groupby("event_id", sort=False):
        g = g.sort_values("date")
        r = g.iloc[0]
        if len(g) > 1:  # sources disagree on the date: show both
            days = " or ".join(str(d.day) for d in g["date"])
            label = f"{days} {r['date'].strftime('%b %Y')}"
        else:
            label = cuba.date_label(r["date"], r["date_precision"])
        if pd.notna(r["date_end"]):
            label += f" – {r['date_end'].strftime('%b %Y')}"
        out.append({"event_id": eid, "date": r["date"], "label": label, "actor": r["actor"], "event": r["event"],
                    "source_id": list(g["source_id"])})
    return pd.DataFrame(out, columns=["event_id", "date", "label", "actor", "event", "source_id"])


def plot_timeline(df: pd.DataFrame, actor: str = "all", period: str = "all") -> style.Chart:
    """The programme and the measures around it, one line per event, coloured AND shaped by actor."""
    t = timeline_rows(df, actor, period)
    wrapped = [textwrap.wrap(e, 38) for e in t["event"]]
    dates = [r["label"].replace(" – ", " –\n").split("\n") for _, r in t.iterrows()]
    heights = [max(1, len(w), len(d)) for w, d in zip(wrapped, dates)]
    total = sum(heights) + 0.7 * len(heights)
    # one unit = one 15-pt line; leave room for the title and the footer measured in inches
    rows = df[df["event_id"].isin(t["event_id"])] if not t.empty else df
    note = "Marker shape and colour show who acted. Where sources give different dates, both are shown."
    footer_lines = len(textwrap.wrap(note, style.FOOTER_WRAP)) + len(textwrap.wrap(cuba.chart_source(rows), style.FOOTER_WRAP))
    line_in = 15 * 1.15 * 1.2 / 72
    title_in = 0.8 if actor == "all" else 1.15   # a second title line names the actor
    fig, ax = style.new_figure(height=max(3.2, line_in * (total + 3.0) + title_in + footer_lines * style.FOOTER_LINE_IN))
    ax.axis("off")
    ax.set_xlim(0, 1)
    ax.set_ylim(total + 0.5, -2.2)
    # key: marker + colour + name
    x = 0.0
    renderer = fig.canvas.get_renderer()
    for name, (colour, marker) in ACTOR_STYLE.items():
        ax.plot([x + 0.012], [-1.4], marker=marker, color=colour, markersize=9, linestyle="none", clip_on=False)
        key = ax.text(x + 0.035, -1.4, name, va="center", fontsize=15, color="#222222")
        x = (key.get_window_extent(renderer).x1 - ax.bbox.x0) / ax.bbox.width + 0.04
    ax.vlines(0.29, 0, max(total - 0.4, 0.1), color="#CCCCCC", linewidth=1.2, zorder=1)
    ypos = 0.4
    for (_, r), lines, d, h in zip(t.iterrows(), wrapped, dates, heights):
        colour, marker = ACTOR_STYLE[r["actor"]]
        ax.text(0.265, ypos, "\n".join(d), ha="right", va="top", fontsize=15, fontweight="bold", color="#222222",
                linespacing=1.15)
        ax.plot([0.29], [ypos + 0.45], marker=marker, color=colour, markersize=10, linestyle="none", zorder=3)
        ax.text(0.315, ypos, "\n".join(lines), ha="left", va="top", fontsize=15, color="#222222", linespacing=1.15)
        ypos += h + 0.7
    _, _, period_name = PERIODS[period]
    who = "all actors" if actor == "all" else actor
    ax.set_title(f"Missions and measures, {period_name.split(':')[0]}"
                 + ("" if actor == "all" else f"\n{actor} only"))
    if t.empty:
        ax.text(0.5, 0.2, "No events for this choice", ha="center", va="center", fontsize=15)
        alt = f"Empty timeline: no events for {who} in {period_name}."
    else:
        counts = t["actor"].value_counts()
        first, last = t.iloc[0], t.iloc[-1]
        alt = (f"Timeline of {len(t)} events, {who}, {period_name}: from {first['label']} ({first['event']}) "
               f"to {last['label']} ({last['event']}). By actor: "
               + ", ".join(f"{counts[a]} {a}" for a in ACTOR_STYLE if a in counts) + ".")
    return _finish(fig, source=cuba.chart_source(rows), alt=alt, note=note)


# ------------------------------------------------------------------------------------------ dialysis
def plot_dialysis_cost(dialysis: pd.DataFrame, peg: pd.DataFrame, report_id: str = "gonsalves-2025-06") -> style.Chart:
    """Cost per dialysis patient per year in St Vincent, if the stated dollars are US$ or EC$."""
    c = cuba.dialysis_costs(dialysis, peg, report_id)
    rate = c["ec_per_usd"]
    fig, ax = style.new_figure(height=4.6)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    vals = [c["if_usd_usd"], c["if_ecd_usd"]]
    labels = ["If the stated\ndollars are US$", "If they are\nEC$"]
    colours = [TOTAL_COLOUR, PALETTE["orange"]]
    ax.barh([1, 0], vals, color=colours, height=0.55, zorder=2)
    texts = [_tx(f"US${c['if_usd_usd']:,.0f}\n(= EC${c['if_usd_ecd']:,.0f})"),
             _tx(f"US${c['if_ecd_usd']:,.0f}\n(= EC${c['if_ecd_ecd']:,.0f})")]
    for yi, v, t in zip([1, 0], vals, texts):
        ax.text(v + max(vals) * 0.02, yi, t, va="center", fontsize=15, fontweight="bold", color="#222222")
    ax.set_yticks([1, 0])
    ax.set_yticklabels(labels)
    ax.set_xlim(0, max(vals) * 1.5)
    ax.xaxis.set_major_locator(MultipleLocator(40000))
    ax.xaxis.set_major_formatter(lambda v, _: _tx(f"US${v / 1000:,.0f}k"))
    sec = ax.secondary_xaxis("top", functions=(lambda v: v * rate, lambda v: v / rate))
    sec.xaxis.set_major_locator(MultipleLocator(100000))
    sec.xaxis.set_major_formatter(lambda v, _: _tx(f"EC${v / 1000:,.0f}k"))
    sec.tick_params(labelsize=15)
    ax.tick_params(axis="x", labelsize=15)
    ax.set_title("St Vincent dialysis:\nyearly cost per patient", pad=40)
    alt = (f"Bar chart: cost per dialysis patient per year at St Vincent's Cuban-run centre, from "
           f"{c['annual_cost']:,.0f} dollars a year for {c['patients']} patients. If the dollars are US dollars: "
           f"US${c['if_usd_usd']:,.0f} (EC${c['if_usd_ecd']:,.0f}). If they are Eastern Caribbean dollars: "
           f"EC${c['if_ecd_ecd']:,.0f} (US${c['if_ecd_usd']:,.0f}), at the fixed rate of EC${rate:.2f} per US$.")
    note = (f"Stated: {c['annual_cost'] / 1e6:g} million 'dollars' a year for {c['patients']} patients; no source says "
            f"which dollar. Bottom axis US$, top axis EC$ (fixed at {rate:.2f} per US$).")
    rows = pd.concat([dialysis[dialysis["report_id"] == report_id], peg])
    return _finish(fig, source=cuba.chart_source(rows), alt=alt, note=note)
