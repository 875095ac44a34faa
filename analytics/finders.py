"""Serves plotly.js from the plotly Python package as the static file ``analytics/plotly.min.js``.

Only that one file is exposed (not the rest of plotly's package data); collectstatic copies it, and whitenoise
serves it hashed and cached for a year like every other static file. No CDN: the dashboards work offline.
"""

from pathlib import Path

from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage

NAME = "analytics/plotly.min.js"


def plotly_js_dir() -> Path:
    import plotly

    return Path(plotly.__file__).resolve().parent / "package_data"


class PlotlyFinder(BaseFinder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.storage = FileSystemStorage(location=plotly_js_dir())
        self.storage.prefix = "analytics"

    def check(self, **kwargs):
        return []

    def find(self, path, find_all=False, **kwargs):
        match = str(plotly_js_dir() / "plotly.min.js") if path == NAME else None
        if find_all or kwargs.get("all"):
            return [match] if match else []
        return match

    def list(self, ignore_patterns):
        yield "plotly.min.js", self.storage
