"""missions.data: loading validates against datapackage.json, and bad input names file, row, column."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from missions import data
from missions.catalog import TIERS
from missions.data import DataError
from tests.conftest import ROOT

DESCRIPTOR = {
    "name": "test",
    "resources": [
        {
            "name": "people",
            "path": "people.csv",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "sources": [{"title": "Test survey", "publisher": "Test office"}],
            "schema": {
                "fields": [
                    {"name": "country", "type": "string", "constraints": {"required": True}},
                    {"name": "year", "type": "integer"},
                    {"name": "day", "type": "date"},
                    {"name": "total", "type": "integer", "constraints": {"minimum": 0, "required": True}},
                ],
                "primaryKey": ["country", "year"],
            },
        }
    ],
}


@pytest.fixture
def package(tmp_path, monkeypatch):
    (tmp_path / "datapackage.json").write_text(json.dumps(DESCRIPTOR), encoding="utf-8")
    monkeypatch.setenv("MISSIONS_DATAPACKAGE", str(tmp_path / "datapackage.json"))

    def write(content: bytes | str):
        raw = content if isinstance(content, bytes) else content.encode("utf-8")
        (tmp_path / "people.csv").write_bytes(raw)
        return tmp_path / "people.csv"

    return write


def test_good_file_loads_typed(package):
    package("country,year,day,total\nKhmer,2020,2020-01-31,5\nLao,2021,2021-02-28,0\n")
    df = data.load("people")
    assert list(df.columns) == ["country", "year", "day", "total"]
    assert str(df["total"].dtype) == "Int64"
    assert pd.api.types.is_datetime64_any_dtype(df["day"])
    assert df["total"].tolist() == [5, 0]


BAD = [
    ("extra column", "country,year,day,total,x\nA,2020,2020-01-31,5,1\n", ["extra-label", '"x"']),
    ("missing column", "country,year,total\nA,2020,5\n", ["missing-label", "'total'"]),
    (
        "wrong type",
        "country,year,day,total\nA,2020,2020-01-31,five\n",
        ["row 2", "column 'total'", "type-error", "'five'"],
    ),
    ("bad date", "country,year,day,total\nA,2020,31/01/2020,5\n", ["row 2", "column 'day'", "type-error"]),
    ("negative headcount", "country,year,day,total\nA,2020,2020-01-31,-5\n", ["row 2", "column 'total'", "minimum"]),
    ("blank required", "country,year,day,total\n,2020,2020-01-31,5\n", ["row 2", "column 'country'", "required"]),
    ("duplicate key", "country,year,day,total\nA,2020,2020-01-31,5\nA,2020,2020-01-31,6\n", ["row 3", "primary-key"]),
    ("not utf-8", b"country,year,day,total\nA,2020,2020-01-31,5\nB\xff,2021,2021-01-31,5\n", ["row 3", "UTF-8"]),
]


@pytest.mark.parametrize("case,content,expected", BAD, ids=[b[0] for b in BAD])
def test_bad_input_names_file_row_column(package, case, content, expected):
    package(content)
    with pytest.raises(DataError) as info:
        data.load("people")
    message = str(info.value)
    assert "people.csv" in message
    for part in expected:
        assert part in message, f"{case}: {part!r} not in {message!r}"


def test_missing_file(package):
    path = package("country,year,day,total\n")
    path.unlink()
    with pytest.raises(DataError, match=r"people\.csv: data file is missing"):
        data.load("people")


def test_unknown_resource(package):
    package("country,year,day,total\n")
    with pytest.raises(DataError, match="no resource named 'nope'"):
        data.load("nope")


def test_validation_sees_a_file_changed_on_disk(package):
    path = package("country,year,day,total\nA,2020,2020-01-31,5\n")
    assert len(data.load("people")) == 1
    import os

    path.write_text("country,year,day,total\nA,2020,2020-01-31,-1\n", encoding="utf-8")
    os.utime(path, (path.stat().st_atime, path.stat().st_mtime + 5))
    with pytest.raises(DataError, match="minimum"):
        data.load("people")


def test_source_line_names_publisher_and_title(package):
    package("country,year,day,total\n")
    assert data.source_line("people") == "Source: Test office, Test survey"


def test_every_resource_in_the_package_is_valid_and_documented():
    pkg = data.package()
    names = data.validate_all()
    assert names == [r["name"] for r in pkg["resources"]]
    for res in pkg["resources"]:
        assert res.get("encoding") == "utf-8", res["name"]
        assert res.get("description"), res["name"]
        assert res.get("schema", {}).get("primaryKey"), f"{res['name']} has no primary key"
        assert res.get("sources"), f"{res['name']} names no source"
        for src in res["sources"]:
            for key in ("title", "publisher", "path", "read"):
                assert src.get(key), f"{res['name']}: source lacks {key}"
            assert src.get("tier") in TIERS, f"{res['name']}: source {src['title']!r} has no tier"
            assert not src["path"].startswith("shared/"), (
                f"{res['name']}: source {src['title']!r} points at the team's notes, not a publication"
            )
        for field in res["schema"]["fields"]:
            assert field.get("type"), f"{res['name']}.{field['name']} has no type"


def test_every_csv_in_data_is_described():
    described = {(ROOT / "data" / r["path"]).resolve() for r in data.package()["resources"]}
    on_disk = {p.resolve() for p in (ROOT / "data").rglob("*.csv") if "build" not in p.relative_to(ROOT / "data").parts}
    assert on_disk - described == set(), "CSV files in data/ that datapackage.json does not describe"


def test_claims_verdicts_and_articles_are_closed_vocabularies():
    claims = data.load("claims")
    enum = next(f for f in data.resource("claims")["schema"]["fields"] if f["name"] == "verdict")["constraints"]["enum"]
    from missions.ledger import VERDICT_LABELS

    assert set(enum) == set(VERDICT_LABELS)
    assert set(claims["verdict"]) <= set(enum)
    assert set(claims["article"]) <= set(data.load("articles")["article"])


def test_make_book_fails_on_a_malformed_csv_naming_file_row_and_column(tmp_path):
    """`make book` validates the data first and stops on a malformed CSV, before any build."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    path = tmp_path / "data" / "articles.csv"
    rows = list(csv.reader(path.open(encoding="utf-8")))
    rows[2][rows[0].index("part")] = "sport"  # not in the enum
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    env = {**__import__("os").environ, "MISSIONS_DATAPACKAGE": str(tmp_path / "data" / "datapackage.json")}
    result = subprocess.run(["make", "-s", "book"], cwd=ROOT, capture_output=True, text=True, env=env)
    assert result.returncode != 0
    assert "jupyter-book build" not in result.stdout + result.stderr
    assert "articles.csv, row 3, column 'part'" in result.stderr


def _owners() -> list[tuple[str, str]]:
    """(file or glob, owner) rows of data/README.md's table."""
    rows = []
    for line in (ROOT / "data" / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[0].startswith("`"):
            rows.append((cells[0].split("`")[1], cells[1]))
    return rows


def test_every_file_in_data_has_one_owner_and_generators_exist():
    """Each file under data/ is curated by hand or names the one command that generates it."""
    import fnmatch
    import importlib.util

    owners = _owners()
    generators = {}
    for path in sorted(p.relative_to(ROOT / "data").as_posix() for p in (ROOT / "data").rglob("*") if p.is_file()):
        exact = [o for f, o in owners if f == path]
        matched = exact or [o for f, o in owners if "*" in f and fnmatch.fnmatch(path, f)]
        assert len(matched) == 1, f"data/{path}: listed {len(matched)} times in data/README.md (must be once)"
        owner = matched[0]
        assert owner.startswith(("curated by hand", "generated by `python -m ")), (path, owner)
        if owner.startswith("generated"):
            module = owner.split("`python -m ")[1].split()[0].rstrip("`")
            spec = importlib.util.find_spec(module if module.count(".") else module + ".__main__")
            assert spec is not None, f"data/{path}: its generator {module} does not exist"
            source = (ROOT / Path(*module.split("."))).with_suffix(".py")
            source = source if source.exists() else ROOT / Path(*module.split(".")) / "__main__.py"
            generators.setdefault(source, []).append(path)
    for source, paths in generators.items():
        text = source.read_text(encoding="utf-8")
        for path in paths:
            assert Path(path).name in text, f"{source.name} is named as the generator of data/{path} but never names it"
