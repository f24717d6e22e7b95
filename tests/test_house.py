"""The house's shape: chapter code apart from build tooling, no path hacks, chapters that hold no plumbing."""

from __future__ import annotations

import ast
import json
import subprocess
import sys

import pytest

from bookbuild.toc import toc_notebooks
from tests.conftest import ROOT

CHAPTER_MODULES = sorted(
    f"missions.chapters.{p.stem}" for p in (ROOT / "missions" / "chapters").glob("*.py") if p.stem != "__init__"
)
TOOLING = ("sphinx", "jupyter_book", "playwright", "myst_nb", "myst_parser", "docutils", "bookbuild")


@pytest.mark.parametrize("module", CHAPTER_MODULES)
def test_a_chapter_module_pulls_in_no_build_tooling(module):
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({TOOLING!r})))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]", f"{module} imports {done.stdout.strip()}"


def _python_files():
    for folder in ("missions", "bookbuild"):
        yield from sorted((ROOT / folder).rglob("*.py"))


def test_no_code_patches_sys_path():
    offenders = []
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "path"
                and isinstance(node.value, ast.Name)
                and node.value.id == "sys"
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, f"sys.path used in {offenders}"


def test_chapter_code_does_not_import_the_tooling_wing():
    for path in sorted((ROOT / "missions").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not any(n.split(".")[0] == "bookbuild" for n in names), f"{path.relative_to(ROOT)} imports bookbuild"


STORY = [p for p in toc_notebooks() if "back" not in p.parts]


@pytest.mark.parametrize("path", STORY, ids=[p.stem for p in STORY])
def test_a_chapter_notebook_holds_imports_one_glue_call_and_display_calls(path):
    """No computation in a chapter: each code cell is imports plus one glue_all call, or one call
    that puts something on the page (a chart, the panel, the claims table)."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    first = ast.parse(code[0]).body
    assert all(isinstance(s, (ast.Import, ast.ImportFrom)) for s in first[:-1]), f"{path.name}: first cell"
    assert ast.unparse(first[-1]) == "glue_all(chapter.numbers())", f"{path.name}: one glue call, last"
    for src in code[1:]:
        body = ast.parse(src).body
        assert len(body) == 1 and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Call), (
            f"{path.name}: a display cell holds one call: {src!r}"
        )
        call = ast.unparse(body[0].value)
        assert call.startswith(("chapter.", "show(chapter.panel())", "show_claims(chapter.ARTICLE)")), call
