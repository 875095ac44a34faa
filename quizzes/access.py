"""The one place that decides which assessments and attempts a request may see or act on.

Unpublished assessments, unknown ids and other people's attempts all give the same "not found",
so no response reveals that they exist.
"""

import uuid

from django.http import Http404

from .models import Assessment, Attempt


def get_assessment(assessment_id) -> Assessment:
    assessment = Assessment.objects.published().filter(pk=assessment_id).first()
    if assessment is None:
        raise Http404("No such assessment.")
    return assessment


# What an autosave reads of the attempt: fewer columns make the hottest query of the platform
# about twice as cheap to build (see bench/answers.py).
AUTOSAVE_FIELDS = (
    "id",
    "user_id",
    "assessment_id",
    "state",
    "deadline",
    "layout",
    "language",
    "assessment__feedback",
    "assessment__certainty_marking",
    "assessment__kind",
)


def get_attempt(user, attempt_id, *, for_update=False, only=None) -> Attempt:
    """The caller's own attempt; ``for_update`` locks the row until the transaction ends;
    ``only`` limits the columns read (the instance must then not be saved whole)."""
    try:
        attempt_id = uuid.UUID(str(attempt_id))
    except ValueError:
        raise Http404("No such attempt.") from None
    if user is None or not user.is_authenticated:
        raise Http404("No such attempt.")
    attempts = Attempt.objects.select_related("assessment")
    if only:
        attempts = attempts.only(*only)
    if for_update:
        attempts = attempts.select_for_update(of=("self",))
    try:
        return attempts.get(pk=attempt_id, user=user)
    except Attempt.DoesNotExist:
        raise Http404("No such attempt.") from None


def can_take(user, assessment) -> bool:
    """Graded assessments and identified surveys need an account; anonymous surveys do not."""
    if assessment.is_survey and assessment.anonymous:
        return True
    return bool(user and user.is_authenticated)
