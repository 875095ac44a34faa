"""Tutor API (/api/v1/tutor/..., /api/v1/me/mastery...)."""

from ninja import Router

router = Router(tags=["tutor"])

# -- questions and answers (issue 7) ------------------------------------------------------------
from ninja.errors import HttpError  # noqa: E402

from django.shortcuts import get_object_or_404  # noqa: E402
from django.utils.translation import gettext as _  # noqa: E402

from accounts.auth import OptionalAuth  # noqa: E402

from . import answering, throttle  # noqa: E402
from .models import QuestionLog  # noqa: E402
from .schemas import AskIn, AskOut, RatingIn, RatingOut  # noqa: E402


@router.post("/tutor/ask", response=AskOut, auth=OptionalAuth(), summary="Ask the tutor a legal question")
def ask(request, payload: AskIn):
    """Answers only from reviewed Sauat content, with citations; refuses or hands over to people otherwise.
    Open to anonymous visitors; rate-limited per user and per address (429)."""
    if not throttle.allow(request):
        raise HttpError(429, _("Too many questions. Please wait a while and try again."))
    reply = answering.ask(payload.question, payload.language or "", asker=throttle.asker_key(request))
    return reply.as_dict()


@router.post("/tutor/answers/{answer_id}/rating", response=RatingOut, auth=OptionalAuth(), summary="Rate an answer")
def rate_answer(request, answer_id: int, payload: RatingIn):
    """helpful / wrong / unclear; only the person who asked may rate (others get 404). Rating again replaces it."""
    log = get_object_or_404(QuestionLog, pk=answer_id, asker=throttle.asker_key(request))
    rating = log.rate(log.asker, payload.verdict)
    return {"id": log.pk, "verdict": rating.verdict}
