"""Charts for Part I (peacekeeping): personnel, women's shares, ASEAN, missions, MOWIP, parity.

Each function takes shaped data (see missions.peacekeeping), draws one chart in the house style
and returns a Chart whose alt text is computed from the data it drew. The widgets call these same
functions; there is no second copy of the plotting code.
"""
from __future__ import annotations

import textwrap

import matplotlib.dates as mdates
import numpy as np
import pandas as pd

from missions import data
from missions import peacekeeping as pk
from missions.style import HIGHLIGHT, PALETTE, Chart, finish, new_figure

CATEGORY_COLOURS = {
    "Troops and staff officers": PALETTE["blue"],
    "Experts on mission": PALETTE["orange"],
    "Police (individual and formed units)": PALETTE["green"],
}
GROUP_COLOURS = {
    "Troops": PALETTE["blue"],
    "Staff officers and military observers": PALETTE["orange"],
    "Formed police units": PALETTE["green"],
    "Individual police": PALETTE["purple"],
    "All personnel": PALETTE["black"],
}
MISSION_COLOURS = [PALETTE[c] for c in ("blue", "orange", "green", "purple", "sky")]
OTHER_MISSIONS = "Other missions"
SHORT_PLACE = {"Central African Republic": "CAR", "Democratic Republic of the Congo": "DR Congo",
               "Brunei Darussalam": "Brunei"}
# Direct labels at 15 pt: long names are broken over two lines so the label column stays narrow.
LABEL = {
    "Troops and staff officers": "Troops &\nstaff officers",
    "Experts on mission": "Experts on\nmission",
    "Police (individual and formed units)": "Police",
    "Troops": "Troops",
    "Staff officers and military observers": "Staff officers\n& observers",
    "Formed police units": "Formed police",
    "Individual police": "Individual police",
    "All personnel": "All personnel",
}
# Short chart labels for the marked events; the note under the chart gives them in full.
EVENT_SHORT = {
    "First Cambodian troop contingent leaves for a UN mission (NPMEC date)": "first troops\nleave",
    "Security Council ends the mandate of the Mali mission (MINUSMA)": "Mali mission\n(MINUSMA) ends",
}
MIN_GROUP_SIZE = 5   # a group's women's share is drawn only where it averages this many people


def _month(ts) -> str:
    return pd.Timestamp(ts).strftime("%b %Y")


def _place(ax, values: list[float], nlines: list[int], lo: float, hi: float, pt: float = 15) -> list[float]:
    """Label centres near `values`, stacked without overlap inside [lo, hi] (data units), given each
    label's number of lines at `pt` points (measured against the axes' current height)."""
    height_px = ax.get_window_extent().height * 0.9   # the final layout can shrink the axes a little
    per_line = pt * 1.2 * ax.figure.dpi / 72 * (hi - lo) / height_px
    h = [n * per_line + 0.35 * per_line for n in nlines]
    order = list(np.argsort(values))
    pos = [float(v) for v in values]
    prev = None
    for i in order:
        floor = lo + h[i] / 2 if prev is None else pos[prev] + (h[prev] + h[i]) / 2
        pos[i] = max(pos[i], floor)
        prev = i
    nxt = None
    for i in reversed(order):
        limit = hi - h[i] / 2 if nxt is None else pos[nxt] - (h[nxt] + h[i]) / 2
        pos[i] = min(pos[i], limit)
        nxt = i
    return pos


def _date_axis_padded(ax, start, end, pad: float = 0.24) -> None:
    """Date axis with room on the right for direct labels."""
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    years = end.year - start.year
    ax.set_xlim(start, end + (end - start) * pad)
    ax.xaxis.set_major_locator(mdates.YearLocator(5 if years > 12 else 2))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))


def _date_axis(ax, start, end, step_years: int) -> None:
    ax.set_xlim(pd.Timestamp(start), pd.Timestamp(end))
    ax.xaxis.set_major_locator(mdates.YearLocator(step_years))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))


# ------------------------------------------------------------------------------------------
# Personnel by category, stacked, with gaps as gaps

def _draw_personnel(ax, wide: pd.DataFrame, categories: list[str], ymax: float) -> None:
    x = wide.index
    lower = np.zeros(len(wide))
    present = wide[categories].notna().all(axis=1).to_numpy()
    ends = []
    for cat in categories:
        vals = wide[cat].to_numpy(dtype=float)
        upper = lower + np.nan_to_num(vals)
        ax.fill_between(x, np.where(present, lower, np.nan), np.where(present, upper, np.nan),
                        color=CATEGORY_COLOURS[cat], linewidth=0, alpha=0.9)
        last = np.flatnonzero(present)[-1]
        ends.append((cat, (lower[last] + upper[last]) / 2, vals[last]))
        lower = upper
    ends = [e for e in ends if e[2] > 0]
    ax.set_ylim(0, ymax)
    ys = _place(ax, [e[1] for e in ends], [LABEL[e[0]].count("\n") + 2 for e in ends], 0, ymax)
    xlast = x[np.flatnonzero(present)[-1]]
    for (cat, _, value), y in zip(ends, ys):
        ax.annotate(f"{LABEL[cat]}\n{value:,.0f}", xy=(xlast, y), xytext=(5, 0), textcoords="offset points",
                    va="center", fontsize=15, color=CATEGORY_COLOURS[cat], fontweight="bold",
                    annotation_clip=False, linespacing=0.95)
    ax.set_ylabel("Personnel (end of month)")


def _harmonise_un(wide_by_type: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=wide_by_type.index)
    covered = wide_by_type.notna().any(axis=1)
    for cat in pk.HARMONISED_ORDER:
        cols = [t for t, c in pk.HARMONISED.items() if c == cat and t in wide_by_type]
        s = wide_by_type[cols].sum(axis=1, min_count=1) if cols else pd.Series(np.nan, index=out.index)
        out[cat] = s.where(~covered, s.fillna(0.0))
    return out


def _personnel_alt(country: str, wide: pd.DataFrame, what: str) -> str:
    total = wide[pk.HARMONISED_ORDER].sum(axis=1, min_count=1)
    known = total.dropna()
    first = known.index[known.gt(0)][0]
    peak = known.idxmax()
    last = known.index[-1]
    missing = int(total.loc[first:].isna().sum())
    return (f"Stacked area chart: {country}'s uniformed personnel in UN peacekeeping per month, "
            f"{first:%B %Y} to {last:%B %Y}, {what}. It starts at {known[first]:,.0f} in {first:%B %Y}, "
            f"peaks at {known[peak]:,.0f} in {peak:%B %Y} and stands at {known[last]:,.0f} in {last:%B %Y}. "
            f"{missing} months with no data are left blank.")


def plot_personnel(wide: pd.DataFrame, country: str, events: pd.DataFrame | None = None) -> "Chart":
    """Personnel per month in the three harmonised categories; `wide` from
    pk.cambodia_harmonised() (with IPI history) or pk.by_type() (UN only)."""
    if "source" not in wide:
        wide = _harmonise_un(wide)
    wide = wide.loc[wide[pk.HARMONISED_ORDER].sum(axis=1, min_count=1).dropna().index[0]:]
    fig, ax = new_figure(height=6.0)
    dmax = wide[pk.HARMONISED_ORDER].sum(axis=1).max()
    ymax = dmax * 1.5
    _draw_personnel(ax, wide, pk.HARMONISED_ORDER, ymax)
    _date_axis_padded(ax, wide.index[0], wide.index[-1], pad=0.02)
    names = []
    if events is not None:
        for i, ev in enumerate(events.itertuples()):
            ax.axvline(ev.date, color="#444444", linewidth=1, linestyle=(0, (3, 3)))
            right = ev.date.year < 2020
            short = EVENT_SHORT.get(ev.event, "\n".join(textwrap.wrap(ev.event, 18)))
            ax.text(ev.date + pd.Timedelta(days=60 if right else -60), ymax * 0.98,
                    f"{ev.date:%b %Y}:\n{short}",
                    fontsize=15, va="top", ha="left" if right else "right", color="#222222",
                    bbox=dict(boxstyle="square,pad=0.1", fc="white", ec="none", alpha=0.85))
            names.append(f"{ev.date:%B %Y}, {ev.event}")
    if "source" in wide:
        gap = wide.index[wide["source"].isna() & (wide.index.year == 2014)]
        if len(gap):
            mid = gap[len(gap) // 2]
            ax.annotate("no data\nApr–Dec 2014", xy=(mid, 20), xytext=(pd.Timestamp("2011-01-31"), dmax * 0.62),
                        fontsize=15, color="#444444", ha="center",
                        arrowprops=dict(arrowstyle="->", color="#666666", lw=1))
    title = f"{country}'s blue berets, month by month"
    ax.set_title(title)
    srcs = ["pk-ipi-cambodia", "pk-contributions-monthly"] if "source" in wide else ["pk-contributions-monthly"]
    if events is not None:
        srcs.append("pk-cambodia-events")
    what = "in three categories: troops and staff officers, experts on mission, police"
    alt = _personnel_alt(country, wide, what)
    if names:
        alt += " Marked events: " + "; ".join(names) + "."
    note = ("Before 2015 IPI's series; from 2015 the UN's monthly reports. Staff officers are counted "
            "with troops, as in IPI's series.") if "source" in wide else None
    if names:
        note = ((note + " ") if note else "") + "Dashed lines: " + "; ".join(names) + "."
    return finish(fig, source=data.source_line(*srcs), alt=alt, note=note)


# ------------------------------------------------------------------------------------------
# Women's share against the parity targets

def _shown_groups(shares: pd.DataFrame) -> list[str]:
    groups = []
    for g in pk.UGPS_GROUPS:
        if shares[f"{g} (total)"].fillna(0.0).mean() >= MIN_GROUP_SIZE:
            groups.append(g)
    return groups


def _lines(shares: pd.DataFrame) -> list[str]:
    """The groups drawn: each group big enough, plus all personnel when there are several (or none)."""
    groups = _shown_groups(shares)
    return groups if len(groups) == 1 else groups + ["All personnel"]


def _draw_women_share(ax, shares: pd.DataFrame, targets: pd.DataFrame) -> list[str]:
    """Lines of per cent women by group; the 2028 targets as short bars, 2021 interim ones as diamonds."""
    lines = _lines(shares)
    end = shares.index[-1]
    # The targets sit in a shaded band just after the data; each line's label, at the right edge,
    # gives its latest share and its 2028 target, so labels never collide with the target bars.
    band_start, band_end = end + pd.Timedelta(days=100), end + pd.Timedelta(days=1000)
    target_x = band_start + (band_end - band_start) / 2
    final_targets = {}
    described = []
    for g in [x for x in lines if x in pk.UGPS_GROUPS]:
        for t in targets[targets["ugps_group"] == g].itertuples():
            if t.kind == "final":
                final_targets[g] = t.target_share
                ax.plot([target_x - pd.Timedelta(days=280), target_x + pd.Timedelta(days=280)],
                        [t.target_share] * 2, color=GROUP_COLOURS[g], linewidth=3.5, solid_capstyle="butt")
            else:
                at = pd.Timestamp(f"{t.year}-06-30")
                ax.plot([at], [t.target_share], marker="D", markersize=7, color="white",
                        markeredgecolor=GROUP_COLOURS[g], markeredgewidth=2, linestyle="none")
            described.append(f"{g.lower()} {t.target_share:.0f}% ({t.year})")
    line_labels, peaks = [], []
    for g in lines:
        s = shares[g].where(shares[f"{g} (total)"] >= MIN_GROUP_SIZE)
        ax.plot(s.index, s.to_numpy(dtype=float), color=GROUP_COLOURS[g],
                linewidth=2.8 if g == "All personnel" else 1.8)
        last = s.dropna()
        if len(last):
            peaks.append(float(last.max()))
            text = f"{LABEL[g]}\n{last.iloc[-1]:.1f}%"
            if g in final_targets:
                text += f" → {final_targets[g]:.0f}%"
            line_labels.append((text, last.iloc[-1], GROUP_COLOURS[g]))
    values = [v for _, v, _ in line_labels] + list(final_targets.values()) + peaks
    ymax = max(values + [5]) * 1.12
    ax.set_ylim(0, ymax)
    ys = _place(ax, [v for _, v, _ in line_labels], [t.count("\n") + 1 for t, _, _ in line_labels], 0, ymax * 1.04)
    for (text, _, colour), y in zip(line_labels, ys):
        ax.annotate(text, xy=(band_end, y), xytext=(5, 0), textcoords="offset points", va="center",
                    fontsize=15, color=colour, fontweight="bold", annotation_clip=False)
    ax.axvspan(band_start, band_end, color="#F4F4F4", zorder=-1)
    # the band's caption goes in the widest free stretch between the target bars
    stops = sorted([0.0, ymax] + list(final_targets.values()))
    lo_gap, hi_gap = max(zip(stops, stops[1:]), key=lambda p: p[1] - p[0])
    ax.text(target_x, (lo_gap + hi_gap) / 2, "2028\ntargets", ha="center", va="center", fontsize=15,
            color="#444444", linespacing=1.0)
    ax.set_xlim(shares.index[0], band_end)
    ax.xaxis.set_major_locator(mdates.YearLocator(3))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set_ylabel("Women, % of personnel")
    return described


def _share_alt(who: str, shares: pd.DataFrame, groups: list[str], described: list[str]) -> str:
    parts = []
    for g in groups:
        s = shares[g].dropna()
        if len(s):
            parts.append(f"{g.lower()} from {s.iloc[0]:.1f}% in {s.index[0]:%B %Y} to {s.iloc[-1]:.1f}% "
                         f"in {s.index[-1]:%B %Y}")
    text = (f"Line chart: share of women among {who} uniformed personnel per month, "
            + "; ".join(parts) + ".")
    if described:
        text += " Parity-strategy targets marked: " + ", ".join(described) + "."
    return text + " August 2020 is left out (the source swapped men and women)."


def plot_women_share(shares: pd.DataFrame, who: str, targets: pd.DataFrame) -> "Chart":
    """Per cent women per month (pk.women_share) against the parity strategy's targets."""
    fig, ax = new_figure(height=6.4)
    described = _draw_women_share(ax, shares, targets)
    lines = _lines(shares)
    ax.set_title(f"Women among {who} peacekeepers")
    alt = _share_alt(who, shares, lines, described)
    note = ("Labels: latest share → 2028 target. Bars in the grey band: the strategy's final targets for "
            "2028; hollow diamonds: the 2021 interim targets found. "
            "Groups averaging fewer than 5 people are not drawn.")
    drawn = shares[lines].reset_index().rename(columns={"index": "month"})
    return finish(fig, source=data.source_line("pk-contributions-monthly", "pk-parity-targets"), alt=alt,
                  note=note, data=drawn, name=f"women-share-{who}")


def plot_contributor(df: pd.DataFrame, country: str, targets: pd.DataFrame) -> "Chart":
    """The two country charts stacked: personnel (top) and women's share (bottom), UN data 2015-2025."""
    fig, (top, bottom) = new_figure(height=10.4, nrows=2)
    wide = _harmonise_un(pk.by_type(df, country))
    wide = wide.loc[wide.sum(axis=1, min_count=1).dropna().index[0]:]
    _draw_personnel(top, wide, pk.HARMONISED_ORDER, ymax=max(wide.sum(axis=1).max(), 1) * 1.1)
    shares_end = pk.women_share(df, country).index[-1]
    top.set_xlim(wide.index[0], shares_end + pd.Timedelta(days=1000))  # lines up with the chart below
    top.xaxis.set_major_locator(mdates.YearLocator(3))
    top.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    top.set_title("\n".join(textwrap.wrap(f"{country}: personnel and women's share", 40)))
    top.set_ylabel("Personnel")
    shares = pk.women_share(df, country)
    described = _draw_women_share(bottom, shares, targets)
    lines = _lines(shares)
    alt = (_personnel_alt(country, wide, "in three categories") + " Below it, "
           + _share_alt(f"{country}'s", shares, lines, described)[0].lower()
           + _share_alt(f"{country}'s", shares, lines, described)[1:])
    return finish(fig, source=data.source_line("pk-contributions-monthly", "pk-parity-targets"), alt=alt,
                  note="Gaps are months missing from the UN series. Labels: latest share → 2028 target (bars in the grey band).")


# ------------------------------------------------------------------------------------------
# ASEAN in one month

def plot_asean(table: pd.DataFrame, month, rank_world: int, n_world: int) -> "Chart":
    """ASEAN contributors in one month: total (light bar) and women (dark bar), Cambodia highlighted."""
    t = table.sort_values("total")
    fig, ax = new_figure(height=0.55 * len(t) + 1.8)
    y = np.arange(len(t))
    for i, (country, row) in enumerate(t.iterrows()):
        hi = country == "Cambodia"
        ax.barh(i, row["total"], color=HIGHLIGHT if hi else PALETTE["sky"], alpha=0.45 if not hi else 0.35,
                height=0.75)
        ax.barh(i, row["female"], color=HIGHLIGHT if hi else PALETTE["blue"], height=0.75)
        ax.text(row["total"], i, f"  {row['total']:,.0f} ({row['female']:,.0f} women)", va="center",
                fontsize=15, fontweight="bold" if hi else "normal", color="#111111")
    ax.set_yticks(y, [SHORT_PLACE.get(c, c) for c in t.index], fontsize=15)
    for lab in ax.get_yticklabels():
        if lab.get_text() == "Cambodia":
            lab.set_fontweight("bold")
            lab.set_color(HIGHLIGHT)
    ax.set_xlim(0, t["total"].max() * 1.9)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.set_xlabel("Uniformed personnel (darker: women)")
    kh = t.loc["Cambodia"]
    ax.set_title(f"ASEAN's blue berets, {_month(month)}")
    alt = (f"Bar chart: uniformed personnel from ASEAN members in UN peacekeeping on {_month(month)}, with "
           "women shown as part of each bar. " + "; ".join(
               f"{c} {r['total']:,.0f} ({r['female']:,.0f} women)" for c, r in t[::-1].iterrows())
           + f". Cambodia ranks {int(kh['rank_asean'])} in ASEAN by total and {rank_world} of {n_world} "
             "contributors worldwide.")
    return finish(fig, source=data.source_line("pk-contributions-monthly"), alt=alt,
                  note=f"ASEAN members with personnel deployed. Cambodia ranks {rank_world} of {n_world} "
                       "contributors worldwide by total (our count from the UN report).")


# ------------------------------------------------------------------------------------------
# Cambodia by mission

def mission_layers(wide: pd.DataFrame, keep: int = 4) -> pd.DataFrame:
    """Largest `keep` missions as columns, the rest summed as 'Other missions', and the months
    without mission detail as its own column."""
    nr = "not reported by mission"
    missions = [c for c in wide.columns if c != nr]
    big = wide[missions].sum().sort_values(ascending=False).index[:keep].tolist()
    out = wide[big].copy()
    rest = [c for c in missions if c not in big]
    out[OTHER_MISSIONS] = wide[rest].sum(axis=1, min_count=1) if rest else 0.0
    out[nr] = wide[nr] if nr in wide else 0.0
    return out


def _middle_of_longest_run(mask: np.ndarray) -> int:
    best, start, best_span = 0, None, (0, 0)
    for i, m in enumerate(list(mask) + [False]):
        if m and start is None:
            start = i
        elif not m and start is not None:
            if i - start > best:
                best, best_span = i - start, (start, i)
            start = None
    return (best_span[0] + best_span[1]) // 2


def plot_cambodia_missions(wide: pd.DataFrame, mission_names: pd.DataFrame) -> "Chart":
    """Cambodia's personnel per month by mission (pk.cambodia_by_mission()), stacked."""
    layers = mission_layers(wide)
    nr = "not reported by mission"
    cols = [c for c in layers.columns if c != nr] + [nr]
    colours = dict(zip([c for c in cols if c not in (OTHER_MISSIONS, nr)], MISSION_COLOURS))
    colours[OTHER_MISSIONS] = PALETTE["yellow"]
    colours[nr] = "#D9D9D9"
    fig, ax = new_figure(height=5.4)
    x = layers.index
    present = layers.notna().any(axis=1).to_numpy()
    lower = np.zeros(len(layers))
    ends = []
    loc = dict(zip(mission_names["mission"], mission_names["location"]))
    last_i = np.flatnonzero(present)[-1]
    right = []   # layers still deployed in the last month: labelled at the right edge
    for c in cols:
        vals = np.nan_to_num(layers[c].to_numpy(dtype=float))
        upper = lower + vals
        ax.fill_between(x, np.where(present, lower, np.nan), np.where(present, upper, np.nan),
                        color=colours[c], linewidth=0, hatch="///" if c == nr else None,
                        edgecolor="#AAAAAA" if c == nr else None)
        if c not in (OTHER_MISSIONS, nr) and vals[last_i] > 0:
            right.append((c, (lower[last_i] + upper[last_i]) / 2))
        else:
            # label in the middle of the layer's longest stretch with people deployed
            i = _middle_of_longest_run(vals > 0)
            if vals[i] > 0:
                ends.append((c, x[i], (lower[i] + upper[i]) / 2, vals[i], upper[i]))
        lower = upper
    top = np.nanmax(layers.sum(axis=1))
    ymax = top * 1.35
    ax.set_ylim(0, ymax)
    for c, xi, yi, v, up in ends:
        if c == nr:
            ax.annotate("no mission detail,\nMar 2018 – Aug 2019", xy=(xi, up * 0.97), xytext=(xi, top * 1.2),
                        ha="center", va="center", fontsize=15, color="#111111",
                        arrowprops=dict(arrowstyle="->", color="#666666", lw=1))
        elif c != OTHER_MISSIONS and v >= 60:
            ax.text(xi, yi, f"{c} · {SHORT_PLACE.get(loc.get(c, ''), loc.get(c, ''))}", ha="center", va="center",
                    fontsize=15, color="#111111", fontweight="bold",
                    bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="none", alpha=0.75))
    ys = _place(ax, [y for _, y in right], [2] * len(right), 0, ymax)
    for (c, _), y in zip(right, ys):
        ax.annotate(f"{c}\n{SHORT_PLACE.get(loc.get(c, ''), loc.get(c, ''))}", xy=(x[last_i], y), xytext=(6, 0),
                    textcoords="offset points", va="center", fontsize=15, fontweight="bold",
                    color=colours[c], annotation_clip=False, linespacing=0.95)
    _date_axis(ax, x[0], x[-1], 2)
    ax.set_ylabel("Personnel (end of month)")
    ax.set_title("Where Cambodia's peacekeepers serve")
    last = layers.dropna(how="all").iloc[-1]
    by_mission = wide.dropna(how="all")
    first_last = []
    for m in [c for c in cols if c not in (OTHER_MISSIONS, nr)]:
        s = by_mission[m][by_mission[m] > 0]
        first_last.append(f"{m} in {loc.get(m, '?')} ({s.index[0]:%b %Y}–{s.index[-1]:%b %Y}, up to {s.max():,.0f})")
    alt = ("Stacked area chart: Cambodia's uniformed personnel per month by UN mission, "
           f"{x[0]:%B %Y} to {x[-1]:%B %Y}. Main missions: " + "; ".join(first_last)
           + f". In {layers.dropna(how='all').index[-1]:%B %Y}: "
           + ", ".join(f"{c} {v:,.0f}" for c, v in last.items() if v > 0)
           + ". The months March 2018 to August 2019 have no mission detail and are hatched; missing months are blank.")
    other = [c for c in wide.columns if c not in cols and c != nr]
    note = ("Other missions: " + ", ".join(other) + " (small numbers). ") if other else ""
    return finish(fig, source=data.source_line("pk-cambodia-missions", "pk-missions"), alt=alt,
                  note=note + "Blank stretches: months missing from the UN series.")


# ------------------------------------------------------------------------------------------
# The ten MOWIP issue areas

def plot_barrier_areas(areas: pd.DataFrame) -> "Chart":
    """The ten issue areas as numbered tiles, two columns, each with its guiding question."""
    areas = areas.sort_values("number")
    colours = [PALETTE[c] for c in ("blue", "orange", "green", "purple", "sky")]
    # one column, one row per area: number, name (bold), the guiding question wrapped; measured in lines
    rows = [(r, textwrap.wrap(r.guiding_question, 50)) for r in areas.itertuples()]
    gap = 0.7
    total = sum(1 + len(q) for _, q in rows) + gap * (len(rows) - 1)
    fig, ax = new_figure(height=total * 0.25 + 1.5)
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(total, 0)
    y = 0.0
    for i, (row, question) in enumerate(rows):
        colour = colours[i % len(colours)]
        ax.text(0.0, y + 0.05, str(row.number), fontsize=20, fontweight="bold", color=colour, ha="left", va="top")
        ax.text(0.085, y, row.issue_area, fontsize=15, fontweight="bold", va="top", color="#111111")
        ax.text(0.085, y + 1.05, "\n".join(question), fontsize=15, va="top", color="#222222", linespacing=1.1)
        y += 1 + len(question)
        if i < len(rows) - 1:
            ax.axhline(y + gap / 2, xmin=0.0, xmax=1.0, color="#DDDDDD", lw=1)
        y += gap
    ax.set_title("Ten areas a MOWIP barrier assessment checks")
    alt = ("Ten numbered tiles, the issue areas of the MOWIP barrier assessment: "
           + "; ".join(f"{r.number} {r.issue_area}" for r in areas.itertuples()) + ".")
    return finish(fig, source=data.source_line("pk-mowip-areas"), alt=alt,
                  note="The questions are our one-line paraphrases of what each area asks.",
                  data=areas[["number", "issue_area", "guiding_question"]], name="mowip-areas")


# ------------------------------------------------------------------------------------------
# Parity calculator

def plot_parity_needs(needs: dict) -> "Chart":
    """Unit size, women needed to meet the target, and women for a 'Gender Strong Unit'."""
    size = needs["unit_size"]
    rows = [
        (f"Gender Strong\nUnit ({needs['gsu_share']:.0f}%)", needs["women_for_gsu"], PALETTE["green"]),
        (f"{needs['year']} target\n({needs['target_share']:.0f}%)", needs["women_for_target"], PALETTE["blue"]),
    ]
    fig, ax = new_figure(height=4.2)
    for i, (label, women, colour) in enumerate(rows):
        ax.barh(i, size, color="#E6E6E6", height=0.6)
        ax.barh(i, women, color=colour, height=0.6)
        ax.text(women, i, f"  {women:,} women", va="center", fontsize=15, fontweight="bold", color=colour)
    ax.set_yticks(range(len(rows)), [r[0] for r in rows])
    ax.set_xlim(0, max(size, 1) * 1.05)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.set_xlabel("\n".join(textwrap.wrap(f"Grey: the whole unit ({needs['group'].lower()})", 42)))
    ax.set_title(f"Women needed in a unit of {size:,}")
    alt = (f"Bar chart: in a unit of {size:,} {needs['group'].lower()}, {needs['women_for_target']:,} women meet "
           f"the {needs['year']} parity target of {needs['target_share']:.0f}%, and {needs['women_for_gsu']:,} "
           f"are needed to be five points above it ({needs['gsu_share']:.0f}%), as the Elsie article "
           "describes a Gender Strong Unit.")
    drawn = pd.DataFrame([{"group": needs["group"], "unit_size": size, "year": needs["year"],
                           "share_pct": share, "women_needed": women, "bar": bar}
                          for bar, share, women in [("target", needs["target_share"], needs["women_for_target"]),
                                                    ("gender strong unit", needs["gsu_share"], needs["women_for_gsu"])]])
    return finish(fig, source=data.source_line("pk-parity-targets"), alt=alt,
                  note="Women needed = the unit size times the share, rounded up to a whole person.",
                  data=drawn, name="parity-needs")
