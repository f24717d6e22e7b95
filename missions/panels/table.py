"""Table panels: rows filtered by the panel's controls, as escaped HTML.

A control's option value is matched against the row's value of the same name: a plain value
must be equal, "*" matches every row, and "!x" every row whose value is not x. The published
page carries every row (each with its values in data attributes) and its script hides the rows
that do not match; the live panel renders only the matching rows. Every cell is escaped text.
"""

from __future__ import annotations

from html import escape
from typing import Any

from missions.text import count

ALL = "*"


def matches(option: Any, value: Any) -> bool:
    if option == ALL:
        return True
    if isinstance(option, str) and option.startswith("!"):
        return str(value) != option[1:]
    return str(value) == str(option)


def selected(panel, values: dict[str, Any]) -> list[dict]:
    return [r for r in panel.rows() if all(matches(values[c.name], r[c.name]) for c in panel.controls)]


def cell(value) -> str:
    """A value as escaped text; a missing value prints as an em dash."""
    if value is None or (isinstance(value, float) and value != value) or str(value) in ("", "<NA>", "nan"):
        return "—"
    return escape(str(value))


def rows_html(panel, rows: list[dict], with_filters: bool) -> str:
    out = []
    for r in rows:
        attrs = (
            "".join(f' data-f-{escape(c.name)}="{escape(str(r[c.name]))}"' for c in panel.controls)
            if with_filters
            else ""
        )
        tds = "".join(f'<td data-label="{escape(head)}">{cell(r.get(key))}</td>' for key, head in panel.columns)
        out.append(f"<tr{attrs}>{tds}</tr>")
    return "".join(out)


def table_html(panel, values: dict[str, Any], every_row: bool = False) -> tuple[str, int]:
    """The table (matching rows only, or every row for the published page) and the count shown."""
    shown = selected(panel, values)
    rows = panel.rows() if every_row else shown
    head = "".join(f'<th scope="col">{escape(h)}</th>' for _, h in panel.columns)
    html = (
        f'<div class="missions-table-scroll" tabindex="0" role="region" aria-label="{escape(panel.title)}">'
        f'<table class="missions-table missions-stack"><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows_html(panel, rows, with_filters=every_row)}</tbody></table></div>"
    )
    return html, len(shown)


def shown_line(n: int, total: int, noun: str = "claims") -> str:
    return f"{count(n).capitalize()} of {count(total)} {noun} shown."
