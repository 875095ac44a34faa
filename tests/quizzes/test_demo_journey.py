"""The issue's "done when": a learner takes the pre-test, the lesson checks and the post-test of a
demo course in each language, sees feedback with the article of law, the score and the per-skill
breakdown. Runs on the demo content, through the web pages and the API."""

import json

import pytest

from quizzes.models import Assessment, Attempt

from .conftest import right_response, wrong_response
from .test_web import form_for

ARTICLE_WORD = {"kk": "бап", "ru": "Статья", "en": "Article"}


def put(client, attempt, key, response):
    return client.put(
        f"/api/v1/attempts/{attempt.pk}/answers/{key}",
        data=json.dumps({"response": response}),
        content_type="application/json",
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("slug", ["consumer-rights", "free-legal-aid", "personal-data-and-ai"])
def test_pre_test_checks_and_post_test(learner_client, learner, language, slug):
    from tests.conftest import course

    page = course(language, slug)
    course_html = learner_client.get(page.url).content.decode()
    pre = Assessment.objects.get(slug=f"{slug}-pre")
    post = Assessment.objects.get(slug=f"{slug}-post")
    assert f"/{language}/quizzes/{pre.pk}/" in course_html and f"/{language}/quizzes/{post.pk}/" in course_html

    # Pre-test: half right.
    learner_client.post(f"/{language}/quizzes/{pre.pk}/start/")
    attempt = Attempt.objects.get(assessment=pre, user=learner)  # the demo has other learners' attempts
    assert len(attempt.layout) >= 10
    answers = {
        e["k"]: (right_response(attempt, e["k"]) if i % 2 else wrong_response(attempt, e["k"]))
        for i, e in enumerate(attempt.layout)
    }
    learner_client.post(f"/{language}/quizzes/attempts/{attempt.pk}/", form_for(attempt, answers) | {"submit": "1"})
    attempt.refresh_from_db()
    pre_percent = attempt.percent
    assert attempt.state == "submitted" and 30 <= pre_percent <= 70

    # Lesson checks: a wrong answer shows the explanation and the article of law at once.
    for lesson in page.lessons():
        lesson_html = learner_client.get(lesson.url).content.decode()
        check = Assessment.objects.for_lesson(lesson).get()
        assert f"/{language}/quizzes/{check.pk}/" in lesson_html
        check_attempt = json.loads(
            learner_client.post(f"/api/v1/assessments/{check.pk}/attempts?lang={language}").content
        )
        attempt_row = Attempt.objects.get(pk=check_attempt["id"])
        key = check_attempt["questions"][0]["key"]
        reply = put(learner_client, attempt_row, key, wrong_response(attempt_row, key)).json()
        review = reply["review"]
        assert review["is_correct"] is False and review["explanation"]
        assert review["legal_source"]["act"] and ARTICLE_WORD[language] in review["legal_source"]["article"]

    # Post-test: the other form, all right; the result page shows the score, skills and the law.
    learner_client.post(f"/{language}/quizzes/{post.pk}/start/")
    post_attempt = Attempt.objects.get(assessment=post, user=learner)
    assert {e["k"] for e in post_attempt.layout}.isdisjoint({e["k"] for e in attempt.layout})
    answers = {e["k"]: right_response(post_attempt, e["k"]) for e in post_attempt.layout}
    data = form_for(post_attempt, answers) | {f"c-{k}": "3" for k in answers} | {"submit": "1"}
    response = learner_client.post(f"/{language}/quizzes/attempts/{post_attempt.pk}/", data)
    result_html = learner_client.get(response.url).content.decode()
    post_attempt.refresh_from_db()
    assert post_attempt.percent == 100.0 and post_attempt.passed is True
    assert post_attempt.calibration["3"]["accuracy"] == 1.0
    assert "100%" in result_html
    assert len(post_attempt.breakdown) == 5
    assert ARTICLE_WORD[language] in result_html
