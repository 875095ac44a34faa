"""Surveys: consent first, anonymous or identified, one response per person, idempotent, validated."""

import json

import pytest

from quizzes.models import Answer, Assessment, Attempt
from quizzes.models.attempts import SurveyParticipation

from .conftest import choice, cols, make_assessment, make_item


@pytest.fixture
def survey(skills):
    likert = make_item(
        "s-rights",
        "likert",
        [choice(f"Point {n}", feedback=False) for n in range(1, 6)],
        variable="q_rights",
        allow_dont_know=True,
    )
    age = make_item(
        "s-age",
        "choice",
        [choice("18-24", feedback=False), choice("25-34", feedback=False)],
        variable="q_age",
        allow_prefer_not=True,
    )
    apps = make_item("s-apps", "number", [], variable="q_apps", min_value=0, max_value=50)
    wish = make_item("s-wish", "text", [], variable="q_wish")
    return make_assessment(
        "t-survey",
        Assessment.Kind.SURVEY,
        [likert, age, apps, wish],
        anonymous=True,
        **cols("consent", "We ask about AI"),
    )


def post(client, survey, body):
    return client.post(
        f"/api/v1/assessments/{survey.pk}/responses",
        data=json.dumps(body),
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )


def options(survey, key):
    content = survey.fixed_items.get(item__key=key).item.current_version.content
    return [option["key"] for option in content["options"]]


@pytest.mark.django_db
def test_anonymous_response_keeps_no_link(client, learner, survey):
    client.force_login(learner)
    body = {
        "consent": True,
        "idempotency_key": "resp-1",
        "answers": {
            "s-rights": {"special": "dont_know"},
            "s-age": {"choice": options(survey, "s-age")[1]},
            "s-apps": {"number": 3},
        },
    }
    response = post(client, survey, body)
    assert response.status_code == 201, response.content
    attempt = Attempt.objects.get(pk=response.json()["id"])
    assert attempt.user is None and attempt.consent_version == 1
    assert Answer.objects.filter(attempt=attempt).count() == 3
    assert SurveyParticipation.objects.filter(user=learner, assessment=survey).exists()
    # The same request again (a retry) gives the same response, nothing new.
    again = post(client, survey, body)
    assert again.status_code == 200 and again.json() == {**response.json(), "duplicate": True}
    # A second, different response from the same person is refused clearly.
    other = post(client, survey, {**body, "idempotency_key": "resp-2"})
    assert other.status_code == 409 and "already answered" in other.json()["message"]
    assert Attempt.objects.filter(assessment=survey).count() == 1


@pytest.mark.django_db
def test_anonymous_visitor_may_answer(client, survey):
    response = post(client, survey, {"consent": True, "answers": {"s-wish": {"text": "Уроки на казахском"}}})
    assert response.status_code == 201


@pytest.mark.django_db
def test_consent_is_required(client, survey):
    response = post(client, survey, {"consent": False, "answers": {}})
    assert response.status_code == 422 and "consent" in response.json()["message"]
    assert not Attempt.objects.filter(assessment=survey).exists()


@pytest.mark.django_db
def test_every_bad_answer_is_named_and_nothing_is_stored(client, survey):
    response = post(
        client,
        survey,
        {
            "consent": True,
            "answers": {
                "s-apps": {"number": 99},
                "s-age": {"special": "dont_know"},
                "nope": {"choice": "x"},
                "s-wish": {"text": "ok"},
            },
        },
    )
    assert response.status_code == 422
    message = response.json()["message"]
    assert "s-apps" in message and "s-age" in message and "nope" in message
    assert not Attempt.objects.filter(assessment=survey).exists()
    assert not Answer.objects.filter(attempt__assessment=survey).exists()


@pytest.mark.django_db
def test_identified_survey_needs_login_and_links_the_person(client, learner, survey):
    survey.anonymous = False
    survey.save()
    assert post(client, survey, {"consent": True, "answers": {}}).status_code == 401
    client.force_login(learner)
    response = post(client, survey, {"consent": True, "answers": {"s-apps": {"number": 0}}})
    assert response.status_code == 201
    assert Attempt.objects.get(pk=response.json()["id"]).user == learner


@pytest.mark.django_db
def test_changing_the_consent_text_raises_its_version(survey):
    survey.consent_en = "A new purpose"
    survey.save()
    survey.refresh_from_db()
    assert survey.consent_version == 2
    survey.title_en = "Only the title"
    survey.save()
    survey.refresh_from_db()
    assert survey.consent_version == 2


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_survey_page_renders_and_submits(client, survey, language):
    page = client.get(f"/{language}/quizzes/{survey.pk}/")
    assert page.status_code == 200
    content = page.content.decode()
    assert "We ask about AI" in content and 'name="consent"' in content
    assert {"kk": "Білмеймін", "ru": "Не знаю", "en": "Don't know"}[language] in content
    response = client.post(
        f"/{language}/quizzes/{survey.pk}/",
        {"consent": "yes", "q-s-apps": "7", "q-s-rights-special": "dont_know", "idempotency_key": "web-1"},
    )
    assert response.status_code == 200
    attempt = Attempt.objects.get(assessment=survey)
    assert sorted(attempt.answers.values_list("response", flat=True), key=str) == sorted(
        [{"number": 7}, {"special": "dont_know"}], key=str
    )


@pytest.mark.django_db
def test_survey_page_without_consent_shows_the_error(client, survey):
    response = client.post(f"/en/quizzes/{survey.pk}/", {"q-s-apps": "7"})
    assert response.status_code == 200
    assert "agree" in response.content.decode()
    assert not Attempt.objects.filter(assessment=survey).exists()


@pytest.mark.django_db
def test_survey_questions_through_the_api(client, survey):
    questions = client.get(f"/api/v1/assessments/{survey.pk}/survey?lang=ru").json()
    assert [q["key"] for q in questions] == ["s-rights", "s-age", "s-apps", "s-wish"]
    assert questions[0]["stem"] == "Question s-rights (ru)" and questions[0]["survey"]["allow_dont_know"] is True
    assert questions[2]["survey"]["max"] == 50
