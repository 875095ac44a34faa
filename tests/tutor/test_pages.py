"""The tutor page, the ask box on lessons, the admin review flow and answer cards."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.users.models import UserProfile

from accounts.roles import EDITORS, LEGAL_REVIEWERS
from cms.models import LegalAct
from tests.conftest import lessons, make_user
from tutor.answering import answer_question
from tutor.models import AnswerCard, Passage, QuestionLog, Rating

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "text"), [("kk", "Тьюторға сұрақ қойыңыз"), ("ru", "Задайте вопрос тьютору"), ("en", "Ask the tutor")]
)
def test_the_tutor_page_renders_in_each_language(client, language, text):
    response = client.get(f"/{language}/tutor/")
    assert response.status_code == 200
    assert text in response.content.decode()


def test_asking_on_the_page_shows_the_cited_answer_and_the_notice(client):
    response = client.post("/en/tutor/", {"question": "What is a warranty period?"})
    html = response.content.decode()
    assert response.status_code == 200
    lesson = lessons("en")[1]
    assert f'href="{lesson.url}"' in html
    assert "not legal advice" in html
    assert QuestionLog.objects.count() == 1


def test_a_kazakh_question_on_the_kazakh_page_is_answered_in_kazakh(client):
    html = client.post("/kk/tutor/", {"question": "Кепілдік мерзімі дегеніміз не?"}).content.decode()
    assert "кепілдік" in html.lower()
    assert lessons("kk")[1].url in html


def test_an_empty_question_is_refused_and_not_logged(client):
    response = client.post("/en/tutor/", {"question": "  "})
    assert response.status_code == 422
    assert not QuestionLog.objects.exists()


def test_the_page_rate_limit(client, settings):
    settings.SAUAT_TUTOR_RATE_LIMIT = "1/h"
    assert client.post("/en/tutor/", {"question": "What is personal data?"}).status_code == 200
    assert client.post("/en/tutor/", {"question": "What is personal data?"}).status_code == 429
    assert QuestionLog.objects.count() == 1


def test_a_threat_on_the_page_shows_112_first(client):
    html = client.post("/ru/tutor/", {"question": "Муж бьёт меня и угрожает убить"}).content.decode()
    assert html.index("112") < html.index("1414")


def test_rating_on_the_page(client):
    client.post("/en/tutor/", {"question": "What is personal data?"})
    log = QuestionLog.objects.get()
    response = client.post(f"/en/tutor/answers/{log.pk}/rating/", {"verdict": "wrong"})
    assert response.status_code == 302
    assert Rating.objects.get().verdict == "wrong"
    assert client.post(f"/en/tutor/answers/{log.pk}/rating/", {"verdict": "nonsense"}).status_code == 302
    assert Rating.objects.get().verdict == "wrong"


def test_every_lesson_has_the_ask_box_posting_to_the_tutor_page(client):
    for language in ("kk", "ru", "en"):
        html = client.get(lessons(language)[0].url).content.decode()
        assert f'action="/{language}/tutor/"' in html and 'name="question"' in html


def test_hint_mode_from_a_lesson(client):
    html = client.post("/en/tutor/", {"question": "What is personal data?", "mode": "hint"}).content.decode()
    assert "re-read" in html
    assert QuestionLog.objects.get().reason == "hint"


# -- admin: review flagged answers and make answer cards -----------------------------------------


def staff(email, group):
    user = make_user(email)
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def test_editors_see_flagged_questions_and_make_a_draft_card_once(client):
    client.force_login(staff("editor@example.kz", EDITORS))
    log = QuestionLog.objects.create(question="Can I return a gift card?", language="en", action="refuse")
    listing = client.get("/admin/tutor/questions/?flagged=true")
    assert listing.status_code == 200 and "Can I return a gift card?" in listing.content.decode()
    url = f"/admin/tutor/questions/{log.pk}/make-card/"
    assert client.get(url).status_code == 200
    client.post(url)
    client.post(url)
    card = AnswerCard.objects.get(source_question=log)
    assert card.status == AnswerCard.Status.DRAFT and card.questions_en == "Can I return a gift card?"
    assert not Passage.objects.filter(source_id=f"card-{card.pk}").exists()


def test_learners_cannot_see_the_question_log(client, learner):
    client.force_login(learner)
    QuestionLog.objects.create(question="secret question", language="en", action="answer")
    assert "secret question" not in client.get("/admin/tutor/questions/").content.decode()
    log = QuestionLog.objects.get()
    assert client.post(f"/admin/tutor/questions/{log.pk}/make-card/").status_code in {302, 403}
    assert not AnswerCard.objects.filter(source_question=log).exists()


CARD_FORM = {
    "key": "gift-cards",
    "questions_kk": "",
    "questions_ru": "",
    "questions_en": "Can I return a gift card?\nIs a gift certificate refundable?",
    "answer_kk": "",
    "answer_ru": "",
    "answer_en": "A reviewed test answer about gift certificates.",
    "article": "",
    "status": "approved",
    "reviewed_by": "Test Reviewer",
    "reviewed_on": "2026-11-30",
}


def test_an_editor_cannot_approve_a_card(client):
    client.force_login(staff("editor@example.kz", EDITORS))
    response = client.post("/admin/snippets/tutor/answercard/add/", CARD_FORM)
    assert response.status_code == 200  # the form comes back with the error
    assert not AnswerCard.objects.filter(key="gift-cards").exists()


def test_an_approved_card_is_answered_verbatim_with_its_reviewer(client, django_capture_on_commit_callbacks):
    client.force_login(staff("reviewer@example.kz", LEGAL_REVIEWERS))
    act = LegalAct.objects.get(number="274-IV")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/snippets/tutor/answercard/add/", {**CARD_FORM, "legal_act": act.pk, "article": "Article 30"}
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    reply = answer_question("Is a gift certificate refundable?", "en")
    assert reply.action == "answer"
    assert reply.answer.startswith("A reviewed test answer about gift certificates.")
    assert "Test Reviewer" in reply.answer
    assert reply.citations[0]["article"] == "Article 30"
    assert "Consumer Protection" in reply.citations[0]["legal_act"]


def test_a_retired_card_leaves_the_index(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        card = AnswerCard.objects.create(
            key="gift",
            questions_en="Is a gift certificate refundable?",
            answer_en="Reviewed answer.",
            status="approved",
            reviewed_by="R",
            reviewed_on=datetime.date(2026, 11, 30),
        )
    assert Passage.objects.filter(source_id=f"card-{card.pk}").count() == 1
    card.status = AnswerCard.Status.RETIRED
    with django_capture_on_commit_callbacks(execute=True):
        card.save()
    assert not Passage.objects.filter(source_id=f"card-{card.pk}").exists()


@pytest.mark.parametrize("signed_in", [False, True])
def test_the_ask_box_keeps_the_lesson_query_budget(client, learner, signed_in):
    if signed_in:
        client.force_login(learner)
    lesson = lessons("ru")[1]
    client.get(lesson.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(lesson.url)
    assert 'name="question"' in response.content.decode()
    assert len(queries) <= (14 if signed_in else 10)
