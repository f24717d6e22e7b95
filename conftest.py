"""pytest configuration shared by tests/ and the nbval run over the book's notebooks."""
import os

os.environ.setdefault("MPLBACKEND", "Agg")

# nbval compares every stored output strictly, except these mime types: myst-nb glue records
# (compared through the text/plain they carry instead) and widget views (random model ids;
# the widget's text/plain is compared).
NBVAL_SKIP = (
    "application/papermill.record/text/plain",
    "application/papermill.record/text/html",
    "application/papermill.record/text/markdown",
    "application/papermill.record/image/png",
    "application/papermill.record/application/vnd.jupyter.widget-view+json",
)


def pytest_collection_modifyitems(session, config, items):
    for item in items:
        parent = getattr(item, "parent", None)
        if parent is not None and hasattr(parent, "skip_compare"):
            if not set(NBVAL_SKIP) <= set(parent.skip_compare):
                parent.skip_compare = tuple(parent.skip_compare) + NBVAL_SKIP
