"""The browser files the book serves itself are the npm releases their VENDOR.json records name."""
import json
import re

import pytest
import yaml

from missions import vendor
from missions.paths import ROOT


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


def _sphinx_config():
    return yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))["sphinx"]["config"]


def test_widget_scripts_point_at_the_vendored_copies():
    cfg = _sphinx_config()
    extra = [ROOT / p for p in cfg["html_extra_path"]]
    scripts = list(cfg["nb_ipywidgets_js"])
    assert scripts, "nb_ipywidgets_js must name the local require.js and embed-amd.js"
    for url in scripts:
        # relative (Sphinx puts it under _static/ and makes it relative to each page): no
        # scheme, no leading slash, so it works when the site is served under a subpath
        assert "://" not in url and not url.startswith(("/", "//")), url
        assert any((root / "_static" / url).is_file() for root in extra), f"{url} not published"
    names = [u.rsplit("/", 1)[-1] for u in scripts]
    assert names.index("require.js") < names.index("embed-amd.js"), "require.js must load first"


def test_widget_manager_fonts_are_published_with_it():
    # embed-amd.js loads its FontAwesome fonts relative to itself: every font it names is there
    folder = ROOT / "web" / "public" / "_static" / "vendor" / "html-manager"
    js = (folder / "embed-amd.js").read_text(encoding="utf-8", errors="replace")
    fonts = set(re.findall(r"[0-9a-f]{20}\.(?:woff2|woff|ttf|eot|svg)", js))
    assert fonts, "expected embed-amd.js to name its font files"
    assert sorted(f for f in fonts if not (folder / f).is_file()) == []
