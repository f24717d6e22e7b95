"""A myst-nb mime renderer: gives each chart image in the book the alt text its Chart carries.

myst-nb keeps only width/height from an output's metadata; this plugin (registered in
pyproject.toml under the entry point group myst_nb.mime_renderers) also applies "alt".
It also gives each chart its natural width, which makes Sphinx link the image to its full-size
file (html_scaled_image_link): on a phone, where the page shows the chart at about half size,
a tap opens it full size for zooming.
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
        width = data.output_metadata.get(data.mime_type, {}).get("width")
        for node in nodes:
            node["alt"] = str(alt)
            if width and "width" not in node:
                node["width"] = f"{int(width)}px"
        return nodes
