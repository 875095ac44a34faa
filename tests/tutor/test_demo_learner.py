"""load_demo gives learner@sauat.test a learning path that shows the features (idempotently)."""

import pytest

from django.core.management import call_command

from accounts.models import User
from quizzes.models import Attempt
from tutor import path
from tutor.models import Observation, ReviewCard, SkillState

pytestmark = pytest.mark.django_db


def test_demo_learner_has_skippable_lessons_a_remediation_and_a_review(committed):
    with committed():
        call_command("load_demo", "--allow-users-without-debug")
    learner = User.objects.get(email="learner@sauat.test")
    counts = (Attempt.objects.filter(user=learner).count(), Observation.objects.count(), ReviewCard.objects.count())
    assert SkillState.objects.filter(user=learner, skill__code__startswith="consumer.").count() == 5
    rules = [s.rule for s in path.next_steps(learner, "kk")]
    assert rules[:2] == ["review_due", "remediation"] and "final_test" in rules
    with committed():
        call_command("load_demo", "--allow-users-without-debug")
    after = (Attempt.objects.filter(user=learner).count(), Observation.objects.count(), ReviewCard.objects.count())
    assert after == counts
