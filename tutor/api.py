"""Tutor API (/api/v1/tutor/..., /api/v1/me/mastery...)."""

from ninja import Router

router = Router(tags=["tutor"])

# Learning path (issue 6): mastery, next steps, review queue, preferences ------------------------------
from ninja import Status  # noqa: E402

from django.utils import timezone  # noqa: E402

from accounts.auth import API_AUTH  # noqa: E402
from cms.i18n import LANGUAGE_CODES, pick  # noqa: E402
from quizzes.presentation import text_in  # noqa: E402

from . import access as path_access  # noqa: E402
from . import actions as path_actions  # noqa: E402
from . import path as learning_path  # noqa: E402
from . import review as path_review  # noqa: E402
from .models import SkillState, TutorProfile  # noqa: E402
from .schemas import (  # noqa: E402
    MasteryOut,
    NextStepOut,
    PreferencesIn,
    PreferencesOut,
    ReviewQueueOut,
)


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
