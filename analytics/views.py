"""Dashboards under /<lang>/analytics/: editors, university staff (their cohorts only) and the public impact page,
each table downloadable as CSV (UTF-8 with BOM) or XLSX. Access: ``analytics.access`` (via the dashboards)."""

import re

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.utils import timezone

from universities.grades import to_csv, to_xlsx

from . import access
from .dashboards import DASHBOARDS, BadFilter, EditorDashboard, ImpactDashboard, StaffDashboard

SHEET_UNSAFE = re.compile(r"[\[\]:*?/\\]")  # characters Excel refuses in sheet names
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _report_error():
    """analytics.reports (pandas, scipy) is imported on first use, not when the URLs load."""
    from .reports import ReportError

    return ReportError


def _render(request, template, dashboard_class):
    try:
        dashboard = dashboard_class(request.user, request.GET)
        sections = [(dashboard.table(name), figure, f"figure-{name}") for name, figure in _figures(dashboard)]
    except (BadFilter, _report_error()) as error:
        return render(request, "analytics/bad_filter.html", {"error": str(error)}, status=400)
    context = {
        "dashboard": dashboard,
        "sections": sections,
        "extra_tables": [dashboard.table(name) for name in dashboard.table_names if name not in dashboard.figure_names],
        "query": request.GET.urlencode(),
    }
    return render(request, template, context)


def _figures(dashboard):
    figures = dict(dashboard.figures())
    return [(name, figures[name]) for name in dashboard.figure_names]


@login_required
def index_view(request):
    """/analytics/: the dashboard the person may see."""
    if access.is_editor(request.user):
        return redirect("analytics:editor")
    if access.dashboard_cohorts(request.user).exists():
        return redirect("analytics:university")
    raise Http404("No analytics here.")


@login_required
def editor_view(request):
    return _render(request, "analytics/editor.html", EditorDashboard)


@login_required
def staff_view(request):
    return _render(request, "analytics/university.html", StaffDashboard)


def impact_view(request):
    return _render(request, "analytics/impact.html", ImpactDashboard)


def download_view(request, dashboard, table, file_format):
    """One table of a dashboard as a file, with the page's filters and the same access and suppression."""
    dashboard_class = DASHBOARDS[dashboard]
    if dashboard_class is not ImpactDashboard and not request.user.is_authenticated:
        return redirect(f"{_login_url()}?next={request.get_full_path()}")
    try:
        result = dashboard_class(request.user, request.GET).table(table)
    except (BadFilter, _report_error()) as error:
        return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")
    name = f"sauat-{dashboard}-{table}-{timezone.localdate():%Y%m%d}"
    if file_format == "xlsx":
        body = to_xlsx(result.headers, result.rows, sheet_name=SHEET_UNSAFE.sub(" ", result.title), numeric_from=None)
        response = HttpResponse(body, content_type=XLSX)
    else:
        response = HttpResponse(to_csv(result.headers, result.rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.{file_format}"'
    return response


def _login_url():
    return resolve_url(settings.LOGIN_URL)
