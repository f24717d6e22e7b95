"""missions.text: the book's editorial formats for numbers and dates."""

from __future__ import annotations

import pandas as pd
import pytest

from missions import text


def test_counts_one_to_nine_are_words_and_larger_ones_digits():
    assert [text.count(n) for n in (0, 1, 5, 9, 10, 68, 12500)] == ["zero", "one", "five", "nine", "10", "68", "12,500"]
    with pytest.raises(ValueError):
        text.count(2.5)


def test_ordinals_follow_the_same_rule():
    assert [text.ordinal(n) for n in (1, 2, 3, 9, 11, 12, 13, 21, 22, 28, 112, 122)] == [
        "first",
        "second",
        "third",
        "ninth",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "28th",
        "112th",
        "122nd",
    ]


def test_dates_spans_lists_and_clocks():
    t = pd.Timestamp("2023-06-18 10:47:08")
    assert (text.day(t), text.day_month(t), text.month(t)) == ("18 June 2023", "18 June", "June 2023")
    assert text.span(2006, 2017) == "from 2006 to 2017"
    assert [text.names(x) for x in (["A"], ["A", "B"], ["A", "B", "C"])] == ["A", "A and B", "A, B and C"]
    assert (text.clock(t), text.clock(t, seconds=True)) == ("10:47 a.m.", "10:47:08 a.m.")
    assert text.clock(pd.Timestamp("2023-06-18 17:40")) == "5:40 p.m."
    assert text.clock(pd.Timestamp("2023-06-18 00:05")) == "12:05 a.m."


def test_glued_strings_print_without_quotes():
    assert repr(text.count(3)) == "three" and repr(text.names(["A", "B"])) == "A and B"
