"""Enrolment, lesson completion, progress across languages, anonymous progress and My learning."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import actions
from courses.exceptions import InvalidTransitionError
from courses.models import Enrollment, LessonProgress
from tests.conftest import course, lessons

pytestmark = pytest.mark.django_db


def test_enrolling_twice_gives_one_enrolment(learner_client, learner, course_kk):
    for _ in range(2):
        response = learner_client.post(f"/kk/learning/courses/{course_kk.pk}/enrol/")
        assert response.status_code == 302
    assert Enrollment.objects.filter(user=learner).count() == 1


def test_enrolment_in_one_language_is_the_enrolment_in_all(learner, course_kk, course_ru):
    actions.enrol(learner, course_kk)
    actions.enrol(learner, course_ru)
    assert Enrollment.objects.filter(user=learner).count() == 1


def test_leave_and_rejoin_keeps_progress(learner_client, learner, course_kk, lesson_kk):
    actions.complete_lesson(learner, lesson_kk)
    learner_client.post(f"/kk/learning/courses/{course_kk.pk}/leave/")
    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.status == Enrollment.Status.LEFT
    learner_client.post(f"/kk/learning/courses/{course_kk.pk}/enrol/")
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ACTIVE
    assert LessonProgress.objects.filter(user=learner, completed_at__isnull=False).count() == 1


def test_invalid_transition_is_refused(learner, course_kk):
    enrollment = actions.enrol(learner, course_kk)
    with pytest.raises(InvalidTransitionError):
        enrollment.rejoin()


def test_progress_survives_switching_language(learner_client, learner):
    kk_lessons = lessons("kk")
    learner_client.post(f"/kk/learning/lessons/{kk_lessons[0].pk}/complete/")
    learner_client.post(f"/kk/learning/lessons/{kk_lessons[1].pk}/complete/")
    html = learner_client.get(course("ru").url).content.decode()
    total = len(kk_lessons)
    assert f'aria-valuenow="{round(200 / total)}"' in html
    assert "2 из" in html or f"2 of {total}" in html


def test_completing_every_lesson_completes_the_course(learner):
    for lesson in lessons("en"):
        actions.complete_lesson(learner, lesson)
    assert Enrollment.objects.get(user=learner).status == Enrollment.Status.COMPLETED


def test_completing_a_lesson_twice_changes_nothing(learner, lesson_kk):
    first = actions.complete_lesson(learner, lesson_kk)
    second = actions.complete_lesson(learner, lesson_kk)
    assert first.pk == second.pk and first.completed_at == second.completed_at
    assert LessonProgress.objects.filter(user=learner).count() == 1


def test_viewing_a_lesson_remembers_where_to_continue(learner_client, learner):
    kk_lessons = lessons("kk")
    actions.enrol(learner, course("kk"))
    actions.complete_lesson(learner, kk_lessons[0])
    learner_client.get(kk_lessons[2].url)
    html = learner_client.get("/en/learning/").content.decode()
    en_third = lessons("en")[2]
    assert en_third.url in html
    assert "Continue where you left off" in html


def test_my_learning_empty_state(learner_client):
    html = learner_client.get("/en/learning/").content.decode()
    assert "You are not enrolled in any course yet." in html


def test_my_learning_requires_login(client):
    response = client.get("/en/learning/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_anonymous_visitor_reads_and_completes_then_keeps_progress_after_signup(client):
    lesson = lessons("en")[0]
    assert client.get(lesson.url).status_code == 200
    assert client.post(f"/en/learning/lessons/{lesson.pk}/complete/").status_code == 302
    response = client.post(
        "/en/accounts/signup/",
        {
            "email": "newcomer@example.kz",
            "password1": "a-long-unusual-passphrase",
            "password2": "a-long-unusual-passphrase",
            "display_name": "Newcomer",
            "preferred_language": "en",
            "accept_terms": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    progress = LessonProgress.objects.get(user__email="newcomer@example.kz")
    assert progress.lesson_key == lesson.translation_key and progress.completed_at is not None
    assert Enrollment.objects.filter(user__email="newcomer@example.kz").count() == 1


def test_anonymous_cannot_enrol(client, course_kk):
    response = client.post(f"/kk/learning/courses/{course_kk.pk}/enrol/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Enrollment.objects.exists()


def test_enrol_unknown_or_draft_course_is_404(learner_client, course_kk):
    assert learner_client.post("/kk/learning/courses/999999/enrol/").status_code == 404
    course_kk.unpublish()
    assert learner_client.post(f"/kk/learning/courses/{course_kk.pk}/enrol/").status_code == 404


def test_enrol_requires_post(learner_client, course_kk):
    assert learner_client.get(f"/kk/learning/courses/{course_kk.pk}/enrol/").status_code == 405


def test_complete_redirect_refuses_foreign_hosts(learner_client, lesson_kk):
    response = learner_client.post(
        f"/kk/learning/lessons/{lesson_kk.pk}/complete/", {"next": "https://evil.example/steal"}
    )
    assert response["Location"] == lesson_kk.url


@pytest.mark.parametrize("signed_in", [False, True])
def test_lesson_page_query_count_is_within_budget(client, learner, signed_in):
    if signed_in:
        client.force_login(learner)
    lesson = lessons("ru")[1]
    client.get(lesson.url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(lesson.url).status_code == 200
    # The lesson's "check yourself" link comes from a fragment cache like the lesson body.
    assert len(queries) <= (14 if signed_in else 10), [q["sql"][:120] for q in queries]


def test_anonymous_lesson_page_is_cached_until_content_changes(client, settings):
    settings.SAUAT_PAGE_CACHE_SECONDS = 60
    lesson = lessons("en")[0]
    client.get(lesson.url)
    with CaptureQueriesContext(connection) as queries:
        first = client.get(lesson.url)
    assert len(queries) == 0
    lesson.title = "A new title for the lesson"
    lesson.save_revision().publish()
    assert "A new title for the lesson" in client.get(lesson.url).content.decode()
    assert first.status_code == 200
