"""Invalidate the book's execution cache when the data or the helper package change.

jupyter-cache keys a notebook on its code cells only, so a changed CSV or chart function would
otherwise leave stale outputs in the book. This hashes data/, missions/, requirements.txt and
pyproject.toml; when the hash differs from the one stored in the build folder, the cache and the
doctrees are removed so every notebook is executed afresh.

usage: python -m missions.cachekey BUILD_DIR
"""
from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

from missions.paths import ROOT

INPUTS = ["data", "missions", "requirements.txt", "pyproject.toml"]


def inputs_hash() -> str:
    digest = hashlib.sha256()
    for name in INPUTS:
        base = ROOT / name
        files = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        for path in files:
            if "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()


def refresh(build: Path) -> bool:
    """Clear the cache if inputs changed; return True when it was cleared."""
    stamp = build / ".missions-inputs.sha256"
    current = inputs_hash()
    if stamp.exists() and stamp.read_text().strip() == current:
        return False
    for sub in (".jupyter_cache", ".doctrees", "jupyter_execute"):
        shutil.rmtree(build / sub, ignore_errors=True)
    build.mkdir(parents=True, exist_ok=True)
    stamp.write_text(current + "\n")
    return True


if __name__ == "__main__":
    cleared = refresh(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "_build"))
    print("execution cache: cleared (data or package changed)" if cleared else "execution cache: kept")
