"""missions.widgets: an explorer redraws the same chart function when a control changes."""
from __future__ import annotations

import ipywidgets as w
import pytest

from missions import style
from missions.widgets import Explorer, explorer


def draw(height: int) -> style.Chart:
    fig, ax = style.new_figure()
    ax.bar(["a"], [height], color=style.PALETTE["blue"])
    return style.finish(fig, source="Test office, test series", alt=f"Bar chart of one bar of height {height}")


def test_explorer_redraws_when_a_control_changes():
    slider = w.IntSlider(value=1, min=1, max=5, description="Height")
    panel = explorer("test", {"height": slider}, draw)
    first = panel.image.value
    assert "height 1" in panel.status.value
    slider.value = 4
    assert panel.image.value != first
    assert panel.image.value == draw(4).png
    assert "height 4" in panel.status.value


def test_controls_need_a_label():
    with pytest.raises(ValueError, match="description"):
        explorer("test", {"height": w.IntSlider(value=1)}, draw)


def test_explorer_has_a_stable_text_repr():
    panel = explorer("Heights", {"height": w.IntSlider(value=2, description="Height")}, draw)
    assert isinstance(panel, Explorer)
    assert repr(panel) == "Interactive explorer: Heights"


def test_jupyterlab_has_the_widget_manager_enabled():
    """`make lab` renders the explorers live: JupyterLab's widget manager extension is enabled."""
    import re
    import subprocess
    import sys
    from pathlib import Path

    jupyter = Path(sys.executable).parent / "jupyter"
    out = subprocess.run([str(jupyter), "labextension", "list"], capture_output=True, text=True, timeout=120)
    text = re.sub(r"\x1b\[[0-9;]*m", "", out.stdout + out.stderr)
    line = next((l for l in text.splitlines() if "@jupyter-widgets/jupyterlab-manager" in l), "")
    assert "enabled" in line and "OK" in line, text
