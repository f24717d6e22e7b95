"""The house chart style: palette, figure defaults, source line, alt text, identical bytes on re-run.

Every chart in the book is finished with `finish(fig, source=..., alt=...)`, which draws the
source line under the chart, renders a PNG with no timestamps or version metadata, closes the
figure, and returns a `Chart` that displays in Jupyter and in the book with its alt text.
"""
from __future__ import annotations

import base64
import hashlib
import io
import textwrap

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from missions.pngsize import compact_png  # noqa: E402

# Okabe & Ito (2008) colour-universal-design palette: distinguishable with every common form
# of colour-vision deficiency. Use by name; never rely on colour alone (label lines directly).
PALETTE = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "black": "#000000",
    "grey": "#8C8C8C",
}
CYCLE = [PALETTE[k] for k in ("blue", "orange", "green", "vermillion", "purple", "sky", "yellow", "black")]
HIGHLIGHT = PALETTE["vermillion"]
MUTED = PALETTE["grey"]

FOOTER_PT = 11.5
FOOTER_WRAP = 76    # characters per footer line at FOOTER_PT across the 7-inch figure
FOOTER_LINE_IN = FOOTER_PT * 1.25 / 72  # one footer line, in inches

WIDTH_IN = 7.0       # 700 px at DPI: wide enough for a desktop column, scales down on a phone
HEIGHT_IN = 4.4
DPI = 100

RC = {
    "figure.figsize": (WIDTH_IN, HEIGHT_IN),
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    "figure.facecolor": "white",      # stays readable in the theme's dark mode
    "axes.facecolor": "white",
    "savefig.facecolor": "white",
    "savefig.transparent": False,
    "font.size": 15,                  # large, since a phone shows the figure at about half size:
    "axes.titlesize": 17.5,           # 15 pt at 100 dpi is about 10.5 CSS px on a 390-px screen
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 15,
    "xtick.labelsize": 15,
    "ytick.labelsize": 15,
    "legend.fontsize": 15,
    "legend.frameon": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "grid.color": "#DDDDDD",
    "grid.linewidth": 0.8,
    "axes.prop_cycle": matplotlib.cycler(color=CYCLE),
    "lines.linewidth": 2.2,
    "svg.hashsalt": "missions",       # deterministic SVG ids, should anyone save SVG
    "path.simplify": True,
}


def apply() -> None:
    """Apply the house style to matplotlib (done on import of the package)."""
    matplotlib.rcParams.update(RC)


apply()


class Chart:
    """A finished chart: PNG bytes plus alt text; displays as an image with its alt text."""

    def __init__(self, png: bytes, alt: str, source: str):
        self.png = png
        self.alt = alt
        self.source = source

    @property
    def width(self) -> int:
        """Width of the PNG in pixels."""
        return int.from_bytes(self.png[16:20], "big")  # the IHDR chunk

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.png).hexdigest()

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {
            "image/png": base64.b64encode(self.png).decode("ascii"),
            "text/plain": f"Chart: {self.alt}",
        }
        # missions.mystnb reads "alt" into the page's <img alt="...">; "width" is the natural width
        # in CSS pixels (the page scales it down on narrow screens and links the full-size file).
        return data, {"image/png": {"alt": self.alt, "width": self.width}}

    def __repr__(self) -> str:
        return f"Chart: {self.alt}"


def new_figure(height: float = HEIGHT_IN, width: float = WIDTH_IN, **kwargs):
    """A figure and axes in the house size."""
    return plt.subplots(figsize=(width, height), **kwargs)


def finish(fig, *, source: str, alt: str, note: str | None = None) -> Chart:
    """Draw the source line (and an optional note) under the chart, render it, close it.

    The PNG is re-encoded with an adaptive palette (missions.pngsize), about a third of the bytes.
    """
    if not alt or len(alt.split()) < 5:
        raise ValueError("alt text must say what the chart shows (at least five words)")
    if not source.startswith("Source"):
        source = "Source: " + source
    footer = "\n".join(textwrap.wrap(source, FOOTER_WRAP))
    if note:
        footer = "\n".join(textwrap.wrap(note, FOOTER_WRAP)) + "\n" + footer
    lines = footer.count("\n") + 1
    fig.text(0.01, 0.01, footer, ha="left", va="bottom", fontsize=FOOTER_PT, color="#333333")
    # leave room for the footer below the axes, measured in inches so tall figures get no blank band
    height = fig.get_figheight()
    bottom = (0.01 * height + lines * FOOTER_LINE_IN + 0.08) / height
    fig.tight_layout(rect=(0, bottom, 1, 1))
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    plt.close(fig)
    return Chart(compact_png(buf.getvalue()), alt=alt, source=source)


def label_line_end(ax, x, y, text: str, color: str, dx: float = 4, dy: float = 0, **kwargs) -> None:
    """Label a line directly at its last point instead of using a legend (dy nudges it, in points)."""
    ax.annotate(text, xy=(x, y), xytext=(dx, dy), textcoords="offset points", va="center",
                color=color, fontsize=15, fontweight="bold", annotation_clip=False, **kwargs)
