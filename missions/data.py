"""Load a dataset from data/ by name, validated against data/datapackage.json.

Validation is done by the frictionless library against the one descriptor; nothing is coerced
or dropped. Any problem raises DataError naming the file and, where there is one, the row and
column.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pandas as pd

from missions.paths import datapackage_path


class DataError(Exception):
    """A data file is missing or does not match its description in datapackage.json."""


# Frictionless field types mapped to the pandas dtypes a validated column is read as.
_DTYPES = {
    "integer": "Int64",
    "number": "float64",
    "string": "string",
    "boolean": "boolean",
    "year": "Int64",
}
_DATES = {"date", "datetime"}


@functools.lru_cache(maxsize=4)
def _descriptor(path: str, mtime: float) -> dict:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(f"{path}: the data package descriptor is missing") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}") from None


def package() -> dict:
    """The data package descriptor as a dict."""
    path = datapackage_path()
    mtime = path.stat().st_mtime if path.exists() else 0.0
    return _descriptor(str(path), mtime)


def resource(name: str) -> dict:
    """The descriptor of one resource (dataset) by name."""
    for res in package().get("resources", []):
        if res.get("name") == name:
            return res
    known = ", ".join(sorted(r.get("name", "?") for r in package().get("resources", [])))
    raise DataError(f"{datapackage_path()}: no resource named {name!r} (known: {known})")


def resource_path(name: str) -> Path:
    return datapackage_path().parent / resource(name)["path"]


_KEYS = ["rowNumber", "fieldName", "fieldNumber", "type", "note", "message", "cell"]


def _utf8_line(path: str) -> int | None:
    """The 1-based line of the first byte that is not valid UTF-8, if any."""
    raw = Path(path).read_bytes()
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return raw[: exc.start].count(b"\n") + 1
    return None


def _format_error(rel: str, err: dict) -> str:
    row = err.get("rowNumber")
    field = err.get("fieldName")
    where = rel
    if row is not None:
        where += f", row {row}"
    if field:
        where += f", column {field!r}"
    elif err.get("fieldNumber") is not None:
        where += f", column {err['fieldNumber']}"
    detail = err.get("note") or err.get("message")
    if err.get("cell") not in (None, ""):
        detail += f" (value {err['cell']!r})"
    return f"{where}: {err.get('type')}: {detail}"


def validate(name: str) -> None:
    """Validate one resource with frictionless; raise DataError listing the first problems."""
    path = resource_path(name)
    _validate_cached(
        name,
        str(path),
        path.stat().st_mtime if path.exists() else -1.0,
        str(datapackage_path()),
        datapackage_path().stat().st_mtime,
    )


@functools.lru_cache(maxsize=64)
def _validate_cached(name: str, path: str, mtime: float, pkg_path: str, pkg_mtime: float) -> None:
    import frictionless

    rel = _relative(Path(path))
    if mtime < 0:
        raise DataError(f"{rel}: data file is missing (resource {name!r} in {_relative(Path(pkg_path))})")
    try:
        pkg = frictionless.Package(pkg_path)
        res = pkg.get_resource(name)
        report = res.validate(frictionless.Checklist(), limit_errors=20)
    except frictionless.FrictionlessException as exc:
        raise DataError(f"{rel}: {exc.error.message}") from None
    if not report.valid:
        errors = [dict(zip(_KEYS, e)) for e in report.flatten(_KEYS)]
        for err in errors:
            if err["type"] == "encoding-error" and err.get("rowNumber") is None:
                err["rowNumber"] = _utf8_line(path)
                err["note"] = "bytes that are not valid UTF-8 (the file must be saved as UTF-8)"
        details = [_format_error(rel, err) for err in errors]
        raise DataError(f"{rel} does not match its description in datapackage.json:\n  " + "\n  ".join(details))


def _relative(path: Path) -> str:
    from missions.paths import ROOT

    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def load(name: str) -> pd.DataFrame:
    """Return the resource `name` as a DataFrame, typed from its schema, after validating it."""
    validate(name)
    res = resource(name)
    fields = res["schema"]["fields"]
    dtypes = {
        f["name"]: _DTYPES.get(f.get("type", "string"), "string")
        for f in fields
        if f.get("type", "string") not in _DATES
    }
    dates = [f["name"] for f in fields if f.get("type") in _DATES]
    df = pd.read_csv(
        resource_path(name),
        dtype=dtypes,
        encoding=res.get("encoding", "utf-8"),
        keep_default_na=False,
        na_values=res["schema"].get("missingValues", [""]),
    )
    for col in dates:
        df[col] = pd.to_datetime(df[col], utc=any(f.get("type") == "datetime" and f["name"] == col for f in fields))
    for f in fields:
        if f.get("type") == "boolean":
            df[f["name"]] = df[f["name"]].astype("boolean")
    return df


def validate_all() -> list[str]:
    """Validate every resource in the package; return their names, or raise on the first bad one."""
    names = [r["name"] for r in package().get("resources", [])]
    for name in names:
        validate(name)
    return names


def source_line(*names: str) -> str:
    """'Source: ...' for a chart, built from the sources of the named resources."""
    seen: list[str] = []
    for name in names:
        for src in resource(name).get("sources", []):
            label = src.get("title", "")
            if src.get("publisher") and src["publisher"] not in label:
                label = f"{src['publisher']}, {label}"
            if label and label not in seen:
                seen.append(label)
    if not seen:
        raise DataError(f"{datapackage_path()}: resource(s) {', '.join(names)} name no source")
    return "Source: " + "; ".join(seen)
