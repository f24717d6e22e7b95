"""missions.style: the house chart style renders identical bytes, white backgrounds, alt and source."""
from __future__ import annotations

import io

import matplotlib
import pytest
from PIL import Image

from missions import style


def _chart(alt="Line chart of a test series rising from 1 to 3"):
    fig, ax = style.new_figure()
    ax.plot([2020, 2021, 2022], [1, 2, 3], color=style.PALETTE["blue"])
    return style.finish(fig, source="Source: Test office, test series", alt=alt)


def test_same_chart_gives_identical_png_bytes():
    assert _chart().png == _chart().png


def test_png_has_white_opaque_background_and_no_metadata_timestamps():
    chart = _chart()
    img = Image.open(io.BytesIO(chart.png)).convert("RGBA")
    assert img.getpixel((1, 1)) == (255, 255, 255, 255)
    assert b"Software" not in chart.png and b"matplotlib version" not in chart.png


def test_figure_is_closed_after_finish():
    before = len(matplotlib.pyplot.get_fignums())
    _chart()
    assert len(matplotlib.pyplot.get_fignums()) == before


def test_chart_displays_png_with_alt_text_in_metadata():
    data, meta = _chart()._repr_mimebundle_()
    assert "image/png" in data
    assert data["text/plain"].startswith("Chart: Line chart")
    assert meta["image/png"]["alt"].startswith("Line chart")


@pytest.mark.parametrize("alt", ["", "Figure 1", "A chart"])
def test_alt_text_must_describe_the_chart(alt):
    fig, _ = style.new_figure()
    with pytest.raises(ValueError, match="alt text"):
        style.finish(fig, source="Source: x", alt=alt)


def test_source_line_is_drawn_under_the_chart():
    fig, ax = style.new_figure()
    ax.plot([1, 2], [1, 2])
    chart = style.finish(fig, source="Test office, test series", alt="Line chart of a test series rising")
    assert chart.source == "Source: Test office, test series"
    assert any(t.get_text().endswith("Source: Test office, test series") for t in fig.texts)


def test_house_style_is_applied_on_import():
    import missions  # noqa: F401

    assert matplotlib.rcParams["figure.facecolor"] == "white"
    assert matplotlib.rcParams["font.size"] >= 12
