"""Fixtures shared by the tests: the repository, the table of contents and the built book."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bookbuild.toc import toc_files, toc_notebooks  # noqa: F401  (re-exported for the tests)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def built_html() -> Path:
    """The book built by `make book` (make test builds it first)."""
    html = Path(os.environ.get("MISSIONS_HTML", ROOT / "_build" / "html")).resolve()
    if not (html / "genindex.html").exists():
        pytest.fail(f"no built book at {html}: run `make book` first (`make test` does)")
    return html
