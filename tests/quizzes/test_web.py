"""The assessment pages in kk/ru/en: start, answer without JavaScript, check, submit, results, admin."""

import pytest

from accounts.models import User
from accounts.roles import EDITORS, UNIVERSITY_STAFF, ensure_roles
from quizzes.models import Assessment, Attempt

from .conftest import right_response

KAZAKH_LETTERS = set("әғқңөұүһі")


def form_for(attempt, answers):
    """POST data for the plain form (matching tokens and ordering positions as the page sends them)."""
    data = {}
    for key, response in answers.items():
        if "choice" in response:
            data[f"q-{key}"] = response["choice"]
        elif "choices" in response:
            data[f"q-{key}"] = response["choices"]
        elif "pairs" in response:
            for left, token in response["pairs"].items():
                data[f"q-{key}-{left}"] = token
        elif "order" in response:
            for position, option in enumerate(response["order"], start=1):
                data[f"q-{key}-{option}"] = str(position)
        elif "text" in response:
            data[f"q-{key}"] = response["text"]
    return data


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_take_a_quiz_without_javascript(learner_client, quiz, language):
    intro = learner_client.get(f"/{language}/quizzes/{quiz.pk}/")
    assert intro.status_code == 200
    started = learner_client.post(f"/{language}/quizzes/{quiz.pk}/start/")
    attempt = Attempt.objects.get(assessment=quiz)
    assert started.url == f"/{language}/quizzes/attempts/{attempt.pk}/"
    page = learner_client.get(started.url)
    html = page.content.decode()
    assert page.status_code == 200
    if language != "en":
        assert f"Question t-single ({language})" in html
    if language == "kk":
        assert KAZAKH_LETTERS & set(html.lower())
    assert "Feedback for" not in html and "Because of the law" not in html
    answers = {entry["k"]: right_response(attempt, entry["k"]) for entry in attempt.layout}
    data = form_for(attempt, answers) | {"submit": "1", "idempotency_key": "f-1"}
    response = learner_client.post(started.url, data)
    assert response.status_code == 302 and response.url.endswith("/result/")
    attempt.refresh_from_db()
    assert attempt.state == "submitted" and attempt.score == 6.0
    result = learner_client.get(response.url).content.decode()
    assert "100%" in result and "Because of the law" in result and "Article 16" in result
    # Posting the same form again (back button) changes nothing.
    again = learner_client.post(started.url, data)
    assert again.status_code == 302
    assert Attempt.objects.filter(assessment=quiz).count() == 1


@pytest.mark.django_db
def test_save_and_resume_keeps_answers(learner_client, quiz):
    learner_client.post(f"/en/quizzes/{quiz.pk}/start/")
    attempt = Attempt.objects.get(assessment=quiz)
    right = right_response(attempt, "t-short")
    learner_client.post(f"/en/quizzes/attempts/{attempt.pk}/", form_for(attempt, {"t-short": right}) | {"save": "1"})
    page = learner_client.get(f"/en/quizzes/attempts/{attempt.pk}/").content.decode()
    assert f'value="{right["text"]}"' in page
    assert Attempt.objects.get(pk=attempt.pk).is_open


@pytest.mark.django_db
def test_check_button_reveals_feedback_for_that_question_only(learner_client, check):
    learner_client.post(f"/ru/quizzes/{check.pk}/start/")
    attempt = Attempt.objects.get(assessment=check)
    data = form_for(attempt, {"t-single": right_response(attempt, "t-single")}) | {"check": "t-single"}
    response = learner_client.post(f"/ru/quizzes/attempts/{attempt.pk}/", data)
    assert response.status_code == 302
    page = learner_client.get(f"/ru/quizzes/attempts/{attempt.pk}/").content.decode()
    assert "Because of the law (t-single) (ru)" in page
    assert "Because of the law (t-short)" not in page


@pytest.mark.django_db
def test_invalid_form_answer_shows_message_not_500(learner_client, quiz):
    learner_client.post(f"/en/quizzes/{quiz.pk}/start/")
    attempt = Attempt.objects.get(assessment=quiz)
    response = learner_client.post(
        f"/en/quizzes/attempts/{attempt.pk}/", {"q-t-single": "forged", "q-t-short": "x" * 300, "submit": "1"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Choose one of the options" in html and "too long" in html
    assert Attempt.objects.get(pk=attempt.pk).is_open


@pytest.mark.django_db
def test_other_learner_cannot_open_an_attempt_page(client, learner_client, other_learner, quiz):
    learner_client.post(f"/en/quizzes/{quiz.pk}/start/")
    attempt = Attempt.objects.get(assessment=quiz)
    client.force_login(other_learner)
    assert client.get(f"/en/quizzes/attempts/{attempt.pk}/").status_code == 404
    assert client.post(f"/en/quizzes/attempts/{attempt.pk}/", {"submit": "1"}).status_code == 404
    assert Attempt.objects.get(pk=attempt.pk).is_open


@pytest.mark.django_db
def test_anonymous_sees_intro_with_login_link(client, quiz):
    page = client.get(f"/en/quizzes/{quiz.pk}/")
    assert page.status_code == 200 and "Log in to start" in page.content.decode()
    assert client.post(f"/en/quizzes/{quiz.pk}/start/").status_code == 302
    assert not Attempt.objects.filter(assessment=quiz).exists()


@pytest.fixture
def editor(db):
    groups = ensure_roles()
    user = User.objects.create_user(email="editor@example.kz", password="x-very-long-pass")
    user.groups.add(groups[EDITORS])
    return user


@pytest.mark.django_db
def test_editor_filters_bank_and_previews_an_item(client, editor, bank):
    client.force_login(editor)
    listing = client.get("/admin/snippets/quizzes/item/?kind=matching")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "t-match" in html and "t-single" not in html
    bank["short"].stem_en = ""
    bank["short"].save()
    missing = client.get("/admin/snippets/quizzes/item/?missing=en").content.decode()
    assert "t-short" in missing and "t-match" not in missing
    assert client.get(f"/admin/snippets/quizzes/item/edit/{bank['single'].pk}/").status_code == 200
    assert client.get("/admin/quizzes/import/").status_code == 200
    preview = bank["single"].make_preview_request(preview_mode="ru")
    html = preview.render().content.decode()
    assert "Question t-single (ru)" in html and "Feedback for Right (ru)" in html


@pytest.mark.django_db
def test_results_need_permission(client, editor, learner, quiz):
    client.force_login(editor)
    assert client.get("/admin/quizzes/results/").status_code in (302, 403)
    staff = User.objects.create_user(email="staff@example.kz", password="x-very-long-pass")
    staff.groups.add(ensure_roles()[UNIVERSITY_STAFF])
    client.force_login(staff)
    response = client.get("/admin/quizzes/results/")
    assert response.status_code == 200 and "t-quiz" in response.content.decode()
    assert client.get("/admin/quiz_attempts/").status_code == 200


@pytest.mark.django_db
def test_new_lesson_check_appears_on_cached_lesson_pages(client, settings, bank):
    from tests.conftest import lessons

    from .conftest import make_assessment

    settings.SAUAT_PAGE_CACHE_SECONDS = 600
    lesson = lessons("en", "consumer-rights")[0]
    Assessment.objects.filter(kind="lesson_check", lesson__translation_key=lesson.translation_key).delete()
    assert "Check yourself" not in client.get(lesson.url).content.decode()
    check = make_assessment("t-new-check", "lesson_check", [bank["single"]], lesson=lesson)
    html = client.get(lesson.url).content.decode()
    assert "Check yourself" in html and f"/en/quizzes/{check.pk}/" in html
    check.is_published = False
    check.save()
    assert f"/en/quizzes/{check.pk}/" not in client.get(lesson.url).content.decode()


@pytest.mark.django_db
def test_attempts_are_read_only_in_the_admin(client, learner, quiz):
    from quizzes import actions

    attempt = actions.start_attempt(learner, quiz, "en")
    actions.submit(learner, attempt.pk)
    staff = User.objects.create_user(email="staff2@example.kz", password="x-very-long-pass")
    staff.groups.add(ensure_roles()[UNIVERSITY_STAFF])
    client.force_login(staff)
    assert client.get(f"/admin/quiz_attempts/inspect/{attempt.pk}/").status_code == 200
    assert client.get(f"/admin/quiz_attempts/edit/{attempt.pk}/").status_code in (302, 403)
    client.post(f"/admin/quiz_attempts/delete/{attempt.pk}/")
    assert Attempt.objects.filter(pk=attempt.pk, score=0.0).exists()
    # A learner without admin access sees nothing of it.
    client.force_login(learner)
    assert client.get("/admin/quiz_attempts/").status_code == 302
