"""Permission matrix: every staff page and API endpoint, for every kind of person.

Staff of university A get 404 for university B's cohorts, students and clinic intakes; instructors see
only the cohorts they teach; student consultants only the cases assigned to them; learners and other
signed-in people get 404 everywhere; anonymous visitors are sent to log in (pages) or get 401 (API).
"""

import pytest

from django.urls import reverse

from tests.universities.conftest import csv_bytes, new_intake
from universities import actions, enrolment_import
from universities.models import Cohort, CohortMembership, EnrolmentImport, Intake

pytestmark = pytest.mark.django_db

ACTORS = [
    "anonymous",
    "learner",
    "admin_a",
    "instructor_a",
    "admin_b",
    "supervisor_a",
    "consultant_a",
    "consultant_a2",
    "supervisor_b",
]


@pytest.fixture
def objects(world):
    actions.join(world.learner, world.cohort_a)
    actions.join(world.learner, world.cohort_b)
    CohortMembership.objects.create(cohort=world.cohort_a2, user=world.consultant_a2)
    upload = enrolment_import.preview(
        world.cohort_a, world.admin_a, "a.csv", csv_bytes([("new@uni.test", "Жаңа", "N1", "")])
    )
    intake_a = new_intake(world.clinic_a, "perm-a")
    intake_a.assign(world.consultant_a)
    intake_b = new_intake(world.clinic_b, "perm-b", language="ru")
    return {"upload": upload, "intake_a": intake_a, "intake_b": intake_b}


def page_matrix(world, objects):
    """(method, url, people allowed). Allowed GETs answer 200; everyone else 404 (anonymous: login)."""
    a, a2, b = world.cohort_a.pk, world.cohort_a2.pk, world.cohort_b.pk
    student = world.learner.pk
    cohort_a_viewers = {"admin_a", "instructor_a"}
    rows = []
    for cohort, viewers in ((a, cohort_a_viewers), (a2, {"admin_a"}), (b, {"admin_b"})):
        admins = {"admin_a"} if cohort in (a, a2) else {"admin_b"}
        rows += [
            ("get", reverse("universities:roster", args=[cohort]), viewers),
            ("get", reverse("universities:at_risk", args=[cohort]), viewers),
            ("get", reverse("universities:grades_csv", args=[cohort]), viewers),
            ("get", reverse("universities:grades_xlsx", args=[cohort]), viewers),
            ("get", reverse("universities:import_upload", args=[cohort]), admins),
            ("get", f"/api/v1/cohorts/{cohort}/roster", viewers),
            ("get", f"/api/v1/cohorts/{cohort}/grades", viewers),
            ("get", f"/api/v1/cohorts/{cohort}/grades.csv", viewers),
        ]
    rows += [
        ("get", reverse("universities:student", args=[a, student]), cohort_a_viewers),
        ("get", reverse("universities:student", args=[b, student]), {"admin_b"}),
        # A student of B's cohort looked up through A's cohort: nobody.
        ("get", reverse("universities:student", args=[a2, student]), set()),
        ("get", reverse("universities:import", args=[objects["upload"].pk]), {"admin_a"}),
        (
            "get",
            reverse("universities:clinic_queue", args=[world.clinic_a.pk]),
            {"supervisor_a", "consultant_a", "consultant_a2"},
        ),
        ("get", reverse("universities:clinic_queue", args=[world.clinic_b.pk]), {"supervisor_b"}),
        ("get", reverse("universities:intake", args=[objects["intake_a"].pk]), {"supervisor_a", "consultant_a"}),
        ("get", reverse("universities:intake", args=[objects["intake_b"].pk]), {"supervisor_b"}),
        ("get", f"/api/v1/clinics/{world.clinic_a.pk}/intakes", {"supervisor_a", "consultant_a", "consultant_a2"}),
        ("get", f"/api/v1/clinics/{world.clinic_b.pk}/intakes", {"supervisor_b"}),
        ("get", reverse("universities:dashboard"), set(ACTORS) - {"anonymous", "learner"}),
    ]
    return rows


def post_matrix(world, objects):
    """State-changing requests tried by people who may NOT make them: 404 and nothing changes."""
    a, b = world.cohort_a.pk, world.cohort_b.pk
    student = world.learner.pk
    intake_a, intake_b = objects["intake_a"].pk, objects["intake_b"].pk
    consultant = {"consultant": world.consultant_a2.pk}
    answer = {"answer_summary": "x", "hours": "1"}
    return [
        (reverse("universities:remove", args=[a, student]), {}, {"admin_a"}),
        (reverse("universities:remove", args=[b, student]), {}, {"admin_b"}),
        (reverse("universities:import_confirm", args=[objects["upload"].pk]), {}, {"admin_a"}),
        (reverse("universities:intake_assign", args=[intake_a]), consultant, {"supervisor_a"}),
        (reverse("universities:intake_close", args=[intake_a]), {}, {"supervisor_a"}),
        (reverse("universities:intake_answer", args=[intake_a]), answer, {"supervisor_a", "consultant_a"}),
        (reverse("universities:intake_close", args=[intake_b]), {}, {"supervisor_b"}),
        (f"/api/v1/intakes/{intake_a}/assign", {"consultant_id": world.consultant_a2.pk}, {"supervisor_a"}),
    ]


def snapshot(world):
    return (
        sorted(CohortMembership.objects.values_list("cohort_id", "user_id")),
        sorted(Intake.objects.values_list("pk", "status", "assigned_to_id")),
        sorted(EnrolmentImport.objects.values_list("pk", "status")),
    )


@pytest.mark.parametrize("actor", ACTORS)
def test_every_staff_page_and_endpoint_answers_only_to_the_right_people(client, world, objects, actor):
    if actor != "anonymous":
        client.force_login(getattr(world, actor))
    wrong = []
    for _method, url, allowed in page_matrix(world, objects):
        status = client.get(url).status_code
        if actor in allowed:
            expected = 200
        elif actor == "anonymous":
            expected = 401 if url.startswith("/api/") else 302
        else:
            expected = 404
        if status != expected:
            wrong.append((url, status, expected))
    assert wrong == []


@pytest.mark.parametrize("actor", ACTORS)
def test_people_without_the_right_cannot_change_anything(client, world, objects, actor):
    if actor != "anonymous":
        client.force_login(getattr(world, actor))
    before = snapshot(world)
    wrong = []
    for url, data, allowed in post_matrix(world, objects):
        if actor in allowed:
            continue
        if url.startswith("/api/"):
            status = client.post(url, data, content_type="application/json").status_code
            expected = 401 if actor == "anonymous" else 404
        else:
            status = client.post(url, data).status_code
            expected = 302 if actor == "anonymous" else 404
        if status != expected:
            wrong.append((url, status, expected))
    assert wrong == []
    assert snapshot(world) == before


def test_cohort_list_in_the_api_holds_only_the_callers_cohorts(client, world, objects):
    client.force_login(world.instructor_a)
    assert [c["id"] for c in client.get("/api/v1/cohorts/").json()] == [world.cohort_a.pk]
    client.force_login(world.admin_a)
    ids = {c["id"] for c in client.get("/api/v1/cohorts/").json()}
    assert ids == set(Cohort.objects.filter(university=world.uni_a).values_list("pk", flat=True))
    assert world.cohort_b.pk not in ids
    client.force_login(world.learner)
    assert client.get("/api/v1/cohorts/").json() == []


def test_consultant_sees_only_assigned_cases_in_the_queue(client, world, objects):
    client.force_login(world.consultant_a2)
    assert client.get(f"/api/v1/clinics/{world.clinic_a.pk}/intakes").json()["items"] == []
    client.force_login(world.consultant_a)
    items = client.get(f"/api/v1/clinics/{world.clinic_a.pk}/intakes").json()["items"]
    assert [i["reference"] for i in items] == [objects["intake_a"].reference]
