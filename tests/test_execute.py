"""Notebooks don't churn: executing an unchanged notebook gives the same bytes, in `make execute` and in
the book build alike (bookbuild.execute.normalise)."""

from __future__ import annotations

import json

import nbformat
import pytest

from bookbuild.execute import MAX_BYTES, normalise
from bookbuild.toc import toc_notebooks
from tests.conftest import ROOT

NOTEBOOKS = toc_notebooks()


def _nb_with_volatile_bits() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    cell = nbformat.v4.new_code_cell("x", execution_count=1)
    cell.metadata["execution"] = {"iopub.execute_input": "2026-12-03T10:00:00"}
    cell.metadata["missions_inputs"] = "abc"
    view = {"application/vnd.jupyter.widget-view+json": {"model_id": "f" * 32, "version_major": 2}}
    other = {"application/vnd.jupyter.widget-view+json": {"model_id": "a" * 32, "version_major": 2}}
    cell.outputs = [
        nbformat.v4.new_output("display_data", data=view),
        nbformat.v4.new_output("display_data", data=other),
        nbformat.v4.new_output("display_data", data=view),
    ]
    nb.cells = [cell]
    return nb


def test_normalise_drops_run_metadata_and_numbers_widget_ids_in_order():
    text = normalise(_nb_with_volatile_bits())
    nb = json.loads(text)
    assert "widgets" not in nb["metadata"]
    assert nb["cells"][0]["metadata"] == {}
    ids = [o["data"]["application/vnd.jupyter.widget-view+json"]["model_id"] for o in nb["cells"][0]["outputs"]]
    assert ids == [f"{1:032x}", f"{2:032x}", f"{1:032x}"]
    assert normalise(nbformat.reads(text, as_version=4)) == text  # a fixed point


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_committed_notebook_is_normalised_and_small(path):
    text = path.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) <= MAX_BYTES, f"{path.name} is over {MAX_BYTES:,} bytes"
    assert normalise(nbformat.reads(text, as_version=4)) == text, (
        f"{path.name} is not saved as `make execute` saves it (run make execute)"
    )
    assert "application/vnd.jupyter.widget-state+json" not in text and "widget-view+json" not in text


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_the_books_executed_copy_normalises_to_the_committed_file(path, built_html):
    """The build's own run (jupyter-cache) gives, once normalised, exactly the committed notebook."""
    executed = built_html.parent / "jupyter_execute" / path.relative_to(ROOT)
    if not executed.exists():
        pytest.fail(f"the book build left no executed copy of {path.name} at {executed}")
    nb = nbformat.read(executed, as_version=4)
    # myst-nb moves the glue records out of the executed copy into <name>.glue.json: put them back,
    # in the order they were glued, in the one cell that glues (test_house checks there is one).
    # (A copy written straight after execution still holds them: then there is nothing to restore.)
    glue_file = executed.with_suffix(".glue.json")
    first_code = next(cell for cell in nb.cells if cell.cell_type == "code")
    glued = any("scrapbook" in output.get("metadata", {}) for output in first_code.outputs)
    if glue_file.exists() and not glued:
        records = json.loads(glue_file.read_text(encoding="utf-8"))
        outputs = []
        for name, record in records.items():
            prefix = record["metadata"]["scrapbook"]["mime_prefix"]
            data = {prefix + mime: value for mime, value in record["data"].items()}
            meta = {"scrapbook": {"mime_prefix": prefix, "name": name}}
            outputs.append(nbformat.v4.new_output("display_data", data=data, metadata=meta))
        first_code.outputs = outputs + first_code.outputs
    assert normalise(nb) == path.read_text(encoding="utf-8")
