"""The chapters: every toc notebook is saved executed, and a raising cell fails the book build.

nbval itself (pytest --nbval, configured in pyproject.toml) re-runs every notebook under book/
and compares its stored outputs strictly; these tests make sure it has something to compare.
"""

from __future__ import annotations

import shutil
import subprocess

import nbformat
import pytest

from tests.conftest import ROOT, toc_notebooks

NOTEBOOKS = toc_notebooks()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_is_saved_executed(path):
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code" and c.source.strip()]
    assert code, f"{path.name} has no code cells"
    never_run = [i for i, c in enumerate(code) if c.execution_count is None]
    assert not never_run, f"{path.name}: code cells {never_run} saved without being executed"
    counts = [c.execution_count for c in code]
    assert counts == list(range(1, len(code) + 1)), f"{path.name}: not saved from one fresh run in order"
    assert any(c.outputs for c in code), f"{path.name} is saved without outputs"
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert not errors, f"{path.name} is saved with an error output"
    assert nb.metadata["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_has_one_title_and_ordered_headings(path):
    nb = nbformat.read(path, as_version=4)
    levels = []
    in_fence = False
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            if line.lstrip().startswith(("```", ":::")):
                in_fence = not in_fence
            if not in_fence and line.startswith("#"):
                levels.append(len(line) - len(line.lstrip("#")))
    assert levels and levels[0] == 1 and levels.count(1) == 1, f"{path.name}: one # title first"
    for before, after in zip(levels, levels[1:]):
        assert after <= before + 1, f"{path.name}: heading level jumps from {before} to {after}"


def test_a_raising_cell_fails_the_build(tmp_path):
    """With raise_on_error the -W build exits non-zero when a notebook cell raises."""
    book = tmp_path / "book"
    book.mkdir()
    config = (ROOT / "_config.yml").read_text(encoding="utf-8")
    (book / "_config.yml").write_text(config.replace("book/references.bib", "references.bib"), encoding="utf-8")
    (book / "references.bib").write_text("", encoding="utf-8")
    (book / "_toc.yml").write_text("format: jb-book\nroot: intro\nchapters:\n  - file: broken\n", encoding="utf-8")
    (book / "intro.md").write_text("# Intro\n\nA test book.\n", encoding="utf-8")
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Broken"),
        nbformat.v4.new_code_cell("raise RuntimeError('this cell fails on purpose')"),
    ]
    nbformat.write(nb, book / "broken.ipynb")
    jb = shutil.which("jupyter-book") or str(ROOT / ".venv" / "bin" / "jupyter-book")
    result = subprocess.run(
        [jb, "build", str(book), "-W", "-n", "--keep-going"], capture_output=True, text=True, timeout=300
    )
    assert result.returncode != 0, "a raising cell did not fail the build"
    assert "this cell fails on purpose" in result.stdout + result.stderr
