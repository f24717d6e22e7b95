"""Part II chapters: each panel publishes every combination it lists and names the choice in its
caption; the notebook's extra view exists only there; every number a chapter computes is one its
prose uses, and the prose uses no number the chapter does not compute."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from missions.chapters import cuba_brazil, cuba_central_america, cuba_iachr
from missions.panels import load_recipe

ROOT = Path(__file__).resolve().parent.parent
CHAPTERS = {
    "central-america-visas": cuba_central_america,
    "oas-letter": cuba_iachr,
    "mais-medicos-visas": cuba_brazil,
}
MAX_VIEWS = 60


@pytest.mark.parametrize("module", CHAPTERS.values(), ids=CHAPTERS.keys())
def test_every_published_view_draws_and_its_caption_names_the_choice(module):
    panel = load_recipe(module.panel().recipe)
    views = list(panel.views())
    assert 1 < len(views) <= MAX_VIEWS
    keys = set()
    for values in views:
        chart = panel.draw(**values)
        keys.add(panel.key(values))
        caption = panel.selection(values) + " " + chart.alt
        for c in panel.controls:
            assert c.label_of(values[c.name]) in caption
        assert chart.csv.strip(), "every view offers the rows it draws"
    assert len(keys) == len(views)


def test_the_earnings_panel_adds_the_peso_view_in_the_notebook_only():
    panel = cuba_central_america.panel()
    published = [v for _, v in panel.controls[0].options]
    assert "usd-pesos" not in published
    live = panel.controls[0].live(panel.first["view"])
    assert "usd-pesos" in [v for _, v in live.options]
    assert "pesos" in panel.draw(view="usd-pesos").alt and "pesos" in panel.note()


def test_the_hosts_panel_offers_every_country_in_the_data():
    from missions import data

    panel = cuba_brazil.panel()
    assert [v for _, v in panel.controls[0].options] == sorted(data.load("cuba-workers-by-country")["country"].unique())


@pytest.mark.parametrize("notebook, module", CHAPTERS.items(), ids=CHAPTERS.keys())
def test_every_computed_number_is_used_and_every_used_number_computed(notebook, module):
    cells = json.loads((ROOT / "book" / "cuba" / f"{notebook}.ipynb").read_text(encoding="utf-8"))["cells"]
    prose = "".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    used = set(re.findall(r"\{glue:text\}`([a-z0-9_]+)", prose))
    assert used == set(module.numbers())
