"""Tutor API (/api/v1/tutor/..., /api/v1/me/mastery...)."""

from ninja import Router, Status
from ninja.errors import HttpError

from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.auth import API_AUTH, OptionalAuth
from cms.i18n import LANGUAGE_CODES, pick
from quizzes.presentation import text_in

from . import access as path_access
from . import actions as path_actions
from . import answering, throttle
from . import path as learning_path
from . import review as path_review
from .models import QuestionLog, SkillState, TutorProfile
from .schemas import (
    AskIn,
    AskOut,
    MasteryOut,
    NextStepOut,
    PreferencesIn,
    PreferencesOut,
    RatingIn,
    RatingOut,
    ReviewQueueOut,
)

router = Router(tags=["tutor"])

# Learning path (issue 6): mastery, next steps, review queue, preferences ------------------------------


def _path_language(lang):
    return lang if lang in LANGUAGE_CODES else "kk"


@router.get("/me/mastery", response=list[MasteryOut], auth=API_AUTH)
def my_mastery(request, lang: str = "kk"):
    """The caller's estimated mastery per skill (an estimate for learning, never a grade)."""
    language = _path_language(lang)
    states = SkillState.objects.for_user(request.auth).select_related("skill").order_by("skill__code")
    return [
        {
            "skill": s.skill.code,
            "name": pick(s.skill, "name", language),
            "estimated_mastery": round(s.p_mastered, 4),
            "answers": s.attempts,
            "correct": s.correct,
            "mastered": s.is_mastered,
            "struggling": s.is_struggling,
            "last_answer": s.last_seen,
            "model_version": s.params_version,
        }
        for s in states
    ]


@router.post("/me/mastery/{code}/reset", response={204: None}, auth=API_AUTH)
def reset_my_mastery(request, code: str):
    """Override: forget what the model estimated about the caller on one skill."""
    path_actions.reset_skill(request.auth, path_access.get_skill(code))
    return Status(204, None)


@router.get("/tutor/next-steps", response=list[NextStepOut], auth=API_AUTH)
def next_steps(request, lang: str = "kk"):
    """What to do next, by priority, each with the reason in the requested language."""
    return [
        {
            "id": s.id,
            "kind": s.kind,
            "title": s.title,
            "url": s.url,
            "reason": s.reason,
            "estimated_minutes": s.estimated_minutes,
            "rule": s.rule,
            "model_version": s.model_version,
        }
        for s in learning_path.next_steps(request.auth, _path_language(lang))
    ]


@router.post("/tutor/next-steps/{recommendation_id}/dismiss", response={200: dict}, auth=API_AUTH)
def dismiss_next_step(request, recommendation_id: str):
    """The caller does not want this suggestion; it is not offered again for a week."""
    recommendation = path_access.get_recommendation(request.auth, recommendation_id)
    recommendation.dismiss()
    return {"id": recommendation.pk, "status": recommendation.status}


@router.get("/tutor/review", response=ReviewQueueOut, auth=API_AUTH)
def review_queue(request, lang: str = "kk"):
    """The caller's due review questions (answers are checked on the review page)."""
    language = _path_language(lang)
    now = timezone.now()
    cards = path_review.due_cards(request.auth, now)
    return {
        "due": len(cards),
        "estimated_minutes": path_review.session_minutes(len(cards)) if cards else 0,
        "cards": [
            {
                "question": c.key,
                "stem": text_in(c.stem, language) or c.key,
                "due": c.due,
                "times_missed": c.lapses,
                "recall": round(c.recall, 4),
            }
            for c in cards
        ],
    }


@router.get("/tutor/preferences", response=PreferencesOut, auth=API_AUTH)
def get_preferences(request):
    return TutorProfile.for_user(request.auth)


@router.put("/tutor/preferences", response=PreferencesOut, auth=API_AUTH)
def put_preferences(request, payload: PreferencesIn):
    """Turn personalisation on or off, choose the level of detail, opt in to review reminders."""
    from ninja.errors import HttpError

    profile = TutorProfile.for_user(request.auth)
    if payload.detail is not None and payload.detail not in TutorProfile.Detail.values:
        raise HttpError(422, f"detail must be one of {', '.join(TutorProfile.Detail.values)}.")
    for name in ("personalised", "detail", "review_reminders"):
        value = getattr(payload, name)
        if value is not None:
            setattr(profile, name, value)
    profile.save()
    return profile


# -- questions and answers (issue 7) ------------------------------------------------------------


@router.post("/tutor/ask", response=AskOut, auth=OptionalAuth(), summary="Ask the tutor a legal question")
def ask(request, payload: AskIn):
    """Answers only from reviewed Sauat content, with citations; refuses or hands over to people otherwise.
    Open to anonymous visitors; rate-limited per user and per address (429)."""
    if not throttle.allow(request):
        raise HttpError(429, _("Too many questions. Please wait a while and try again."))
    reply = answering.ask(
        payload.question, payload.language or "", asker=throttle.asker_key(request), user=request.user
    )
    return reply.as_dict()


@router.post("/tutor/answers/{answer_id}/rating", response=RatingOut, auth=OptionalAuth(), summary="Rate an answer")
def rate_answer(request, answer_id: int, payload: RatingIn):
    """helpful / wrong / unclear; only the person who asked may rate (others get 404). Rating again replaces it."""
    log = get_object_or_404(QuestionLog, pk=answer_id, asker=throttle.asker_key(request))
    rating = log.rate(log.asker, payload.verdict)
    return {"id": log.pk, "verdict": rating.verdict}
