"""Where things live, found from this file so notebooks work from any working directory."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
BOOK = ROOT / "book"


def datapackage_path() -> Path:
    """The data package descriptor; MISSIONS_DATAPACKAGE overrides it (tests use this)."""
    override = os.environ.get("MISSIONS_DATAPACKAGE")
    return Path(override).resolve() if override else DATA / "datapackage.json"
