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


def assert_recomputed(articles, expected: dict) -> None:
    """Every dataset-based found value of these articles in data/claims.csv equals the test's own
    computation (`expected`: claim_id -> value, None where no value can be found), and none is left out."""
    import math

    import pandas as pd

    from missions.ledger import rows

    ledger = rows().set_index("claim_id")
    mine = ledger[ledger["article"].isin(list(articles))]
    assert set(expected) == set(mine.index[mine["basis"] == "dataset"]), (
        "a dataset-based claim has no recomputation here, or one listed here is not dataset-based"
    )
    for cid, value in expected.items():
        stored = mine.loc[cid, "found_value"]
        if value is None:
            assert pd.isna(stored), cid
        else:
            assert math.isclose(float(stored), float(value), rel_tol=1e-9), (cid, stored, value)
