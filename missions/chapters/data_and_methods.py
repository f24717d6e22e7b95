"""The Data & methods page: its numbers, the catalogue of datasets and their descriptions."""

from __future__ import annotations

from missions import catalog, text
from missions.data import package


def numbers() -> dict[str, object]:
    cat = catalog.catalogue()
    tiers = catalog.tier_counts()
    return {
        "datasets_count": text.count(len(package()["resources"])),
        "datasets_rows": int(cat["rows"].sum()),
        "sources_count": text.count(sum(tiers.values())),
        "sources_primary": text.count(tiers["primary"]),
        "sources_secondary": text.count(tiers["secondary report"]),
        "sources_mirror": text.count(tiers["mirror or aggregator"]),
        "sources_encyclopedia": text.count(tiers["encyclopedia"]) if tiers["encyclopedia"] else text.Plain("none"),
    }


def catalogue_table():
    return catalog.catalogue_table()


def descriptions_table():
    return catalog.descriptions()
