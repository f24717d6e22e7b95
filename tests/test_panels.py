"""missions.panels and bookbuild.panels: one description of a panel, live in a notebook, published as HTML.

The browser tests (tests/test_browser.py) drive the published panels in Chromium; here: the rules a
panel must keep, what each rendering contains, and that the published one holds no picture bytes.
"""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from bookbuild import panels as build
from missions import style
from missions.panels import MIME, Control, Panel, show
from missions.panels.table import ALL

SIZES = [("10", 10), ("20", 20)]


def draw(height: int, colour: str = "blue") -> style.Chart:
    fig, ax = style.new_figure(height=3)
    ax.bar([0], [height], color=style.PALETTE[colour])
    return style.finish(
        fig,
        source="Source: a test",
        alt=f"Bar chart of one {colour} bar {height} high",
        data=pd.DataFrame({"height": [height]}),
    )


def chart_panel(**kw) -> Panel:
    args = dict(
        id="t-bars",
        title="Test bars",
        controls=[
            Control("height", "Height", SIZES),
            Control("colour", "Colour", [("Blue", "blue"), ("Green", "green")]),
        ],
        first={"height": 20, "colour": "blue"},
        offers="pick a height and a colour",
        adds="any height",
        recipe="tests.test_panels:chart_panel",
        draw=draw,
    )
    args.update(kw)
    return Panel(**args)


def rows():
    return [
        {"kind": "a", "verdict": "matches", "text": "first"},
        {"kind": "b", "verdict": "differs", "text": "second"},
        {"kind": "a", "verdict": "differs", "text": "third"},
    ]


def table_panel() -> Panel:
    return Panel(
        id="t-rows",
        title="Test rows",
        first={"kind": ALL, "verdict": "!matches"},
        controls=[
            Control("kind", "Kind", [("All", ALL), ("A", "a"), ("B", "b")]),
            Control("verdict", "Verdict", [("All but matches", "!matches"), ("All", ALL)]),
        ],
        offers="filter the rows",
        adds="",
        recipe="tests.test_panels:table_panel",
        rows=rows,
        columns=[("text", "Text"), ("verdict", "Verdict")],
        noun="rows",
    )


def test_a_panel_refuses_unlabelled_controls_and_a_first_view_it_cannot_show():
    with pytest.raises(ValueError, match="label"):
        Control("height", " ", SIZES)
    with pytest.raises(ValueError, match="differ"):
        Control("height", "Height", [("10", 10), ("10", 11)])
    with pytest.raises(KeyError):
        chart_panel(first={"height": 30, "colour": "blue"})
    with pytest.raises(ValueError, match="exactly"):
        chart_panel(first={"height": 20})


def test_views_are_every_combination_first_view_first_with_keys_from_option_indexes():
    panel = chart_panel()
    views = list(panel.views())
    assert views[0] == panel.first and len(views) == 4
    assert [panel.key(v) for v in views] == ["1-0", "0-0", "0-1", "1-1"]
    assert panel.selection({"height": 10, "colour": "green"}) == "Height: 10. Colour: Green."


def test_the_note_says_what_the_page_offers_and_what_running_adds():
    assert "lets you pick a height and a colour" in chart_panel().note() and "adds any height" in chart_panel().note()
    assert "works the same on the published page and in the notebook" in table_panel().note()


def test_headless_runs_show_the_spec_and_notebooks_show_live_widgets(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj, **kw: shown.append(obj))
    monkeypatch.setenv("MISSIONS_STATIC_PANELS", "1")
    show(chart_panel())
    assert isinstance(shown[1], Panel)
    bundle = shown[1]._repr_mimebundle_()
    assert bundle[MIME] == {
        "id": "t-bars",
        "recipe": "tests.test_panels:chart_panel",
        "kind": "chart",
        "title": "Test bars",
    }
    monkeypatch.setenv("MISSIONS_STATIC_PANELS", "0")
    show(chart_panel())
    live = shown[3]
    assert type(live).__name__ == "LivePanel" and "missions-explorer" in live._dom_classes


def test_the_live_panel_redraws_when_a_control_changes():
    live = chart_panel().widget()
    before = live.view.value
    live.controls["height"].value = 10
    assert live.view.value != before and "10 high" in live.caption.value
    table = table_panel().widget()
    assert "Two of three rows shown." in table.caption.value
    table.controls["verdict"].value = ALL
    assert "Three of three rows shown." in table.caption.value


def test_published_chart_panel_holds_labelled_selects_and_no_image_bytes(tmp_path):
    panel = chart_panel()
    views = build.render_views(panel, tmp_path)
    html = build.chart_html(panel, views, "page.panels/t-bars")
    assert 'class="missions-explorer missions-panel"' in html
    assert re.findall(r'<label for="([^"]+)"', html) == re.findall(r'<select id="([^"]+)"', html) != []
    assert "data:image" not in html and "base64" not in html
    assert '<img src="page.panels/t-bars/1-0.png" alt="Height: 20. Colour: Blue. Bar chart' in html
    manifest = json.loads(re.search(r'class="missions-manifest">(.*?)</script>', html).group(1))
    assert set(manifest["views"]) == {"0-0", "0-1", "1-0", "1-1"}
    assert all((tmp_path / f"{k}.png").read_bytes()[:4] == b"\x89PNG" for k in manifest["views"])
    assert (tmp_path / "0-1.csv").read_text() == "height\n10\n"
    assert build.render_views(panel, tmp_path) == views  # the second build reuses the rendered views


def test_published_table_panel_carries_every_row_with_its_filter_values():
    html = build.table_panel_html(table_panel())
    assert html.count("<tr data-f-kind=") == 3
    assert 'data-total="3"' in html and "Two of three rows shown." in html
