"""The Titan chapter: its numbers, charts, history table and panel, and its notebook's shape.

Charts are deterministic, sourced from the rows they draw (which they publish), and their alt texts
are computed from the data; the panel offers one view per timed event and each view's alt text
names its moment; the prose glues exactly the values numbers() returns and keeps to one clock.
"""

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from missions import data, text
from missions import titan as tt
from missions.chapters import titan as chapter

NOTEBOOK = Path(__file__).resolve().parent.parent / "book" / "titan" / "titan.ipynb"


@pytest.fixture(scope="module")
def drawn():
    return {"history": chapter.history_chart(), "dive": chapter.dive_chart(), "search": chapter.search_chart()}


@pytest.fixture(scope="module")
def prose() -> str:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    return "\n\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")


@pytest.mark.parametrize("which", ["history", "dive", "search"])
def test_charts_are_deterministic_sourced_and_publish_their_rows(drawn, which):
    chart = drawn[which]
    again = getattr(chapter, f"{which}_chart")()
    assert chart.png == again.png and chart.png.startswith(b"\x89PNG")
    assert chart.width == 520
    assert chart.source.startswith("Source: ") and "Wikipedia" not in chart.source
    rows = pd.read_csv(__import__("io").StringIO(chart.csv))
    assert len(rows) > 0 and "source" in rows.columns
    assert len(chart.alt.split()) > 20


def test_history_list_draws_the_labelled_events_and_counts_the_warnings(drawn):
    history = tt.history()
    labelled = history[history["chart_label"].notna()]
    rows = pd.read_csv(__import__("io").StringIO(drawn["history"].csv))
    assert list(rows["event_id"]) == list(labelled.sort_values("date")["event_id"])
    warns = labelled[labelled["category"] == "warning"]
    assert f"{text.count(len(warns)).capitalize()} of them are marked as warnings" in drawn["history"].alt
    for label in warns["chart_label"]:
        assert label in drawn["history"].alt


def test_dive_chart_tells_times_on_one_clock_and_marks_rates_as_ours(drawn):
    alt = drawn["dive"].alt
    for words in (
        "9:15 a.m.",
        "10:15 a.m.",
        "10:47:08 a.m.",
        "2,274 m",
        "3,341 m",
        "3,346.3 m",
        "3,800 m",
        "Newfoundland time",
        "9:30 a.m.",
        "11:15 a.m.",
        "105 minutes apart",
    ):
        assert words in alt
    for r in tt.descent_rates(tt.depth_points()).itertuples():
        assert f"{r.m_per_min:.0f} m per minute" in alt
    rows = pd.read_csv(__import__("io").StringIO(drawn["dive"].csv))
    assert (rows.loc[rows["m_per_min"].notna(), "source"] == "Missions calculation").all()


def test_search_chart_puts_the_implosion_inside_the_first_two_hours(drawn):
    events = tt.events()
    minutes = tt.minutes_between(events, tt.DIVE_START, tt.IMPLOSION)
    assert minutes < 120 and f"about {minutes:.0f} minutes into the dive" in drawn["search"].alt
    rows = pd.read_csv(__import__("io").StringIO(drawn["search"].csv))
    assert "implosion (Marine Board's estimate)" in set(rows["item"])


def test_history_table_lists_every_event_with_its_source_escaped():
    table = chapter.history_table()
    history = tt.history()
    assert len(table.rows) == len(history)
    page = table.html()
    assert page.startswith("<details") and "titan-history-table" in page
    assert page.count("▲ Warning.") == int((history["category"] == "warning").sum())
    assert 'href="https://www.businessinsider.com/' in page and "Söhnlein" in page


# --- the panel -----------------------------------------------------------------------------------


def test_panel_offers_one_view_per_timed_event_and_a_live_slider():
    panel = chapter.panel()
    (control,) = panel.controls
    moments = tt.moments(tt.events())
    assert len(control.options) == len(moments) == int((~tt.events()["derived"]).sum())
    assert [v for _, v in control.options] == sorted(v for _, v in control.options)
    for (label, _), row in zip(control.options, moments.itertuples()):
        assert row.label in label and text.day_month(row.time_local) in label
    assert len(list(panel.views())) == len(control.options) < 60
    assert control.live is not None
    slider = control.live(panel.first["at_hours"])
    assert slider.max >= max(v for _, v in control.options) and slider.min == 0
    assert f"any of the {text.count(len(control.options))} timed events" in panel.note()


@pytest.mark.parametrize("index", [0, 3, 5, 10, 13, 23])
def test_each_view_names_its_moment(index):
    panel = chapter.panel()
    label, hours = panel.controls[0].options[index]
    chart = panel.draw(at_hours=hours)
    moment = tt.moment(tt.events(), hours, tt.fact(tt.LIFE_SUPPORT_FACT))
    assert moment.event is not None and moment.event["label"] in label
    assert chart.alt.startswith(moment.name())  # time, clock and event, first
    assert "the original 96-hour estimate would have left" in chart.alt
    assert panel.selection({"at_hours": hours}) == f"{panel.controls[0].label}: {label}."


def test_moments_after_the_implosion_say_so_and_before_notification_say_no_one_knew():
    events = tt.events()
    early = tt.moment(events, 1.0, 96)
    assert not early.after_implosion and "not yet been told" in early.summary(96)
    late = tt.moment(events, 53.25, 96)
    assert late.after_implosion and "already imploded" in late.summary(96)
    assert late.event is not None and late.event["event_id"] == "uscg-oxygen-40"
    assert late.last_public["event_id"] == "uscg-oxygen-40"


def test_live_panel_redraws_when_the_slider_moves():
    pytest.importorskip("ipywidgets")
    box = chapter.panel().widget()
    slider = box.controls["at_hours"]
    before = box.view.value, box.caption.value
    slider.value = 1.5
    assert (box.view.value, box.caption.value) != before
    assert "90 minutes after Titan left the surface" in box.caption.value


# --- the numbers and the notebook ---------------------------------------------------------------


def test_the_prose_glues_exactly_the_chapter_numbers(prose):
    glued = set(re.findall(r"\{glue:text\}`([a-z0-9_]+)", prose))
    names = set(chapter.numbers())
    assert glued == names, (glued - names, names - glued)
    assert all(name.startswith("titan_") for name in names)


def test_numbers_are_formatted_as_a_writer_would(prose):
    n = chapter.numbers()
    assert n["titan_people_aboard"] == "five" and n["titan_paying"] == "three"
    assert n["titan_start_local"] == "9:15 a.m." and n["titan_uscg_lost_local"] == "11:15 a.m."
    assert n["titan_price_gbp_at_rate"] == 198000
    assert "Of the" not in prose and "our research notes" not in prose


def test_prose_keeps_to_one_clock_outside_the_folded_note(prose):
    outside = re.sub(r":::\{dropdown\}.*?\n:::", "", prose, flags=re.S)
    assert "EDT" not in outside and "GMT" not in outside
    assert re.findall(r"UTC[^−]", outside) == []
    first = outside.index("local time (Newfoundland Daylight Time, UTC−2:30, by our reading")
    assert first < outside.index("{glue:text}`titan_all_good_local`")


def test_chapter_ends_with_explore_what_holds_up_claims_and_sources(prose):
    order = [prose.index(h) for h in ("## Explore", "## What holds up", "(claims-titan)=", "## Sources")]
    assert order == sorted(order)
    holds = prose[order[1] : order[2]]
    bullets = [line for line in holds.splitlines() if line.startswith("- ")]
    assert 4 <= len(bullets) <= 6


def test_no_dataset_id_reaches_the_prose(prose):
    visible = re.sub(r"\{(cite|glue:text)\}`[^`]*`|^\([a-z0-9-]+\)=$", "", prose, flags=re.M)
    for name in (r["name"] for r in data.package()["resources"] if "-" in r["name"]):
        assert name not in visible, name
