"""Item versions, blueprints with parallel forms, reproducible attempts, time limits, lesson checks."""

from datetime import timedelta

import pytest

from django.utils import timezone

from quizzes import actions
from quizzes.exceptions import AttemptClosedError
from quizzes.models import Answer, Assessment, Attempt, ItemVersion
from quizzes.selection import build_layout

from .conftest import make_assessment, right_response, wrong_response


@pytest.mark.django_db
def test_editing_an_answered_item_creates_a_new_version(learner, bank, quiz):
    item = bank["single"]
    assert item.current_version.number == 1
    item.stem_en = "Reworded before anyone answered"
    item.save()
    item.refresh_from_db()
    assert item.versions.count() == 1, "an unanswered version is updated in place"
    assert item.current_version.content["stem"]["en"] == "Reworded before anyone answered"

    attempt = actions.start_attempt(learner, quiz, "en")
    actions.save_answer(learner, attempt.pk, "t-single", right_response(attempt, "t-single"))
    old_version = item.current_version
    item.stem_en = "Reworded after an answer"
    item.save()
    item.refresh_from_db()
    assert item.versions.count() == 2
    assert item.current_version.number == 2
    answer = Answer.objects.get(attempt=attempt, item=item)
    assert answer.version == old_version
    assert answer.version.content["stem"]["en"] == "Reworded before anyone answered"
    # Saving without a change does not make a version.
    item.save()
    assert item.versions.count() == 2


@pytest.mark.django_db
def test_attempt_is_reproducible_from_its_seed(learner, quiz):
    quiz.shuffle_items = True
    quiz.save()
    attempt = actions.start_attempt(learner, quiz, "kk")
    assert build_layout(quiz, attempt.seed, attempt.form) == attempt.layout
    others = {tuple(e["k"] for e in build_layout(quiz, seed)) for seed in range(20)}
    assert len(others) > 1, "different seeds shuffle differently"


@pytest.mark.django_db
def test_case_scenario_questions_stay_together(learner, quiz):
    quiz.shuffle_items = True
    quiz.save()
    for seed in range(15):
        keys = [entry["k"] for entry in build_layout(quiz, seed)]
        position = keys.index("t-single")
        assert abs(keys.index("t-multiple") - position) == 1


@pytest.mark.django_db
def test_parallel_forms_are_disjoint_with_matched_difficulty(blueprint_items):
    blueprint, items = blueprint_items
    forms = blueprint.parallel_forms()
    assert len(forms["A"]) == len(forms["B"]) == 5
    assert not set(forms["A"]) & set(forms["B"])
    difficulty = {item.pk: item.difficulty for item in items}
    assert sorted(difficulty[pk] for pk in forms["A"]) == sorted(difficulty[pk] for pk in forms["B"])
    assert blueprint.parallel_forms() == forms, "dealing is deterministic"
    assert blueprint.shortfalls() == []


@pytest.mark.django_db
def test_pre_and_post_test_use_opposite_forms(learner, other_learner, blueprint_items):
    blueprint, _items = blueprint_items
    pre = make_assessment("t-pre", Assessment.Kind.PRE_TEST, blueprint=blueprint, max_attempts=1)
    post = make_assessment("t-post", Assessment.Kind.POST_TEST, blueprint=blueprint)
    forms = blueprint.parallel_forms()
    for user in (learner, other_learner):
        pre_attempt = actions.start_attempt(user, pre, "kk")
        actions.submit(user, pre_attempt.pk)
        post_attempt = actions.start_attempt(user, post, "kk")
        assert {pre_attempt.form, post_attempt.form} == {"A", "B"}
        assert {e["k"] for e in pre_attempt.layout}.isdisjoint({e["k"] for e in post_attempt.layout})
        pre_ids = set(forms[pre_attempt.form])
        assert {ItemVersion.objects.get(pk=e["v"]).item_id for e in pre_attempt.layout} == pre_ids


@pytest.mark.django_db
def test_time_limit_is_enforced_on_the_server(learner, quiz, settings):
    settings.SAUAT_QUIZ_GRACE_SECONDS = 0
    quiz.time_limit_minutes = 10
    quiz.save()
    attempt = actions.start_attempt(learner, quiz, "kk")
    actions.save_answer(learner, attempt.pk, "t-single", right_response(attempt, "t-single"))
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    with pytest.raises(AttemptClosedError, match="Time is up"):
        actions.save_answer(learner, attempt.pk, "t-tf", right_response(attempt, "t-tf"))
    assert not Answer.objects.filter(attempt=attempt, item__key="t-tf").exists()
    # Opening the expired attempt submits it with the answers saved in time.
    closed = actions.close_if_expired(Attempt.objects.get(pk=attempt.pk))
    assert closed.state == Attempt.State.SUBMITTED and closed.score == 1.0
    # And starting again gives a fresh attempt.
    assert actions.start_attempt(learner, quiz, "kk").number == 2


@pytest.mark.django_db
def test_lesson_check_gives_immediate_feedback_and_final_answers(learner, check):
    attempt = actions.start_attempt(learner, check, "kk")
    answer, _attempt, checked = actions.save_answer(
        learner, attempt.pk, "t-single", wrong_response(attempt, "t-single")
    )
    assert checked and answer.is_correct is False and answer.checked
    with pytest.raises(AttemptClosedError, match="already checked"):
        actions.save_answer(learner, attempt.pk, "t-single", right_response(attempt, "t-single"))
    actions.submit(learner, attempt.pk)
    # Unlimited tries: a new attempt every time.
    for number in (2, 3, 4):
        again = actions.start_attempt(learner, check, "kk")
        assert again.number == number
        actions.submit(learner, again.pk)


@pytest.mark.django_db
def test_submitted_attempt_always_has_a_score(learner, quiz):
    attempt = actions.start_attempt(learner, quiz, "kk")
    attempt, duplicate = actions.submit(learner, attempt.pk)
    assert not duplicate and attempt.score == 0.0 and attempt.submitted_at
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Attempt.objects.filter(pk=attempt.pk).update(score=None)


@pytest.mark.django_db
def test_course_quiz_draws_random_items_per_attempt_from_the_blueprint(learner, blueprint_items):
    blueprint, _items = blueprint_items
    quiz = make_assessment("t-drawn", Assessment.Kind.COURSE_QUIZ, blueprint=blueprint)
    draws = set()
    for _ in range(6):
        attempt = actions.start_attempt(learner, quiz, "kk")
        keys = [entry["k"] for entry in attempt.layout]
        assert len(keys) == 5 and len(set(keys)) == 5
        assert sum(key.startswith("bp-a") for key in keys) == 3
        draws.add(frozenset(keys))
        actions.submit(learner, attempt.pk)
    assert len(draws) > 1, "each attempt draws its own questions"


@pytest.mark.django_db
def test_my_data_lists_attempts_and_deletion_removes_them(learner_client, learner, quiz):
    attempt = actions.start_attempt(learner, quiz, "en")
    actions.save_answer(learner, attempt.pk, "t-single", right_response(attempt, "t-single"), None)
    actions.submit(learner, attempt.pk)
    data = learner_client.get("/en/accounts/profile/my-data.json").json()
    mine = data["assessments"]["attempts"]
    assert len(mine) == 1 and mine[0]["score"] == 1.0
    assert mine[0]["answers"][0]["question"] == "t-single"
    learner_client.post("/en/accounts/profile/delete/", {"password": "correct-horse-battery"})
    assert not Attempt.objects.filter(pk=attempt.pk).exists()
    assert not Answer.objects.filter(attempt_id=attempt.pk).exists()


@pytest.mark.django_db
def test_close_expired_attempts_command_grades_abandoned_attempts(learner, quiz, settings):
    from io import StringIO

    from django.core.management import call_command

    settings.SAUAT_QUIZ_GRACE_SECONDS = 0
    quiz.time_limit_minutes = 5
    quiz.save()
    attempt = actions.start_attempt(learner, quiz, "kk")
    actions.save_answer(learner, attempt.pk, "t-single", right_response(attempt, "t-single"))
    out = StringIO()
    call_command("close_expired_attempts", stdout=out)
    assert "Closed 0" in out.getvalue() and Attempt.objects.get(pk=attempt.pk).is_open
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=1))
    call_command("close_expired_attempts", stdout=out)
    closed = Attempt.objects.get(pk=attempt.pk)
    assert "Closed 1" in out.getvalue() and closed.state == "submitted" and closed.score == 1.0
    call_command("close_expired_attempts", stdout=out)  # running again changes nothing
    assert Attempt.objects.get(pk=attempt.pk).submitted_at == closed.submitted_at
