"""Data shaping for Part I (peacekeeping): monthly series, women's shares, ranks, parity arithmetic.

Everything here reads the curated resources through missions.data.load (validated) and returns
plain DataFrames or numbers; the chart functions in missions.charts.peacekeeping draw them.
"""

from __future__ import annotations

import functools
import math
from fractions import Fraction

import pandas as pd

from missions import data

MONTHLY = "pk-contributions-monthly"
CAMBODIA_MISSIONS = "pk-cambodia-missions"
IPI = "pk-ipi-cambodia"
RANKS = "pk-rank-snapshots"
TARGETS = "pk-parity-targets"
FACTS = "pk-facts"

# ASEAN's ten members in the period of the data (Timor-Leste joined in October 2025, after it).
ASEAN = [
    "Brunei Darussalam",
    "Cambodia",
    "Indonesia",
    "Lao People's Democratic Republic",
    "Malaysia",
    "Myanmar",
    "Philippines",
    "Singapore",
    "Thailand",
    "Viet Nam",
]

# The parity strategy's groups against the UN's personnel types.
UGPS_GROUPS = {
    "Troops": ["Troops"],
    "Staff officers and military observers": ["Staff Officer", "Experts on Mission"],
    "Formed police units": ["Formed Police Units"],
    "Individual police": ["Individual Police"],
}
# The three categories both the IPI series and the UN series can be put in.
HARMONISED = {
    "Troops": "Troops and staff officers",
    "Staff Officer": "Troops and staff officers",
    "Individual Police": "Police (individual and formed units)",
    "Formed Police Units": "Police (individual and formed units)",
    "Experts on Mission": "Experts on mission",
}
HARMONISED_ORDER = ["Troops and staff officers", "Experts on mission", "Police (individual and formed units)"]


@functools.cache
def _load(name: str) -> pd.DataFrame:
    return data.load(name)


def monthly() -> pd.DataFrame:
    """pk-contributions-monthly (a copy: callers may change it)."""
    return _load(MONTHLY).copy()


def cambodia_missions() -> pd.DataFrame:
    return _load(CAMBODIA_MISSIONS).copy()


def targets() -> pd.DataFrame:
    return _load(TARGETS).copy()


def facts() -> dict[str, float]:
    """fact_id -> value of pk-facts."""
    df = _load(FACTS)
    return dict(zip(df["fact_id"], df["value"]))


def months_range(start: str, end: str) -> pd.DatetimeIndex:
    """Every month end from start to end, so that missing months show as gaps."""
    return pd.date_range(start, end, freq="ME")


def countries(df: pd.DataFrame | None = None) -> list[str]:
    """Contributors in the data, largest total over all months first."""
    df = monthly() if df is None else df
    return df.groupby("country")["total"].sum().sort_values(ascending=False).index.tolist()


def latest_month(df: pd.DataFrame | None = None) -> pd.Timestamp:
    df = monthly() if df is None else df
    return df["date"].max()


def by_type(df: pd.DataFrame, country: str | None = None) -> pd.DataFrame:
    """Monthly totals by UN personnel type (columns) for one country or all; missing months NaN."""
    sub = df if country is None else df[df["country"] == country]
    if sub.empty:
        raise ValueError(f"no rows for contributor {country!r}")
    wide = sub.pivot_table(index="date", columns="personnel_type", values="total", aggfunc="sum", observed=True).astype(
        "float64"
    )
    full = months_range(df["date"].min(), df["date"].max())
    return wide.reindex(full)


def cambodia_harmonised(df: pd.DataFrame | None = None) -> pd.DataFrame:
    """Cambodia per month in the three harmonised categories, May 2005 - latest month.

    IPI for May 2005 - Mar 2014, the UN reports from Jan 2015; the months in neither (Apr - Dec 2014
    and the UN series' missing months) are NaN rows. Column 'source' says which series a month is from.
    """
    df = monthly() if df is None else df
    ipi = (
        _load(IPI)
        .pivot_table(index="date", columns="harmonised_category", values="total", aggfunc="sum")
        .astype("float64")
    )
    ipi["source"] = "IPI"
    un = df[df["country"] == "Cambodia"].assign(cat=lambda d: d["personnel_type"].map(HARMONISED))
    un = un.pivot_table(index="date", columns="cat", values="total", aggfunc="sum").astype("float64")
    un["source"] = "UN"
    both = pd.concat([ipi, un])
    full = months_range(both.index.min(), both.index.max())
    both = both.reindex(full)
    for cat in HARMONISED_ORDER:
        if cat not in both:
            both[cat] = float("nan")
        # a category with no one in a covered month is 0, not missing
        both.loc[both["source"].notna(), cat] = both.loc[both["source"].notna(), cat].fillna(0.0)
    both["total"] = both[HARMONISED_ORDER].sum(axis=1, min_count=1)
    return both[HARMONISED_ORDER + ["total", "source"]]


def women_share(df: pd.DataFrame, country: str | None = None, by_group: bool = True) -> pd.DataFrame:
    """Per cent women per month, by parity-strategy group (columns) plus 'All personnel'.

    Months whose women's figures are excluded (women_figures_excluded) are NaN, and so are months
    missing from the series. Also returns the headcounts as columns '<group> (total)'.
    """
    sub = df if country is None else df[df["country"] == country]
    if sub.empty:
        raise ValueError(f"no rows for contributor {country!r}")
    out = {}
    groups = dict(UGPS_GROUPS) if by_group else {}
    groups["All personnel"] = sum(UGPS_GROUPS.values(), [])
    for group, types in groups.items():
        g = sub[sub["personnel_type"].isin(types)].groupby("date")
        fem = g["female"].sum().astype("float64")
        tot = g["total"].sum().astype("float64")
        excluded = g["women_figures_excluded"].any()
        share = (100 * fem / tot.where(tot > 0)).where(~excluded.astype(bool))
        out[group] = share
        out[f"{group} (total)"] = tot
        out[f"{group} (women)"] = fem.where(~excluded.astype(bool))
    res = pd.DataFrame(out)
    full = months_range(df["date"].min(), df["date"].max())
    return res.reindex(full)


def ranking(df: pd.DataFrame, date) -> pd.DataFrame:
    """Contributors in one month with total and women, ranked as the UN ranks them.

    Ranks are by total, largest first, ties sharing the best rank (the UN's rank files use this
    rule; the tests check it). rank_women ranks by women the same way; it is our computation, the
    UN publishes no ranking by women. Women's figures of an excluded month are NaN.
    """
    date = pd.Timestamp(date)
    month = df[df["date"] == date]
    if month.empty:
        raise ValueError(f"no data for {date:%Y-%m}")
    t = month.groupby("country")[["female", "male", "total"]].sum()
    if month["women_figures_excluded"].any():
        t["female"] = pd.Series(pd.NA, index=t.index, dtype="Int64")
    t["rank"] = t["total"].rank(ascending=False, method="min").astype("Int64")
    t["rank_women"] = t["female"].astype("float64").rank(ascending=False, method="min").astype("Int64")
    return t.sort_values(["rank", "female"], ascending=[True, False])


def asean(df: pd.DataFrame, date) -> pd.DataFrame:
    """ranking() restricted to ASEAN members present that month, with ranks within ASEAN."""
    t = ranking(df, date)
    a = t[t.index.isin(ASEAN)].copy()
    a["rank_asean"] = a["total"].rank(ascending=False, method="min").astype("Int64")
    a["rank_asean_women"] = a["female"].astype("float64").rank(ascending=False, method="min").astype("Int64")
    return a


def cambodia_by_mission(df: pd.DataFrame | None = None) -> pd.DataFrame:
    """Cambodia's personnel per month by mission (columns), missing months NaN."""
    df = cambodia_missions() if df is None else df
    wide = df.pivot_table(index="date", columns="mission", values="total", aggfunc="sum").astype("float64")
    full = months_range(df["date"].min(), df["date"].max())
    covered = wide.index
    wide = wide.reindex(full)
    wide.loc[covered] = wide.loc[covered].fillna(0.0)
    return wide


def top_contributors(df: pd.DataFrame, date, n: int) -> list[str]:
    """The n largest contributors by total on `date`, largest first (ties in the UN's rank order)."""
    return ranking(df, date).head(n).index.tolist()


def women_needed(unit_size: int, share_pct: float | int | str) -> int:
    """The fewest women in a unit of `unit_size` for women to be at least `share_pct` per cent.

    Exact arithmetic (no float rounding): ceil(unit_size * share_pct / 100).
    """
    if unit_size < 0:
        raise ValueError("unit size must be 0 or more")
    share = Fraction(str(share_pct))
    if not 0 <= share <= 100:
        raise ValueError("share must be between 0 and 100 per cent")
    return math.ceil(Fraction(int(unit_size)) * share / 100)


GSU_MARGIN = 5  # percentage points above the target, as the Elsie article describes a Gender Strong Unit
#: A group's share of women is drawn only for months with at least this many people in it.
MIN_GROUP_SIZE = 5


def parity_needs(unit_size: int, group: str, year: int = 2028) -> dict:
    """Women needed in a unit to meet the group's target, and to be GSU_MARGIN points above it."""
    t = targets()
    row = t[(t["ugps_group"] == group) & (t["year"] == year)]
    if row.empty:
        raise ValueError(f"no {year} target for {group!r}")
    target = float(row["target_share"].iloc[0])
    return {
        "group": group,
        "year": year,
        "unit_size": int(unit_size),
        "target_share": target,
        "women_for_target": women_needed(unit_size, target),
        "gsu_share": target + GSU_MARGIN,
        "women_for_gsu": women_needed(unit_size, target + GSU_MARGIN),
    }
