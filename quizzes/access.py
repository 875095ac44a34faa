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


def get_attempt(user, attempt_id, *, for_update=False) -> Attempt:
    """The caller's own attempt; ``for_update`` locks the row until the transaction ends."""
    try:
        attempt_id = uuid.UUID(str(attempt_id))
    except ValueError:
        raise Http404("No such attempt.") from None
    if user is None or not user.is_authenticated:
        raise Http404("No such attempt.")
    attempts = Attempt.objects.select_related("assessment")
    if for_update:
        attempts = attempts.select_for_update(of=("self",))
    attempt = attempts.filter(pk=attempt_id, user=user).first()
    if attempt is None:
        raise Http404("No such attempt.")
    return attempt


def can_take(user, assessment) -> bool:
    """Graded assessments and identified surveys need an account; anonymous surveys do not."""
    if assessment.is_survey and assessment.anonymous:
        return True
    return bool(user and user.is_authenticated)
