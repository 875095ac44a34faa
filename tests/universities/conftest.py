"""Two universities (A = KazNU, B = ENU from the demo), a cohort each, their staff, and both clinics' staff."""

from types import SimpleNamespace

import pytest

from courses.models import CoursePage
from tests.conftest import make_user
from universities.models import (
    ClinicMembership,
    Cohort,
    LegalClinic,
    University,
    UniversityMembership,
)


def csv_bytes(rows, header=("email", "name", "student_id", "group")):
    lines = [",".join(header)] + [",".join(row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


@pytest.fixture
def world(db):
    uni_a = University.objects.get(slug="kaznu")
    uni_b = University.objects.get(slug="enu")
    course = CoursePage.objects.live().get(locale__language_code="kk", slug="consumer-rights")
    cohort_a = Cohort.objects.create(university=uni_a, name="A1 Құқық", term="2026")
    cohort_a.courses.set([course])
    cohort_a2 = Cohort.objects.create(university=uni_a, name="A2 other group")
    cohort_b = Cohort.objects.create(university=uni_b, name="B1 ЕНУ")
    cohort_b.courses.set([course])
    people = {
        name: make_user(f"{name}@uni.test", display_name=name.title())
        for name in (
            "admin_a",
            "instructor_a",
            "admin_b",
            "supervisor_a",
            "consultant_a",
            "consultant_a2",
            "supervisor_b",
            "learner",
        )
    }
    UniversityMembership.objects.create(university=uni_a, user=people["admin_a"], role="administrator")
    UniversityMembership.objects.create(university=uni_a, user=people["instructor_a"], role="instructor")
    UniversityMembership.objects.create(university=uni_b, user=people["admin_b"], role="administrator")
    cohort_a.instructors.add(people["instructor_a"])
    clinic_a = LegalClinic.objects.get(slug="kaznu-legal-clinic")
    clinic_b = LegalClinic.objects.get(slug="enu-legal-clinic")
    ClinicMembership.objects.create(clinic=clinic_a, user=people["supervisor_a"], role="supervisor")
    ClinicMembership.objects.create(clinic=clinic_a, user=people["consultant_a"], role="consultant")
    ClinicMembership.objects.create(clinic=clinic_a, user=people["consultant_a2"], role="consultant")
    ClinicMembership.objects.create(clinic=clinic_b, user=people["supervisor_b"], role="supervisor")
    return SimpleNamespace(
        uni_a=uni_a,
        uni_b=uni_b,
        course=course,
        cohort_a=cohort_a,
        cohort_a2=cohort_a2,
        cohort_b=cohort_b,
        clinic_a=clinic_a,
        clinic_b=clinic_b,
        **people,
    )


@pytest.fixture
def confirm(client, django_capture_on_commit_callbacks):
    """POST the confirmation of an import and run what it queued after commit (the task, immediately)."""
    from django.urls import reverse

    def run(enrolment_import):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("universities:import_confirm", args=[enrolment_import.pk]))

    return run


@pytest.fixture
def third_learner(db):
    return make_user("dana@example.kz", display_name="Дана")


def new_intake(clinic, key, *, user=None, language="kk", **fields):
    """A citizen's intake sent through the real action; ``fields`` override the defaults."""
    from universities import actions

    data = {"description": "Сұрақ", "name": "Азамат", "email": "azamat@example.kz", "contact_preference": "email"}
    data.update(fields)
    intake, _created = actions.submit_intake(clinic, user=user, submission_key=key, language=language, **data)
    return intake
