"""Assessment API: start an attempt, read its questions, autosave answers, submit, read the result,
and answer surveys. Correct answers never leave the server before an answer is checked or submitted."""

from ninja import Header, Router, Status

from django.conf import settings
from django.db.models import Count
from django.urls import reverse
from django.utils import translation

from accounts.auth import API_AUTH, OptionalAuth
from cms.i18n import LANGUAGE_CODES, pick

from . import access, actions
from .models import Assessment, Attempt
from .presentation import present_attempt, present_question, present_survey, response_for_client
from .schemas import (
    AnswerIn,
    AnswerOut,
    AssessmentSchema,
    AttemptSchema,
    MyAttemptSchema,
    SubmitIn,
    SurveyResponseIn,
    SurveyResponseOut,
)

router = Router(tags=["assessments"])


def _language(lang):
    return lang if lang in LANGUAGE_CODES else settings.LANGUAGE_CODE


def attempts_used(user, assessments):
    """{assessment id: attempts the signed-in ``user`` has made}, in one query; None for anonymous."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    counts = (
        Attempt.objects.for_user(user)
        .filter(assessment__in=assessments)
        .values("assessment")
        .annotate(n=Count("pk"))
        .values_list("assessment", "n")
    )
    return {assessment.pk: 0 for assessment in assessments} | dict(counts)


def assessment_data(assessment, used, language):
    """``used``: the caller's attempt counts from attempts_used(), or None."""
    with translation.override(language):
        url = reverse("quizzes:assessment", args=[assessment.pk])
    return {
        "id": assessment.pk,
        "slug": assessment.slug,
        "kind": assessment.kind,
        "title": pick(assessment, "title", language),
        "intro": pick(assessment, "intro", language),
        "feedback": assessment.feedback,
        "max_attempts": assessment.max_attempts,
        "attempts_used": used.get(assessment.pk) if used is not None else None,
        "pass_mark": assessment.pass_mark,
        "time_limit_minutes": assessment.time_limit_minutes,
        "certainty_marking": assessment.certainty_marking,
        "anonymous": assessment.anonymous,
        "consent": pick(assessment, "consent", language) if assessment.is_survey else None,
        "consent_version": assessment.consent_version if assessment.is_survey else None,
        "url": url,
    }


def _user(request):
    auth = request.auth
    return auth if getattr(auth, "is_authenticated", False) else None


@router.get("/assessments/{int:assessment_id}", response=AssessmentSchema, auth=OptionalAuth())
def retrieve_assessment(request, assessment_id: int, lang: str = "kk"):
    assessment = access.get_assessment(assessment_id)
    return assessment_data(assessment, attempts_used(_user(request), [assessment]), _language(lang))


@router.get("/assessments/{int:assessment_id}/survey", response=list[dict], auth=OptionalAuth())
def survey_questions(request, assessment_id: int, lang: str = "kk"):
    """The questions of a survey, to answer in one go with POST .../responses."""
    assessment = access.get_assessment(assessment_id)
    return present_survey(assessment, _language(lang)) if assessment.is_survey else []


@router.post(
    "/assessments/{int:assessment_id}/attempts", response={200: AttemptSchema, 201: AttemptSchema}, auth=API_AUTH
)
def start_attempt(request, assessment_id: int, lang: str = "kk"):
    """Start an attempt, or resume the open one (then the status is 200 instead of 201)."""
    assessment = access.get_assessment(assessment_id)
    language = _language(lang)
    existing = Attempt.objects.in_progress().filter(user=request.auth, assessment=assessment).exists()
    attempt = actions.start_attempt(request.auth, assessment, language)
    return Status(200 if existing and attempt.is_open else 201, present_attempt(attempt, language))


@router.get("/attempts/{attempt_id}", response=AttemptSchema, auth=API_AUTH)
def retrieve_attempt(request, attempt_id: str, lang: str = ""):
    attempt = actions.close_if_expired(access.get_attempt(request.auth, attempt_id))
    return present_attempt(attempt, _language(lang or attempt.language))


@router.put("/attempts/{attempt_id}/answers/{item_key}", response=AnswerOut, auth=API_AUTH)
def save_answer(request, attempt_id: str, item_key: str, payload: AnswerIn, lang: str = ""):
    """Autosave one answer. With immediate feedback the answer is checked, becomes final, and the
    reply carries its review (correctness, feedback, explanation, article of law)."""
    answer, attempt, checked_content = actions.save_answer(
        request.auth, attempt_id, item_key, payload.response, payload.confidence
    )
    entry = next(e for e in attempt.layout if e["k"] == item_key)
    review = None
    if checked_content is not None:
        from cms.models import LegalAct

        act_id = checked_content.get("legal_act")
        acts = LegalAct.objects.in_bulk([act_id]) if act_id else {}
        language = _language(lang or attempt.language)
        review = present_question(checked_content, entry, language, answer=answer, reveal=True, legal_acts=acts)[
            "review"
        ]
    return {
        "key": item_key,
        "answer": response_for_client(entry, answer.response),
        "confidence": answer.confidence,
        "saved_at": answer.saved_at,
        "seconds_left": attempt.seconds_left(),
        "review": review,
    }


@router.post("/attempts/{attempt_id}/submit", response=AttemptSchema, auth=API_AUTH)
def submit_attempt(
    request,
    attempt_id: str,
    payload: SubmitIn | None = None,
    idempotency_key: str | None = Header(None, alias="Idempotency-Key"),
    lang: str = "",
):
    """Grade and close the attempt. Repeating it (same or another key) returns the same result with
    ``duplicate: true``."""
    key = (payload.idempotency_key if payload else None) or idempotency_key
    attempt, duplicate = actions.submit(request.auth, attempt_id, (key or "")[:64] or None)
    data = present_attempt(attempt, _language(lang or attempt.language))
    data["duplicate"] = duplicate
    return data


@router.post(
    "/assessments/{int:assessment_id}/responses",
    response={200: SurveyResponseOut, 201: SurveyResponseOut},
    auth=OptionalAuth(),
)
def answer_survey(request, assessment_id: int, payload: SurveyResponseIn):
    """Answer a survey in one request. Anonymous surveys need no account and keep no link to it."""
    from ninja.errors import AuthenticationError

    assessment = access.get_assessment(assessment_id)
    user = _user(request)
    if not access.can_take(user, assessment):
        raise AuthenticationError()
    attempt, duplicate = actions.submit_survey(
        assessment,
        user,
        payload.answers,
        consent=payload.consent,
        language=_language(payload.language),
        idempotency_key=payload.idempotency_key,
    )
    body = {
        "id": attempt.pk,
        "submitted_at": attempt.submitted_at,
        "answered": attempt.answers.count(),
        "duplicate": duplicate,
    }
    return Status(200 if duplicate else 201, body)


@router.get("/me/attempts", response=list[MyAttemptSchema], auth=API_AUTH)
def my_attempts(request, lang: str = "kk"):
    language = _language(lang)
    attempts = Attempt.objects.for_user(request.auth).select_related("assessment")
    return [
        {
            "id": a.pk,
            "assessment_id": a.assessment_id,
            "assessment": pick(a.assessment, "title", language),
            "kind": a.assessment.kind,
            "number": a.number,
            "state": a.state,
            "started_at": a.started_at,
            "submitted_at": a.submitted_at,
            "percent": a.percent,
            "passed": a.passed,
        }
        for a in attempts
    ]


@router.get("/courses/{int:course_id}/assessments", response=list[AssessmentSchema], auth=OptionalAuth())
def course_assessments(request, course_id: int, lang: str = "kk"):
    from courses import access as course_access

    course = course_access.get_course(course_id)
    language = _language(lang)
    assessments = list(Assessment.objects.for_course(course).order_by("kind", "slug"))
    used = attempts_used(_user(request), assessments)
    return [assessment_data(a, used, language) for a in assessments]
