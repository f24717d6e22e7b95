"""What a chapter's notebook calls to put things on the page: glued numbers and the claims table."""

from __future__ import annotations

from collections.abc import Mapping

from missions.text import Plain


def glue_all(values: Mapping[str, object]) -> None:
    """Glue every named value for the prose ({glue:text}`key`); strings glue without quotes."""
    from myst_nb import glue  # imported here: the chapter modules themselves never need Jupyter Book

    for key, value in values.items():
        if isinstance(value, str) and not isinstance(value, Plain):
            value = Plain(value)
        glue(key, value, display=False)


def show_claims(article: str) -> None:
    """The chapter's claims table, folded, from the ledger."""
    from IPython.display import display

    from missions.ledger import chapter_table

    display(chapter_table(article))
