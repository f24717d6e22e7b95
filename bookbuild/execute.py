"""Execute chapter notebooks in place, as the book and nbval run them, and save them normalised.

usage: python -m bookbuild.execute [NOTEBOOK ...]   (default: every notebook in _toc.yml)

Executing an unchanged notebook gives a byte-identical file (`normalise`): panels are published
as specs, not widgets (MISSIONS_STATIC_PANELS=1), so no widget state is stored; any widget model
id left in an output is renamed in order of appearance; per-run metadata (timings, the build's
input digest, widget state) is dropped. A notebook over MAX_BYTES is refused.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from bookbuild.toc import toc_notebooks
from missions.panels import STATIC_ENV
from missions.paths import ROOT

TIMEOUT = 300
MAX_BYTES = 1_000_000
VOLATILE_CELL_KEYS = ("execution", "missions_inputs")
VOLATILE_NB_KEYS = ("widgets",)
_MODEL_ID = re.compile(r'"model_id": "([0-9a-f]{32})"')


def normalise(nb: nbformat.NotebookNode) -> str:
    """The notebook as the repository stores it: no per-run metadata, stable ids, nbformat's layout."""
    nb = nbformat.from_dict(json.loads(json.dumps(nb)))  # a copy
    for key in VOLATILE_NB_KEYS:
        nb.metadata.pop(key, None)
    taken = {c.get("id") for c in nb.cells}
    for i, cell in enumerate(nb.cells):
        for key in VOLATILE_CELL_KEYS:
            cell.get("metadata", {}).pop(key, None)
        if not cell.get("id"):  # nbformat 4.5 ids: given once, from the cell's place and text
            seed = hashlib.sha256(f"{i}\0{cell.source}".encode()).hexdigest()
            cell["id"] = next(seed[j : j + 8] for j in range(0, 56) if seed[j : j + 8] not in taken)
            taken.add(cell["id"])
    text = nbformat.writes(nb)
    text += "" if text.endswith("\n") else "\n"
    order: dict[str, str] = {}
    for model in _MODEL_ID.findall(text):
        order.setdefault(model, f"{len(order) + 1:032x}")
    for old, new in order.items():
        text = text.replace(old, new)
    return text


def execute(path: Path) -> float:
    os.environ[STATIC_ENV] = "1"  # the kernel inherits it
    nb = nbformat.read(path, as_version=4)
    start = time.perf_counter()
    client = NotebookClient(
        nb,
        timeout=TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
        store_widget_state=False,
        record_timing=False,
    )
    client.execute()
    text = normalise(nb)
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise SystemExit(f"{path.relative_to(ROOT)}: {len(text.encode()):,} bytes, over {MAX_BYTES:,}")
    path.write_text(text, encoding="utf-8")
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    paths = [Path(a).resolve() for a in argv] or toc_notebooks()
    for path in paths:
        seconds = execute(path)
        print(f"executed {path.relative_to(ROOT)} in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
