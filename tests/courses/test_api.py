"""The /api/v1/ catalogue, enrolment and progress endpoints: behaviour, permissions, bad input."""

import json

import pytest

from django.test import Client

from wagtail.models import APIToken

from courses.models import Enrollment
from tests.conftest import course, lessons, make_user

pytestmark = pytest.mark.django_db


def bearer(raw):
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def test_catalogue_lists_courses_in_the_requested_language(client):
    data = client.get("/api/v1/courses/?lang=ru").json()
    assert data["count"] == 3
    assert {item["language"] for item in data["items"]} == {"ru"}
    assert all(item["url"].startswith("/ru/courses/") for item in data["items"])


def test_catalogue_filters_and_pagination(client):
    data = client.get("/api/v1/courses/?lang=en&topic=legal-aid").json()
    assert [item["title"] for item in data["items"]] == ["Free legal aid and access to justice"]
    page = client.get("/api/v1/courses/?lang=en&limit=2&offset=2").json()
    assert page["count"] == 3 and len(page["items"]) == 1
    assert client.get("/api/v1/courses/?lang=xx").json() == {"items": [], "count": 0}


def test_catalogue_rejects_bad_pagination_with_422_json(client):
    response = client.get("/api/v1/courses/?limit=abc")
    assert response.status_code == 422
    assert "message" in response.json()


def test_course_detail_has_outline_and_languages(client):
    course_en = course("en")
    data = client.get(f"/api/v1/courses/{course_en.pk}").json()
    assert data["languages"] == ["en", "kk", "ru"]
    assert [lesson["id"] for lesson in data["lessons"]] == [lesson.pk for lesson in lessons("en")]
    assert data["skills"]


def test_unknown_course_is_404_json(client):
    response = client.get("/api/v1/courses/999999")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["message"]


def test_draft_course_is_404_like_an_unknown_one(client):
    course_kk = course("kk")
    course_kk.unpublish()
    response = client.get(f"/api/v1/courses/{course_kk.pk}")
    assert response.status_code == 404
    assert response.json() == client.get("/api/v1/courses/999999").json()


def test_anonymous_cannot_enrol(client):
    response = client.post(f"/api/v1/courses/{course('kk').pk}/enrolment")
    assert response.status_code == 401
    assert response.json()["message"]
    assert not Enrollment.objects.exists()


def test_enrol_with_token_twice_gives_one_enrolment(client, learner, token):
    course_kk = course("kk")
    first = client.post(f"/api/v1/courses/{course_kk.pk}/enrolment", **bearer(token))
    second = client.post(f"/api/v1/courses/{course_kk.pk}/enrolment", **bearer(token))
    assert first.status_code == second.status_code == 200
    assert first.json() == second.json()
    assert Enrollment.objects.filter(user=learner).count() == 1


def test_revoked_or_invalid_token_is_refused(client, learner):
    api_token, raw = APIToken.create_token(user=learner, name="old")
    api_token.revoke()
    assert client.get("/api/v1/me/courses", **bearer(raw)).status_code == 401
    assert client.get("/api/v1/me/courses", **bearer("wagtail_nonsense")).status_code == 401


def test_session_auth_requires_csrf_for_writes(learner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    response = client.post(f"/api/v1/courses/{course('kk').pk}/enrolment")
    assert response.status_code in (401, 403)
    assert not Enrollment.objects.exists()


def test_complete_lesson_and_progress_in_my_courses(client, learner, token):
    en_lessons = lessons("en")
    response = client.post(f"/api/v1/lessons/{en_lessons[0].pk}/complete", **bearer(token))
    assert response.status_code == 200
    assert response.json()["progress"] == {
        "completed": 1,
        "total": len(en_lessons),
        "percent": round(100 / len(en_lessons)),
    }
    mine = client.get("/api/v1/me/courses?lang=ru", **bearer(token)).json()
    assert len(mine) == 1
    assert mine[0]["course"]["language"] == "ru"
    assert mine[0]["progress"]["completed"] == 1
    assert mine[0]["continue_lesson"]["id"] == lessons("ru")[1].pk


def test_learner_never_sees_another_learners_progress(client, learner, token):
    other = make_user("other@example.kz")
    _t, other_raw = APIToken.create_token(user=other, name="other")
    client.post(f"/api/v1/lessons/{lessons('kk')[0].pk}/complete", **bearer(token))
    assert client.get("/api/v1/me/courses", **bearer(other_raw)).json() == []


def test_leave_when_not_enrolled_is_404(client, token):
    response = client.delete(f"/api/v1/courses/{course('kk').pk}/enrolment", **bearer(token))
    assert response.status_code == 404 and response.json()["message"]


def test_leave_then_enrol_again(client, learner, token):
    course_kk = course("kk")
    client.post(f"/api/v1/courses/{course_kk.pk}/enrolment", **bearer(token))
    left = client.delete(f"/api/v1/courses/{course_kk.pk}/enrolment", **bearer(token)).json()
    assert left["status"] == "left"
    again = client.post(f"/api/v1/courses/{course_kk.pk}/enrolment", **bearer(token)).json()
    assert again["status"] == "active"


@pytest.mark.parametrize(
    "body",
    ["{not json", json.dumps({"preferred_language": "fr"}), json.dumps({"display_name": "x" * 500}), "[]"],
)
def test_malformed_bodies_give_422_with_a_message(client, learner, token, body):
    response = client.patch("/api/v1/me/profile/", data=body, content_type="application/json", **bearer(token))
    assert response.status_code == 422, response.content
    assert response.json()["message"].startswith("The request is not valid.")
    learner.refresh_from_db()
    assert learner.preferred_language == "kk"


def test_update_profile(client, learner, token):
    response = client.patch(
        "/api/v1/me/profile/", data={"preferred_language": "ru"}, content_type="application/json", **bearer(token)
    )
    assert response.status_code == 200 and response.json()["preferred_language"] == "ru"


def test_openapi_docs_are_served(client):
    assert client.get("/api/v1/docs").status_code == 200
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/courses/" in schema["paths"]


def test_unknown_api_path_is_not_an_html_page(client):
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert not response.content.startswith(b"<!DOCTYPE")
