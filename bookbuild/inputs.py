"""What each notebook's outputs depend on, and a digest of it: the book re-executes only what changed.

Jupyter Book's execution cache keys a notebook on its code cells (and their metadata) only, so a
changed CSV or chart function would leave stale outputs. The Sphinx extension
(bookbuild.sphinxext) therefore puts `digest(notebook)` into the first code cell's metadata as the
source is read, and notes every input file as a dependency: a notebook re-runs exactly when one
of its own inputs changed.

A notebook's inputs are
- the `missions` modules it imports, followed transitively (parent packages included);
- the datasets those modules or its cells name (a string literal equal to a resource name in
  data/datapackage.json): the CSV and the resource's entry in the descriptor;
- for a chapter (a row of data/articles.csv names it), only its own article's rows of the shared
  ledger tables (articles, claims, article figures, and the published facts its claims use);
- for the back matter (any other notebook): every file under data/.
"""

from __future__ import annotations

import ast
import csv
import hashlib
import io
import json
from functools import lru_cache
from pathlib import Path

from missions.paths import ROOT

#: Shared ledger tables a chapter depends on only through its own article's rows: resource ->
#: the column holding the article id (or, for facts, the claim id).
PER_ARTICLE = {"articles": "article", "claims": "article", "article-figures": "article", "ledger-facts": "claim_id"}


def _code_cells(nb_path: Path) -> str:
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    return "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")


def _module_file(root: Path, dotted: str) -> Path | None:
    base = root / Path(*dotted.split("."))
    for cand in (base.with_suffix(".py"), base / "__init__.py"):
        if cand.is_file():
            return cand
    return None


def _imports(source: str) -> set[str]:
    """Dotted names of every `missions` module a piece of code imports (submodules included)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.split(".")[0] == "missions"}
        elif (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.level == 0
            and node.module.split(".")[0] == "missions"
        ):
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names}
    return out


def module_files(source: str, root: Path = ROOT) -> list[Path]:
    """Every file of the `missions` package that `source` loads when run, transitively."""
    seen: dict[str, Path] = {}
    todo = sorted(_imports(source))
    while todo:
        name = todo.pop()
        parts = name.split(".")
        for i in range(1, len(parts) + 1):  # importing a.b.c runs a/__init__ and a/b/__init__ too
            dotted = ".".join(parts[:i])
            if dotted in seen:
                continue
            path = _module_file(root, dotted)
            if path is None:
                continue  # an attribute, not a module (from missions import load)
            seen[dotted] = path
            todo += sorted(_imports(path.read_text(encoding="utf-8")) - set(seen))
    return sorted(set(seen.values()))


@lru_cache(maxsize=8)
def _package(root: Path, mtime: float) -> dict:
    return json.loads((root / "data" / "datapackage.json").read_text(encoding="utf-8"))


def package(root: Path = ROOT) -> dict:
    path = root / "data" / "datapackage.json"
    return _package(root, path.stat().st_mtime)


def resources_named(texts: list[str], root: Path = ROOT) -> list[str]:
    """Resource names that appear as string literals in the given sources."""
    names = {r["name"] for r in package(root)["resources"]}
    found: set[str] = set()
    for text in texts:
        try:
            tree = ast.parse(text)
        except SyntaxError:
            continue
        found |= {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and n.value in names}
    return sorted(found)


def _articles(root: Path) -> list[dict]:
    with (root / "data" / "articles.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def chapter_article(nb_path: Path, root: Path = ROOT) -> str | None:
    """The article a chapter retells (data/articles.csv, column chapter), or None (back matter)."""
    try:
        doc = nb_path.resolve().relative_to(root.resolve()).with_suffix("").as_posix()
    except ValueError:  # a notebook outside the book
        return None
    return next((a["article"] for a in _articles(root) if a["chapter"] == doc), None)


def _rows(path: Path, column: str, keep: set[str]) -> bytes:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = [r for r in reader if r.get(column, "") in keep]
        fields = reader.fieldnames or []
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def inputs(nb_path: Path, root: Path = ROOT) -> list[tuple[str, Path, bytes]]:
    """(label, file, bytes that count) for every input of a notebook, in a stable order."""
    code = _code_cells(nb_path)
    modules = module_files(code, root)
    out = [(p.relative_to(root).as_posix(), p, p.read_bytes()) for p in modules]
    article = chapter_article(nb_path, root)
    pkg = package(root)
    by_name = {r["name"]: r for r in pkg["resources"]}
    data = root / "data"
    if article is None:  # back matter: every dataset
        return out + [
            (p.relative_to(root).as_posix(), p, p.read_bytes()) for p in sorted(data.rglob("*")) if p.is_file()
        ]
    texts = [code] + [p.read_text(encoding="utf-8") for p in modules]
    names = resources_named(texts, root)
    claim_ids: set[str] = set()
    if "claims" in names:
        with (data / by_name["claims"]["path"]).open(encoding="utf-8", newline="") as fh:
            claim_ids = {r["claim_id"] for r in csv.DictReader(fh) if r["article"] == article}
    for name in names:
        res = by_name[name]
        path = data / res["path"]
        entry = json.dumps(res, sort_keys=True, ensure_ascii=False).encode("utf-8")
        if name in PER_ARTICLE:
            keep = claim_ids if PER_ARTICLE[name] == "claim_id" else {article}
            body = _rows(path, PER_ARTICLE[name], keep)
        else:
            body = path.read_bytes()
        out.append((f"data/{res['path']}", path, entry + b"\0" + body))
    out.append(("data/datapackage.json", data / "datapackage.json", b""))  # a dependency; counted per entry
    return out


def digest(nb_path: Path, root: Path = ROOT) -> str:
    """SHA-256 over a notebook's inputs (see the module docstring)."""
    h = hashlib.sha256()
    for label, _, body in inputs(nb_path, root):
        h.update(label.encode() + b"\0" + hashlib.sha256(body).digest())
    return h.hexdigest()


def stale(before: dict[str, str], after: dict[str, str]) -> set[str]:
    """The notebooks whose digest changed between two readings."""
    return {nb for nb, d in after.items() if before.get(nb) != d}
