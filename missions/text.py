"""Editorial formats for numbers and dates in the prose: the book's style, in one place.

Numbers one to nine are written as words; dates as "18 June 2023" or "June 2023"; spans as
"from 2006 to 2017"; lists as "A, B and C". Each chapter's `numbers()` uses these, so no
chapter writes its own formatter.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


class Plain(str):
    """A string that glues without quotes ({glue:text} shows a value's repr)."""

    def __repr__(self) -> str:
        return str(self)


def count(n: int | float) -> Plain:
    """A whole count in the house style: one to nine in words, 10 and up as digits (with commas)."""
    if float(n) != int(n):
        raise ValueError(f"count() takes whole numbers, not {n!r}")
    n = int(n)
    return Plain(_WORDS[n] if 0 <= n <= 9 else f"{n:,}")


def ordinal(n: int) -> Plain:
    """1 -> 'first' ... 9 -> 'ninth'; 10 and up as '28th', '122nd'."""
    words = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
    n = int(n)
    if 0 < n <= 9:
        return Plain(words[n])
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return Plain(f"{n}{suffix}")


def day(ts) -> Plain:
    """'18 June 2023'."""
    ts = pd.Timestamp(ts)
    return Plain(f"{ts.day} {ts:%B %Y}")


def day_month(ts) -> Plain:
    """'18 June' (when the year is plain from the sentence)."""
    ts = pd.Timestamp(ts)
    return Plain(f"{ts.day} {ts:%B}")


def month(ts) -> Plain:
    """'June 2023'."""
    return Plain(f"{pd.Timestamp(ts):%B %Y}")


def span(start, end) -> Plain:
    """'from 2006 to 2017' (years, or any two already-formatted values)."""
    return Plain(f"from {start} to {end}")


def names(items: Iterable[str]) -> Plain:
    """'A', 'A and B', 'A, B and C'."""
    items = [str(i) for i in items]
    if not items:
        raise ValueError("names() needs at least one item")
    return Plain(items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1])


def clock(ts, seconds: bool = False) -> Plain:
    """'9:15 a.m.' / '10:47:08 a.m.' / '5:40 p.m.': a time of day in the prose."""
    ts = pd.Timestamp(ts)
    hour = ts.hour % 12 or 12
    text = f"{hour}:{ts:%M}" + (f":{ts:%S}" if seconds else "")
    return Plain(f"{text} {'a.m.' if ts.hour < 12 else 'p.m.'}")
