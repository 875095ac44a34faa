"""Universities API: cohorts, rosters with progress, grade export and the clinic queue, for staff only.

Every object goes through universities.access: what the caller may not see is 404.
"""

from ninja import Router
from ninja.pagination import LimitOffsetPagination, paginate

from django.http import Http404, HttpResponse

from accounts.auth import API_AUTH

from . import access, grades
from .exceptions import UniversityError
from .models import ClinicMembership, Intake
from .progress import roster
from .schemas import AssignIn, CohortSchema, GradeTableSchema, IntakeSchema, RosterEntrySchema

router = Router(tags=["universities"], auth=API_AUTH)


def _cohort_data(cohort):
    return {
        "id": cohort.pk,
        "university": cohort.university.name,
        "name": cohort.name,
        "term": cohort.term,
        "starts_on": cohort.starts_on,
        "ends_on": cohort.ends_on,
        "join_code": cohort.join_code,
        "joining_open": cohort.joining_open,
        "student_count": cohort.student_count,
        "courses": [{"key": c.translation_key, "title": c.title} for c in cohort.course_list()],
    }


@router.get("/cohorts/", response=list[CohortSchema])
def list_cohorts(request):
    """Cohorts the caller administers or teaches."""
    cohorts = access.visible_cohorts(request.auth).select_related("university").with_counts().order_by("pk")
    return [_cohort_data(cohort) for cohort in cohorts]


@router.get("/cohorts/{int:cohort_id}/roster", response=list[RosterEntrySchema])
@paginate(LimitOffsetPagination)
def cohort_roster(request, cohort_id: int):
    """Students with progress per course, pre/post scores, last activity and the at-risk flag."""
    cohort = access.get_cohort(request.auth, cohort_id)
    return [
        {
            "user_id": row.user.pk,
            "name": row.user.get_full_name(),
            "email": row.user.email,
            "student_id": row.membership.student_id,
            "group": row.membership.group,
            "percent": row.percent,
            "last_activity": row.last_activity,
            "at_risk": bool(row.risk_reasons()),
            "certificates": None if row.certificates is None else len(row.certificates),
            "courses": [
                {
                    "course_key": r.course.translation_key,
                    "lessons_total": r.total,
                    "lessons_completed": r.completed,
                    "percent": r.percent,
                    "enrolment_status": r.status,
                    "pre_test": r.pre,
                    "post_test": r.post,
                    "grade": r.grade,
                }
                for r in row.courses
            ],
        }
        for row in roster(cohort)
    ]


@router.get("/cohorts/{int:cohort_id}/grades", response=GradeTableSchema)
def cohort_grades(request, cohort_id: int):
    """The grade export as JSON: the same columns and values as the CSV/XLSX files."""
    headers, table = grades.grade_table(access.get_cohort(request.auth, cohort_id))
    return {"columns": headers, "rows": table}


@router.get("/cohorts/{int:cohort_id}/grades.csv", response={200: None})
def cohort_grades_csv(request, cohort_id: int):
    """The grade export as a CSV file (UTF-8 with BOM), ready for Moodle's grade import."""
    headers, table = grades.grade_table(access.get_cohort(request.auth, cohort_id))
    response = HttpResponse(grades.to_csv(headers, table), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="grades-{cohort_id}.csv"'
    return response


def _intake_data(intake):
    return {
        "id": intake.pk,
        "reference": intake.reference,
        "status": intake.status,
        "topic": intake.topic.slug if intake.topic else None,
        "language": intake.language,
        "created_at": intake.created_at,
        "assigned_to": intake.assigned_to.get_full_name() if intake.assigned_to else None,
        "hours": float(intake.hours),
        "url": intake.get_absolute_url(),
    }


@router.get("/clinics/{int:clinic_id}/intakes", response=list[IntakeSchema])
@paginate(LimitOffsetPagination)
def clinic_queue(request, clinic_id: int, status: str = ""):
    """The clinic's queue: every case for supervisors, the caller's own cases for student consultants."""
    clinic = access.get_staffed_clinic(request.auth, clinic_id)
    intakes = access.visible_intakes(request.auth).filter(clinic=clinic)
    if status in Intake.Status.values:
        intakes = intakes.filter(status=status)
    return [_intake_data(intake) for intake in intakes]


@router.post("/intakes/{int:intake_id}/assign", response=IntakeSchema)
def assign_intake(request, intake_id: int, payload: AssignIn):
    """Supervisors assign a case to a student consultant of the clinic (409 when closed or not a consultant)."""
    intake = access.get_intake(request.auth, intake_id)
    if not access.supervises(request.auth, intake):
        raise Http404("No such intake.")
    membership = ClinicMembership.objects.filter(clinic=intake.clinic, user_id=payload.consultant_id).first()
    if membership is None:
        raise UniversityError("Only a student consultant of this clinic can take the case.")
    intake.assign(membership.user)
    return _intake_data(intake)
