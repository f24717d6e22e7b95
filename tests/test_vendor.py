"""The browser files the book serves itself are the npm releases their VENDOR.json records name."""

import json
import re

import pytest

from bookbuild import vendor


@pytest.mark.parametrize("folder", vendor.FOLDERS, ids=lambda p: p.name)
def test_vendored_files_match_their_record(folder):
    assert folder.is_dir(), f"{folder} is missing"
    assert vendor.problems(folder) == []


@pytest.mark.parametrize("folder", vendor.FOLDERS, ids=lambda p: p.name)
def test_record_names_a_pinned_npm_release(folder):
    rec = json.loads((folder / vendor.RECORD).read_text(encoding="utf-8"))
    assert re.fullmatch(r"\d+\.\d+\.\d+", rec["version"]), "an exact version, not a range"
    name = rec["package"].split("/")[-1]
    assert rec["tarball"] == f"https://registry.npmjs.org/{rec['package']}/-/{name}-{rec['version']}.tgz"
    assert rec["integrity"].startswith("sha512-")
    assert all(re.fullmatch(r"[0-9a-f]{64}", f["sha256"]) for f in rec["files"])


def test_changed_file_is_detected(tmp_path):
    (tmp_path / "a.js").write_text("one")
    vendor.record(tmp_path, "x", "1.0.0", "https://registry.npmjs.org/x/-/x-1.0.0.tgz", "sha512-x", "package/")
    assert vendor.problems(tmp_path) == []
    (tmp_path / "a.js").write_text("two")
    (tmp_path / "b.js").write_text("new")
    found = vendor.problems(tmp_path)
    assert any("a.js: sha256 differs" in p for p in found)
    assert any("b.js: not in VENDOR.json" in p for p in found)
