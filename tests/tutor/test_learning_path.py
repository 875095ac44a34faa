"""The learning path end to end on the demo courses: placement, skippable lessons, next steps with
reasons in kk/ru/en, remediation and review naming the missed questions, personalisation off."""

import json

import pytest

from courses.models import LessonPage, LessonProgress
from quizzes import actions as quiz_actions
from quizzes.models import Assessment, ItemVersion
from tutor import path, reasons
from tutor.models import Observation, Recommendation, ReviewCard, SkillState, TutorProfile

from .conftest import enrol, pre_test

pytestmark = pytest.mark.django_db

CONSUMER_SKILLS = {
    "consumer.rights-basics",
    "consumer.return-goods",
    "consumer.written-claim",
    "consumer.complaint-routes",
    "consumer.online-and-ai",
}


def test_acing_the_pre_test_masters_its_skills_and_marks_lessons_skippable(learner_client, learner, aced):
    states = {s.skill.code: s for s in SkillState.objects.for_user(learner).select_related("skill")}
    assert set(states) == CONSUMER_SKILLS
    assert all(s.is_mastered for s in states.values())
    html = learner_client.get("/kk/courses/consumer-rights/").content.decode()
    lessons = LessonPage.objects.live().filter(locale__language_code="kk", slug="basic-consumer-rights")
    assert lessons.exists()
    assert html.count("badge-skip") == 4


@pytest.mark.parametrize(
    ("language", "phrase"),
    [("kk", "Қорытынды тест"), ("ru", "Итоговый тест"), ("en", "final test")],
)
def test_a_learner_who_knows_every_lesson_is_sent_to_the_final_test_with_a_reason(learner, aced, language, phrase):
    steps = path.next_steps(learner, language)
    step = next(s for s in steps if s.rule == "final_test")
    assert phrase.lower() in (step.title + step.reason).lower()
    record = Recommendation.objects.get(pk=step.id)
    assert record.rule == "final_test" and record.inputs["test"] == "consumer-rights-post"
    assert "bkt params" in record.model_version and record.reason == step.reason


def test_failing_a_skill_gives_remediation_and_a_review_naming_the_missed_questions(learner, struggling):
    state = SkillState.objects.get(user=learner, skill__code="legal-aid.eligibility")
    assert state.is_struggling and state.correct == 0
    missed = ReviewCard.objects.filter(user=learner)
    assert missed.count() == state.attempts
    stems = [ItemVersion.objects.get(pk=c.item.current_version_id).content["stem"]["en"] for c in missed]
    steps = path.next_steps(learner, "en")
    kinds = [s.kind for s in steps]
    assert kinds[:2] == ["review", "remediation"]
    review, remediation = steps[0], steps[1]
    assert any(stem[:40] in review.reason for stem in stems)
    assert any(stem[:40] in remediation.reason for stem in stems)
    assert "0 correct" in remediation.reason and f"after {state.attempts} answers" in remediation.reason
    assert "min" in review.reason


def test_priority_order_review_then_remediation_then_lesson_then_course(learner, struggling):
    TutorProfile.objects.update_or_create(user=learner)
    from courses.models import Topic

    learner.tutor_profile.interests.set(Topic.objects.all())
    kinds = [s.kind for s in path.next_steps(learner, "kk")]
    assert kinds == ["review", "remediation", "lesson", "course"]


@pytest.mark.parametrize(
    ("language", "word"),
    [("kk", "дұрыс"), ("ru", "правильн"), ("en", "correct")],
)
def test_remediation_reason_in_each_language(learner, struggling, language, word):
    step = next(s for s in path.next_steps(learner, language) if s.kind == "remediation")
    assert word in step.reason.lower()
    # The same stored record renders in every language from its inputs.
    record = Recommendation.objects.get(pk=step.id)
    assert reasons.render(record.rule, record.inputs, language) == step.reason


def test_personalisation_off_restores_the_standard_order(learner, aced):
    course = enrol(learner, "consumer-rights")
    TutorProfile.objects.update_or_create(user=learner, defaults={"personalised": False})
    steps = path.next_steps(learner, "en")
    first_lesson = course.lessons().first()
    assert [s.rule for s in steps] == ["standard_order"]
    assert steps[0].target == str(first_lesson.translation_key)
    assert "personalisation is off" in steps[0].reason
    assert path.skippable_keys(learner, list(course.lessons())) == set()


def test_next_lesson_skips_known_lessons_and_names_the_mastered_prerequisites(learner, committed):
    course = enrol(learner, "consumer-rights", "en")
    with committed():
        pre_test(learner, "consumer-rights", lambda skills: "consumer.rights-basics" in skills)
    first, second, third = list(course.lessons())[:3]
    step = next(s for s in path.next_steps(learner, "en") if s.kind == "lesson")
    assert step.target == str(second.translation_key)
    assert f"You can skip “{first.title}”" in step.reason
    LessonProgress.objects.create(
        user=learner,
        lesson_key=second.translation_key,
        course_key=course.translation_key,
        completed_at=second.last_published_at,
    )
    step = next(s for s in path.next_steps(learner, "en") if s.kind == "lesson")
    assert step.target == str(third.translation_key)
    assert "you have mastered the skills of the lessons before it: “" in step.reason


def test_reloading_reuses_the_stored_recommendation(learner, struggling):
    first = path.next_steps(learner, "en")
    count = Recommendation.objects.count()
    again = path.next_steps(learner, "en")
    assert [s.id for s in again] == [s.id for s in first]
    assert Recommendation.objects.count() == count


def test_a_checked_lesson_answer_counts_once_even_after_the_attempt_is_submitted(learner, committed):
    check = Assessment.objects.filter(kind=Assessment.Kind.LESSON_CHECK, slug__startswith="consumer-rights").first()
    attempt = quiz_actions.start_attempt(learner, check, "kk")
    entry = attempt.layout[0]
    content = ItemVersion.objects.get(pk=entry["v"]).content
    from demo.tutor import response_for

    with committed():
        quiz_actions.save_answer(learner, attempt.pk, entry["k"], response_for(content, False))
    assert Observation.objects.filter(user=learner).count() == len(content["skills"])
    state = SkillState.objects.get(user=learner, skill__code=content["skills"][0])
    assert state.attempts == 1 and state.p_mastered == pytest.approx(0.1908)
    with committed():
        quiz_actions.submit(learner, attempt.pk)
        quiz_actions.submit(learner, attempt.pk)
    state.refresh_from_db()
    assert state.attempts == 1
    assert ReviewCard.objects.filter(user=learner).count() == 1


def test_dismissed_step_is_not_offered_again(learner_client, learner, struggling):
    step = path.next_steps(learner, "en")[0]
    response = learner_client.post(f"/en/learning/path/steps/{step.id}/dismiss/")
    assert response.status_code == 302
    assert step.kind not in [s.kind for s in path.next_steps(learner, "en")]


def test_another_learners_recommendation_cannot_be_dismissed(client, other_learner, learner, struggling):
    step = path.next_steps(learner, "en")[0]
    client.force_login(other_learner)
    assert client.post(f"/en/learning/path/steps/{step.id}/dismiss/").status_code == 404
    assert Recommendation.objects.get(pk=step.id).status == "shown"


def test_path_page_shows_steps_mastery_and_settings_in_kazakh(
    learner_client, struggling, django_assert_max_num_queries
):
    learner_client.get("/kk/learning/path/")  # stores the recommendations
    with django_assert_max_num_queries(24):  # the same for 1 or 20 skills and steps: nothing per row
        response = learner_client.get("/kk/learning/path/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Неге бұл?" in html and "Күнделікті қайталау" in html and "Менің оқу жолым" in html


def test_turning_personalisation_off_from_the_page(learner_client, learner, struggling):
    response = learner_client.post("/en/learning/path/settings/", {"detail": "plain"})
    assert response.status_code == 302
    assert TutorProfile.objects.get(user=learner).personalised is False
    assert "personalisation is off" in learner_client.get("/en/learning/path/").content.decode().lower()


def test_bad_settings_are_refused_and_nothing_is_stored(learner_client, learner):
    learner_client.post("/en/learning/path/settings/", {"personalised": "on", "detail": "loud"})
    assert not TutorProfile.objects.filter(user=learner, detail="loud").exists()


def test_reset_a_skill(learner_client, learner, struggling):
    assert learner_client.post("/en/learning/path/mastery/legal-aid.eligibility/reset/").status_code == 302
    assert not SkillState.objects.filter(user=learner, skill__code="legal-aid.eligibility").exists()
    assert learner_client.post("/en/learning/path/mastery/no.such-skill/reset/").status_code == 404


def test_daily_review_checks_answers_once(learner_client, learner, struggling):
    html = learner_client.get("/en/learning/path/review/").content.decode()
    cards = list(ReviewCard.objects.filter(user=learner).select_related("item__current_version"))
    assert all(c.item.current_version.content["stem"]["en"][:30] in html for c in cards)
    from demo.tutor import response_for

    form = {"session": "5b0f1f3e-8f0e-4a43-9a43-0d3f1f2b8a11"}
    for card in cards:
        content = card.item.current_version.content
        response = response_for(content, True)
        form[f"q-{content['key']}"] = response.get("choice") or response.get("choices") or response.get("text")
    before = SkillState.objects.get(user=learner, skill__code="legal-aid.eligibility").p_mastered
    assert learner_client.post("/en/learning/path/review/", form).status_code == 200
    state = SkillState.objects.get(user=learner, skill__code="legal-aid.eligibility")
    assert state.p_mastered > before
    assert not ReviewCard.objects.filter(user=learner).due().exists()
    attempts = state.attempts
    learner_client.post("/en/learning/path/review/", form)
    state.refresh_from_db()
    assert state.attempts == attempts
    reviewed = Observation.objects.filter(user=learner, source="review").values_list("item_id", flat=True)
    assert set(reviewed) == {c.item_id for c in cards}
    assert len(reviewed) == sum(len(c.item.current_version.content["skills"]) for c in cards)


def test_review_with_no_answer_stores_nothing(learner_client, learner, struggling):
    response = learner_client.post("/en/learning/path/review/", {"session": "not-a-uuid"})
    assert response.status_code == 302
    assert not Observation.objects.filter(user=learner, source="review").exists()


def test_how_it_works_page_is_public_and_trilingual(client):
    for language, text in (("kk", "Sauat оқуыңызды"), ("ru", "Как Sauat"), ("en", "How Sauat personalises")):
        response = client.get(f"/{language}/learning/path/how-it-works/")
        assert response.status_code == 200 and text in response.content.decode()


def test_pages_need_sign_in(client):
    for url in ("/en/learning/path/", "/en/learning/path/review/", "/en/learning/path/next/"):
        assert client.get(url).status_code == 302


def test_next_step_fragment_for_the_end_of_a_lesson(learner_client, learner, aced):
    lesson = LessonPage.objects.live().get(locale__language_code="en", slug="basic-consumer-rights")
    html = learner_client.get(f"/en/learning/path/next/?lesson={lesson.translation_key}").content.decode()
    assert "You can skip this lesson" in html and "Why this?" in html
    assert learner_client.get("/en/learning/path/next/?lesson=nonsense").status_code == 200


def test_dashboard_shows_the_next_step(learner_client, struggling):
    html = learner_client.get("/en/learning/").content.decode()
    assert "Your next step" in html and "Daily review" in html


def test_personal_data_export_and_deletion(learner_client, learner, struggling):
    path.next_steps(learner, "en")
    data = json.loads(learner_client.get("/en/accounts/profile/my-data.json").content)
    section = data["learning_path"]
    assert section["mastery"] and section["graded_answers"] and section["review_cards"] and section["recommendations"]
    learner.delete()
    assert not SkillState.objects.exists() and not Recommendation.objects.exists()
    assert not Observation.objects.exists() and not ReviewCard.objects.exists()


def test_cached_steps_follow_every_change(learner, struggling, committed):
    assert "remediation" in [s.kind for s in path.next_steps(learner, "en")]
    assert "remediation" in [s.kind for s in path.next_steps(learner, "en")]  # served from the cache
    from courses.models import Skill
    from tutor import actions

    actions.reset_skill(learner, Skill.objects.get(code="legal-aid.eligibility"))
    assert "remediation" not in [s.kind for s in path.next_steps(learner, "en")]
    TutorProfile.objects.update_or_create(user=learner, defaults={"personalised": False})
    assert [s.rule for s in path.next_steps(learner, "en")] == ["standard_order"]


def test_a_new_learner_gets_a_short_first_course_and_then_one_on_their_interest(learner):
    from courses.models import Topic

    assert [s.rule for s in path.next_steps(learner, "en")] == ["first_course"]
    profile = TutorProfile.objects.create(user=learner)
    topic = Topic.objects.get(slug="legal-aid")
    profile.interests.set([topic])
    step = path.next_steps(learner, "en")[0]
    assert step.rule == "interest_course" and step.inputs["chosen"] is True
    assert topic.name_en in step.reason
