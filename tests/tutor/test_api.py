"""/api/v1/me/mastery, /api/v1/tutor/next-steps, /api/v1/tutor/review, /api/v1/tutor/preferences."""

import json

import pytest

from tutor.models import Recommendation, SkillState, TutorProfile

pytestmark = pytest.mark.django_db


def bearer(token):
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def test_my_mastery_lists_only_my_skills(client, token, learner, other_learner, struggling, committed):
    from .conftest import enrol, pre_test

    enrol(other_learner, "consumer-rights")
    with committed():
        pre_test(other_learner, "consumer-rights", lambda skills: True)
    rows = client.get("/api/v1/me/mastery?lang=en", **bearer(token)).json()
    codes = {row["skill"] for row in rows}
    assert codes == set(SkillState.objects.filter(user=learner).values_list("skill__code", flat=True))
    assert not any(code.startswith("consumer.") for code in codes)
    eligibility = next(row for row in rows if row["skill"] == "legal-aid.eligibility")
    assert eligibility["struggling"] and not eligibility["mastered"] and eligibility["correct"] == 0


def test_mastery_needs_authentication(client):
    response = client.get("/api/v1/me/mastery")
    assert response.status_code == 401 and "message" in response.json()
    assert client.get("/api/v1/tutor/next-steps").status_code == 401
    assert client.get("/api/v1/tutor/review").status_code == 401


@pytest.mark.parametrize(("language", "word"), [("kk", "мин"), ("ru", "мин"), ("en", "min")])
def test_next_steps_shape_and_language(client, token, struggling, language, word):
    steps = client.get(f"/api/v1/tutor/next-steps?lang={language}", **bearer(token)).json()
    assert [s["kind"] for s in steps][:2] == ["review", "remediation"]
    first = steps[0]
    assert set(first) >= {"kind", "title", "url", "reason", "estimated_minutes"}
    assert word in first["reason"] and first["url"].startswith(f"/{language}/learning/path/review/")


def test_dismiss_is_only_for_my_own_recommendations(client, token, other_learner, struggling):
    steps = client.get("/api/v1/tutor/next-steps?lang=en", **bearer(token)).json()
    client.force_login(other_learner)
    response = client.post(f"/api/v1/tutor/next-steps/{steps[0]['id']}/dismiss")
    assert response.status_code == 404
    assert Recommendation.objects.get(pk=steps[0]["id"]).status == "shown"
    client.logout()
    response = client.post(f"/api/v1/tutor/next-steps/{steps[0]['id']}/dismiss", **bearer(token))
    assert response.status_code == 200 and response.json()["status"] == "dismissed"
    again = client.post(f"/api/v1/tutor/next-steps/{steps[0]['id']}/dismiss", **bearer(token))
    assert again.status_code == 200 and Recommendation.objects.filter(status="dismissed").count() == 1


def test_review_queue(client, token, learner, struggling):
    queue = client.get("/api/v1/tutor/review?lang=ru", **bearer(token)).json()
    assert queue["due"] == len(queue["cards"]) >= 1
    assert all(card["times_missed"] == 1 for card in queue["cards"])
    assert all(any("а" <= ch <= "я" for ch in card["stem"].lower()) for card in queue["cards"])


def test_preferences_round_trip_and_bad_input(client, token, learner):
    assert client.get("/api/v1/tutor/preferences", **bearer(token)).json()["personalised"] is True
    response = client.put(
        "/api/v1/tutor/preferences",
        data=json.dumps({"personalised": False, "review_reminders": True}),
        content_type="application/json",
        **bearer(token),
    )
    assert response.status_code == 200 and response.json()["personalised"] is False
    bad = client.put(
        "/api/v1/tutor/preferences",
        data=json.dumps({"personalised": True, "detail": "loud"}),
        content_type="application/json",
        **bearer(token),
    )
    assert bad.status_code == 422 and "message" in bad.json()
    profile = TutorProfile.objects.get(user=learner)
    assert profile.personalised is False and profile.detail == "auto"


def test_reset_my_mastery(client, token, learner, struggling):
    response = client.post("/api/v1/me/mastery/legal-aid.eligibility/reset", **bearer(token))
    assert response.status_code == 204
    assert not SkillState.objects.filter(user=learner, skill__code="legal-aid.eligibility").exists()
    assert client.post("/api/v1/me/mastery/nope/reset", **bearer(token)).status_code == 404
