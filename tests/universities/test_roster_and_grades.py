"""Joining with the code, the roster (progress, pre/post, last activity), at-risk list and grade export."""

import csv
import io
from datetime import timedelta
from types import SimpleNamespace

import pytest

from django.urls import reverse
from django.utils import timezone, translation

from courses import actions as course_actions
from courses.models import Enrollment, LessonProgress
from quizzes import actions as quiz_actions
from quizzes.models import Assessment
from universities import actions
from universities.models import Cohort, CohortMembership
from universities.progress import roster

pytestmark = pytest.mark.django_db


def take(user, course, kind, percent):
    assessment = Assessment.objects.published().get(kind=kind, course=course)
    attempt = quiz_actions.start_attempt(user, assessment, "kk")
    attempt.mark_submitted(
        SimpleNamespace(
            score=percent / 10,
            max_score=10.0,
            percent=float(percent),
            passed=(percent >= assessment.pass_mark) if assessment.pass_mark else None,
            cbm_score=None,
            breakdown={},
            calibration={},
        )
    )


# -- joining -------------------------------------------------------------------------------------


def test_student_joins_with_the_code_and_is_enrolled_in_the_cohort_courses(client, world, learner):
    client.force_login(learner)
    page = client.get(reverse("universities:join_code"), {"code": world.cohort_a.join_code.lower()})
    assert page.status_code == 302 and page["Location"] == world.cohort_a.get_join_url()
    assert client.get(world.cohort_a.get_join_url()).status_code == 200
    client.post(world.cohort_a.get_join_url())
    client.post(world.cohort_a.get_join_url())  # a double click
    assert CohortMembership.objects.filter(cohort=world.cohort_a, user=learner).count() == 1
    assert Enrollment.objects.filter(user=learner, course_key=world.course.translation_key).count() == 1


def test_unknown_code_is_reported_and_closed_cohort_refuses(client, world, learner):
    client.force_login(learner)
    with translation.override("en"):
        url = reverse("universities:join_code")
    assert "No cohort has this code" in client.get(url, {"code": "NOPE1234"}).content.decode()
    assert client.get(reverse("universities:join", args=["NOPE1234"])).status_code == 404
    world.cohort_a.ends_on = timezone.localdate() - timedelta(days=1)
    world.cohort_a.save()
    client.post(world.cohort_a.get_join_url())
    assert not CohortMembership.objects.filter(cohort=world.cohort_a, user=learner).exists()


def test_joining_needs_an_account(client, world):
    response = client.get(world.cohort_a.get_join_url())
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


# -- roster --------------------------------------------------------------------------------------


@pytest.fixture
def students(world, learner, other_learner):
    for user in (learner, other_learner):
        actions.join(user, world.cohort_a)
    lessons = list(world.course.lessons())
    take(learner, world.course, Assessment.Kind.PRE_TEST, 40)
    for lesson in lessons:
        course_actions.complete_lesson(learner, lesson, course=world.course)
    take(learner, world.course, Assessment.Kind.POST_TEST, 85)
    # The other learner joined long ago and did nothing since.
    CohortMembership.objects.filter(user=other_learner).update(joined_at=timezone.now() - timedelta(days=30))
    return SimpleNamespace(active=learner, idle=other_learner, lessons=lessons)


def test_roster_shows_progress_pre_post_and_last_activity(world, students):
    rows = {row.user: row for row in roster(world.cohort_a)}
    active, idle = rows[students.active], rows[students.idle]
    result = active.courses[0]
    assert (result.completed, result.total, result.percent) == (len(students.lessons), len(students.lessons), 100)
    assert (result.pre, result.post, result.grade) == (40.0, 85.0, 85.0)
    assert result.status == Enrollment.Status.COMPLETED
    assert active.last_activity > timezone.now() - timedelta(minutes=5)
    assert idle.courses[0].percent == 0 and idle.last_activity is None and idle.pre is None


def test_at_risk_lists_idle_and_failing_students_with_reasons(client, world, students, third_learner):
    actions.join(third_learner, world.cohort_a)
    take(third_learner, world.course, Assessment.Kind.POST_TEST, 30)
    client.force_login(world.instructor_a)
    with translation.override("en"):
        page = client.get(reverse("universities:at_risk", args=[world.cohort_a.pk])).content.decode()
    assert students.idle.display_name in page and "No activity for 14 days" in page
    assert third_learner.display_name in page and "Failing a test" in page
    assert students.active.display_name not in page


def test_inactivity_counts_from_the_last_action(world, students):
    LessonProgress.objects.filter(user=students.active).update(
        last_viewed_at=timezone.now() - timedelta(days=20), completed_at=timezone.now() - timedelta(days=20)
    )
    from quizzes.models import Attempt

    Attempt.objects.filter(user=students.active).update(started_at=timezone.now() - timedelta(days=20))
    row = next(r for r in roster(world.cohort_a) if r.user == students.active)
    assert row.is_inactive() and not row.is_failing


def test_roster_page_uses_a_fixed_number_of_queries(client, world, django_assert_max_num_queries):
    from demo.universities import ensure_demo_students

    ensure_demo_students()
    demo = Cohort.objects.get(join_code="KAZNU226")
    client.force_login(world.admin_a)
    with django_assert_max_num_queries(30):
        response = client.get(reverse("universities:roster", args=[demo.pk]))
    assert response.status_code == 200
    assert response.content.decode().count("/students/") == 30


def test_student_page_shows_tests_and_kazakh_labels(client, world, students):
    client.force_login(world.admin_a)
    with translation.override("kk"):
        url = reverse("universities:student", args=[world.cohort_a.pk, students.active.pk])
    page = client.get(url).content.decode()
    assert students.active.email in page and "85%" in page
    assert "Соңғы белсенділік" in page  # "Last activity" in Kazakh


# -- grade export --------------------------------------------------------------------------------


def test_grade_csv_has_a_bom_cyrillic_and_moodle_columns(client, world, students):
    CohortMembership.objects.filter(user=students.active).update(student_id="С-001", group="ЮР-101")
    client.force_login(world.instructor_a)
    response = client.get(reverse("universities:grades_csv", args=[world.cohort_a.pk]))
    assert response["Content-Type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header, rows = table[0], {row[1]: row for row in table[1:]}
    assert header[:5] == ["ID number", "Email address", "First name", "Surname", "Group"]
    row = rows[students.active.email]
    assert row[0] == "С-001" and row[4] == "ЮР-101"
    assert row[5:9] == ["100", "40.0", "85.0", "85.0"]
    assert rows[students.idle.email][5:9] == ["0", "", "", ""]


def test_grade_xlsx_opens_with_numbers_and_cyrillic(client, world, students):
    from openpyxl import load_workbook

    client.force_login(world.admin_a)
    response = client.get(reverse("universities:grades_xlsx", args=[world.cohort_a.pk]))
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "ID number"
    row = next(r for r in values[1:] if r[1] == students.active.email)
    assert row[3] == "Айгүл" or row[2] == "Айгүл"
    assert row[8] == 85.0


def test_api_grades_match_the_csv(client, world, students):
    client.force_login(world.admin_a)
    data = client.get(f"/api/v1/cohorts/{world.cohort_a.pk}/grades").json()
    csv_text = client.get(f"/api/v1/cohorts/{world.cohort_a.pk}/grades.csv").content.decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(csv_text)))
    assert table[0] == data["columns"] and table[1:] == data["rows"]
    roster_api = client.get(f"/api/v1/cohorts/{world.cohort_a.pk}/roster").json()["items"]
    entry = next(item for item in roster_api if item["email"] == students.active.email)
    assert entry["courses"][0]["post_test"] == 85.0 and entry["certificates"] == 0


def test_formula_like_text_is_neutralised_in_exports(world, learner):
    from universities import grades

    actions.join(learner, world.cohort_a)
    CohortMembership.objects.filter(user=learner).update(group="=HYPERLINK(1)")
    _headers, table = grades.grade_table(world.cohort_a)
    content = grades.to_csv(*grades.grade_table(world.cohort_a)).decode("utf-8-sig")
    assert table[0][4] == "=HYPERLINK(1)" and "'=HYPERLINK(1)" in content
