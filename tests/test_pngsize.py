"""compact_png keeps a chart visually the same, makes it smaller, and is deterministic."""
import io

from PIL import Image, ImageChops, ImageStat

from missions import style
from missions.pngsize import compact_png


def _chart_png() -> bytes:
    fig, ax = style.new_figure()
    for i, name in enumerate(["blue", "orange", "green"]):
        ax.fill_between(range(50), [((x * (i + 3)) % 17) + 10 * i for x in range(50)], color=style.PALETTE[name], alpha=0.8)
    ax.set_title("A busy test chart with text")
    buf = io.BytesIO()  # the full-colour PNG matplotlib writes, before finish() compacts it
    fig.savefig(buf, format="png", metadata={"Software": None})
    import matplotlib.pyplot as plt

    plt.close(fig)
    return buf.getvalue()


def test_finish_returns_the_compacted_png():
    fig, ax = style.new_figure()
    ax.plot([1, 2, 3], [3, 1, 2])
    chart = style.finish(fig, source="Source: test data", alt="Line chart of three test points")
    assert Image.open(io.BytesIO(chart.png)).mode == "P"  # palette image: compact_png was applied


def test_compact_png_is_smaller_same_picture_and_deterministic():
    png = _chart_png()
    small = compact_png(png)
    assert len(small) < 0.7 * len(png)
    assert compact_png(png) == small
    a = Image.open(io.BytesIO(png)).convert("RGB")
    b = Image.open(io.BytesIO(small)).convert("RGB")
    assert a.size == b.size
    diff = ImageStat.Stat(ImageChops.difference(a, b)).mean
    assert max(diff) < 1.0, f"mean channel difference {diff}"
