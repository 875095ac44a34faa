"""Graded answers from the assessments app feed the learner model (tutor.actions.record_answers).

A failure here is logged, never raised: the learner's attempt is already committed and must not
look failed because the tutor could not update its estimate.
"""

import logging

from django.db.models.signals import m2m_changed, post_delete, post_save

from courses.models import Enrollment, LessonProgress
from quizzes.actions import answer_checked, attempt_submitted
from quizzes.models import Answer, Assessment, ItemVersion

from . import actions, path
from .models import Recommendation, ReviewCard, SkillState, TutorProfile

logger = logging.getLogger("sauat.tutor")


def _on_submitted(sender, attempt, **kwargs):
    if attempt.user_id is None or attempt.assessment.kind == Assessment.Kind.SURVEY:
        return
    try:
        answers = list(Answer.objects.for_attempt(attempt).filter(is_correct__isnull=False).order_by("saved_at", "pk"))
        versions = ItemVersion.objects.in_bulk([a.version_id for a in answers])
        actions.record_answers(
            attempt.user,
            [(a.item_id, versions[a.version_id].skills, a.is_correct) for a in answers],
            attempt_id=attempt.pk,
            source=attempt.assessment.kind,
        )
    except Exception:
        logger.exception("The tutor could not apply attempt %s", attempt.pk)


def _on_checked(sender, attempt, item_id, content, is_correct, **kwargs):
    if attempt.user_id is None or is_correct is None:
        return
    try:
        actions.record_answers(
            attempt.user,
            [(item_id, content.get("skills", []), is_correct)],
            attempt_id=attempt.pk,
            source=attempt.assessment.kind,
        )
    except Exception:
        logger.exception("The tutor could not apply a checked answer of attempt %s", attempt.pk)


def _touch(sender, instance, **kwargs):
    path.touch(instance.user_id)


def _touch_interests(sender, instance, action, **kwargs):
    if action.startswith("post_"):
        path.touch(instance.user_id)


# Everything the next-step policy reads about a learner; a change drops their cached steps.
for _model in (TutorProfile, SkillState, ReviewCard, Recommendation, Enrollment, LessonProgress):
    post_save.connect(_touch, sender=_model, dispatch_uid=f"sauat_tutor_touch_{_model.__name__}")
    post_delete.connect(_touch, sender=_model, dispatch_uid=f"sauat_tutor_untouch_{_model.__name__}")
m2m_changed.connect(_touch_interests, sender=TutorProfile.interests.through, dispatch_uid="sauat_tutor_interests")

attempt_submitted.connect(_on_submitted, dispatch_uid="sauat_tutor_attempt_submitted")
answer_checked.connect(_on_checked, dispatch_uid="sauat_tutor_answer_checked")
