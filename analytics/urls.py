"""Analytics dashboards under /<lang>/analytics/."""

from django.urls import path, re_path

from . import views

app_name = "analytics"

urlpatterns = [
    path("", views.index_view, name="index"),
    path("editor/", views.editor_view, name="editor"),
    path("university/", views.staff_view, name="university"),
    path("impact/", views.impact_view, name="impact"),
    re_path(
        r"^(?P<dashboard>editor|university|impact)/(?P<table>[a-z]+)\.(?P<file_format>csv|xlsx)$",
        views.download_view,
        name="download",
    ),
]
