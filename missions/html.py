"""Tables and links for the page, as HTML in which every text from data is escaped.

Renderers build cells from `text(...)` (escaped text; a missing value prints as "—") and
`link(...)` (escaped text, and an address that must be http(s), a page-relative path or a
fragment: any other address, such as `javascript:`, is shown as text and never becomes a link). A `Table` displays as text/html, which
the book inserts as it is: nothing in a cell is read as Markdown or as a MyST role.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from html import escape

MISSING = "—"
_SAFE_HREF = re.compile(r"^(https?://|#|\.{0,2}/|[A-Za-z0-9_][A-Za-z0-9_./#-]*$)")


class Safe(str):
    """An HTML fragment whose every data text was escaped by this module."""


def is_missing(value) -> bool:
    if value is None:
        return True
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return True
    except ImportError:  # pragma: no cover
        pass
    if isinstance(value, float) and math.isnan(value):
        return True
    return str(value).strip() == ""


def text(value) -> Safe:
    """A value as escaped text, with a missing value shown as an em dash."""
    return Safe(MISSING if is_missing(value) else escape(str(value)).replace("\n", " "))


def href(address: str) -> str:
    address = str(address).strip()
    if not _SAFE_HREF.match(address) or address.lower().startswith(("javascript:", "data:", "vbscript:")):
        raise ValueError(f"refusing a link address that is not http(s) or a relative path: {address!r}")
    return escape(address, quote=True)


def link(label, address) -> Safe:
    """An escaped link. With no address, the label alone; with an address that is not http(s) or
    relative (a `javascript:` or `data:` one), the label and the address as plain text, never a link."""
    if is_missing(address):
        return text(label)
    try:
        safe = href(address)
    except ValueError:
        return Safe(f"{text(label)} ({text(address)})")
    return Safe(f'<a href="{safe}">{text(label)}</a>')


def join(parts: Sequence[Safe], sep: str = "; ") -> Safe:
    return Safe(escape(sep).join(p for p in parts if p))


class Table:
    """An HTML table that stacks into labelled cards on a phone and scrolls when wide."""

    def __init__(
        self,
        headings: Sequence[str],
        rows: Sequence[Sequence[Safe]],
        label: str,
        classes: str = "",
        fold: str | None = None,
        fold_id: str | None = None,
    ):
        for row in rows:
            if len(row) != len(headings):
                raise ValueError(f"a row has {len(row)} cells, the table {len(headings)} columns")
            for cell in row:
                if not isinstance(cell, Safe):
                    raise TypeError("table cells must be built with missions.html.text() or link()")
        self.headings, self.rows, self.label = list(headings), list(rows), label
        self.classes, self.fold, self.fold_id = classes, fold, fold_id

    def html(self) -> str:
        head = "".join(f'<th scope="col">{escape(h)}</th>' for h in self.headings)
        body = "".join(
            "<tr>" + "".join(f'<td data-label="{escape(h)}">{c}</td>' for h, c in zip(self.headings, row)) + "</tr>"
            for row in self.rows
        )
        table = (
            f'<div class="missions-table-scroll" tabindex="0" role="region" aria-label="{escape(self.label)}">'
            f'<table class="missions-table missions-stack {escape(self.classes)}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table></div>"
        )
        if self.fold:
            ident = f' id="{escape(self.fold_id)}"' if self.fold_id else ""
            return f'<details class="missions-fold"{ident}><summary>{escape(self.fold)}</summary>{table}</details>'
        return table

    def _repr_html_(self) -> str:
        return self.html()

    def __repr__(self) -> str:
        return f"Table: {self.label} ({len(self.rows)} rows)"
