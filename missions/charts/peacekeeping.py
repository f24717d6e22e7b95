"""Charts for Part I (peacekeeping): personnel, women's shares, ASEAN, missions, MOWIP, parity.

Each function takes shaped data (see missions.peacekeeping), draws one chart in the house style
and returns a Chart whose alt text is computed from the data it drew. The widgets call these same
functions; there is no second copy of the plotting code.
"""
from __future__ import annotations

import textwrap

import matplotlib.dates as mdates
from matplotlib.patches import FancyBboxPatch
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
SHORT_PLACE = {"Central African Republic": "CAR", "Democratic Republic of the Congo": "DR Congo"}
SHORT = {
    "Troops and staff officers": "Troops & staff officers",
    "Experts on mission": "Experts on mission",
    "Police (individual and formed units)": "Police",
    "Troops": "Troops",
    "Staff officers and military observers": "Staff officers & observers",
    "Formed police units": "Formed police",
    "Individual police": "Individual police",
    "All personnel": "All",
}
MIN_GROUP_SIZE = 5   # a group's women's share is drawn only where it averages this many people


def _month(ts) -> str:
    return pd.Timestamp(ts).strftime("%b %Y")


def _spread(values: list[float], gap: float) -> list[float]:
    """Nudge label positions apart so that neighbours are at least `gap` apart (order kept)."""
    order = np.argsort(values)
    pos = np.array(values, dtype=float)[order]
    for i in range(1, len(pos)):
        pos[i] = max(pos[i], pos[i - 1] + gap)
    out = np.empty_like(pos)
    out[order] = pos
    return out.tolist()


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

def _draw_personnel(ax, wide: pd.DataFrame, categories: list[str], label_gap: float) -> None:
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
    ys = _spread([e[1] for e in ends], label_gap)
    xlast = x[np.flatnonzero(present)[-1]]
    for (cat, _, value), y in zip(ends, ys):
        ax.annotate(f"{SHORT[cat]}\n{value:,.0f}", xy=(xlast, y), xytext=(5, 0), textcoords="offset points",
                    va="center", fontsize=10.5, color=CATEGORY_COLOURS[cat], fontweight="bold",
                    annotation_clip=False, linespacing=0.95)
    ax.set_ylim(bottom=0)
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
    fig, ax = new_figure(height=5.0)
    _draw_personnel(ax, wide, pk.HARMONISED_ORDER, label_gap=wide[pk.HARMONISED_ORDER].sum(axis=1).max() * 0.08)
    _date_axis_padded(ax, wide.index[0], wide.index[-1])
    ymax = ax.get_ylim()[1] * 1.3
    ax.set_ylim(0, ymax)
    names = []
    if events is not None:
        for i, ev in enumerate(events.itertuples()):
            ax.axvline(ev.date, color="#444444", linewidth=1, linestyle=(0, (3, 3)))
            right = ev.date.year < 2020
            ax.text(ev.date + pd.Timedelta(days=60 if right else -60), ymax * 0.98,
                    "\n".join(textwrap.wrap(f"{ev.date:%b %Y}: {ev.event}", 24)),
                    fontsize=9.5, va="top", ha="left" if right else "right", color="#222222",
                    bbox=dict(boxstyle="square,pad=0.1", fc="white", ec="none", alpha=0.85))
            names.append(f"{ev.date:%B %Y}, {ev.event}")
    if "source" in wide:
        gap = wide.index[wide["source"].isna() & (wide.index.year == 2014)]
        if len(gap):
            mid = gap[len(gap) // 2]
            ax.annotate("no data\nApr–Dec 2014", xy=(mid, 20), xytext=(pd.Timestamp("2011-01-31"), ymax * 0.45),
                        fontsize=9.5, color="#444444", ha="center",
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
    band_start, band_end = end + pd.Timedelta(days=120), end + pd.Timedelta(days=760)
    target_x = band_start + (band_end - band_start) / 2
    final_targets = {}
    described = []
    for g in [x for x in lines if x in pk.UGPS_GROUPS]:
        for t in targets[targets["ugps_group"] == g].itertuples():
            if t.kind == "final":
                final_targets[g] = t.target_share
                ax.plot([target_x - pd.Timedelta(days=200), target_x + pd.Timedelta(days=200)],
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
            text = f"{SHORT[g]} {last.iloc[-1]:.1f}%"
            if g in final_targets:
                text += f" → {final_targets[g]:.0f}%"
            line_labels.append((text, last.iloc[-1], GROUP_COLOURS[g]))
    values = [v for _, v, _ in line_labels] + list(final_targets.values()) + peaks
    ymax = max(values + [5]) * 1.1
    ax.set_ylim(0, ymax)
    ys = _spread([v for _, v, _ in line_labels], ymax * 0.075)
    for (text, _, colour), y in zip(line_labels, ys):
        ax.annotate(text, xy=(band_end, y), xytext=(5, 0), textcoords="offset points", va="center",
                    fontsize=10.5, color=colour, fontweight="bold", annotation_clip=False)
    ax.axvspan(band_start, band_end, color="#F4F4F4", zorder=-1)
    ax.text(target_x, ymax * 0.98, "2028\ntargets", ha="center", va="top", fontsize=9.5, color="#444444")
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
    fig, ax = new_figure(height=4.8)
    described = _draw_women_share(ax, shares, targets)
    lines = _lines(shares)
    ax.set_title(f"Women among {who} peacekeepers")
    alt = _share_alt(who, shares, lines, described)
    note = ("Labels: latest share → 2028 target. Bars in the grey band: the strategy's final targets for "
            "2028; hollow diamonds: the 2021 interim targets found. "
            "Groups averaging fewer than 5 people are not drawn.")
    return finish(fig, source=data.source_line("pk-contributions-monthly", "pk-parity-targets"), alt=alt,
                  note=note)


def plot_contributor(df: pd.DataFrame, country: str, targets: pd.DataFrame) -> "Chart":
    """The two country charts stacked: personnel (top) and women's share (bottom), UN data 2015-2025."""
    fig, (top, bottom) = new_figure(height=8.6, nrows=2)
    wide = _harmonise_un(pk.by_type(df, country))
    wide = wide.loc[wide.sum(axis=1, min_count=1).dropna().index[0]:]
    _draw_personnel(top, wide, pk.HARMONISED_ORDER, label_gap=max(wide.sum(axis=1).max(), 1) * 0.12)
    top.set_xlim(wide.index[0], pd.Timestamp("2030-12-31"))
    top.xaxis.set_major_locator(mdates.YearLocator(3))
    top.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    top.set_title(f"{country}: personnel and women's share")
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
                fontsize=11, fontweight="bold" if hi else "normal", color="#111111")
    ax.set_yticks(y, t.index, fontsize=12)
    for lab in ax.get_yticklabels():
        if lab.get_text() == "Cambodia":
            lab.set_fontweight("bold")
            lab.set_color(HIGHLIGHT)
    ax.set_xlim(0, t["total"].max() * 1.45)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.set_xlabel("Uniformed personnel; the darker part is women")
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
    fig, ax = new_figure(height=5.0)
    x = layers.index
    present = layers.notna().any(axis=1).to_numpy()
    lower = np.zeros(len(layers))
    ends = []
    loc = dict(zip(mission_names["mission"], mission_names["location"]))
    for c in cols:
        vals = np.nan_to_num(layers[c].to_numpy(dtype=float))
        upper = lower + vals
        ax.fill_between(x, np.where(present, lower, np.nan), np.where(present, upper, np.nan),
                        color=colours[c], linewidth=0, hatch="///" if c == nr else None,
                        edgecolor="#AAAAAA" if c == nr else None)
        # label in the middle of the layer's longest stretch with people deployed
        i = _middle_of_longest_run(vals > 0)
        if vals[i] > 0:
            ends.append((c, x[i], (lower[i] + upper[i]) / 2, vals[i]))
        lower = upper
    for c, xi, yi, v in ends:
        if c == nr:
            text = "no mission\ndetail,\nMar 2018 –\nAug 2019"
        elif c == OTHER_MISSIONS:
            continue
        else:
            text = f"{c} · {SHORT_PLACE.get(loc.get(c, ''), loc.get(c, ''))}"
        if v >= 60 or c == nr:
            ax.text(xi, yi, text, ha="center", va="center", fontsize=10.5, color="#111111",
                    fontweight="bold", bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="none", alpha=0.75))
    _date_axis(ax, x[0], x[-1], 1)
    ax.set_ylim(0, np.nanmax(layers.sum(axis=1)) * 1.1)
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
    fig, ax = new_figure(height=8.2)
    ax.set_axis_off()
    ax.set_xlim(0, 2)
    ax.set_ylim(0, 5)
    colours = [PALETTE[c] for c in ("blue", "orange", "green", "purple", "sky")]
    for i, row in enumerate(areas.itertuples()):
        col, r = divmod(i, 5)
        x0, y0 = col * 1.0 + 0.02, 4 - r + 0.06
        ax.add_patch(FancyBboxPatch(
            (x0, y0), 0.94, 0.86, boxstyle="round,pad=0.0,rounding_size=0.05", fc="#F5F5F5",
            ec=colours[r], lw=2))
        ax.text(x0 + 0.08, y0 + 0.62, str(row.number), fontsize=20, fontweight="bold", color=colours[r],
                ha="center", va="center")
        ax.text(x0 + 0.17, y0 + 0.62, "\n".join(textwrap.wrap(row.issue_area, 22)), fontsize=11.5,
                fontweight="bold", va="center", linespacing=0.95)
        ax.text(x0 + 0.05, y0 + 0.25, "\n".join(textwrap.wrap(row.guiding_question, 36)), fontsize=10,
                va="center", color="#222222")
    ax.set_title("The ten areas a MOWIP barrier assessment looks at")
    alt = ("Ten numbered tiles, the issue areas of the MOWIP barrier assessment: "
           + "; ".join(f"{r.number} {r.issue_area}" for r in areas.itertuples()) + ".")
    return finish(fig, source=data.source_line("pk-mowip-areas"), alt=alt,
                  note="The questions are our one-line paraphrases of what each area asks.")


# ------------------------------------------------------------------------------------------
# Parity calculator

def plot_parity_needs(needs: dict) -> "Chart":
    """Unit size, women needed to meet the target, and women for a 'Gender Strong Unit'."""
    size = needs["unit_size"]
    rows = [
        (f"Gender Strong Unit ({needs['gsu_share']:.0f}%)", needs["women_for_gsu"], PALETTE["green"]),
        (f"{needs['year']} target ({needs['target_share']:.0f}%)", needs["women_for_target"], PALETTE["blue"]),
    ]
    fig, ax = new_figure(height=3.4)
    for i, (label, women, colour) in enumerate(rows):
        ax.barh(i, size, color="#E6E6E6", height=0.6)
        ax.barh(i, women, color=colour, height=0.6)
        ax.text(women, i, f"  {women:,} women", va="center", fontsize=12, fontweight="bold", color=colour)
    ax.set_yticks(range(len(rows)), [r[0] for r in rows])
    ax.set_xlim(0, max(size, 1) * 1.05)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.set_xlabel(f"Grey: the whole unit ({needs['group'].lower()})")
    ax.set_title(f"Women needed in a unit of {size:,}")
    alt = (f"Bar chart: in a unit of {size:,} {needs['group'].lower()}, {needs['women_for_target']:,} women meet "
           f"the {needs['year']} parity target of {needs['target_share']:.0f}%, and {needs['women_for_gsu']:,} "
           f"are needed to be five points above it ({needs['gsu_share']:.0f}%), as the Elsie article "
           "describes a Gender Strong Unit.")
    return finish(fig, source=data.source_line("pk-parity-targets"), alt=alt,
                  note="Women needed = the unit size times the share, rounded up to a whole person.")
