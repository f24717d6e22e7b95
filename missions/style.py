"""The house chart style: palette, figure defaults, source line, alt text, identical bytes on re-run.

Every chart in the book is finished with `finish(fig, source=..., alt=..., data=...)`, which draws
the source line under the chart, renders a PNG with no timestamps or version metadata, closes the
figure, and returns a `Chart`: the picture, its alt text, and the rows it draws (offered to the
reader as "Data (CSV)" under the chart).

Charts are drawn 5.2 inches wide so that they fit a phone: at 390 px the page shows them about
342 px wide, so text of 11 pt or more stays at least 10 CSS px tall (`finish` refuses smaller).
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
FOOTER_WRAP = 56  # characters per footer line at FOOTER_PT across the 5.2-inch figure
FOOTER_LINE_IN = FOOTER_PT * 1.25 / 72  # one footer line, in inches

WIDTH_IN = 5.2  # 520 px at DPI: shown at natural size on a desktop, about 342 px on a phone
HEIGHT_IN = 4.0
DPI = 100
MIN_TEXT_PT = 11  # smallest text a chart may carry: 11 pt * 342/520 is 10 CSS px on a phone
PHONE_IMAGE_PX = 342  # the width a 390-px phone gives a chart (measured in Chromium)

RC = {
    "figure.figsize": (WIDTH_IN, HEIGHT_IN),
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    "figure.facecolor": "white",  # stays readable in the theme's dark mode
    "axes.facecolor": "white",
    "savefig.facecolor": "white",
    "savefig.transparent": False,
    "font.size": 15,  # large, since a phone shows the figure at about half size:
    "axes.titlesize": 17.5,  # 15 pt at 100 dpi is about 10.5 CSS px on a 390-px screen
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
    "svg.hashsalt": "missions",  # deterministic SVG ids, should anyone save SVG
    "path.simplify": True,
}


def apply() -> None:
    """Apply the house style to matplotlib (done on import of the package)."""
    matplotlib.rcParams.update(RC)


apply()


class Chart:
    """A finished chart: PNG bytes, alt text, source line and the rows it draws (as CSV text)."""

    def __init__(self, png: bytes, alt: str, source: str, csv: str = "", min_text_px: int = 0, name: str = "chart"):
        self.png = png
        self.alt = alt
        self.source = source
        self.csv = csv
        self.min_text_px = min_text_px
        self.name = name

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
        # bookbuild.mystnb reads "alt" into the page's <img alt="...">; "width" is the natural width
        # in CSS pixels (the page scales it down on narrow screens and links the full-size file);
        # "missions" carries the rows drawn (published as "Data (CSV)") and the smallest text size.
        meta = {
            "alt": self.alt,
            "width": self.width,
            "missions": {"csv": self.csv, "name": self.name, "min_text_px": self.min_text_px},
        }
        return data, {"image/png": meta}

    def __repr__(self) -> str:
        return f"Chart: {self.alt}"


def new_figure(height: float = HEIGHT_IN, width: float | None = None, **kwargs):
    """A figure and axes in the house size."""
    return plt.subplots(figsize=(width or WIDTH_IN, height), **kwargs)


def _smallest_text_pt(fig) -> float:
    """The smallest font size of any text the figure shows (after it has been drawn)."""
    sizes = [t.get_fontsize() for t in fig.findobj(matplotlib.text.Text) if t.get_visible() and t.get_text().strip()]
    return min(sizes) if sizes else FOOTER_PT


def finish(fig, *, source: str, alt: str, data, note: str | None = None, name: str = "chart") -> Chart:
    """Draw the source line (and an optional note) under the chart, render it, close it.

    `data` is a DataFrame of exactly the rows the chart draws; it is offered beside the chart as
    CSV. The PNG is re-encoded with an adaptive palette (missions.pngsize), about a third of the
    bytes. Text smaller than MIN_TEXT_PT, or a figure wider than the house width, is refused: it
    would not read on a phone.
    """
    if not alt or len(alt.split()) < 5:
        raise ValueError("alt text must say what the chart shows (at least five words)")
    if data is None or len(data) == 0:
        raise ValueError("a chart must come with the rows it draws (data=...)")
    if fig.get_figwidth() > WIDTH_IN + 1e-6:
        raise ValueError(f"figure is {fig.get_figwidth()} in wide; the house width is {WIDTH_IN} in")
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
    smallest = _smallest_text_pt(fig)
    plt.close(fig)
    if smallest < MIN_TEXT_PT:
        raise ValueError(f"chart text of {smallest} pt is below the house minimum of {MIN_TEXT_PT} pt")
    csv = data.to_csv(index=False, lineterminator="\n")
    return Chart(
        compact_png(buf.getvalue()), alt=alt, source=source, csv=csv, min_text_px=int(smallest * DPI / 72), name=name
    )


def label_line_end(ax, x, y, text: str, color: str, dx: float = 4, dy: float = 0, **kwargs) -> None:
    """Label a line directly at its last point instead of using a legend (dy nudges it, in points)."""
    ax.annotate(
        text,
        xy=(x, y),
        xytext=(dx, dy),
        textcoords="offset points",
        va="center",
        color=color,
        fontsize=15,
        fontweight="bold",
        annotation_clip=False,
        **kwargs,
    )
