"""Staff pages under /<lang>/university/: cohorts, rosters, enrolment imports, grades, the clinic queue.

Every view resolves its object through universities.access; anything the person may not see is 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import access, actions, enrolment_import, grades
from .exceptions import BadEnrolmentFileError, UniversityError
from .forms import AnswerForm, AssignForm, EnrolmentUploadForm
from .models import ClinicMembership, CohortMembership, Intake
from .progress import at_risk, roster

ROSTER_PAGE_SIZE = 50


@login_required
def dashboard_view(request):
    cohorts = access.visible_cohorts(request.user).select_related("university").with_counts()
    clinics = access.staffed_clinics(request.user).select_related("university")
    if not cohorts.exists() and not clinics.exists():
        raise Http404("Not university or clinic staff.")
    return render(request, "universities/dashboard.html", {"cohorts": cohorts, "clinics": clinics})


@login_required
def roster_view(request, cohort_id):
    cohort = access.get_cohort(request.user, cohort_id)
    members = CohortMembership.objects.for_cohort(cohort).select_related("user")
    group = request.GET.get("group", "").strip()[:50]
    if group:
        members = members.filter(group=group)
    page_obj = Paginator(members, ROSTER_PAGE_SIZE).get_page(request.GET.get("page"))
    rows = roster(cohort, CohortMembership.objects.filter(pk__in=[m.pk for m in page_obj.object_list]))
    context = {
        "cohort": cohort,
        "rows": rows,
        "page_obj": page_obj,
        "courses": cohort.course_list(),
        "groups": CohortMembership.objects.for_cohort(cohort)
        .exclude(group="")
        .values_list("group", flat=True)
        .distinct(),
        "group": group,
        "query_string": f"group={group}" if group else "",
        "can_manage": access.can_manage(request.user, cohort),
        "shows_certificates": bool(rows) and rows[0].certificates is not None,
        "join_url": request.build_absolute_uri(cohort.get_join_url()),
    }
    return render(request, "universities/roster.html", context)


@login_required
def at_risk_view(request, cohort_id):
    cohort = access.get_cohort(request.user, cohort_id)
    now = timezone.now()
    rows = [(row, row.risk_reasons(now)) for row in at_risk(roster(cohort), now)]
    return render(request, "universities/at_risk.html", {"cohort": cohort, "rows": rows})


@login_required
def student_view(request, cohort_id, student_id):
    membership = access.get_member(request.user, cohort_id, student_id)
    cohort = membership.cohort
    row = roster(cohort, CohortMembership.objects.filter(pk=membership.pk))[0]
    from quizzes.models import Attempt

    attempts = (
        Attempt.objects.for_user(membership.user)
        .submitted()
        .filter(assessment__course__translation_key__in=[c.translation_key for c in cohort.course_list()])
        .select_related("assessment")
        .order_by("-submitted_at")[:50]
    )
    context = {
        "cohort": cohort,
        "row": row,
        "attempts": attempts,
        "reasons": row.risk_reasons(),
        "can_manage": access.can_manage(request.user, cohort),
    }
    return render(request, "universities/student.html", context)


@login_required
@require_POST
def remove_student_view(request, cohort_id, student_id):
    membership = access.get_member(request.user, cohort_id, student_id, manage=True)
    actions.remove_student(membership)
    messages.info(request, _("%(name)s is no longer in this cohort.") % {"name": membership.user})
    return redirect(membership.cohort.get_absolute_url())


@login_required
def import_upload_view(request, cohort_id):
    cohort = access.get_cohort(request.user, cohort_id, manage=True)
    form = EnrolmentUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > enrolment_import.MAX_FILE_BYTES:
            form.add_error("file", _("The file is larger than 10 MB. Split it into smaller files."))
        else:
            try:
                preview = enrolment_import.preview(cohort, request.user, upload.name, upload.read())
            except BadEnrolmentFileError as error:
                form.add_error("file", str(error))
            else:
                return redirect(preview.get_absolute_url())
    imports = cohort.imports.order_by("-created_at")[:10]
    return render(request, "universities/import_upload.html", {"cohort": cohort, "form": form, "imports": imports})


@login_required
def import_view(request, import_id):
    enrolment = access.get_import(request.user, import_id)
    errors = [{**error, "reason": enrolment_import.reason_text(error)} for error in enrolment.errors]
    context = {
        "import": enrolment,
        "cohort": enrolment.cohort,
        "errors": errors,
        "result": enrolment.summary.get("result"),
        "refresh": enrolment.status in ("queued", "running"),
    }
    return render(request, "universities/import.html", context)


@login_required
@require_POST
def import_confirm_view(request, import_id):
    enrolment = access.get_import(request.user, import_id)
    if not actions.confirm_import(enrolment):
        messages.info(request, _("This file was already confirmed; nothing was added twice."))
    return redirect(enrolment.get_absolute_url())


@login_required
def grades_view(request, cohort_id, file_format):
    cohort = access.get_cohort(request.user, cohort_id)
    headers, table = grades.grade_table(cohort)
    name = f"grades-{slugify(cohort.name) or cohort.pk}-{timezone.localdate():%Y%m%d}"
    if file_format == "xlsx":
        response = HttpResponse(
            grades.to_xlsx(headers, table),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        response = HttpResponse(grades.to_csv(headers, table), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.{file_format}"'
    return response


# -- clinic queue ------------------------------------------------------------------------------


@login_required
def clinic_queue_view(request, clinic_id):
    clinic = access.get_staffed_clinic(request.user, clinic_id)
    role = access.clinic_role(request.user, clinic)
    intakes = access.visible_intakes(request.user).filter(clinic=clinic)
    status = request.GET.get("status", "")
    if status in Intake.Status.values:
        intakes = intakes.filter(status=status)
    page_obj = Paginator(intakes, 25).get_page(request.GET.get("page"))
    hours = Intake.objects.for_clinic(clinic).hours_by_consultant()
    if role != ClinicMembership.Role.SUPERVISOR:
        hours = hours.filter(assigned_to=request.user)
    context = {
        "clinic": clinic,
        "role": role,
        "page_obj": page_obj,
        "statuses": Intake.Status.choices,
        "status": status,
        "query_string": f"status={status}" if status else "",
        "hours": hours,
    }
    return render(request, "universities/clinic_queue.html", context)


@login_required
def intake_view(request, intake_id):
    intake = access.get_intake(request.user, intake_id)
    supervisor = access.supervises(request.user, intake)
    context = {
        "intake": intake,
        "supervisor": supervisor,
        "assign_form": AssignForm(clinic=intake.clinic) if supervisor else None,
        "answer_form": AnswerForm(),
    }
    return render(request, "universities/intake.html", context)


def _intake_action(request, intake_id, apply):
    intake = access.get_intake(request.user, intake_id)
    try:
        apply(intake)
    except UniversityError as error:
        messages.error(request, str(error))
    return redirect(intake.get_absolute_url())


@login_required
@require_POST
def intake_assign_view(request, intake_id):
    def apply(intake):
        if not access.supervises(request.user, intake):
            raise Http404("No such intake.")
        form = AssignForm(request.POST, clinic=intake.clinic)
        if not form.is_valid():
            raise UniversityError(_("Choose a student consultant of this clinic."))
        intake.assign(form.cleaned_data["consultant"])
        messages.success(request, _("The case is assigned."))

    return _intake_action(request, intake_id, apply)


@login_required
@require_POST
def intake_answer_view(request, intake_id):
    def apply(intake):
        form = AnswerForm(request.POST)
        if not form.is_valid():
            raise UniversityError(" ".join(e for errors in form.errors.values() for e in errors))
        if intake.assigned_to_id != request.user.pk and not access.supervises(request.user, intake):
            raise Http404("No such intake.")
        intake.record_answer(form.cleaned_data["answer_summary"], form.cleaned_data["hours"])
        messages.success(request, _("The answer is recorded."))

    return _intake_action(request, intake_id, apply)


@login_required
@require_POST
def intake_close_view(request, intake_id):
    def apply(intake):
        if not access.supervises(request.user, intake):
            raise Http404("No such intake.")
        intake.close()
        messages.success(request, _("The case is closed."))

    return _intake_action(request, intake_id, apply)
