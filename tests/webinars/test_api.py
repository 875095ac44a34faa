"""/api/v1/webinars/ and /api/v1/me/webinars: behaviour, permissions and bad input as JSON 4xx."""

from datetime import timedelta

import pytest

from django.utils import timezone

from wagtail.models import APIToken

from tests.conftest import make_user
from tests.webinars.builders import make_webinar
from webinars import actions
from webinars.models import Registration

pytestmark = pytest.mark.django_db


def bearer(raw):
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def post(client, url, token, data=None, language="kk"):
    import json

    body = json.dumps(data) if data is not None else ""
    return client.post(url, data=body, content_type="application/json", HTTP_ACCEPT_LANGUAGE=language, **bearer(token))


def test_upcoming_webinars_in_one_language(client):
    data = client.get("/api/v1/webinars/?lang=ru").json()
    assert data["count"] == 4  # three webinars and one consultation hours in the demo
    items = data["items"]
    assert {item["language"] for item in items} == {"ru"}
    assert [item["start_at"] for item in items] == sorted(item["start_at"] for item in items)
    consultation = next(item for item in items if item["kind"] == "consultation")
    assert consultation["seats_left"] is None and len(consultation["free_slots"]) == 6
    webinar = next(item for item in items if item["kind"] == "webinar")
    assert webinar["seats_left"] == webinar["capacity"] and webinar["speakers"]


def test_register_and_list_my_registrations(client, learner, token, webinar):
    response = post(client, f"/api/v1/webinars/{webinar.pk}/registration", token)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "confirmed" and body["waitlist_position"] is None
    again = post(client, f"/api/v1/webinars/{webinar.pk}/registration", token)
    assert again.json()["id"] == body["id"]
    mine = client.get("/api/v1/me/webinars", **bearer(token)).json()
    assert [row["id"] for row in mine] == [body["id"]]


def test_full_webinar_waitlists_with_position(client, token):
    webinar = make_webinar(capacity=1)
    actions.register(make_user("first@example.kz"), webinar)
    body = post(client, f"/api/v1/webinars/{webinar.pk}/registration", token).json()
    assert body["status"] == "waitlisted" and body["waitlist_position"] == 1


def test_full_webinar_without_waiting_list_is_409(client, token):
    webinar = make_webinar(capacity=1, waitlist_enabled=False)
    actions.register(make_user("first@example.kz"), webinar)
    response = post(client, f"/api/v1/webinars/{webinar.pk}/registration", token, language="en")
    assert response.status_code == 409
    assert "is full and has no waiting list" in response.json()["message"]
    in_russian = post(client, f"/api/v1/webinars/{webinar.pk}/registration", token, language="ru")
    assert "нет мест" in in_russian.json()["message"]


def test_past_webinar_is_409(client, token):
    past = make_webinar(start=timezone.now() - timedelta(days=1))
    response = post(client, f"/api/v1/webinars/{past.pk}/registration", token)
    assert response.status_code == 409 and response.json()["message"]


def test_anonymous_cannot_register(client, webinar):
    response = client.post(f"/api/v1/webinars/{webinar.pk}/registration")
    assert response.status_code == 401 and response.json()["message"]
    assert not Registration.objects.exists()


def test_unknown_webinar_is_404_json(client, token):
    response = post(client, "/api/v1/webinars/999999/registration", token)
    assert response.status_code == 404 and response["Content-Type"].startswith("application/json")


def test_another_users_registration_id_is_404(client, token, other_learner, webinar):
    theirs = actions.register(other_learner, webinar)
    response = client.delete(f"/api/v1/me/webinars/{theirs.pk}", **bearer(token))
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == "confirmed"


def test_cancel_own_registration_promotes_the_waiting_list(client, learner, token):
    webinar = make_webinar(capacity=1)
    mine = actions.register(learner, webinar)
    waiting = actions.register(make_user("waiting@example.kz"), webinar)
    response = client.delete(f"/api/v1/me/webinars/{mine.pk}", **bearer(token))
    assert response.status_code == 200 and response.json()["status"] == "cancelled"
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
    assert client.get("/api/v1/me/webinars", **bearer(token)).json() == []


def test_consultation_booking_needs_slot_intake_and_consent(client, token, speaker):
    hours = make_webinar("api-hours", kind="consultation", slot_minutes=30, minutes=60, speaker=speaker)
    url = f"/api/v1/webinars/{hours.pk}/registration"
    missing = post(client, url, token, {"slot_start": hours.start_at.isoformat()})
    assert missing.status_code == 422 and "consent" in missing.json()["message"]
    no_slot = post(client, url, token, {"topic": "other", "question": "?", "consent": True})
    assert no_slot.status_code == 409
    ok = post(
        client,
        url,
        token,
        {"slot_start": hours.start_at.isoformat(), "topic": "work", "question": "Unpaid salary", "consent": True},
    )
    assert ok.status_code == 200, ok.content
    assert ok.json()["starts_at"].startswith(hours.start_at.strftime("%Y-%m-%dT%H:%M"))


def test_malformed_body_is_422(client, token, webinar):
    response = client.post(
        f"/api/v1/webinars/{webinar.pk}/registration", data="{oops", content_type="application/json", **bearer(token)
    )
    assert response.status_code == 422


def test_revoked_token_cannot_register(client, learner, webinar):
    api_token, raw = APIToken.create_token(user=learner, name="old")
    api_token.revoke()
    assert post(client, f"/api/v1/webinars/{webinar.pk}/registration", raw).status_code == 401


def test_openapi_lists_the_webinar_routes(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"/api/v1/webinars/", "/api/v1/webinars/{webinar_id}/registration", "/api/v1/me/webinars"} <= set(paths)
