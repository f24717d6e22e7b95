"""The helper package's smaller parts: claims table, catalogue, execution-cache key, alt-text plugin."""
from __future__ import annotations

import csv
import json
import shutil
from types import SimpleNamespace

import pytest

from missions import cachekey, catalog, claims, data
from tests.conftest import ROOT


@pytest.fixture
def ledger(tmp_path, monkeypatch):
    """A copy of the data package whose claims.csv holds two known rows."""
    shutil.copy(ROOT / "data" / "datapackage.json", tmp_path / "datapackage.json")
    shutil.copy(ROOT / "data" / "articles.csv", tmp_path / "articles.csv")
    pkg = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    pkg["resources"] = [r for r in pkg["resources"] if r["name"] in ("articles", "claims")]
    (tmp_path / "datapackage.json").write_text(json.dumps(pkg), encoding="utf-8")
    header = ["claim_id", "article", "claim", "stated_value", "stated_unit", "stated_text",
              "found_value", "found_unit", "found_where", "verdict", "note", "reading", "basis"]
    rows = [
        ["titan-depth", "titan", "Depth of the wreck", "12500", "ft", "12,500 ft", "3800", "m",
         "titan-facts row wreck_depth", "close", "12,500 ft is 3,810 m | rounded", "rounded", "dataset"],
        ["cuba-brazil-share", "cuba-brazil", "Share of workforce", "75", "per cent", "75%", "", "",
         "no dataset found", "not-verifiable", "No public series.", "cannot-test", "none"],
    ]
    with (tmp_path / "claims.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([header, *rows])
    monkeypatch.setenv("MISSIONS_DATAPACKAGE", str(tmp_path / "datapackage.json"))
    return tmp_path


def test_claims_table_shows_stated_found_and_verdict(ledger):
    table = claims.claims_table("titan").data
    lines = table.splitlines()
    assert len(lines) == 3  # header, rule, one claim
    assert "12,500 ft" in lines[2] and "3,800 m" in lines[2] and "**Close**" in lines[2]
    assert "3,810 m \\| rounded" in lines[2], "pipes in text are escaped so the table holds"


def test_claims_table_for_not_verifiable_claim_has_no_number(ledger):
    row = claims.claims_table("cuba-brazil").data.splitlines()[2]
    assert "**Not verifiable with the data found**" in row
    assert "| no dataset found |" in row


def test_unknown_article_is_an_error(ledger):
    with pytest.raises(data.DataError, match="no claims for article 'elsie'"):
        claims.claims_table("elsie")


def test_stated_gives_the_article_figure(ledger):
    assert claims.stated("titan-depth") == "12,500 ft"


def test_catalogue_counts_rows_of_every_dataset():
    table = catalog.catalogue()
    assert list(table["name"]) == [r["name"] for r in data.package()["resources"]]
    for row in table.itertuples():
        with (ROOT / "data" / row.path).open(encoding="utf-8", newline="") as fh:
            assert row.rows == sum(1 for _ in csv.reader(fh)) - 1, row.name


def test_cache_key_changes_with_data_and_clears_the_cache(tmp_path, monkeypatch):
    root = tmp_path / "repo"
    (root / "data").mkdir(parents=True)
    (root / "missions").mkdir()
    (root / "data" / "x.csv").write_text("a\n1\n")
    (root / "missions" / "m.py").write_text("x = 1\n")
    monkeypatch.setattr(cachekey, "ROOT", root)
    build = tmp_path / "_build"
    assert cachekey.refresh(build) is True          # first build: nothing to keep
    (build / ".jupyter_cache").mkdir()
    assert cachekey.refresh(build) is False         # nothing changed: cache kept
    assert (build / ".jupyter_cache").exists()
    (root / "data" / "x.csv").write_text("a\n2\n")  # a data change ...
    assert cachekey.refresh(build) is True          # ... clears the cache
    assert not (build / ".jupyter_cache").exists()


def test_alt_text_plugin_sets_alt_on_the_image_node():
    from docutils import nodes

    from bookbuild.mystnb import AltTextImages

    class Renderer:
        def render_image(self, data):
            return [nodes.image(uri="x.png")]

    data_ = SimpleNamespace(mime_type="image/png", output_metadata={"image/png": {"alt": "Bar chart of heights"}})
    out = AltTextImages.handle_mime(Renderer(), data_, inline=False)
    assert out[0]["alt"] == "Bar chart of heights"
    plain = SimpleNamespace(mime_type="image/png", output_metadata={})
    assert AltTextImages.handle_mime(Renderer(), plain, inline=False) is None


def test_alt_text_plugin_is_registered_with_myst_nb():
    from importlib.metadata import entry_points

    names = [ep.value for ep in entry_points(group="myst_nb.mime_renderers")]
    assert "bookbuild.mystnb:AltTextImages" in names


def test_claims_summary_counts_every_claim_once():
    table = catalog.claims_summary().data.splitlines()
    ledger = data.load("claims")
    total_row = table[-1]
    assert total_row.endswith(f"| **{len(ledger)}** |")
    body = table[2:-1]
    assert len(body) == ledger["article"].nunique()
    assert sum(int(r.rsplit("|", 2)[1]) for r in body) == len(ledger)
