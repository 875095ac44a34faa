"""The one place that decides which cohorts, students, imports, clinics and intakes a person may see.

- University administrators see every cohort of their university (and manage enrolment);
  instructors see only the cohorts they teach.
- Clinic supervisors see every intake of their clinic; student consultants only the cases assigned to them.
- Superusers see everything (they run the site).
Anything else, including an object that does not exist, is "not found" (404), never "forbidden",
so no response reveals that another university's cohort or another clinic's intake exists.
"""

from django.db.models import Q
from django.http import Http404

from .models import (
    ClinicMembership,
    Cohort,
    CohortMembership,
    EnrolmentImport,
    Intake,
    LegalClinic,
    UniversityMembership,
)


def _signed_in(user):
    return user is not None and user.is_authenticated and user.is_active


def _admin_university_ids(user):
    return UniversityMembership.objects.filter(user=user, role=UniversityMembership.Role.ADMINISTRATOR).values(
        "university_id"
    )


def visible_cohorts(user):
    """Cohorts the person may look at (roster, student pages, grades)."""
    if not _signed_in(user):
        return Cohort.objects.none()
    if user.is_superuser:
        return Cohort.objects.all()
    return Cohort.objects.filter(Q(university_id__in=_admin_university_ids(user)) | Q(instructors=user)).distinct()


def managed_cohorts(user):
    """Cohorts whose students the person may add or remove (administrators of the university)."""
    if not _signed_in(user):
        return Cohort.objects.none()
    if user.is_superuser:
        return Cohort.objects.all()
    return Cohort.objects.filter(university_id__in=_admin_university_ids(user))


def _one(queryset, pk, what):
    try:
        obj = queryset.filter(pk=int(pk)).first()
    except (TypeError, ValueError):
        obj = None
    if obj is None:
        raise Http404(f"No such {what}.")
    return obj


def get_cohort(user, cohort_id, *, manage=False) -> Cohort:
    queryset = managed_cohorts(user) if manage else visible_cohorts(user)
    return _one(queryset.select_related("university"), cohort_id, "cohort")


def can_manage(user, cohort) -> bool:
    return managed_cohorts(user).filter(pk=cohort.pk).exists()


def get_member(user, cohort_id, student_id, *, manage=False) -> CohortMembership:
    """A student's membership in a cohort the person may see (``student_id`` is the student's user id)."""
    cohort = get_cohort(user, cohort_id, manage=manage)
    try:
        member = CohortMembership.objects.select_related("user", "cohort").filter(
            cohort=cohort, user_id=int(student_id)
        )
    except (TypeError, ValueError):
        raise Http404("No such student.") from None
    member = member.first()
    if member is None:
        raise Http404("No such student.")
    return member


def get_import(user, import_id) -> EnrolmentImport:
    return _one(
        EnrolmentImport.objects.filter(cohort__in=managed_cohorts(user)).select_related("cohort"), import_id, "import"
    )


def is_university_staff(user) -> bool:
    return _signed_in(user) and (user.is_superuser or UniversityMembership.objects.filter(user=user).exists())


# -- clinics ----------------------------------------------------------------------------------


def staffed_clinics(user):
    """Clinics where the person is a supervisor or a consultant."""
    if not _signed_in(user):
        return LegalClinic.objects.none()
    if user.is_superuser:
        return LegalClinic.objects.all()
    return LegalClinic.objects.filter(staff__user=user).distinct()


def clinic_role(user, clinic):
    """ "supervisor", "consultant" or None."""
    if not _signed_in(user):
        return None
    if user.is_superuser:
        return ClinicMembership.Role.SUPERVISOR
    membership = ClinicMembership.objects.filter(user=user, clinic=clinic).first()
    return membership.role if membership else None


def get_staffed_clinic(user, clinic_id) -> LegalClinic:
    return _one(staffed_clinics(user), clinic_id, "clinic")


def visible_intakes(user):
    """Supervisors: every intake of their clinics. Consultants: the cases assigned to them."""
    if not _signed_in(user):
        return Intake.objects.none()
    if user.is_superuser:
        return Intake.objects.all()
    supervised = ClinicMembership.objects.filter(user=user, role=ClinicMembership.Role.SUPERVISOR).values("clinic_id")
    consulting = ClinicMembership.objects.filter(user=user, role=ClinicMembership.Role.CONSULTANT).values("clinic_id")
    return Intake.objects.filter(
        Q(clinic_id__in=supervised) | Q(clinic_id__in=consulting, assigned_to=user)
    ).select_related("clinic", "topic", "assigned_to")


def get_intake(user, intake_id) -> Intake:
    return _one(visible_intakes(user), intake_id, "intake")


def supervises(user, intake) -> bool:
    return clinic_role(user, intake.clinic) == ClinicMembership.Role.SUPERVISOR


def is_clinic_staff(user) -> bool:
    return staffed_clinics(user).exists()
