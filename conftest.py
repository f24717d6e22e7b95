"""pytest configuration shared by tests/ and the nbval run over the book's notebooks."""

import os

os.environ.setdefault("MPLBACKEND", "Agg")
# nbval runs the notebooks headless, as the book build does: panels are published specs, not widgets
os.environ["MISSIONS_STATIC_PANELS"] = "1"

# nbval compares every stored output strictly, with one change from its defaults: PNG figures ARE
# compared (nbval skips them by default). The house style renders identical bytes run to run, so a
# figure that changes is a failing test like any text. Glue records (application/papermill.record/*)
# are compared too: they carry the prose's numbers. No output is skipped.


def pytest_collection_modifyitems(session, config, items):
    for item in items:
        parent = getattr(item, "parent", None)
        if parent is not None and hasattr(parent, "skip_compare"):
            parent.skip_compare = tuple(k for k in parent.skip_compare if k != "image/png")
