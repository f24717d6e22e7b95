"""Fixtures shared by the tests: the repository, the table of contents and the built book."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def toc_files() -> list[str]:
    """Every page in _toc.yml, as a path without extension, in reading order."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    found = [toc["root"]]

    def walk(node):
        if isinstance(node, dict):
            if "file" in node:
                found.append(node["file"])
            for value in node.values():
                if isinstance(value, (list, dict)):
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk({k: v for k, v in toc.items() if k != "root"})
    return found


def toc_notebooks() -> list[Path]:
    return [ROOT / f"{f}.ipynb" for f in toc_files() if (ROOT / f"{f}.ipynb").exists()]


@pytest.fixture(scope="session")
def built_html() -> Path:
    """The book built by `make book` (make test builds it first)."""
    html = Path(os.environ.get("MISSIONS_HTML", ROOT / "_build" / "html"))
    if not (html / "index.html").exists():
        pytest.fail(f"no built book at {html}: run `make book` first (`make test` does)")
    return html
