"""Missions: the helpers every chapter of the book imports (data, house style, widgets)."""

from missions import style as _style  # noqa: F401  (applies the house style on import)
from missions.data import DataError, load, resource, source_line

__all__ = ["DataError", "load", "resource", "source_line"]
