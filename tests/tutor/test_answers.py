"""Answers come from published, vetted content only, with citations; refusal and hand-over otherwise."""

import pytest

from courses.models import LessonPage
from tutor.answering import answer_question, ask
from tutor.models import Passage, QuestionLog
from universities.models import LegalClinic

pytestmark = pytest.mark.django_db


def lesson(language, slug):
    return LessonPage.objects.live().get(locale__language_code=language, slug=slug)


@pytest.mark.parametrize(
    ("language", "question", "slug"),
    [
        ("kk", "Дербес деректер дегеніміз не?", "what-is-personal-data-and-consent"),
        (
            "ru",
            "Какие формы имеет гарантированная государством юридическая помощь по гражданским делам?",
            "state-guaranteed-legal-aid",
        ),
        ("en", "What can a buyer demand if the goods turn out to be defective?", "faulty-goods-returns-and-exchanges"),
    ],
)
def test_questions_about_the_demo_courses_get_cited_answers_in_their_language(language, question, slug):
    reply = answer_question(question)
    assert reply.action == "answer"
    assert reply.language == language
    page = lesson(language, slug)
    assert page.url in [c["url"] for c in reply.citations]
    quote = reply.answer.split("»")[0].lstrip("«")
    source = Passage.objects.get(pk=reply.hits[0].passage.pk).text
    assert quote and all(part.strip() in source for part in quote.split("…"))


def test_an_answer_cites_the_article_of_law_of_its_section():
    reply = answer_question("What does Article 13(3) of the Constitution say about legal assistance?", "en")
    assert reply.action == "answer"
    cited = {(c["legal_act"], c["article"]) for c in reply.citations}
    assert ("Constitution of the Republic of Kazakhstan", "Article 13(3)") in cited


def test_the_disclaimer_is_in_the_answer_language_and_the_tutor_never_claims_to_be_a_lawyer():
    reply = answer_question("Что такое персональные данные?")
    assert reply.language == "ru"
    assert "не юридическая консультация" in reply.disclaimer.lower() or "не является" in reply.disclaimer.lower()
    for language, text in [("en", "What is personal data?"), ("kk", "Дербес деректер дегеніміз не?")]:
        disclaimer = answer_question(text, language).disclaimer.lower()
        assert "i am a lawyer" not in disclaimer and "ai lawyer" not in disclaimer


def test_an_unpublished_lesson_disappears_from_answers_and_returns_when_published(django_capture_on_commit_callbacks):
    question = "What is personal data?"
    page = lesson("en", "what-is-personal-data-and-consent")
    assert any(c["url"] == page.url for c in answer_question(question, "en").citations)
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert not Passage.objects.filter(source_id=str(page.pk)).exists()
    reply = answer_question(question, "en")
    assert all(c["url"] != page.url for c in reply.citations)
    assert all(h.passage.source_id != str(page.pk) for h in reply.hits)
    with django_capture_on_commit_callbacks(execute=True):
        page.get_latest_revision().publish()
    assert any(c["url"] == page.url for c in answer_question(question, "en").citations)


def test_a_published_change_reaches_the_index(django_capture_on_commit_callbacks):
    page = lesson("en", "basic-consumer-rights")
    page.body.append(("paragraph", "<p>The zebracrossing rule of shopping says receipts matter.</p>"))
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    reply = answer_question("What is the zebracrossing rule of shopping?", "en")
    assert reply.action == "answer"
    assert "zebracrossing" in reply.answer


def test_a_draft_change_is_not_indexed(django_capture_on_commit_callbacks):
    page = lesson("en", "basic-consumer-rights")
    page.body.append(("paragraph", "<p>The quokkaquorum draft rule.</p>"))
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()
    assert not Passage.objects.filter(text__contains="quokkaquorum").exists()


@pytest.mark.parametrize(
    "question", ["How do I bake bread at home?", "Как испечь хлеб дома?", "Футболдан әлем чемпионатын кім жеңді?"]
)
def test_out_of_scope_questions_are_refused_with_hand_over(question, clinic):
    reply = answer_question(question)
    assert reply.action == "refuse"
    assert reply.citations == []
    assert "1414" in [h["phone"] for h in reply.handover]


def test_own_dispute_escalates_with_clinic_1414_and_e_zan_komegi(clinic):
    reply = answer_question("my landlord keeps my deposit, what should I do in my case")
    assert reply.action == "escalate"
    names = " ".join(h["name"] for h in reply.handover)
    assert "E-Zan komegi" in names
    assert "1414" in [h["phone"] for h in reply.handover]
    # The demo clinics cover the topic too, so any active clinic's public page may be offered.
    slugs = set(LegalClinic.objects.active().values_list("slug", flat=True))
    assert any(h["url"].rstrip("/").rsplit("/clinics/", 1)[-1] in slugs for h in reply.handover)


def test_the_clinic_in_the_askers_city_comes_first(clinic):
    from universities.models import LegalClinic

    astana = LegalClinic.objects.create(
        university=clinic.university,
        slug="astana-clinic",
        name_kk="Астана клиникасы",
        name_en="Astana clinic",
        city="Astana",
        phone="+7 7172 00 00 00",
    )
    reply = answer_question("My employer in Astana has not paid my wages. Should I sue him?", "en")
    clinics = [h for h in reply.handover if h["phone"] in {clinic.phone, astana.phone}]
    assert clinics[0]["phone"] == astana.phone


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("My husband beats me and threatens to kill me", "en"),
        ("Муж бьёт меня и угрожает убить", "ru"),
        ("Күйеуім мені ұрып, өлтіремін деп қорқытады", "kk"),
    ],
)
def test_a_threat_puts_112_and_102_first(question, language):
    reply = answer_question(question)
    assert reply.action == "escalate"
    assert reply.language == language
    assert [h["phone"] for h in reply.handover[:2]] == ["112", "102"]
    assert "112" in reply.answer


def test_ask_logs_the_question_and_what_was_done():
    reply = ask("What is personal data?", "en", asker="abc")
    log = QuestionLog.objects.get(pk=reply.log.pk)
    assert (log.action, log.language, log.asker) == ("answer", "en", "abc")
    assert log.passages[0]["key"].startswith("lesson:what-is-personal-data-and-consent")
    assert log.answer == reply.answer


def test_kazakh_typed_on_a_russian_keyboard_still_finds_kazakh_content():
    reply = answer_question("дербес деректер деген не", "kk")
    assert reply.action == "answer"
    assert reply.hits[0].passage.key.startswith("lesson:what-is-personal-data-and-consent")


def test_a_demo_answer_card_is_served_verbatim_with_its_reviewer():
    reply = answer_question("1414 нөмірі не үшін керек?")
    assert reply.action == "answer" and reply.language == "kk"
    assert reply.answer.startswith("1414 — бірыңғай байланыс орталығы")
    assert "Sauat demo legal reviewer" in reply.answer
    assert reply.citations[0]["url"].startswith("/kk/")
