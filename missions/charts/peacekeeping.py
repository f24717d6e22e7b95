"""Charts for Part I (peacekeeping): personnel, missions, women's shares, ASEAN, the parity calculator.

Each function takes shaped data (see missions.peacekeeping), draws one chart in the house style at
the house width (5.2 in, read at about 342 px on a phone) and returns a Chart: its alt text is
computed from the data it drew, and `data=` holds exactly the rows it draws. The chapter modules
(missions.chapters.cambodia, .elsie) call these; so do their panels. There is no second copy of
the plotting code.

Months missing from a series are never drawn as zeros: areas are drawn as steps that stop at a
missing month, and the month itself is shaded grey across the whole height of the chart.
"""

from __future__ import annotations

import textwrap

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from missions import peacekeeping, text
from missions.style import HIGHLIGHT, PALETTE, Chart, finish, new_figure

# Text sizes for the 5.2-inch figure (the house minimum is 11 pt: about 10 CSS px on a phone).
TITLE_PT = 14.5
LABEL_PT = 12.5
TICK_PT = 12

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
}
GROUP_TITLES = {
    "Troops": "Troops",
    "Staff officers and military observers": "Officers, observers",
    "Formed police units": "Formed police units",
    "Individual police": "Individual police",
}
MISSION_COLOURS = [PALETTE[c] for c in ("blue", "orange", "green", "purple", "sky")]
OTHER_MISSIONS = "Other missions"
NOT_BY_MISSION = "not reported by mission"
SHORT_PLACE = {
    "Central African Republic": "CAR",
    "Democratic Republic of the Congo": "DR Congo",
    "Brunei Darussalam": "Brunei",
    "Sudan (Darfur)": "Darfur",
    "Abyei area (Sudan and South Sudan)": "Abyei",
}
MISSING_FILL = "#E9E9E9"  # a month with no report: shaded across the whole chart
NO_DETAIL_FILL = "#C9C9C9"  # a month reported without missions: a hatched layer
UN_SOURCE = "UN Department of Peace Operations, monthly contribution reports"
IPI_SOURCE = "International Peace Institute, Providing for Peacekeeping"


def _ink(colour: str) -> str:
    """A darker shade of a palette colour for text, so labels keep a contrast of at least 4.5:1 on white."""
    import matplotlib.colors as mcolors

    r, g, b = mcolors.to_rgb(colour)

    def luminance(c):
        lin = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    k = 1.0
    while (1.05 / (luminance((r * k, g * k, b * k)) + 0.05)) < 4.5 and k > 0:
        k -= 0.02
    return mcolors.to_hex((r * k, g * k, b * k))


def _month(ts) -> str:
    return pd.Timestamp(ts).strftime("%b %Y")


def _label_last(ax, month: pd.Timestamp, value: float, label: str) -> None:
    """A direct label just right of a series' last month, level with its value."""
    ax.annotate(
        label,
        xy=(mdates.date2num(month + pd.offsets.MonthBegin(1)), value),
        xytext=(4, 0),
        textcoords="offset points",
        fontsize=LABEL_PT,
        va="center",
        ha="left",
        annotation_clip=False,
    )


def _edges(index: pd.DatetimeIndex) -> np.ndarray:
    """Month boundaries (as matplotlib dates) for a monthly index of month ends: n + 1 edges."""
    starts = index.to_period("M").to_timestamp()
    last_end = index[-1].to_period("M").to_timestamp() + pd.offsets.MonthBegin(1)
    return mdates.date2num(list(starts) + [last_end])


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(first, last) index of each run of True in mask."""
    runs, start = [], None
    for i, m in enumerate(list(mask) + [False]):
        if m and start is None:
            start = i
        elif not m and start is not None:
            runs.append((start, i - 1))
            start = None
    return runs


def _shade_missing(ax, index: pd.DatetimeIndex, missing: np.ndarray) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """Shade each month with no report across the chart's height; return the missing runs as dates."""
    edges = _edges(index)
    out = []
    for a, b in _runs(missing):
        ax.axvspan(edges[a], edges[b + 1], color=MISSING_FILL, linewidth=0, zorder=0)
        out.append((index[a], index[b]))
    return out


def _style_axes(ax, ylabel: str | None = None) -> None:
    ax.tick_params(labelsize=TICK_PT)
    if ylabel:
        ax.set_ylabel(ylabel, fontsize=LABEL_PT)


def _year_axis(ax, start, end, step: int, pad_right: float = 0.0) -> None:
    """Years on the x axis, every `step` years, with room on the right for labels (no ticks in it)."""
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    lo, hi = mdates.date2num(start), mdates.date2num(end)
    ax.set_xlim(lo, hi + (hi - lo) * pad_right)
    first = start.year + (-start.year % step) if start.month == 1 else start.year + 1 + (-(start.year + 1) % step)
    years = range(first, end.year + 1, step)
    ax.set_xticks([mdates.date2num(pd.Timestamp(f"{y}-01-01")) for y in years], [str(y) for y in years])


def _title(ax, text: str, subtitle: str | None = None) -> None:
    """The chart's title across the figure's full width (left-aligned); an optional subtitle above the axes."""
    ax.figure.suptitle(text, x=0.015, ha="left", fontsize=TITLE_PT, fontweight="bold")
    if subtitle:
        ax.set_title(subtitle, loc="left", fontsize=LABEL_PT, color="#333333", pad=6, fontweight="normal")


def _months_text(runs: list[tuple[pd.Timestamp, pd.Timestamp]]) -> str:
    parts = []
    for a, b in runs:
        parts.append(_month(a) if a == b else f"{_month(a)} to {_month(b)}")
    return ", ".join(parts)


# ------------------------------------------------------------------------------------------
# Personnel per month in three categories (Cambodia's long history, or any contributor)


def _draw_personnel(ax, wide: pd.DataFrame, ymax: float) -> tuple[np.ndarray, list]:
    """Stacked steps per category; months with no report shaded. Returns (covered mask, missing runs)."""
    x = _edges(wide.index)
    covered = wide[peacekeeping.HARMONISED_ORDER].notna().all(axis=1).to_numpy()
    runs = _shade_missing(ax, wide.index, ~covered)
    lower = np.zeros(len(wide))
    for cat in peacekeeping.HARMONISED_ORDER:
        vals = wide[cat].to_numpy(dtype=float)
        upper = lower + np.nan_to_num(vals)
        ax.stairs(
            np.where(covered, upper, np.nan),
            x,
            baseline=np.where(covered, lower, np.nan),
            fill=True,
            color=CATEGORY_COLOURS[cat],
            linewidth=0,
            zorder=2,
        )
        lower = upper
    ax.set_ylim(0, ymax)
    return covered, runs


def _police_months(wide: pd.DataFrame) -> pd.Series:
    police = wide["Police (individual and formed units)"]
    return police[police > 0]


def plot_personnel(wide: pd.DataFrame, country: str, events: pd.DataFrame | None = None) -> Chart:
    """Cambodia's personnel per month, May 2005 to the latest month (peacekeeping.cambodia_harmonised())."""
    wide = wide.loc[wide["total"].dropna().index[0] :]
    total = wide["total"]
    peak_month = total.idxmax()
    top = float(total.max())
    ymax = top * 1.25
    fig, ax = new_figure(height=5.0)
    covered, runs = _draw_personnel(ax, wide, ymax)
    _style_axes(ax)
    _year_axis(
        ax, wide.index[0].to_period("M").to_timestamp(), wide.index[-1] + pd.offsets.MonthBegin(1), 5, pad_right=0.12
    )
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:,.0f}")
    ax.set_yticks([t for t in ax.get_yticks() if t <= top * 1.05])
    # direct labels: the troops inside their area, the experts' thin layer with an arrow
    ax.text(
        mdates.date2num(pd.Timestamp("2019-03-01")),
        top * 0.4,
        "Troops and\nstaff officers",
        color="white",
        fontsize=LABEL_PT,
        fontweight="bold",
        ha="center",
        va="center",
        zorder=3,
    )
    exp_at = pd.Timestamp("2012-08-31")
    exp_y = float(wide.loc[exp_at, "total"] - wide.loc[exp_at, "Experts on mission"] / 2)
    ax.annotate(
        "Experts on\nmission: the thin\ntop layer",
        xy=(mdates.date2num(exp_at), exp_y),
        xytext=(mdates.date2num(pd.Timestamp("2010-01-31")), top * 0.55),
        fontsize=LABEL_PT,
        color="#7A4F00",
        ha="center",
        va="bottom",
        arrowprops=dict(arrowstyle="->", color="#7A4F00", lw=1.2, shrinkA=2, shrinkB=1),
        zorder=4,
    )
    # the long gap between the two series, labelled inside it
    long_gap = max(runs, key=lambda r: (r[1] - r[0]).days) if runs else None
    if long_gap is not None and (long_gap[1] - long_gap[0]).days > 90:
        gx = mdates.date2num(long_gap[0] + (long_gap[1] - long_gap[0]) / 2)
        ax.text(
            gx, top * 0.04, "no data", rotation=90, fontsize=11.5, color="#333333", ha="center", va="bottom", zorder=4
        )
    last = wide.index[covered][-1]
    _label_last(ax, last, total[last], f"{_month(last)}:\n{total[last]:,.0f}")
    names = []
    if events is not None:
        for event in events.itertuples():
            xe = mdates.date2num(event.date)
            ax.axvline(xe, color="#333333", linewidth=1, linestyle=(0, (3, 2)), zorder=3)
            right = event.date.year < 2020
            label = "\n".join(textwrap.wrap(f"{event.date:%b %Y}: {event.short_label}", 15))
            ax.text(
                xe + (60 if right else -60),
                ymax * 0.99,
                label,
                fontsize=LABEL_PT,
                ha="left" if right else "right",
                va="top",
                color="#222222",
                zorder=4,
                linespacing=1.0,
            )
            names.append(f"{event.date:%B %Y}, {event.event}")
    _title(ax, f"{country}'s peacekeepers, month by month", "People deployed at the end of each month")
    police = _police_months(wide)
    police_text = _police_text(police)
    first = wide.index[0]
    missing_after = [r for r in runs if r[0] > first]
    alt = (
        f"Stacked area chart: {country}'s uniformed personnel in UN peacekeeping at the end of each month, "
        f"{first:%B %Y} to {last:%B %Y}, as troops and staff officers, experts on mission, and police. "
        f"It starts at {text.count(total[first])} in {first:%B %Y}, stays under "
        f"{wide.loc[:'2013-12-31', 'total'].max():,.0f} until 2013, peaks at {top:,.0f} in {peak_month:%B %Y} "
        f"and stands at {total[last]:,.0f} in {last:%B %Y}. Troops and staff officers are almost all of it; "
        f"experts on mission are a thin layer. Police appear in only {text.count(len(police))} months "
        f"({police_text}), too few to see. Months with no report are shaded grey: {_months_text(missing_after)}."
    )
    if names:
        alt += " Dashed lines mark " + "; ".join(names) + "."
    note = (
        "Grey: no report. Before 2015, IPI's series (staff officers counted with troops). "
        f"Police, too few to see: {police_text}."
    )
    drawn = wide[peacekeeping.HARMONISED_ORDER + ["total"]].rename_axis("month").reset_index()
    drawn.insert(1, "source", wide["source"].fillna("no report").to_numpy())
    return finish(
        fig,
        source="Source: International Peace Institute (IPI); UN Department of Peace "
        "Operations; Phnom Penh Post (NPMEC); UN Security Council",
        alt=alt,
        note=note,
        data=drawn,
        name=f"personnel-{country.lower().replace(' ', '-')}",
    )


def _police_text(police: pd.Series) -> str:
    """'27 in May 2010, 16 in Aug and Dec 2015': months with police, grouped by count and year."""
    groups: dict[tuple[float, int], list[pd.Timestamp]] = {}
    for d, n in police.items():
        groups.setdefault((float(n), d.year), []).append(d)
    parts = []
    for (n, year), months in groups.items():
        parts.append(f"{n:,.0f} in " + " and ".join(f"{m:%b}" for m in months) + f" {year}")
    return ", ".join(parts)


# ------------------------------------------------------------------------------------------
# Where they serve: Cambodia by mission


def mission_layers(wide: pd.DataFrame, keep: int = 4) -> pd.DataFrame:
    """Largest `keep` missions as columns, the rest summed as 'Other missions', and the months
    without mission detail as their own column (last)."""
    missions = [c for c in wide.columns if c != NOT_BY_MISSION]
    big = wide[missions].sum().sort_values(ascending=False).index[:keep].tolist()
    out = wide[big].copy()
    rest = [c for c in missions if c not in big]
    out[OTHER_MISSIONS] = wide[rest].sum(axis=1, min_count=1) if rest else 0.0
    out[NOT_BY_MISSION] = wide[NOT_BY_MISSION] if NOT_BY_MISSION in wide else 0.0
    return out


def plot_cambodia_missions(wide: pd.DataFrame, mission_names: pd.DataFrame) -> Chart:
    """Cambodia's personnel per month by mission (peacekeeping.cambodia_by_mission()), stacked."""
    layers = mission_layers(wide)
    cols = list(layers.columns)
    named = [c for c in cols if c not in (OTHER_MISSIONS, NOT_BY_MISSION)]
    colours = dict(zip(named, MISSION_COLOURS))
    colours[OTHER_MISSIONS] = PALETTE["yellow"]
    loc = dict(zip(mission_names["mission"], mission_names["location"]))
    place = {m: SHORT_PLACE.get(loc.get(m, ""), loc.get(m, "")) for m in named}
    covered = layers.notna().any(axis=1).to_numpy()
    top = float(np.nanmax(layers.sum(axis=1, min_count=1)))
    ymax = top * 1.32
    fig, ax = new_figure(height=4.6)
    runs = _shade_missing(ax, layers.index, ~covered)
    x = _edges(layers.index)
    lower = np.zeros(len(layers))
    spans = {}
    for c in cols:
        vals = np.nan_to_num(layers[c].to_numpy(dtype=float))
        upper = lower + vals
        kw = dict(fill=True, linewidth=0, zorder=2)
        if c == NOT_BY_MISSION:
            kw.update(color=NO_DETAIL_FILL, hatch="////", edgecolor="#7A7A7A")
        else:
            kw.update(color=colours[c])
        ax.stairs(np.where(covered, upper, np.nan), x, baseline=np.where(covered, lower, np.nan), **kw)
        spans[c] = (lower.copy(), upper.copy(), vals)
        lower = upper
    ax.set_ylim(0, ymax)
    _style_axes(ax)
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:,.0f}")
    ax.set_yticks([t for t in ax.get_yticks() if t <= top * 1.05])
    _year_axis(
        ax, layers.index[0].to_period("M").to_timestamp(), layers.index[-1] + pd.offsets.MonthBegin(1), 2, pad_right=0.2
    )
    last_i = int(np.flatnonzero(covered)[-1])
    # missions still deployed in the last month: labelled at the right edge, in their colour
    right = [(c, (spans[c][0][last_i] + spans[c][1][last_i]) / 2) for c in named if spans[c][2][last_i] > 0]
    ys = _spread([y for _, y in right], top * 0.21, 0, top * 1.05)
    for (c, _), y in zip(right, ys):
        ax.annotate(
            f"{c}\n{place[c]}",
            xy=(x[last_i + 1], y),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            ha="left",
            fontsize=LABEL_PT,
            fontweight="bold",
            color=_ink(colours[c]),
            annotation_clip=False,
            linespacing=0.95,
        )
    # missions that ended: labelled inside their layer, in the first stretch before the months without detail
    nd = spans[NOT_BY_MISSION][2] > 0
    nd_start = int(np.flatnonzero(nd)[0]) if nd.any() else len(layers)
    for c in named:
        lo, up, vals = spans[c]
        if vals[last_i] > 0:
            continue
        window = [i for i in range(nd_start) if covered[i] and vals[i] >= top * 0.12]
        if window:
            i = window[len(window) // 2]
            ax.text(
                (x[i] + x[i + 1]) / 2,
                (lo[i] + up[i]) / 2,
                f"{c}\n{place[c]}",
                ha="center",
                va="center",
                fontsize=LABEL_PT,
                fontweight="bold",
                color="#111111",
                zorder=3,
                linespacing=0.95,
            )
    if nd.any():
        nd_end = int(np.flatnonzero(nd)[-1])
        mid = (x[nd_start] + x[nd_end + 1]) / 2
        ax.text(
            mid,
            top * 1.0,
            f"no mission detail\n{_month(layers.index[nd_start])}–{_month(layers.index[nd_end])}",
            ha="center",
            va="bottom",
            fontsize=LABEL_PT,
            color="#333333",
            zorder=4,
        )
    _title(ax, "Where Cambodia's peacekeepers serve", "People at the end of each month, by mission")
    by_mission = wide[[m for m in wide.columns if m != NOT_BY_MISSION]]
    first_last = []
    for m in named:
        s = by_mission[m][by_mission[m] > 0]
        first_last.append(
            f"{m} in {loc.get(m, m)} ({_month(s.index[0])} to {_month(s.index[-1])}, up to {s.max():,.0f})"
        )
    last_row = layers.iloc[last_i]
    others = [c for c in by_mission.columns if c not in named]
    alt = (
        "Stacked area chart: Cambodia's uniformed personnel at the end of each month by UN mission, "
        f"{layers.index[0]:%B %Y} to {layers.index[last_i]:%B %Y}. Main missions: "
        + "; ".join(first_last)
        + f". In {layers.index[last_i]:%B %Y}: "
        + ", ".join(f"{c} {v:,.0f}" for c, v in last_row.items() if v > 0)
        + ". Other missions, with a few people each: "
        + ", ".join(others)
        + f". The months {_month(layers.index[nd_start])} to {_month(layers.index[int(np.flatnonzero(nd)[-1])])} "
        "give a total but no missions and are hatched. Months with no report are shaded grey: "
        + _months_text(runs)
        + "."
    )
    note = (
        "Yellow: " + ", ".join(others) + " (a few people each). Hatched: reports that give no "
        "missions. Grey: months with no report."
    )
    drawn = layers.rename_axis("month").reset_index()
    return finish(fig, source=f"Source: {UN_SOURCE}", alt=alt, note=note, data=drawn, name="cambodia-missions")


def _spread(targets: list[float], gap, lo: float, hi: float) -> list[float]:
    """Label centres near their targets, within [lo, hi]: `gap` is each label's height (one number for
    all, or one per label), and neighbours keep half their heights apart."""
    sizes = list(gap) if isinstance(gap, (list, tuple)) else [gap] * len(targets)
    order = sorted(range(len(targets)), key=lambda i: targets[i])
    pos = [float(t) for t in targets]
    prev = None
    for i in order:
        floor = lo + sizes[i] / 2 if prev is None else pos[prev] + (sizes[prev] + sizes[i]) / 2
        pos[i] = max(pos[i], floor)
        prev = i
    nxt = None
    for i in reversed(order):
        ceiling = hi - sizes[i] / 2 if nxt is None else pos[nxt] - (sizes[nxt] + sizes[i]) / 2
        pos[i] = min(pos[i], ceiling)
        nxt = i
    return pos


def _line_height(ax, ymax: float, pt: float = LABEL_PT) -> float:
    """The height of one line of text at `pt`, in data units of an axes running from 0 to ymax."""
    ax.figure.canvas.draw()
    px = ax.get_window_extent().height
    return pt * 1.2 * ax.figure.dpi / 72 * ymax / max(px, 1.0)


# ------------------------------------------------------------------------------------------
# Women's share: one contributor against all contributors


def _draw_share_lines(ax, lines: list[tuple[str, pd.Series, str, float]], ymax: float) -> list[float]:
    """Lines of per cent women (NaN months break the line), labelled at their right end."""
    ends = []
    for label, s, colour, width in lines:
        x = mdates.date2num(s.index)
        ax.plot(x, s.to_numpy(dtype=float), color=colour, linewidth=width, zorder=3, solid_capstyle="butt")
        last = s.dropna()
        if len(last):
            ends.append((label, float(last.iloc[-1]), colour, mdates.date2num(last.index[-1])))
    ax.set_ylim(0, ymax)
    line = _line_height(ax, ymax)
    sizes = [(label.count("\n") + 2) * line * 1.05 for label, _, _, _ in ends]
    ys = _spread([v for _, v, _, _ in ends], sizes, 0, ymax)
    for (label, value, colour, xe), y in zip(ends, ys):
        ax.annotate(
            f"{label}\nnow {value:.1f}%",
            xy=(xe, y),
            xytext=(5, 0),
            textcoords="offset points",
            va="center",
            ha="left",
            fontsize=LABEL_PT,
            fontweight="bold",
            color=_ink(colour),
            annotation_clip=False,
            linespacing=0.95,
        )
    return [v for _, v, _, _ in ends]


def plot_country_troop_share(
    country_shares: pd.DataFrame, world_shares: pd.DataFrame, country: str, troop_target: float
) -> Chart:
    """Women among a contributor's troops and among all contributors' troops, with the 2028 target."""
    country_troops = country_shares["Troops"].where(country_shares["Troops (total)"] >= peacekeeping.MIN_GROUP_SIZE)
    world = world_shares["Troops"]
    both = pd.concat([country_troops.dropna(), world.dropna()])
    ymax = max(float(both.max()), troop_target) * 1.25
    fig, ax = new_figure(height=4.2)
    missing = (country_troops.isna() & world.isna()).to_numpy()
    runs = _shade_missing(ax, country_troops.index, missing)
    ax.axhline(troop_target, color=PALETTE["blue"], linestyle=(0, (5, 3)), linewidth=1.6, zorder=2)
    ax.text(
        mdates.date2num(country_troops.index[0]),
        troop_target + ymax * 0.02,
        f"UN target for troops\nby 2028: {troop_target:.0f}%",
        fontsize=LABEL_PT,
        color=_ink(PALETTE["blue"]),
        ha="left",
        va="bottom",
        zorder=4,
        linespacing=1.0,
    )
    _draw_share_lines(
        ax, [(country, country_troops, HIGHLIGHT, 2.8), ("All\ncontributors", world, "#333333", 2.0)], ymax
    )
    ax.set_ylim(0, ymax)
    _style_axes(ax)
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:.0f}%")
    _year_axis(ax, country_troops.index[0].to_period("M").to_timestamp(), country_troops.index[-1], 2, pad_right=0.24)
    _title(ax, "Women among troops", f"{country} and all contributors, each month")
    shown, all_shown = country_troops.dropna(), world.dropna()
    alt = (
        f"Line chart: share of women among {country}'s troops in UN missions, per month, from "
        f"{shown.iloc[0]:.1f}% in {shown.index[0]:%B %Y} to {shown.iloc[-1]:.1f}% in {shown.index[-1]:%B %Y}, against all "
        f"contributors' troops, from {all_shown.iloc[0]:.1f}% to {all_shown.iloc[-1]:.1f}%. A dashed line marks the UN's "
        f"target for troops by 2028, {troop_target:.0f}%. Months with no report, and August 2020, when the "
        "report swapped men and women, are left out: " + _months_text(runs) + "."
    )
    note = "Grey: months with no report. August 2020 is left out: the UN's report swapped men and women."
    drawn = pd.DataFrame(
        {
            "month": country_troops.index,
            f"{country} troops, % women": country_troops.to_numpy(),
            "all contributors' troops, % women": world.to_numpy(),
            "UN 2028 target for troops, %": troop_target,
        }
    )
    return finish(
        fig,
        source=f"Source: {UN_SOURCE}; UN parity targets (Elsie Initiative Fund)",
        alt=alt,
        note=note,
        data=drawn,
        name=f"women-troops-{country.lower().replace(' ', '-')}",
    )


# ------------------------------------------------------------------------------------------
# Women's share by type of personnel, all contributors: small multiples against the targets


def plot_women_share_by_group(shares: pd.DataFrame, targets: pd.DataFrame) -> Chart:
    """Four panels, one per parity-strategy group: per cent women per month against its 2028 target."""
    groups = list(peacekeeping.UGPS_GROUPS)
    final = targets[targets["kind"] == "final"].set_index("ugps_group")["target_share"]
    interim = targets[targets["kind"] == "interim"]
    ymax = 36.0
    fig, axes = new_figure(height=6.2, nrows=2, ncols=2, sharex=True, sharey=True)
    covered = shares["All personnel (total)"].notna().to_numpy()
    rows, described = [], []
    for ax, g in zip(axes.flat, groups):
        runs = _shade_missing(ax, shares.index, ~covered)
        s = shares[g]
        colour = GROUP_COLOURS[g]
        x = mdates.date2num(s.index)
        ax.plot(x, s.to_numpy(dtype=float), color=colour, linewidth=2.2, zorder=3)
        t = float(final[g])
        ax.axhline(t, color=colour, linestyle=(0, (4, 2.5)), linewidth=1.4, zorder=2)
        for r in interim[interim["ugps_group"] == g].itertuples():
            ax.plot(
                [mdates.date2num(pd.Timestamp(f"{r.year}-06-30"))],
                [r.target_share],
                marker="D",
                markersize=6,
                color="white",
                markeredgecolor=colour,
                markeredgewidth=1.8,
                zorder=4,
                linestyle="none",
            )
            described.append(f"{g.lower()}: {r.target_share:.0f}% by {r.year}")
        last = s.dropna()
        ax.set_title(
            f"{GROUP_TITLES[g]}\n", fontsize=12, loc="left", fontweight="bold", color="#111111", linespacing=1.15
        )
        ax.text(
            0,
            1.03,
            f"now {last.iloc[-1]:.1f}%, target {t:.0f}%",
            transform=ax.transAxes,
            fontsize=11.5,
            ha="left",
            va="bottom",
            color="#222222",
        )
        ax.set_ylim(0, ymax)
        ax.tick_params(labelsize=TICK_PT)
        ax.xaxis.set_major_locator(mdates.YearLocator(4, month=1, day=1))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        ax.set_xlim(mdates.date2num(shares.index[0].to_period("M").to_timestamp()), mdates.date2num(shares.index[-1]))
        ax.set_yticks([0, 10, 20, 30])
        ax.yaxis.set_major_formatter(lambda v, _: f"{v:.0f}%")
        rows.append(pd.DataFrame({"group": g, "month": s.index, "women_pct": s.to_numpy(), "target_2028_pct": t}))
    fig.suptitle("Women among UN peacekeepers, by type", fontsize=TITLE_PT, fontweight="bold", x=0.02, ha="left")
    parts = []
    for g in groups:
        s = shares[g].dropna()
        parts.append(
            f"{g.lower()}: from {s.iloc[0]:.1f}% in {s.index[0]:%B %Y} to {s.iloc[-1]:.1f}% in "
            f"{s.index[-1]:%B %Y}, against a 2028 target of {final[g]:.0f}%"
        )
    alt = (
        "Four line charts, one per type of uniformed personnel, of the share of women among all UN "
        "peacekeepers per month: "
        + "; ".join(parts)
        + ". "
        + (("Hollow diamonds mark interim targets: " + "; ".join(described) + ". ") if described else "")
        + "Months with no report, and August 2020, are gaps: "
        + _months_text(runs)
        + "."
    )
    note = (
        "Target and dashed line: the 2028 target. Diamond: the 2021 target. Grey and gaps: no report, or August 2020 "
        "(the report swapped men and women)."
    )
    return finish(
        fig,
        source=f"Source: {UN_SOURCE}; parity targets: Elsie Initiative Fund, UN DPO",
        alt=alt,
        note=note,
        data=pd.concat(rows, ignore_index=True),
        name="women-share-by-type",
    )


# ------------------------------------------------------------------------------------------
# One contributor, for the picker: personnel (top) and women's share against all contributors


def plot_contributor(df: pd.DataFrame, country: str) -> Chart:
    """Any contributor in the UN's reports of 2015-2025: personnel by category, and its share of women."""
    by_type = peacekeeping.by_type(df, country)
    wide = pd.DataFrame(index=by_type.index)
    # a month in the UN's series without this country means nobody deployed; a month missing from the
    # series itself is unknown
    reported = pd.Series(by_type.index.isin(df["date"].unique()), index=by_type.index)
    for cat in peacekeeping.HARMONISED_ORDER:
        cols = [t for t, c in peacekeeping.HARMONISED.items() if c == cat and t in by_type]
        s = by_type[cols].sum(axis=1, min_count=1) if cols else pd.Series(np.nan, index=by_type.index)
        wide[cat] = s.where(~reported, s.fillna(0.0))
    shares = peacekeeping.women_share(df, country, by_group=False).loc[wide.index]
    world = peacekeeping.women_share(df, by_group=False).loc[wide.index]
    total = wide.sum(axis=1, min_count=1)
    top = max(float(total.max()), 1.0)
    fig, (upper, lower) = new_figure(height=7.2, nrows=2, sharex=True)
    covered, runs = _draw_personnel(upper, wide.assign(total=total), top * 1.12)
    _style_axes(upper)
    upper.yaxis.set_major_formatter(lambda v, _: f"{v:,.0f}")
    upper.set_title(
        "People deployed at the end of each month",
        loc="left",
        fontsize=LABEL_PT,
        fontweight="normal",
        color="#333333",
        pad=6,
    )
    handles = [
        Patch(color=CATEGORY_COLOURS[c], label=lab)
        for c, lab in zip(peacekeeping.HARMONISED_ORDER, ["troops, staff officers", "experts", "police"])
    ]
    upper.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(-0.02, -0.04),
        ncol=3,
        frameon=False,
        fontsize=11.5,
        handlelength=1.0,
        handletextpad=0.4,
        columnspacing=0.9,
        borderaxespad=0,
    )
    last = wide.index[covered][-1]
    _label_last(upper, last, total[last], f"{total[last]:,.0f}")
    country_share = shares["All personnel"].where(shares["All personnel (total)"] >= peacekeeping.MIN_GROUP_SIZE)
    world_share = world["All personnel"]
    ymax = max(float(pd.concat([country_share.dropna(), world_share.dropna()]).max()), 5.0) * 1.25
    _shade_missing(lower, wide.index, ~covered)
    label = "\n".join(textwrap.wrap(country, 13))
    _draw_share_lines(
        lower, [(label, country_share, HIGHLIGHT, 2.6), ("All\ncontributors", world_share, "#333333", 1.8)], ymax
    )
    lower.set_ylim(0, ymax)
    _style_axes(lower)
    lower.yaxis.set_major_formatter(lambda v, _: f"{v:.0f}%")
    lower.set_title(
        "Women, as a share of its personnel", loc="left", fontsize=LABEL_PT, fontweight="normal", color="#333333", pad=6
    )
    _year_axis(lower, wide.index[0].to_period("M").to_timestamp(), wide.index[-1], 2, pad_right=0.27)
    fig.suptitle("\n".join(textwrap.wrap(country, 34)), x=0.015, ha="left", fontsize=TITLE_PT, fontweight="bold")
    counts = dict(
        zip(
            ["troops and staff officers", "experts on mission", "police"],
            [wide[c].iloc[np.flatnonzero(covered)[-1]] for c in peacekeeping.HARMONISED_ORDER],
        )
    )
    k = country_share.dropna()
    share_text = (
        f"Women were {k.iloc[0]:.1f}% of its personnel in {k.index[0]:%B %Y} and {k.iloc[-1]:.1f}% in "
        f"{k.index[-1]:%B %Y}, against {world_share.dropna().iloc[-1]:.1f}% for all contributors. "
        if len(k)
        else "It deployed too few people for its share of women to be drawn. "
    )
    alt = (
        f"Two charts for {country}. Above, a stacked area chart of its uniformed personnel in UN missions at "
        f"the end of each month, {wide.index[0]:%B %Y} to {last:%B %Y}: {text.count(total.dropna().iloc[0])} in "
        f"{total.dropna().index[0]:%B %Y}, a peak of {text.count(top)} in {total.idxmax():%B %Y}; in {last:%B %Y}, "
        + ", ".join(f"{text.count(v)} {k_}" for k_, v in counts.items())
        + ". Below, a line chart of the share of "
        "women. " + share_text + ("Months with no report are shaded grey: " + _months_text(runs) + "." if runs else "")
    )
    drawn = wide.assign(total=total, women_pct=country_share, all_contributors_women_pct=world_share)
    drawn = drawn.rename_axis("month").reset_index()
    return finish(
        fig,
        source=f"Source: {UN_SOURCE}",
        note="Grey: months with no report. August 2020 has no share: the report swapped men and women.",
        alt=alt,
        data=drawn,
        name=f"contributor-{country.lower().replace(' ', '-')}",
    )


# ------------------------------------------------------------------------------------------
# ASEAN in one month


def plot_asean(table: pd.DataFrame, month, rank_world: int, n_world: int) -> Chart:
    """ASEAN contributors in one month: total (light bar) and women (dark part), Cambodia highlighted."""
    t = table.sort_values("total")
    fig, ax = new_figure(height=0.42 * len(t) + 1.7)
    biggest = float(t["total"].max())
    for i, (country, row) in enumerate(t.iterrows()):
        hi = country == "Cambodia"
        ax.barh(i, row["total"], color="#F6C9A8" if hi else "#BFDDF2", height=0.72, zorder=2)
        ax.barh(i, row["female"], color=HIGHLIGHT if hi else PALETTE["blue"], height=0.72, zorder=3)
        label = f"{row['total']:,.0f} ({row['female']:,.0f} women)"
        inside = row["total"] > biggest * 0.6
        ax.text(
            row["total"] - biggest * 0.015 if inside else row["total"] + biggest * 0.015,
            i,
            label,
            va="center",
            ha="right" if inside else "left",
            fontsize=LABEL_PT,
            fontweight="bold" if hi else "normal",
            color="#111111",
            zorder=4,
        )
    ax.set_yticks(range(len(t)), [SHORT_PLACE.get(c, c) for c in t.index], fontsize=LABEL_PT)
    for lab in ax.get_yticklabels():
        if lab.get_text() == "Cambodia":
            lab.set_fontweight("bold")
            lab.set_color(HIGHLIGHT)
    ax.set_xlim(0, biggest * 1.04)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.tick_params(axis="x", labelsize=TICK_PT)
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:,.0f}")
    ax.set_xlabel("Uniformed personnel (dark: women)", fontsize=LABEL_PT)
    cambodia_row = t.loc["Cambodia"]
    _title(ax, f"ASEAN members in UN missions, {pd.Timestamp(month):%B %Y}")
    alt = (
        f"Bar chart: uniformed personnel from ASEAN members in UN peacekeeping on the last day of "
        f"{pd.Timestamp(month):%B %Y}, with women shown as the dark part of each bar: "
        + "; ".join(f"{c} {r['total']:,.0f} ({r['female']:,.0f} women)" for c, r in t[::-1].iterrows())
        + f". Cambodia is {text.ordinal(int(cambodia_row['rank_asean']))} in ASEAN by total and "
        f"{text.ordinal(rank_world)} of {n_world} contributors worldwide."
    )
    drawn = t[["total", "female", "rank", "rank_asean"]].rename_axis("country").reset_index()
    return finish(
        fig,
        source=f"Source: {UN_SOURCE}",
        alt=alt,
        note=f"ASEAN members with anyone deployed. Worldwide, Cambodia is {text.ordinal(rank_world)} "
        f"of {n_world} by total (our count from the UN's report).",
        data=drawn,
        name="asean",
    )


# ------------------------------------------------------------------------------------------
# Parity calculator


def plot_parity_needs(needs: dict) -> Chart:
    """Women a unit needs for its target, and five points above it (the article's Gender Strong Unit)."""
    size, group = needs["unit_size"], needs["group"]
    rows = [
        (f"{needs['year']} target, {needs['target_share']:.0f}%", needs["women_for_target"], PALETTE["blue"]),
        (f"Five points above it, {needs['gsu_share']:.0f}%", needs["women_for_gsu"], PALETTE["green"]),
    ]
    fig, ax = new_figure(height=3.7)
    for i, (label, women, colour) in enumerate(rows):
        y = -i * 2.2
        ax.barh(y, size, color="#E4E4E4", height=0.8, zorder=2)
        ax.barh(y, women, color=colour, height=0.8, zorder=3)
        ax.text(
            0,
            y + 0.55,
            f"{label}: {women:,} women",
            va="bottom",
            ha="left",
            fontsize=13.5,
            fontweight="bold",
            color=_ink(colour),
            zorder=4,
        )
    ax.set_yticks([])
    ax.set_ylim(-2.2 - 0.55, 1.95)
    ax.set_xlim(0, max(size, 1) * 1.02)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="x", labelsize=TICK_PT)
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:,.0f}")
    ax.xaxis.set_major_locator(MaxNLocator(5, integer=True))
    ax.set_xlabel(f"People in the unit (grey: all {size:,})", fontsize=LABEL_PT)
    _title(ax, f"Women needed in a unit of {size:,}", f"Type of personnel: {group.lower()}")
    alt = (
        f"Bar chart: in a unit of {size:,} {group.lower()}, {needs['women_for_target']:,} women meet the "
        f"{needs['year']} parity target of {needs['target_share']:.0f}%, and {needs['women_for_gsu']:,} "
        f"are needed to be five points above it ({needs['gsu_share']:.0f}%), as the Elsie article "
        "describes a Gender Strong Unit."
    )
    drawn = pd.DataFrame(
        [
            {
                "group": group,
                "unit_size": size,
                "year": needs["year"],
                "share_pct": share,
                "women_needed": women,
                "bar": bar,
            }
            for bar, share, women in [
                ("target", needs["target_share"], needs["women_for_target"]),
                ("five points above", needs["gsu_share"], needs["women_for_gsu"]),
            ]
        ]
    )
    return finish(
        fig,
        source="Source: UN parity targets for 2028 (Elsie Initiative Fund); the article",
        alt=alt,
        note=(
            f"Our assumption: the {needs['year']} targets; the lower targets for earlier "
            "years were not found. Women needed: the share of the unit, rounded up."
        ),
        data=drawn,
        name="parity-needs",
    )
