"""The learner's walk through the assessment API: start, answer, submit, result; nothing leaks early."""

import json

import pytest

from quizzes.models import Answer, Assessment, Attempt

from .conftest import right_response, wrong_response

SECRET_FIELDS = ("correct", "feedback", "explanation", "accepted", "review", "is_correct", "legal_source")


def api(client, method, url, body=None, **headers):
    headers.setdefault("HTTP_ACCEPT_LANGUAGE", "en")
    kwargs = {"content_type": "application/json"}
    if body is not None:
        kwargs["data"] = json.dumps(body)
    return getattr(client, method)(f"/api/v1{url}", **kwargs, **headers)


def walk(value):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield key, inner
            yield from walk(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from walk(inner)


def assert_no_secrets(payload):
    for key, value in walk(payload.get("questions") or payload.get("question") or payload):
        assert not (key in SECRET_FIELDS and value), f"{key} leaked: {value!r}"
    for question in payload.get("questions", []):
        if question["kind"] == "matching":
            # Matches are sent as tokens, never with the option keys that would give the pairs away.
            left = {option["key"] for option in question["options"]}
            assert all(match["key"].startswith("m") for match in question["matches"])
            assert not left & {match["key"] for match in question["matches"]}


@pytest.mark.django_db
def test_full_walk_without_leaks(learner_client, learner, quiz):
    response = api(learner_client, "post", f"/assessments/{quiz.pk}/attempts?lang=ru")
    assert response.status_code == 201, response.content
    data = response.json()
    attempt = Attempt.objects.get(pk=data["id"])
    assert_no_secrets(data)
    assert data["total"] == 6
    assert data["questions"][0]["stem"].endswith("(ru)")
    assert [q["kind"] for q in data["questions"]].count("matching") == 1

    # Resuming (another device) gives the same attempt, not a new one.
    again = api(learner_client, "post", f"/assessments/{quiz.pk}/attempts")
    assert again.status_code == 200 and again.json()["id"] == data["id"]

    for question in data["questions"]:
        key = question["key"]
        body = {"response": right_response(attempt, key) if key != "t-tf" else wrong_response(attempt, key)}
        saved = api(learner_client, "put", f"/attempts/{attempt.pk}/answers/{key}", body)
        assert saved.status_code == 200, saved.content
        assert_no_secrets(saved.json())
    # Re-reading the attempt shows the saved answers but still nothing secret.
    read = api(learner_client, "get", f"/attempts/{attempt.pk}")
    assert read.json()["answered"] == 6
    assert_no_secrets(read.json())

    submitted = api(learner_client, "post", f"/attempts/{attempt.pk}/submit", {"idempotency_key": "k-1"})
    assert submitted.status_code == 200, submitted.content
    result = submitted.json()
    assert result["state"] == "submitted" and result["duplicate"] is False
    assert result["result"]["score"] == 5.0 and result["result"]["max_score"] == 6.0
    assert result["result"]["passed"] is True
    by_skill = {row["code"]: row for row in result["result"]["skills"]}
    assert by_skill["test.skill-a"]["percent"] == 100.0
    assert by_skill["test.skill-b"]["score"] == 2.0 and by_skill["test.skill-b"]["max"] == 3
    # After submission the review tells what was right, with the law.
    tf = next(q for q in result["questions"] if q["key"] == "t-tf")
    assert tf["review"]["is_correct"] is False
    assert tf["review"]["explanation"].startswith("Because of the law")
    assert tf["review"]["legal_source"]["article"].startswith("Article 16")

    repeat = api(learner_client, "post", f"/attempts/{attempt.pk}/submit", {"idempotency_key": "k-1"})
    assert repeat.status_code == 200 and repeat.json()["duplicate"] is True
    assert repeat.json()["result"] == result["result"]


@pytest.mark.django_db
def test_answer_after_submit_is_409_and_changes_nothing(learner_client, quiz):
    data = api(learner_client, "post", f"/assessments/{quiz.pk}/attempts").json()
    attempt = Attempt.objects.get(pk=data["id"])
    api(
        learner_client,
        "put",
        f"/attempts/{attempt.pk}/answers/t-single",
        {"response": wrong_response(attempt, "t-single")},
    )
    api(learner_client, "post", f"/attempts/{attempt.pk}/submit")
    late = api(
        learner_client,
        "put",
        f"/attempts/{attempt.pk}/answers/t-single",
        {"response": right_response(attempt, "t-single")},
    )
    assert late.status_code == 409
    assert "already been submitted" in late.json()["message"]
    answer = Answer.objects.get(attempt=attempt, item__key="t-single")
    assert answer.response == wrong_response(attempt, "t-single") and answer.is_correct is False


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("key", "body", "status"),
    [
        ("t-nope", {"response": {"choice": "x"}}, 404),
        ("t-single", {"response": {"choice": "not-an-option"}}, 422),
        ("t-single", {"response": {"choices": ["a"]}}, 422),
        ("t-multiple", {"response": {"choices": "abc"}}, 422),
        ("t-short", {"response": {"text": "x" * 201}}, 422),
        ("t-short", {"response": {"text": 12}}, 422),
        ("t-order", {"response": {"order": ["a"]}}, 422),
        ("t-match", {"response": {"pairs": {"zz": "m0"}}}, 422),
        ("t-single", {"response": "right"}, 422),
        ("t-single", {"nothing": 1}, 422),
    ],
)
def test_bad_answers_are_clear_4xx_and_store_nothing(learner_client, quiz, key, body, status):
    data = api(learner_client, "post", f"/assessments/{quiz.pk}/attempts").json()
    response = api(learner_client, "put", f"/attempts/{data['id']}/answers/{key}", body)
    assert response.status_code == status, response.content
    assert response.json()["message"]
    assert not Answer.objects.filter(attempt_id=data["id"]).exists()


@pytest.mark.django_db
def test_unparseable_body_is_422(learner_client, quiz):
    data = api(learner_client, "post", f"/assessments/{quiz.pk}/attempts").json()
    response = learner_client.put(
        f"/api/v1/attempts/{data['id']}/answers/t-single", data=b"{not json", content_type="application/json"
    )
    assert response.status_code == 422


@pytest.mark.django_db
def test_another_learners_attempt_is_404(client, learner_client, other_learner, quiz):
    data = api(learner_client, "post", f"/assessments/{quiz.pk}/attempts").json()
    client.force_login(other_learner)
    for method, url, body in [
        ("get", f"/attempts/{data['id']}", None),
        ("put", f"/attempts/{data['id']}/answers/t-single", {"response": {"choice": "x"}}),
        ("post", f"/attempts/{data['id']}/submit", {}),
        ("get", "/attempts/not-a-uuid", None),
    ]:
        response = api(client, method, url, body)
        assert response.status_code == 404, (url, response.content)
    assert Attempt.objects.get(pk=data["id"]).is_open
    assert not Answer.objects.filter(attempt_id=data["id"]).exists()


@pytest.mark.django_db
def test_anonymous_cannot_start(client, quiz):
    assert api(client, "post", f"/assessments/{quiz.pk}/attempts").status_code == 401


@pytest.mark.django_db
def test_unpublished_assessment_is_404(learner_client, quiz):
    quiz.is_published = False
    quiz.save()
    assert api(learner_client, "post", f"/assessments/{quiz.pk}/attempts").status_code == 404
    assert api(learner_client, "get", f"/assessments/{quiz.pk}").status_code == 404


@pytest.mark.django_db
def test_attempt_limit(learner_client, quiz):
    for _ in range(2):
        data = api(learner_client, "post", f"/assessments/{quiz.pk}/attempts").json()
        api(learner_client, "post", f"/attempts/{data['id']}/submit")
    third = api(learner_client, "post", f"/assessments/{quiz.pk}/attempts")
    assert third.status_code == 409
    assert "2 attempts" in third.json()["message"]


@pytest.mark.django_db
def test_token_auth_works(client, token, quiz):
    response = api(client, "post", f"/assessments/{quiz.pk}/attempts", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 201


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "words"), [("kk", "талпыныс"), ("ru", "попыт"), ("en", "attempt")])
def test_error_messages_follow_the_callers_language(learner_client, quiz, language, words):
    for _ in range(2):
        data = api(learner_client, "post", f"/assessments/{quiz.pk}/attempts").json()
        api(learner_client, "post", f"/attempts/{data['id']}/submit")
    refused = api(learner_client, "post", f"/assessments/{quiz.pk}/attempts", HTTP_ACCEPT_LANGUAGE=language)
    assert refused.status_code == 409
    assert words in refused.json()["message"].lower()


@pytest.mark.django_db
def test_session_saves_need_the_csrf_token(learner, quiz):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    client.get(f"/en/quizzes/{quiz.pk}/")  # the page with the start form sets the CSRF cookie
    start = api(client, "post", f"/assessments/{quiz.pk}/attempts")
    assert start.status_code == 403
    token = client.cookies["csrftoken"].value
    data = api(client, "post", f"/assessments/{quiz.pk}/attempts", HTTP_X_CSRFTOKEN=token).json()
    attempt = Attempt.objects.get(pk=data["id"])
    forged = api(
        client, "put", f"/attempts/{attempt.pk}/answers/t-single", {"response": right_response(attempt, "t-single")}
    )
    assert forged.status_code == 403
    assert not Answer.objects.filter(attempt=attempt).exists()
    ok = api(
        client,
        "put",
        f"/attempts/{attempt.pk}/answers/t-single",
        {"response": right_response(attempt, "t-single")},
        HTTP_X_CSRFTOKEN=token,
    )
    assert ok.status_code == 200


@pytest.mark.django_db
def test_course_assessments_count_the_callers_attempts_in_one_query(learner_client, django_assert_max_num_queries):
    from django.test import Client

    from tests.conftest import course

    page = course("en")
    pre = Assessment.objects.get(slug="consumer-rights-pre")
    data = api(learner_client, "post", f"/assessments/{pre.pk}/attempts").json()
    api(learner_client, "post", f"/attempts/{data['id']}/submit")
    with django_assert_max_num_queries(6):  # one count query, not one per assessment (11)
        listed = api(learner_client, "get", f"/courses/{page.pk}/assessments?lang=en").json()
    by_slug = {row["slug"]: row for row in listed}
    assert by_slug["consumer-rights-pre"]["attempts_used"] == 1
    assert by_slug["consumer-rights-post"]["attempts_used"] == 0
    assert len(by_slug) == 6  # pre, post and four lesson checks
    anonymous = api(Client(), "get", f"/courses/{page.pk}/assessments").json()
    assert {row["attempts_used"] for row in anonymous} == {None}
