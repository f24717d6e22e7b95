"""The book's table of contents (_toc.yml) as a list of pages, for the tools and the tests."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from missions.paths import ROOT


def toc_files(toc_path: Path = ROOT / "_toc.yml") -> list[str]:
    """Every document in _toc.yml (root first, then in reading order), without extension."""
    toc = yaml.safe_load(toc_path.read_text(encoding="utf-8"))
    found: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            for key in ("root", "file"):
                if isinstance(node.get(key), str):
                    found.append(re.sub(r"\.(md|ipynb|rst)$", "", node[key]))
            for value in node.values():
                if isinstance(value, (list, dict)):
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(toc)
    return list(dict.fromkeys(found))


def toc_notebooks(toc_path: Path = ROOT / "_toc.yml") -> list[Path]:
    """The toc's pages that are notebooks, as paths."""
    return [ROOT / f"{f}.ipynb" for f in toc_files(toc_path) if (ROOT / f"{f}.ipynb").exists()]
