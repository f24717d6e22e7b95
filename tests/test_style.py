"""missions.style: the house chart style. Identical bytes run to run, a white ground, a source line,
alt text that describes, the rows drawn, text that reads on a phone, compact PNGs."""

from __future__ import annotations

import io
import subprocess
import sys

import matplotlib
import pandas as pd
import pytest
from PIL import Image, ImageChops, ImageStat

from missions import style
from missions.pngsize import compact_png
from tests.conftest import ROOT

ROWS = pd.DataFrame({"year": [2020, 2021, 2022], "value": [1, 2, 3]})


def _chart(alt="Line chart of a test series rising from 1 to 3", **kw):
    fig, ax = style.new_figure()
    ax.plot(ROWS["year"], ROWS["value"], color=style.PALETTE["blue"])
    return style.finish(fig, source="Source: Test office, test series", alt=alt, data=ROWS, **kw)


def test_same_chart_gives_identical_png_bytes():
    assert _chart().png == _chart().png


def test_png_is_compact_white_opaque_and_without_timestamps():
    chart = _chart()
    img = Image.open(io.BytesIO(chart.png))
    assert img.mode == "P"  # palette image: compact_png was applied
    assert img.convert("RGBA").getpixel((1, 1)) == (255, 255, 255, 255)
    assert b"Software" not in chart.png and b"matplotlib version" not in chart.png


def test_compact_png_is_smaller_same_picture_and_deterministic():
    fig, ax = style.new_figure()
    for i, name in enumerate(["blue", "orange", "green"]):
        ax.fill_between(range(50), [((x * (i + 3)) % 17) + 10 * i for x in range(50)], color=style.PALETTE[name])
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    matplotlib.pyplot.close(fig)
    png = buf.getvalue()
    small = compact_png(png)
    assert len(small) < 0.7 * len(png) and compact_png(png) == small
    a, b = (Image.open(io.BytesIO(x)).convert("RGB") for x in (png, small))
    assert a.size == b.size and max(ImageStat.Stat(ImageChops.difference(a, b)).mean) < 1.0


def test_figure_is_closed_after_finish():
    before = len(matplotlib.pyplot.get_fignums())
    _chart()
    assert len(matplotlib.pyplot.get_fignums()) == before


def test_chart_carries_alt_text_rows_and_text_size_to_the_page():
    data, meta = _chart(name="test-series")._repr_mimebundle_()
    assert data["text/plain"].startswith("Chart: Line chart")
    assert meta["image/png"]["alt"].startswith("Line chart")
    house = meta["image/png"]["missions"]
    assert house["csv"] == "year,value\n2020,1\n2021,2\n2022,3\n" and house["name"] == "test-series"
    assert house["min_text_px"] == int(style.FOOTER_PT * style.DPI / 72)  # the footer is the smallest text here


@pytest.mark.parametrize("alt", ["", "Figure 1", "A chart"])
def test_alt_text_must_describe_the_chart(alt):
    with pytest.raises(ValueError, match="alt text"):
        _chart(alt=alt)


def test_a_chart_must_come_with_the_rows_it_draws():
    fig, _ = style.new_figure()
    with pytest.raises(ValueError, match="rows it draws"):
        style.finish(fig, source="Source: x", alt="Line chart of nothing at all", data=None)


def test_text_too_small_for_a_phone_is_refused():
    fig, ax = style.new_figure()
    ax.text(0.5, 0.5, "tiny label", fontsize=style.MIN_TEXT_PT - 1)
    with pytest.raises(ValueError, match="below the house minimum"):
        style.finish(fig, source="Source: x", alt="Chart with one tiny label on it", data=ROWS)


def test_a_figure_wider_than_the_house_width_is_refused():
    fig, _ = style.new_figure(width=style.WIDTH_IN + 1)
    with pytest.raises(ValueError, match="house width"):
        style.finish(fig, source="Source: x", alt="A chart that is far too wide", data=ROWS)


def test_house_width_keeps_the_smallest_text_at_10_css_px_on_a_phone():
    px = style.MIN_TEXT_PT * style.DPI / 72 * style.PHONE_IMAGE_PX / (style.WIDTH_IN * style.DPI)
    assert px >= 10


def test_source_line_is_drawn_under_the_chart():
    chart = _chart()
    assert chart.source == "Source: Test office, test series"


def test_importing_the_package_applies_the_house_style():
    """In a fresh interpreter: matplotlib's defaults before the import, the house's after it."""
    code = (
        "import matplotlib; before = matplotlib.rcParams['font.size']; import missions; "
        "print(before, matplotlib.rcParams['font.size'], matplotlib.rcParams['figure.facecolor'])"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    before, after, face = out.stdout.split()
    assert float(before) == 10.0 and float(after) == style.RC["font.size"] and face == "white"
