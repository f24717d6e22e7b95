"""Reader-side fixes for the built book, through Sphinx's own hooks (no edits of installed packages).

Loaded by `_config.yml` (`sphinx: extra_extensions: [bookbuild.sphinxext]`). It
- serves web/static/ (the book's own CSS and JS: phone layout, dark-mode figures, accessible
  names for widgets) and adds those files to every page;
- puts web/templates/ first in templates_path: overrides of two theme components whose
  accessible names contradicted their visible text (search field, colour-mode switch);
- renders myst-nb's "Show code cell source" toggle without the aria-label that contradicts its
  visible text (axe-core `label-content-name-mismatch`);
- sets the theme's default colour mode to "auto" (left empty, the theme's JS logs a console
  error on every page), gives bibliography entries the listitem role their role="list" parent
  needs (axe-core aria-required-children), and drops duplicate inline scripts (sphinx-thebe's configuration is added
  twice, and the second copy throws "Identifier 'THEBE_JS_URL' has already been declared").
It also
- sets MISSIONS_STATIC_PANELS=1 for the notebooks it executes, so panels are published as plain
  HTML and pre-rendered views (missions.panels, bookbuild.panels), never as widget state;
- gives each notebook the digest of its own inputs (bookbuild.inputs) in its first code cell's
  metadata as the source is read, and notes each input file as a dependency: a change to one
  part's data or code re-reads and re-executes only the notebooks that use it;
- writes the files published beside each page (charts' CSVs, panel views) when the build ends.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from html import escape
from pathlib import Path

from missions.panels import STATIC_ENV
from missions.paths import ROOT

STATIC = ROOT / "web" / "static"
TEMPLATES = ROOT / "web" / "templates"
CSS_FILES = ["missions.css"]
JS_FILES = ["missions-panels.js", "missions-nav.js"]
INPUTS_KEY = "missions_inputs"  # code-cell metadata key holding the notebook's input digest


def _visit_hide_cell_input(self, node) -> None:
    # As myst_nb.sphinx_.visit_HideCellInput, minus aria-label="Toggle hidden content": the
    # summary's accessible name is its visible text ("Show code cell source"), as WCAG 2.5.3 asks.
    classes = " ".join(node["classes"])
    self.body.append(f'<details class="admonition hide {classes}">\n')
    self.body.append("<summary>\n")
    self.body.append(f'<p class="collapsed admonition-title">{escape(node["prompt_show"])}</p>\n')
    self.body.append(f'<p class="expanded admonition-title">{escape(node["prompt_hide"])}</p>\n')
    self.body.append("</summary>\n")


def web_digest() -> str:
    """SHA-256 over web/static and web/templates: a change there must rewrite every page.

    Sphinx skips writing (and copying static files) when no document is out of date, so an edited
    stylesheet would never reach the built book; as an 'html' config value this digest makes
    Sphinx treat the change like a theme change and rebuild the pages."""
    h = hashlib.sha256()
    for folder in (STATIC, TEMPLATES):
        for f in sorted(p for p in folder.rglob("*") if p.is_file()):
            h.update(f.relative_to(ROOT).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def has_address(url) -> bool:
    """True once the book has a public repository address (repository.url in _config.yml)."""
    return isinstance(url, str) and url.startswith("https://") and len(url) > len("https://x.y/")


def _buttons(config) -> None:
    """The repository and launch buttons appear only once repository.url holds an address."""
    options = dict(config.html_theme_options or {})
    if has_address(options.get("repository_url")):
        options["use_repository_button"] = True
    else:
        options["use_repository_button"] = False
        options["use_issues_button"] = False
        options["use_edit_page_button"] = False
        options["launch_buttons"] = {}
    config.html_theme_options = options


def _configure(app, config) -> None:
    _buttons(config)
    # The articles' bibliography entries are made from data/articles.csv (bookbuild.bib).
    from bookbuild import bib

    bib.write(Path(app.srcdir))
    bibfiles = list(getattr(config, "bibtex_bibfiles", None) or [])
    if str(bib.ARTICLES_BIB) not in bibfiles:
        config.bibtex_bibfiles = bibfiles + [str(bib.ARTICLES_BIB)]
    config.missions_web_digest = web_digest()
    paths = list(config.html_static_path or [])
    if str(STATIC) not in paths:
        paths.append(str(STATIC))
    config.html_static_path = paths
    templates = [p for p in (config.templates_path or []) if p != str(TEMPLATES)]
    config.templates_path = [str(TEMPLATES)] + templates  # before the themes' component folders


def description(doctree, fallback: str) -> str:
    """A page's meta description: its first paragraph of prose (the standfirst), in at most 160 characters."""
    from docutils import nodes

    if doctree is not None:
        for para in doctree.findall(nodes.paragraph):
            text = " ".join(para.astext().split())
            if len(text) >= 40:
                return text if len(text) <= 160 else text[:157].rsplit(" ", 1)[0] + "…"
    return fallback


def _title(app) -> str:
    """The book's title: Jupyter Book passes `title` from _config.yml as html_title, not as project."""
    return app.config.html_title or app.config.project


def _page_context(app, pagename, templatename, context, doctree) -> None:
    if not context.get("default_mode"):  # pydata-sphinx-theme reads it from html_context
        context["default_mode"] = "auto"
    meta = description(doctree, f"{_title(app)}: six news stories about missions, retold with the data behind them.")
    context["metatags"] = context.get("metatags", "") + f'\n    <meta name="description" content="{escape(meta)}" />'

    if "body" in context:
        # docutils marks bibliography entries role="doc-biblioentry" inside a role="list";
        # a list needs listitem children (axe-core aria-required-children, critical)
        context["body"] = context["body"].replace('role="doc-biblioentry"', 'role="listitem"')
    scripts = context.get("script_files")
    if not scripts:
        return
    seen, unique = set(), []
    for js in scripts:
        # an inline script is registered once with filename None and again with "" (Sphinx
        # re-reads the registry into the builder), so compare filenames as text
        key = (str(getattr(js, "filename", js) or ""), tuple(sorted(getattr(js, "attributes", {}).items())))
        if key not in seen:
            seen.add(key)
            unique.append(js)
    scripts[:] = unique


def _inject_digest(app, docname, source) -> None:
    """source-read: note the page's dependence on the bibliography; put a notebook's input digest in its
    first code cell and note its input files."""
    from bookbuild import inputs

    # A page's citation labels come from the bibliography: a changed entry must re-render its pages.
    for bibfile in getattr(app.config, "bibtex_bibfiles", None) or []:
        app.env.note_dependency(str(Path(app.srcdir) / bibfile))
    path = Path(app.env.doc2path(docname))
    if path.suffix != ".ipynb":
        return
    nb = json.loads(source[0])
    code = [c for c in nb["cells"] if c.get("cell_type") == "code"]
    if not code:
        return
    found = inputs.inputs(path)
    for _, file, _ in found:
        app.env.note_dependency(str(file))
    code[0].setdefault("metadata", {})[INPUTS_KEY] = inputs.digest(path)
    source[0] = json.dumps(nb, ensure_ascii=False)


def _purge_assets(app, env, docname) -> None:
    store = getattr(env, "missions_assets", None)
    if store:
        store.pop(docname, None)


def _write_assets(app, exception) -> None:
    """build-finished: publish each page's files (chart CSVs, panel views) beside it."""
    if exception is not None or app.builder.format != "html":
        return
    store = getattr(app.env, "missions_assets", {}) or {}
    out = Path(app.outdir)
    for docname, files in store.items():
        folder = (out / docname).parent
        for rel, content in files.items():
            target = folder / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, (bytes, bytearray)):
                if not target.exists() or target.read_bytes() != content:
                    target.write_bytes(content)
            else:
                shutil.copyfile(content, target)


# The theme draws its icons twice over: with Font Awesome's webfont, declared in its own CSS, and with
# Font Awesome's SVG script (1.5 MB on every page), which swaps each icon for an inline SVG. The
# webfont alone draws the same icons, so the script is replaced by this line after the theme copies it.
ICON_SCRIPT = Path("_static") / "scripts" / "fontawesome.js"
ICON_STUB = "/* Missions: icons are drawn by the theme's Font Awesome webfont (its CSS); no SVG script. */\n"


def _light_icons(app, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    script = Path(app.outdir) / ICON_SCRIPT
    if script.exists():
        script.write_text(ICON_STUB, encoding="utf-8")


def _publish_data(app, exception) -> None:
    """build-finished: publish the datasets (every CSV described in the data package, and the
    descriptor itself) under _data/, where the Data & methods page links to them."""
    if exception is not None or app.builder.format != "html":
        return
    from missions.data import package
    from missions.paths import DATA

    out = Path(app.outdir) / "_data"
    files = [res["path"] for res in package()["resources"]] + ["datapackage.json"]
    for rel in files:
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        source = DATA / rel
        if not target.exists() or target.read_bytes() != source.read_bytes():
            shutil.copyfile(source, target)


REDIRECT = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="description" content="{title}: six news stories about missions, retold with the data behind them.">
<meta http-equiv="refresh" content="0; url={target}">
<link rel="canonical" href="{target}">
</head>
<body>
<p><a href="{target}">{title}: open the book</a></p>
</body>
</html>
"""


def _titled_redirect(app, exception) -> None:
    """build-finished (after the table of contents writes its bare index.html): give it a title."""
    if exception is not None or app.builder.format != "html":
        return
    index = Path(app.outdir) / "index.html"
    root = app.config.root_doc
    if root == "index":
        return
    index.write_text(REDIRECT.format(title=escape(_title(app)), target=f"{root}.html"), encoding="utf-8")


def setup(app):
    os.environ[STATIC_ENV] = "1"  # the kernels this build starts inherit it
    from myst_nb.sphinx_ import HideCodeCellNode, depart_HideCellInput

    app.add_node(HideCodeCellNode, override=True, html=(_visit_hide_cell_input, depart_HideCellInput))
    app.add_config_value("missions_web_digest", "", "html")
    app.connect("config-inited", _configure)
    app.connect("html-page-context", _page_context, priority=900)
    app.connect("source-read", _inject_digest)
    app.connect("env-purge-doc", _purge_assets)
    app.connect("build-finished", _write_assets)
    app.connect("build-finished", _titled_redirect, priority=900)
    app.connect("build-finished", _publish_data)
    app.connect("build-finished", _light_icons)
    for name in CSS_FILES:
        app.add_css_file(name)
    for name in JS_FILES:
        app.add_js_file(name, defer="defer")
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
