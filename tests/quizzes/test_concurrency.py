"""Nothing lost, nothing doubled, under real concurrency on PostgreSQL.

Threads use their own database connections, so the data they work on is committed outside the
usual per-test transaction and removed again afterwards. SQLite serialises all writers, so these
tests only run against PostgreSQL (.ci/run does that).
"""

import threading
import uuid
from datetime import timedelta

import pytest

from django.db import connection, connections
from django.utils import timezone

from accounts.models import User
from quizzes import actions
from quizzes.exceptions import AttemptClosedError
from quizzes.models import Answer, Assessment, Attempt, Item, Scenario

from .conftest import choice, make_assessment, make_item

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks and real parallel writers need PostgreSQL"
)
THREADS = 8


def run_parallel(target, count=THREADS):
    """Start ``count`` threads at the same moment; return their results or exceptions, in order."""
    barrier = threading.Barrier(count)
    results = [None] * count

    def worker(index):
        try:
            barrier.wait()
            results[index] = target(index)
        except Exception as error:  # collected and asserted by the test
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.fixture
def committed(django_db_setup, django_db_blocker):
    """A learner and a two-question quiz, committed for real; deleted afterwards."""
    with django_db_blocker.unblock():
        tag = uuid.uuid4().hex[:8]
        user = User.objects.create_user(email=f"race-{tag}@example.kz", password="x-very-long-pass")
        items = [
            make_item(f"race-{tag}-{n}", "single", [choice("Right", True), choice("Wrong")], skill_codes=[])
            for n in range(2)
        ]
        quiz = make_assessment(f"race-{tag}", Assessment.Kind.COURSE_QUIZ, items, max_attempts=0)
        try:
            yield user, quiz, items
        finally:
            Attempt.objects.filter(assessment=quiz).delete()
            quiz.delete()
            for item in items:
                item.current_version = None
                Item.objects.filter(pk=item.pk).update(current_version=None)
                item.versions.all().delete()
                item.delete()
            Scenario.objects.filter(items=None, title_en__startswith="race-").delete()
            user.delete()


def _choice(attempt, key, correct):
    from quizzes.models import ItemVersion

    entry = next(e for e in attempt.layout if e["k"] == key)
    options = ItemVersion.objects.get(pk=entry["v"]).content["options"]
    return {"choice": next(o["key"] for o in options if o["correct"] is correct)}


def test_parallel_starts_give_one_attempt(committed, django_db_blocker):
    user, quiz, _items = committed
    with django_db_blocker.unblock():
        results = run_parallel(lambda i: actions.start_attempt(user, quiz, "kk").pk)
        assert all(not isinstance(r, Exception) for r in results), results
        assert len(set(results)) == 1
        assert Attempt.objects.filter(assessment=quiz).count() == 1


def test_double_submit_grades_once(committed, django_db_blocker):
    user, quiz, items = committed
    with django_db_blocker.unblock():
        attempt = actions.start_attempt(user, quiz, "kk")
        actions.save_answer(user, attempt.pk, items[0].key, _choice(attempt, items[0].key, True))
        results = run_parallel(lambda i: actions.submit(user, attempt.pk, f"tab-{i}"))
        assert all(not isinstance(r, Exception) for r in results), results
        assert sorted(duplicate for _a, duplicate in results) == [False] + [True] * (THREADS - 1)
        submitted = {(a.score, a.submitted_at) for a, _d in results}
        assert len(submitted) == 1 and next(iter(submitted))[0] == 1.0
        attempt.refresh_from_db()
        assert attempt.state == Attempt.State.SUBMITTED and attempt.score == 1.0


def test_saves_racing_a_submit_never_land_after_it(committed, django_db_blocker):
    """Two tabs: one keeps saving while the other submits. Every save either lands before the
    submission (and is graded) or is refused with 409; none is stored afterwards."""
    user, quiz, items = committed
    with django_db_blocker.unblock():
        attempt = actions.start_attempt(user, quiz, "kk")
        right = _choice(attempt, items[1].key, True)

        def tab(index):
            if index == 0:
                return actions.submit(user, attempt.pk, "submit-tab")
            outcomes = []
            for _ in range(20):
                try:
                    actions.save_answer(user, attempt.pk, items[1].key, right)
                    outcomes.append("saved")
                except AttemptClosedError:
                    outcomes.append("closed")
            return outcomes

        results = run_parallel(tab)
        assert all(not isinstance(r, Exception) for r in results), results
        attempt.refresh_from_db()
        answers = list(Answer.objects.filter(attempt=attempt))
        assert len(answers) <= 1
        for answer in answers:
            assert answer.saved_at <= attempt.submitted_at
            assert answer.is_correct is True, "a stored answer was graded by the submission"
        assert attempt.score == len(answers)
        refused = sum(outcome == "closed" for outcomes in results[1:] for outcome in outcomes)
        saved = sum(outcome == "saved" for outcomes in results[1:] for outcome in outcomes)
        assert refused + saved == 20 * (THREADS - 1)


def test_parallel_saves_of_one_question_keep_one_row(committed, django_db_blocker):
    user, quiz, items = committed
    with django_db_blocker.unblock():
        attempt = actions.start_attempt(user, quiz, "kk")
        responses = [_choice(attempt, items[0].key, i % 2 == 0) for i in range(THREADS)]
        results = run_parallel(lambda i: actions.save_answer(user, attempt.pk, items[0].key, responses[i]))
        assert all(not isinstance(r, Exception) for r in results), results
        assert Answer.objects.filter(attempt=attempt).count() == 1


def test_answers_after_the_deadline_are_refused(committed, django_db_blocker, settings):
    settings.SAUAT_QUIZ_GRACE_SECONDS = 0
    user, quiz, items = committed
    with django_db_blocker.unblock():
        attempt = actions.start_attempt(user, quiz, "kk")
        Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(seconds=1))
        results = run_parallel(
            lambda i: actions.save_answer(user, attempt.pk, items[i % 2].key, _choice(attempt, items[i % 2].key, True))
        )
        assert all(isinstance(r, AttemptClosedError) for r in results), results
        assert not Answer.objects.filter(attempt=attempt).exists()
