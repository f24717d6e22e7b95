"""A myst-nb mime renderer: gives each chart image in the book the alt text its Chart carries.

myst-nb keeps only width/height from an output's metadata; this plugin (registered in
pyproject.toml under the entry point group myst_nb.mime_renderers) also applies "alt".
"""
from __future__ import annotations


class AltTextImages:
    mime_priority_overrides = ()

    @staticmethod
    def handle_mime(renderer, data, inline):
        if data.mime_type not in ("image/png", "image/jpeg", "image/svg+xml"):
            return None
        alt = data.output_metadata.get(data.mime_type, {}).get("alt")
        if not alt:
            return None
        nodes = renderer.render_image_inline(data) if inline else renderer.render_image(data)
        for node in nodes:
            node["alt"] = str(alt)
        return nodes
