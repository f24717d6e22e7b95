"""Data is text, never markup: every renderer's output, built through myst-nb and Sphinx, shows
hostile values from data/ literally, with nothing dropped.

A one-page fixture project (not a second build of the book): a small data package whose free-text
cells hold script tags, an <img onerror>, unbalanced tags, a javascript: address, Markdown link
syntax and MyST roles; a notebook whose saved outputs are what each of the book's renderers makes
from it (the chapter's claims table, the ledger page's tables, the facts, the figures that are not
claims, the dataset catalogue and descriptions, a published chart panel with its alt text and
option labels, a table panel, a chart image's alt text). Sphinx builds it with myst-nb and the
book's own mime renderers; the test reads the built page's text.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from bs4 import BeautifulSoup

from missions import style
from missions.panels import Control, Panel
from tests.conftest import ROOT

HOSTILE = [
    '<script>alert("owned")</script>',
    '<img src=x onerror="alert(2)">',
    "<b>unbalanced <i>tags",
    "</td></tr></table></div>",
    "javascript:alert(3)",
    "[a link](javascript:alert(4))",
    "{ref}`claims-elsewhere`",
    "<NA>",
]
EVIL = " ".join(HOSTILE)


def _write_csv(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


@pytest.fixture(scope="module")
def hostile_package(tmp_path_factory):
    """The ledger's four tables and one catalogued dataset, every free-text cell hostile."""
    root = tmp_path_factory.mktemp("hostile-data")
    real = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    keep = {"articles", "claims", "article-figures", "ledger-facts"}
    resources = [r for r in real["resources"] if r["name"] in keep]
    for r in resources:
        r["title"] = f"{r['name']} {EVIL}"
        r["description"] = f"Described as {EVIL}"
        r["sources"] = [
            {
                "title": EVIL,
                "publisher": "<i>Publisher",
                "path": "javascript:alert(5)",
                "read": "2026-12-01",
                "tier": "primary",
            }
        ]
        (root / r["path"]).parent.mkdir(parents=True, exist_ok=True)
    by = {r["name"]: r for r in resources}
    articles = list(csv.DictReader((ROOT / "data" / "articles.csv").open(encoding="utf-8")))[:1]
    art = articles[0]
    art.update(title=f"Title {EVIL}", outlet=f"Outlet {EVIL}", short_title=f"Short {EVIL}", date_note=EVIL)
    _write_csv(root / by["articles"]["path"], articles)
    claims = [
        {
            "claim_id": "hostile-one",
            "article": art["article"],
            "claim": f"Claim {EVIL}",
            "stated_value": "12",
            "stated_unit": "people",
            "stated_text": f"twelve {EVIL}",
            "found_value": "12",
            "found_unit": "people",
            "found_where": f"ledger-facts: hostile-fact ({EVIL})",
            "verdict": "matches",
            "note": f"Note {EVIL}",
            "reading": "exact",
            "basis": "sourced-fact",
        },
        {
            "claim_id": "hostile-two",
            "article": art["article"],
            "claim": f"Second {EVIL}",
            "stated_value": "",
            "stated_unit": "",
            "stated_text": f"words {EVIL}",
            "found_value": "",
            "found_unit": "",
            "found_where": f"nothing found {EVIL}",
            "verdict": "not-verifiable",
            "note": "Nothing.",
            "reading": "cannot-test",
            "basis": "none",
        },
    ]
    _write_csv(root / by["claims"]["path"], claims)
    _write_csv(
        root / by["article-figures"]["path"],
        [
            {"article": art["article"], "position": "1", "figure": "12", "claim_id": "hostile-one", "not_a_claim": ""},
            {
                "article": art["article"],
                "position": "2",
                "figure": f"1325 {EVIL}",
                "claim_id": "",
                "not_a_claim": "part-of-a-name",
            },
        ],
    )
    _write_csv(
        root / by["ledger-facts"]["path"],
        [
            {
                "fact_id": "hostile-fact",
                "claim_id": "hostile-one",
                "value": "12",
                "unit": "people",
                "statement": f"Statement {EVIL}",
                "source_title": f"Source {EVIL}",
                "publisher": f"Publisher {EVIL}",
                "source_date": "",
                "source_url": 'https://example.org/a"onmouseover="alert(6)',
            },
        ],
    )
    (root / "datapackage.json").write_text(json.dumps({"name": "hostile", "resources": resources}), encoding="utf-8")
    return root / "datapackage.json"


def hostile_chart(view: str = "one") -> style.Chart:
    fig, ax = style.new_figure(height=3)
    ax.plot([0, 1], [0, 1])
    return style.finish(
        fig,
        source=f"Source: {EVIL}",
        alt=f"Line chart alt text {view} {EVIL}",
        data=pd.DataFrame({"x": [0, 1]}),
        name=EVIL,
    )


def hostile_panel() -> Panel:
    return Panel(
        id="hostile-panel",
        title=f"Panel {EVIL}",
        controls=[Control("view", f"Label {EVIL}", [(f"Option {EVIL}", "one"), ("Other", "two")])],
        first={"view": "one"},
        offers=EVIL,
        adds="",
        recipe="tests.test_escaping:hostile_panel",
        draw=hostile_chart,
    )


def _outputs(monkey_env: dict) -> list[dict]:
    """Every renderer's output for the hostile package, as notebook outputs (made in a subprocess
    that sees only the hostile data package)."""
    code = r"""
import json, sys
from missions import catalog, ledger
from missions.chapters import claims_ledger
from bookbuild import panels
from tests.test_escaping import hostile_chart, hostile_panel
from missions.panels import MIME
art = ledger.rows()["article"].iloc[0]
outs = [ledger.chapter_table(art).html(), ledger.page_table(art).html(), ledger.facts_table().html(),
        ledger.figures_not_claims().html(), catalog.catalogue_table().html(), catalog.descriptions().html(),
        claims_ledger.summary_table().html(), claims_ledger.by_article()._repr_html_(),
        panels.table_panel_html(claims_ledger.panel())]
bundle, meta = hostile_chart()._repr_mimebundle_()
print(json.dumps({"html": outs, "png": bundle["image/png"], "meta": meta,
                  "panel": hostile_panel()._repr_mimebundle_()[MIME]}))
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=monkey_env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    made = json.loads(done.stdout)
    outputs = [
        nbformat.v4.new_output("display_data", data={"text/html": h, "text/plain": "table"}) for h in made["html"]
    ]
    outputs.append(
        nbformat.v4.new_output(
            "display_data", data={"image/png": made["png"], "text/plain": "chart"}, metadata=made["meta"]
        )
    )
    from missions.panels import MIME

    outputs.append(nbformat.v4.new_output("display_data", data={MIME: made["panel"], "text/plain": "panel"}))
    return outputs


@pytest.fixture(scope="module")
def built_page(hostile_package, tmp_path_factory):
    import os

    env = {**os.environ, "MISSIONS_DATAPACKAGE": str(hostile_package), "PYTHONPATH": str(ROOT)}
    src = tmp_path_factory.mktemp("hostile-book")
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    cell = nbformat.v4.new_code_cell("pass", execution_count=1)
    cell.outputs = _outputs(env)
    nb.cells = [nbformat.v4.new_markdown_cell("# Hostile data"), cell]
    nbformat.write(nb, src / "index.ipynb")
    (src / "conf.py").write_text(
        "extensions = ['myst_nb']\nnb_execution_mode = 'off'\nproject = 'Hostile'\nhtml_theme = 'basic'\n",
        encoding="utf-8",
    )
    out = src / "_build"
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "html", "-q", str(src), str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return out / "index.html"


def test_every_hostile_value_shows_as_literal_text(built_page):
    soup = BeautifulSoup(built_page.read_text(encoding="utf-8"), "html.parser")
    body = soup.select_one("div.body") or soup.body
    text = " ".join(body.get_text(" ").split())
    for value in HOSTILE:
        assert " ".join(value.split()) in text, f"{value!r} is not on the page as text"
    # each free-text cell made it through: the claims, notes, statements, titles and the panel's labels
    for marker in (
        "Claim <script>",
        "Note <script>",
        "Statement <script>",
        "Source <script>",
        "Title <script>",
        "Label <script>",
        "Option <script>",
        "Line chart alt text one <script>",
        "Described as <script>",
    ):
        assert marker in text, f"{marker!r} was dropped"


def test_nothing_from_data_became_markup(built_page):
    soup = BeautifulSoup(built_page.read_text(encoding="utf-8"), "html.parser")
    body = soup.select_one("div.body") or soup.body
    runnable = [s for s in body.find_all("script") if s.get("type", "text/javascript") in ("text/javascript", "module")]
    assert not [s for s in runnable if "alert" in (s.string or "")], "a script from data runs"
    for data in body.select("script.missions-manifest"):  # the panel's manifest: data, read back as the same text
        views = json.loads(data.string)["views"]
        assert any('<script>alert("owned")</script>' in v["alt"] for v in views.values())
    assert not body.find_all(attrs={"onerror": True}), "an onerror attribute from data"
    assert not [a for a in body.find_all("a") if a.get("href", "").lower().startswith("javascript")]
    assert not body.find_all("b") and not body.find_all("i"), "a tag from data was rendered"
    img = [i for i in body.find_all("img") if "alt text one" in (i.get("alt") or "")]
    assert img and '<script>alert("owned")</script>' in img[0]["alt"], "the alt text lost its literal characters"


def test_missing_values_print_as_a_dash(built_page):
    soup = BeautifulSoup(built_page.read_text(encoding="utf-8"), "html.parser")
    cells = [td.get_text() for td in soup.find_all("td")]
    assert "—" in cells, "a missing value is not shown as an em dash"
