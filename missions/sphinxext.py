"""Reader-side fixes for the built book, through Sphinx's own hooks (no edits of installed packages).

Loaded by `_config.yml` (`sphinx: extra_extensions: [missions.sphinxext]`). It
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
The vendored widget manager and require.js are published by `html_extra_path` (web/public) and
wired to myst-nb with `nb_ipywidgets_js` in `_config.yml`; see missions/vendor.py.
"""
from __future__ import annotations

import hashlib
from html import escape

from missions.paths import ROOT

STATIC = ROOT / "web" / "static"
TEMPLATES = ROOT / "web" / "templates"
CSS_FILES = ["missions.css"]
JS_FILES = ["missions-a11y.js"]


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


def _configure(app, config) -> None:
    config.missions_web_digest = web_digest()
    paths = list(config.html_static_path or [])
    if str(STATIC) not in paths:
        paths.append(str(STATIC))
    config.html_static_path = paths
    templates = [p for p in (config.templates_path or []) if p != str(TEMPLATES)]
    config.templates_path = [str(TEMPLATES)] + templates  # before the themes' component folders


def _page_context(app, pagename, templatename, context, doctree) -> None:
    if not context.get("default_mode"):  # pydata-sphinx-theme reads it from html_context
        context["default_mode"] = "auto"
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


def setup(app):
    from myst_nb.sphinx_ import HideCodeCellNode, depart_HideCellInput

    app.add_node(HideCodeCellNode, override=True, html=(_visit_hide_cell_input, depart_HideCellInput))
    app.add_config_value("missions_web_digest", "", "html")
    app.connect("config-inited", _configure)
    app.connect("html-page-context", _page_context, priority=900)
    for name in CSS_FILES:
        app.add_css_file(name)
    for name in JS_FILES:
        app.add_js_file(name, defer="defer")
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
