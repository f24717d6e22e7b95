"""Data-shaping helpers for Part III (Titan): key times on both clocks, derived rates, what was known when.

Everything here is arithmetic on the curated tables in data/titan/; the chapter, the charts and
the widget all use these functions, so a number in the prose and the same number in a chart
come from one place.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from missions import data

LIFE_SUPPORT_FACT = "life-support-hours"
DIVE_START = "uscg-descent-start"     # the clock the public was given in June 2023
MBI_START = "mbi-descent-start"
CLOCK_NAMES = {"uscg-2023": "Coast Guard, June 2023", "mbi-2024-25": "Marine Board, 2024–25", "other": "other"}


def history() -> pd.DataFrame:
    return data.load("titan-history")


def events() -> pd.DataFrame:
    return data.load("titan-dive-search")


def depth_points() -> pd.DataFrame:
    return data.load("titan-dive-depth")


def facts() -> pd.DataFrame:
    return data.load("titan-facts")


def fact(fact_id: str, df: pd.DataFrame | None = None) -> float:
    df = facts() if df is None else df
    rows = df[df["fact_id"] == fact_id]
    if rows.empty:
        raise data.DataError(f"data/titan/titan_facts.csv: no fact {fact_id!r}")
    return float(rows["value"].iloc[0])


def event(df: pd.DataFrame, event_id: str) -> pd.Series:
    rows = df[df["event_id"] == event_id]
    if rows.empty:
        raise data.DataError(f"data/titan/titan_dive_search.csv: no event {event_id!r}")
    return rows.iloc[0]


def time_of(df: pd.DataFrame, event_id: str) -> pd.Timestamp:
    return event(df, event_id)["time_utc"]


def minutes_between(df: pd.DataFrame, start_id: str, end_id: str) -> float:
    return (time_of(df, end_id) - time_of(df, start_id)).total_seconds() / 60


def hours_since_start(df: pd.DataFrame, t: pd.Timestamp, start_id: str = DIVE_START) -> float:
    return (t - time_of(df, start_id)).total_seconds() / 3600


def recompute_derived(df: pd.DataFrame) -> pd.Series:
    """time_utc of every derived row, recomputed from its derived_from rule ('<id> +/- <n> h')."""
    out = {}
    for _, row in df[df["derived"]].iterrows():
        base, sign, hours, _unit = str(row["derived_from"]).split()
        delta = pd.Timedelta(hours=float(hours))
        out[row["event_id"]] = time_of(df, base) + (delta if sign == "+" else -delta)
    return pd.Series(out, dtype="datetime64[us, UTC]")


def descent_rates(depth: pd.DataFrame) -> pd.DataFrame:
    """DERIVED: average descent rate (m/min) between consecutive reported depth points."""
    pts = depth[depth["kind"] == "reported"].sort_values("time_utc").reset_index(drop=True)
    rows = []
    for a, b in zip(pts.iloc[:-1].itertuples(), pts.iloc[1:].itertuples()):
        minutes = (b.time_utc - a.time_utc).total_seconds() / 60
        if minutes < 1:  # the last text and last ping are 6 s apart: no meaningful rate
            continue
        rows.append({"from": a.point_id, "to": b.point_id, "t0": a.time_utc, "t1": b.time_utc,
                     "d0": a.depth_m, "d1": b.depth_m, "minutes": minutes,
                     "m_per_min": (b.depth_m - a.depth_m) / minutes, "derived": True})
    return pd.DataFrame(rows)


def oxygen_left_hours(elapsed_hours: float, supply_hours: float) -> float:
    """Oxygen that would remain by the original estimate, counted from the descent (never below 0)."""
    return max(0.0, supply_hours - elapsed_hours)


@dataclass(frozen=True)
class Moment:
    """The state of things at a given time: elapsed, oxygen by the original estimate, public record."""
    hours: float
    time_utc: pd.Timestamp
    oxygen_left_hours: float
    last_public: pd.Series | None      # latest public statement at or before the moment
    public_count: int

    notified: bool = True

    def known(self) -> str:
        """What the public record held at this moment, in one clause."""
        if self.last_public is not None:
            r = self.last_public
            return (f"latest public statement ({r['time_as_reported']}, "
                    f"{r['time_utc'].strftime('%d %B').lstrip('0')}): {r['event'].rstrip('.')}")
        if not self.notified:
            return "the Coast Guard had not yet been told that Titan was overdue"
        return ("the Coast Guard had been told Titan was overdue; news of the search broke on 19 June, "
                "but the first public statement with a recorded time is the Coast Guard briefing of 4:30 p.m. EDT")

    def summary(self) -> str:
        when = self.time_utc.strftime("%d %b, %H:%M UTC").lstrip("0")
        return (f"{self.hours:g} h after the descent began ({when}): by the original 96-hour estimate "
                f"{self.oxygen_left_hours:g} h of oxygen would remain; {self.known()}")


def moment(df: pd.DataFrame, hours: float, supply_hours: float, start_id: str = DIVE_START) -> Moment:
    t = time_of(df, start_id) + pd.Timedelta(hours=hours)
    public = df[df["public_statement"] & (df["time_utc"] <= t)].sort_values("time_utc")
    last = public.iloc[-1] if len(public) else None
    return Moment(hours=hours, time_utc=t, oxygen_left_hours=oxygen_left_hours(hours, supply_hours),
                  last_public=last, public_count=len(public), notified=t >= time_of(df, "uscg-notified"))


def fmt_utc(t: pd.Timestamp, seconds: bool = False) -> str:
    return t.strftime("%H:%M:%S" if seconds else "%H:%M") + " UTC"


def fmt_local(row: pd.Series, seconds: bool = False) -> str:
    local = pd.Timestamp(row["time_reported_local"])
    return local.strftime("%H:%M:%S" if seconds else "%H:%M") + f" {row['clock']}"
