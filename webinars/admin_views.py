"""Admin: import the live platform's attendance report (CSV) for one webinar."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext as _

from .attendance_import import import_report
from .forms import AttendanceImportForm


def attendance_import_view(request):
    if not request.user.has_perm("webinars.add_attendance"):
        raise PermissionDenied
    report = None
    if request.method == "POST":
        form = AttendanceImportForm(request.POST, request.FILES)
        if form.is_valid():
            report = import_report(form.cleaned_data["file"].read(), form.cleaned_data["webinar"])
    else:
        form = AttendanceImportForm()
    return render(
        request,
        "webinars/admin/attendance_import.html",
        {"form": form, "report": report, "page_title": _("Import attendance report")},
    )
