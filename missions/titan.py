"""Data helpers for Part III (Titan): the curated tables, times on one clock, derived rates, what was known when.

Everything here is arithmetic on the curated tables in data/titan/; the chapter's numbers, its
charts and its panel all use these functions, so a number in the prose and the same number in a
chart come from one place.

The book tells the dive and the search on one clock: the Marine Board's "local" time, which we
read as Newfoundland Daylight Time (UTC−2:30). That reading is an inference (the board says only
"local"; see the titan-dive-search resource). Every time is stored in UTC with the clock it was
reported in, so the other clocks stay available for charts and notes.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from missions import data, text

LIFE_SUPPORT_FACT = "life-support-hours"
DIVE_START = "mbi-descent-start"  # the start of the record: the Marine Board's descent time
USCG_START = "uscg-descent-start"  # the descent time the Coast Guard gave in June 2023
IMPLOSION = "mbi-implosion"
LOCAL_OFFSET = pd.Timedelta(hours=-2, minutes=-30)
LOCAL_CLOCK = "Newfoundland Daylight Time"
LOCAL_SHORT = "Newfoundland time"
FT = 0.3048  # metres per international foot


def history() -> pd.DataFrame:
    return data.load("titan-history")


def events() -> pd.DataFrame:
    return data.load("titan-dive-search")


def depth_points() -> pd.DataFrame:
    return data.load("titan-dive-depth")


def facts() -> pd.DataFrame:
    return data.load("titan-facts")


def people() -> pd.DataFrame:
    return data.load("titan-people")


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


def local(t: pd.Timestamp) -> pd.Timestamp:
    """A UTC time on the book's one clock (Newfoundland Daylight Time), without a zone."""
    return (pd.Timestamp(t) + LOCAL_OFFSET).tz_localize(None)


def when(t: pd.Timestamp, seconds: bool = False) -> str:
    """'10:47 a.m. on 18 June': a UTC time told on the book's clock."""
    lt = local(t)
    return f"{text.clock(lt, seconds=seconds)} on {text.day_month(lt)}"


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
        rows.append(
            {
                "from": a.point_id,
                "to": b.point_id,
                "t0": a.time_utc,
                "t1": b.time_utc,
                "d0": a.depth_m,
                "d1": b.depth_m,
                "minutes": minutes,
                "m_per_min": (b.depth_m - a.depth_m) / minutes,
                "derived": True,
            }
        )
    return pd.DataFrame(rows)


def oxygen_left_hours(elapsed_hours: float, supply_hours: float) -> float:
    """Oxygen that would remain by the original estimate, counted from the descent (never below 0)."""
    return max(0.0, supply_hours - elapsed_hours)


def moments(df: pd.DataFrame) -> pd.DataFrame:
    """The timed events of the dive and the search (derived rows left out), with hours since the descent."""
    rows = df[~df["derived"]].sort_values("time_utc").copy()
    rows["hours"] = [hours_since_start(df, t) for t in rows["time_utc"]]
    rows["time_local"] = [local(t) for t in rows["time_utc"]]
    return rows.reset_index(drop=True)


def duration(hours: float) -> str:
    """'92 minutes', 'about 26 hours', 'about 2.5 hours': an elapsed time for a reader."""
    if hours < 2:
        return f"{hours * 60:.0f} minutes"
    rounded = round(hours * 2) / 2
    return f"about {rounded:g} hours"


@dataclass(frozen=True)
class Moment:
    """The state of things at a given time: elapsed, oxygen by the original estimate, public record."""

    hours: float
    time_utc: pd.Timestamp
    oxygen_left_hours: float
    event: pd.Series | None  # the timed event at exactly this moment, if there is one
    last_public: pd.Series | None  # latest public statement at or before the moment
    notified: bool
    after_implosion: bool
    implosion_utc: pd.Timestamp

    def name(self) -> str:
        """'10:47 a.m. on 18 June (Newfoundland time): last message from Titan'."""
        seconds = self.time_utc.second != 0
        head = f"{when(self.time_utc, seconds=seconds)} ({LOCAL_SHORT})"
        return f"{head}: {self.event['label']}" if self.event is not None else head

    def known(self) -> str:
        """What the public record held at this moment, in one sentence ('' when the moment is that record)."""
        if not self.notified:
            return "The Coast Guard had not yet been told that Titan was overdue."
        if self.last_public is None:
            return (
                "The Coast Guard had been told that Titan was overdue, but had made no public statement with a "
                "recorded time."
            )
        r = self.last_public
        if self.event is not None and r["event_id"] == self.event["event_id"]:
            return ""
        return f"The latest public statement, at {when(r['time_utc'])}: {r['event'].rstrip('.')}."

    def summary(self, supply_hours: float) -> str:
        """Elapsed time, oxygen by the original estimate, Titan's fate, what the public knew."""
        elapsed = duration(self.hours)
        when_ = (
            f"{elapsed[0].upper()}{elapsed[1:]} after Titan left the surface"
            if self.hours >= 1 / 60
            else "As Titan left the surface"
        )
        if self.oxygen_left_hours > 0:
            oxygen = f"would have left {duration(self.oxygen_left_hours)} of oxygen"
        else:
            oxygen = "would have left no oxygen"
        fate = (
            f"; Titan had already imploded, at {when(self.implosion_utc)} by the Marine Board's estimate"
            if self.after_implosion
            else ""
        )
        return " ".join(
            p for p in (f"{when_}, the original {supply_hours:g}-hour estimate {oxygen}{fate}.", self.known()) if p
        )


def moment(df: pd.DataFrame, hours: float, supply_hours: float, start_id: str = DIVE_START) -> Moment:
    t = time_of(df, start_id) + pd.Timedelta(hours=hours)
    public = df[df["public_statement"] & (df["time_utc"] <= t)].sort_values("time_utc")
    at = moments(df)
    exact = at[(at["time_utc"] - t).abs() < pd.Timedelta(seconds=0.5)]
    implosion = time_of(df, IMPLOSION)
    return Moment(
        hours=hours,
        time_utc=t,
        oxygen_left_hours=oxygen_left_hours(hours, supply_hours),
        event=exact.iloc[0] if len(exact) else None,
        last_public=public.iloc[-1] if len(public) else None,
        notified=t >= time_of(df, "uscg-notified"),
        after_implosion=t > implosion,
        implosion_utc=implosion,
    )


def fmt_utc(t: pd.Timestamp, seconds: bool = False) -> str:
    return t.strftime("%H:%M:%S" if seconds else "%H:%M") + " UTC"
