"""bookbuild.inputs: a notebook re-runs when, and only when, its own data or code changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bookbuild import inputs
from bookbuild.toc import toc_notebooks
from tests.conftest import ROOT

BACK = {"book/back/data-and-methods", "book/back/claims-ledger"}


@pytest.fixture
def copy(tmp_path) -> Path:
    """A copy of the book's notebooks, package and data, to change freely."""
    for name in ("book", "missions", "data"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy(ROOT / "_toc.yml", tmp_path / "_toc.yml")
    return tmp_path


def digests(root: Path) -> dict[str, str]:
    return {
        nb.relative_to(ROOT).with_suffix("").as_posix(): inputs.digest(root / nb.relative_to(ROOT), root)
        for nb in toc_notebooks()
    }


def test_a_titan_data_change_marks_titan_and_the_back_matter_stale_and_nothing_else(copy):
    before = digests(copy)
    path = copy / "data" / "titan" / "titan_history.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("OceanGate", "OceanGate Inc", 1), encoding="utf-8")
    assert inputs.stale(before, digests(copy)) == {"book/titan/titan"} | BACK


def test_a_part_module_change_reaches_only_the_notebooks_that_import_it(copy):
    before = digests(copy)
    with (copy / "missions" / "charts" / "cuba.py").open("a", encoding="utf-8") as fh:
        fh.write("\n# a comment\n")
    stale = inputs.stale(before, digests(copy))
    assert stale and all(nb.startswith("book/cuba/") for nb in stale), stale


def test_another_articles_claims_do_not_reach_a_chapter(copy):
    before = digests(copy)
    path = copy / "data" / "claims.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    i = next(i for i, line in enumerate(lines) if line.startswith("titan-"))
    lines[i] = lines[i].replace("titan", "titan", 1).rstrip("\n") + "\n"
    lines.insert(i, lines[i])  # duplicate one Titan row: only Titan's slice of the file changes
    path.write_text("".join(lines), encoding="utf-8")
    assert inputs.stale(before, digests(copy)) == {"book/titan/titan"} | BACK


def test_a_shared_module_change_reaches_every_notebook(copy):
    before = digests(copy)
    with (copy / "missions" / "style.py").open("a", encoding="utf-8") as fh:
        fh.write("\n# a comment\n")
    assert inputs.stale(before, digests(copy)) == set(before)


def test_inputs_name_the_package_modules_a_notebook_imports():
    files = {
        p.relative_to(ROOT).as_posix()
        for p in inputs.module_files(
            "from missions.chapters import titan as chapter\nfrom missions.notebook import glue_all"
        )
    }
    assert {
        "missions/__init__.py",
        "missions/chapters/__init__.py",
        "missions/chapters/titan.py",
        "missions/notebook.py",
        "missions/style.py",
        "missions/data.py",
    } <= files
    assert not any(f.startswith("missions/chapters/cuba") for f in files)
