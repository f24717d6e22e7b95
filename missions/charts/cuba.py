"""Charts for Part II (Cuba's medical missions): export earnings, the pay split, workers abroad, one host.

Each function draws one chart at the house width (5.2 in, read at about 342 px on a phone) and
returns a Chart whose alt text is computed from what it drew and whose `data` holds exactly the
rows drawn. Figures from different sources or definitions are never joined into one line: marker
shape (and colour) says what each point is, and the key says it in words.
"""

from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.ticker import MultipleLocator

from missions import cuba, style, text
from missions.style import PALETTE

HEALTH_COLOUR = PALETTE["vermillion"]
TOTAL_COLOUR = PALETTE["blue"]
TITLE_PT = 14.5
LABEL_PT = 12.5
TICK_PT = 12

# Who was counted: colour AND marker, with the definition written in the key.
COUNTED_STYLE = {
    "doctors": (PALETTE["vermillion"], "o", "Doctors"),
    "health workers": (PALETTE["blue"], "s", "Health workers"),
    "collaborators": (PALETTE["green"], "^", "All staff"),
    "professionals": (PALETTE["purple"], "D", "'Professionals'"),
}
#: What each key means, for notes, alt text and the panel's menu.
COUNTED_MEANS = {
    "doctors": "doctors only",
    "health workers": "health workers of every kind",
    "collaborators": "all staff, including non-health staff",
    "professionals": "'professionals', kind not given",
}
# What kind of evidence a pay-split figure is: colour AND marker AND a written key.
EVIDENCE = {
    "estimate": ("Estimates, reports", PALETTE["blue"], "o"),
    "government": ("Governments' words", PALETTE["green"], "D"),
    "account": ("Testimony, leaks, lawsuits", PALETTE["orange"], "s"),
}
EVIDENCE_OF = {
    "analyst estimate": "estimate",
    "government report": "estimate",
    "UN communication": "estimate",
    "press figure": "estimate",
    "official payment record": "estimate",
    "doctor's testimony": "account",
    "leaked contract": "account",
    "lawsuit allegation": "account",
    "official statement": "government",
    "official's remark": "government",
}
SHORT_COUNTRY = {"St Vincent and the Grenadines": "St Vincent", "All missions": "All missions"}


def _tx(text: str) -> str:
    """Text for matplotlib: a dollar sign is a dollar sign, never the start of maths."""
    return text.replace("$", r"\$")


def _finish(fig, *, source: str, alt: str, data: pd.DataFrame, name: str, note: str | None = None) -> style.Chart:
    return style.finish(fig, source=_tx(source), alt=alt, note=_tx(note) if note else None, data=data, name=name)


def _bn(x: float) -> str:
    return f"US${x:.1f}bn"


def _key_above(ax, shown: list, **extra) -> None:
    """The markers' key in one or two columns above the plot, where it hides no point."""
    ax.legend(
        handles=shown,
        loc="lower left",
        bbox_to_anchor=(-0.02, 1.0),
        ncol=2 if len(shown) > 1 else 1,
        fontsize=LABEL_PT,
        handletextpad=0.2,
        columnspacing=0.6,
        borderaxespad=0.2,
        **extra,
    )


def _ticks(ax) -> None:
    ax.tick_params(labelsize=TICK_PT)


# ---------------------------------------------------------------------------------------- revenue
def plot_revenue(
    df: pd.DataFrame, measure: str = "usd", show_earlier: bool = True, with_pesos: bool = False
) -> style.Chart:
    """Health-services and all services exports: the official ONEI lines (2018-2022), in US$ or as
    health's share of services exports.

    measure="usd": the two official lines; with show_earlier, figures from other sources published in
    US dollars, as hollow markers never joined to the lines. measure="share": health's share of
    services exports, for the years with both official figures. with_pesos (the notebook's extra view)
    also draws the figures published in pesos, at the official rate of one peso to the dollar, as
    grey triangles.
    """
    off = cuba.official_revenue(df)
    official_rows = df[df["official"].astype(bool)]
    if measure == "share":
        fig, ax = style.new_figure(height=4.2)
        sh = off.dropna(subset=["health_share_pct"])
        ax.plot(sh["year"], sh["health_share_pct"], color=HEALTH_COLOUR, marker="o", markersize=8)
        for y, v in zip(sh["year"], sh["health_share_pct"]):
            ax.annotate(
                f"{v:.1f}%",
                (y, v),
                xytext=(0, 9),
                textcoords="offset points",
                ha="center",
                fontsize=LABEL_PT,
                fontweight="bold",
                color=HEALTH_COLOUR,
            )
        ax.set_ylim(0, 100)
        ax.set_xlim(sh["year"].min() - 0.5, sh["year"].max() + 0.5)
        ax.set_xticks(sh["year"])
        ax.set_ylabel("% of services exports", fontsize=LABEL_PT)
        ax.set_title("Health's share of services exports", fontsize=TITLE_PT)
        _ticks(ax)
        first, last = sh.iloc[0], sh.iloc[-1]
        peak = sh.loc[sh["health_share_pct"].idxmax()]
        alt = (
            f"Line chart: health services as a share of Cuba's services exports, official figures from "
            f"{int(first.year)} to {int(last.year)}: {first.health_share_pct:.1f}% in {int(first.year)}, a peak of "
            f"{peak.health_share_pct:.1f}% in {int(peak.year)}, and {last.health_share_pct:.1f}% in {int(last.year)}."
        )
        note = "Health-services exports divided by all services exports, both from ONEI, Cuba's statistics office."
        rows = official_rows[official_rows["year_from"].isin(sh["year"])]
        return _finish(
            fig,
            source=cuba.chart_source(rows, "ONEI, as quoted by "),
            alt=alt,
            note=note,
            data=cuba.with_publisher(rows),
            name="cuba-health-share",
        )

    fig, ax = style.new_figure(height=4.6)
    health = off.dropna(subset=["health_usd_bn"])
    total = off.dropna(subset=["total_usd_bn"])
    ax.plot(total["year"], total["total_usd_bn"], color=TOTAL_COLOUR, marker="s", markersize=7, zorder=3)
    ax.plot(health["year"], health["health_usd_bn"], color=HEALTH_COLOUR, marker="o", markersize=7, zorder=3)
    last_t, last_h = total.iloc[-1], health.iloc[-1]
    ax.annotate(
        _tx(f"All services\n{_bn(last_t.total_usd_bn)}"),
        (last_t.year, last_t.total_usd_bn),
        xytext=(7, 6),
        textcoords="offset points",
        va="bottom",
        fontsize=LABEL_PT,
        fontweight="bold",
        color=TOTAL_COLOUR,
        annotation_clip=False,
    )
    ax.annotate(
        _tx(f"Health\n{_bn(last_h.health_usd_bn)}"),
        (last_h.year, last_h.health_usd_bn),
        xytext=(7, -6),
        textcoords="offset points",
        va="top",
        fontsize=LABEL_PT,
        fontweight="bold",
        color=HEALTH_COLOUR,
        annotation_clip=False,
    )
    drawn = official_rows
    early = cuba.earlier_for_chart(df)
    if show_earlier:
        drawn = pd.concat([official_rows, early])
        hollow = dict(linestyle="none", markersize=8, markerfacecolor="white", markeredgewidth=1.8, zorder=2)
        tot_e = early[early["series"] == "services_total"]
        ax.plot(tot_e["year_from"], tot_e["value_usd_bn"], marker="s", markeredgecolor=TOTAL_COLOUR, **hollow)
        med_e = early[early["series"] != "services_total"]
        single = med_e[med_e["year_from"] == med_e["year_to"]]
        ax.plot(single["year_from"], single["value_usd_bn"], marker="D", markeredgecolor=HEALTH_COLOUR, **hollow)
        for _, r in single[single["qualifier"] == "more than"].iterrows():
            ax.annotate(
                "",
                xy=(r["year_from"], r["value_usd_bn"] + 1.3),
                xytext=(r["year_from"], r["value_usd_bn"] + 0.35),
                arrowprops=dict(arrowstyle="->", color=HEALTH_COLOUR, lw=1.3),
            )
        for _, r in med_e[med_e["year_from"] != med_e["year_to"]].iterrows():  # a yearly average over a period
            ax.plot(
                [r["year_from"], r["year_to"]],
                [r["value_usd_bn"]] * 2,
                color=HEALTH_COLOUR,
                linewidth=1.4,
                linestyle=(0, (2, 2)),
                zorder=2,
            )
            ax.plot(
                [(r["year_from"] + r["year_to"]) / 2],
                [r["value_usd_bn"]],
                marker="D",
                markeredgecolor=HEALTH_COLOUR,
                **hollow,
            )
        if with_pesos:
            pesos = cuba.left_out_of_chart(df)
            pesos = pesos[~pesos["unit"].str.startswith("US$")]
            drawn = pd.concat([drawn, pesos])
            ax.plot(
                pesos["year_from"],
                pesos["value_usd_bn"],
                marker="^",
                linestyle="none",
                markersize=9,
                markerfacecolor="white",
                markeredgecolor="#555555",
                markeredgewidth=1.8,
                zorder=2,
            )
        ax.text(2005.4, 5.7, "Earlier totals (□)", fontsize=LABEL_PT, color=TOTAL_COLOUR, va="top")
        ax.text(
            2012.0,
            4.6,
            "Medical earnings,\nestimates (◇)",
            fontsize=LABEL_PT,
            color=HEALTH_COLOUR,
            va="top",
            linespacing=1.1,
        )
        ax.set_xlim(2005, 2026.2)
        ax.set_xticks(range(2006, 2023, 4))
    else:
        ax.set_xlim(2017.5, 2024.6)
        ax.set_xticks(off["year"])
    ax.set_ylim(0, 14)
    ax.yaxis.set_major_locator(MultipleLocator(2))
    ax.set_ylabel("US$ billion", fontsize=LABEL_PT)
    ax.set_title("Cuba's export earnings", fontsize=TITLE_PT)
    _ticks(ax)
    sh = off.dropna(subset=["health_share_pct"]).iloc[-1]
    first_h = health.iloc[0]
    low_h = health.loc[health["health_usd_bn"].idxmin()]
    alt = (
        f"Line chart: Cuba's official export earnings (ONEI) from {int(health.year.min())} to {int(health.year.max())}. "
        f"Health services fell from {_bn(first_h.health_usd_bn)} in {int(first_h.year)} to {_bn(low_h.health_usd_bn)} "
        f"in {int(low_h.year)} and were {_bn(last_h.health_usd_bn)} in {int(last_h.year)}, "
        f"{sh.health_share_pct:.0f}% of {_bn(sh.total_usd_bn)} in services exports."
    )
    if show_earlier:
        alt += (
            f" {text.count(len(early)).capitalize()} figures from other sources, from {int(early['year_from'].min())} to "
            f"{int(early['year_to'].max())}, are drawn as separate hollow markers, not joined to the official lines."
        )
        note = (
            "Lines: official figures from ONEI, Cuba's statistics office. Hollow markers: other sources, not joined; "
            "the dashed span is a yearly average, the arrow 'more than'."
        )
        if with_pesos:
            note += " Grey triangles: figures published in pesos, drawn at one peso to the dollar."
            alt += (
                " Grey triangles add figures published in pesos, drawn at the official rate of one peso to the dollar."
            )
    else:
        note = "Official figures from ONEI, Cuba's statistics office."
    name = "cuba-export-earnings" + ("-pesos" if with_pesos else "" if show_earlier else "-official")
    return _finish(fig, source=cuba.chart_source(drawn), alt=alt, note=note, data=cuba.with_publisher(drawn), name=name)


# -------------------------------------------------------------------------------------- pay split
def _share_text(r) -> str:
    lo, hi = r["low"], r["high"]
    if r["qualifier"] == "less than":
        return f"under {hi:.0f}%"
    if hi - lo >= 0.5:
        return f"{lo:.0f}–{hi:.0f}%"
    return f"{'about ' if r['qualifier'] == 'about' else ''}{lo:.0f}%"


def _share_label(r) -> str:
    years = f"{r['year_from']}" if r["year_from"] == r["year_to"] else f"{r['year_from']}–{str(r['year_to'])[2:]}"
    who = {
        "analyst estimate": "EIU estimate",
        "government report": "US trafficking report",
        "UN communication": "UN rapporteurs",
        "official statement": "Cuba's deputy health minister",
        "official's remark": "host official",
        "press figure": "press figures",
        "doctor's testimony": "a doctor's account",
        "leaked contract": "leaked contract",
        "lawsuit allegation": "doctors' lawsuit",
    }[r["basis"]]
    if r["basis"] == "official's remark" and r["country"].startswith("St Vincent"):
        who = "its prime minister"
    if r["basis"] == "official's remark" and r["country"] == "Brazil":
        who = "Brazilian official, expected"
    star = "*" if r["our_arithmetic"] else ""
    return f"{SHORT_COUNTRY.get(r['country'], r['country'])} {years}: {who}{star}"


def plot_pay_shares(df: pd.DataFrame | None = None) -> style.Chart:
    """The doctor's share of what the host pays, one line per published estimate, by kind of evidence."""
    shares = cuba.pay_shares(df)
    n = len(shares)
    row_in = 0.52
    fig, ax = style.new_figure(height=n * row_in + 2.6)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    for i, (_, r) in enumerate(shares.iterrows()):
        y = n - 1 - i
        label, colour, marker = EVIDENCE[EVIDENCE_OF[r["basis"]]]
        ax.text(0, y + 0.28, _tx(_share_label(r)), fontsize=LABEL_PT, color="#222222", va="bottom", ha="left")
        if r["qualifier"] == "less than":
            ax.annotate(
                "", xy=(r["high"] - 14, y), xytext=(r["high"], y), arrowprops=dict(arrowstyle="->", color=colour, lw=2)
            )
            ax.plot([r["high"]], [y], marker=marker, color=colour, markersize=9, linestyle="none", zorder=3)
        elif r["high"] - r["low"] >= 0.5:
            ax.plot([r["low"], r["high"]], [y, y], color=colour, linewidth=5, solid_capstyle="butt", zorder=2)
            ax.plot(
                [r["low"], r["high"]], [y, y], marker=marker, color=colour, markersize=9, linestyle="none", zorder=3
            )
        else:
            ax.plot([r["low"]], [y], marker=marker, color=colour, markersize=10, linestyle="none", zorder=3)
        ax.text(r["high"] + 3, y, _share_text(r), fontsize=LABEL_PT, fontweight="bold", color=colour, va="center")
    ax.set_ylim(-0.6, n - 0.1)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_xlim(0, 100)
    ax.xaxis.set_major_locator(MultipleLocator(25))
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0f}%")
    ax.set_xlabel("Doctor's share of what the host pays", fontsize=LABEL_PT)
    _ticks(ax)
    handles = [
        Line2D([], [], color=c, marker=m, linestyle="none", markersize=9, label=name)
        for name, c, m in EVIDENCE.values()
    ]
    ax.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(-0.01, 1.0),
        ncol=1,
        fontsize=LABEL_PT,
        handletextpad=0.2,
        borderaxespad=0.2,
        labelspacing=0.25,
    )
    ax.set_title("What reaches the doctor", fontsize=TITLE_PT, pad=70)
    lo = shares[shares["country"] != "St Vincent and the Grenadines"]
    alt = (
        f"Dot and range chart: {text.count(n)} published estimates of the share of a host country's payment that reaches a "
        f"Cuban doctor, from {int(shares['year_from'].min())} to {int(shares['year_to'].max())}. "
        + "; ".join(f"{_share_label(r).rstrip('*')}, {_share_text(r)}" for _, r in shares.iterrows())
        + f". Apart from St Vincent, where staff are paid directly, the estimates run from "
        f"{lo['low'].min():.0f}% to {lo['high'].max():.0f}%. None is official pay data."
    )
    note = (
        "None of these figures is official pay data. Cuba says its doctors also keep their salary at home, "
        "which no share here includes. * our arithmetic from a published fee and pay."
    )
    return _finish(
        fig,
        source=cuba.chart_source(shares),
        alt=alt,
        note=note,
        data=cuba.with_publisher(shares),
        name="cuba-pay-shares",
    )


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
    fig, ax = style.new_figure(height=5.4)
    xs = [cuba.mid_date(d, p) for d, p in zip(sel["as_of"], sel["date_precision"])]
    sel = sel.assign(x=xs)
    shown = []
    top = int(sel["workers_high"].astype(int).max()) if not sel.empty else 1
    for key, (colour, marker, label) in COUNTED_STYLE.items():
        g = sel[sel["counted"] == key]
        if g.empty:
            continue
        shown.append(Line2D([], [], color=colour, marker=marker, linestyle="none", markersize=9, label=label))
        ax.plot(
            g["x"],
            g["workers_low"].astype(int),
            linestyle="none",
            marker=marker,
            markersize=9,
            color=colour,
            markeredgecolor="white",
            markeredgewidth=0.8,
            zorder=3,
        )
        for _, r in g.iterrows():
            lo, hi = int(r["workers_low"]), int(r["workers_high"])
            if r["qualifier"] == "range" and hi > lo:
                ax.vlines(r["x"], lo, hi, color=colour, linewidth=2.5, zorder=2)
                ax.plot([r["x"]], [hi], marker=marker, markersize=9, color=colour, markeredgecolor="white", zorder=3)
            if r["qualifier"] == "more than":
                ax.annotate(
                    "",
                    xy=(r["x"], lo + 0.11 * top),
                    xytext=(r["x"], lo + 0.03 * top),
                    arrowprops=dict(arrowstyle="->", color="#444444", lw=1.2),
                    zorder=2,
                )
    what = "abroad at a date" if measure == "abroad" else "sent abroad since the 1960s (a running total)"
    who = "every definition" if counted == "all" else COUNTED_MEANS[counted]
    if sel.empty:
        ax.text(0.5, 0.5, "No figures with this definition", transform=ax.transAxes, ha="center", fontsize=LABEL_PT)
        alt = f"Empty chart: no published figure counts {who} {what}."
        ax.set_ylim(0, 1)
        ax.set_yticks([])
    else:
        hi = sel.loc[sel["workers_high"].astype(int).idxmax()]
        last = sel.iloc[-1]
        marked = [
            (
                hi,
                (0, 10),
                "center",
                "bottom",
                int(hi["workers_high"]),
                "exact" if hi["qualifier"] == "range" else hi["qualifier"],
            )
        ]
        if last.name != hi.name:
            marked.append((last, (4, -14), "right", "top", int(last["workers_low"]), last["qualifier"]))
        for r, offset, ha, va, n, q in marked:
            ax.annotate(
                f"{cuba.people(n, q)}\n{cuba.date_label(r['as_of'], r['date_precision'])}",
                (r["x"], n),
                xytext=offset,
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize=LABEL_PT,
                color="#222222",
                linespacing=1.05,
            )
        ax.set_ylim(0, top * 1.45)
        _key_above(ax, shown, labelspacing=0.3)
        alt = (
            f"Scatter chart: {text.count(len(sel))} published {'figure' if len(sel) == 1 else 'figures'} for Cuban medical workers {what}, {who}, "
            f"from {sel['as_of'].min().year} to {sel['as_of'].max().year}. Highest: {int(hi['workers_high']):,} "
            f"({hi['definition']}), {cuba.date_label(hi['as_of'], hi['date_precision'])}. Latest: "
            f"{cuba.people(int(last['workers_low']), last['qualifier'])} ({last['definition']}), "
            f"{cuba.date_label(last['as_of'], last['date_precision'])}. Marker shapes show who was counted; "
            f"the figures are not one series."
        )
        rows = sel.drop(columns="x")
    ax.yaxis.set_major_formatter(lambda v, _: f"{v / 1000:,.0f}k" if v else "0")
    ax.xaxis.set_major_locator(mdates.YearLocator(5 if measure == "abroad" else 4))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set_ylabel("People" if measure == "abroad" else "People sent, running total", fontsize=LABEL_PT)
    _ticks(ax)
    title = "Cuban medical workers abroad" if measure == "abroad" else "Sent abroad since the 1960s"
    n_legend_rows = (len(shown) + 1) // 2 if len(shown) > 1 else len(shown)
    ax.set_title(title, fontsize=TITLE_PT, pad=8 + 21 * n_legend_rows)
    note = (
        "Each marker is one published figure; its shape says who was counted, and figures of different "
        "shapes are not comparable. All staff: including non-health staff; 'professionals': kind not given. "
        "Arrow: 'more than'. Bar: a range. k = thousand."
    )
    name = f"cuba-workers-{measure}-{counted}".replace(" ", "-")
    if sel.empty:  # nothing to draw: say so, and offer the figures of this kind that do exist
        nothing = pd.DataFrame(
            {"measure": [measure], "counted": [counted], "note": ["No published figure matches this choice."]}
        )
        return _finish(
            fig,
            source="Sources: none; no published figure matches this choice.",
            alt=alt,
            note=note,
            data=nothing,
            name=name,
        )
    return _finish(fig, source=cuba.chart_source(rows), alt=alt, note=note, data=cuba.with_publisher(rows), name=name)


# ------------------------------------------------------------------------------------- one host
def plot_host_country(df: pd.DataFrame, country: str) -> style.Chart:
    """Every head-count found for one host country, as dated points (never a line: sources differ)."""
    sel = df[df["country"] == country].sort_values("as_of").reset_index(drop=True)
    if sel.empty:
        raise ValueError(f"no figures for {country!r}")
    fig, ax = style.new_figure(height=4.3)
    sel = sel.assign(x=[cuba.mid_date(d, p) for d, p in zip(sel["as_of"], sel["date_precision"])])
    shown = []
    for key, (colour, marker, label) in COUNTED_STYLE.items():
        g = sel[sel["counted"] == key]
        if g.empty:
            continue
        shown.append(Line2D([], [], color=colour, marker=marker, linestyle="none", markersize=9, label=label))
        heads, agreed = g[g["count_type"] == "head-count"], g[g["count_type"] != "head-count"]
        ax.plot(
            heads["x"],
            heads["workers_low"],
            linestyle="none",
            marker=marker,
            markersize=10,
            color=colour,
            markeredgecolor="white",
            zorder=3,
        )
        ax.plot(
            agreed["x"],
            agreed["workers_low"],
            linestyle="none",
            marker=marker,
            markersize=10,
            markerfacecolor="white",
            markeredgecolor=colour,
            markeredgewidth=1.8,
            zorder=3,
        )
    top = int(sel["workers_high"].max())
    span = (sel["x"].max() - sel["x"].min()).days
    pad = pd.Timedelta(days=max(400, int(span * 0.12)))
    ax.set_xlim(sel["x"].min() - pad, sel["x"].max() + pad)
    ax.set_ylim(0, top * 1.4)
    # label every point when they stand apart; otherwise only the largest and the latest (the rest are
    # in the alt text and the chart's data)
    xs = sel["x"].map(pd.Timestamp.toordinal)
    width = ax.get_xlim()[1] - ax.get_xlim()[0]
    gaps = xs.diff().dropna() / width
    label_all = gaps.empty or gaps.min() >= 0.17
    largest, latest = sel["workers_low"].idxmax(), sel.index[-1]
    for i, r in sel.iterrows():
        if not (label_all or i in (largest, latest)):
            continue
        label = cuba.people(int(r["workers_low"]), r["qualifier"]).replace("more than ", ">").replace("about ", "≈")
        if r["count_type"] != "head-count":
            label += " agreed"
        if isinstance(r["place"], str) and r["place"]:
            label += f"\n{r['place']}"
        if not label_all:
            label += "\n" + (f"{r['as_of']:%b %Y}" if r["date_precision"] != "year" else f"{r['as_of'].year}")
        ax.annotate(
            label,
            (r["x"], r["workers_low"]),
            xytext=(0, 9),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=LABEL_PT - 0.5,
            color="#222222",
            linespacing=1.0,
            annotation_clip=False,
        )
    years = max(1, (sel["x"].max() - sel["x"].min()).days // 365)
    ax.xaxis.set_major_locator(mdates.YearLocator(1 if years <= 4 else 2 if years <= 10 else 5 if years <= 30 else 10))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:,.0f}")
    ax.set_ylabel("Cuban staff (people)", fontsize=LABEL_PT)
    _ticks(ax)
    _key_above(ax, shown)
    n_legend_rows = (len(shown) + 1) // 2
    ax.set_title(f"Cuban medical staff in {country}", fontsize=TITLE_PT, pad=8 + 21 * n_legend_rows)
    facts = "; ".join(
        f"{cuba.people(int(r['workers_low']), r['qualifier'])} {r['definition']}"
        f"{' (agreed, not a head-count)' if r['count_type'] != 'head-count' else ''}, "
        f"{cuba.date_label(r['as_of'], r['date_precision'])}"
        for _, r in sel.iterrows()
    )
    alt = (
        f"Dot chart: {text.count(len(sel))} published {'count' if len(sel) == 1 else 'counts'} of Cuban medical staff in "
        f"{country}, not joined into a line: {facts}."
    )
    note = "Each marker is one published figure; its shape says who was counted."
    if (sel["count_type"] != "head-count").any():
        note += " Hollow: an agreed number, not a head-count."
    return _finish(
        fig,
        source=cuba.chart_source(sel),
        alt=alt,
        note=note,
        data=cuba.with_publisher(sel.drop(columns="x")),
        name=f"cuba-host-{country.lower().replace(' ', '-')}",
    )
