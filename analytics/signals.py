"""Receivers that turn what other apps signal into learning events (written after commit, recording.py).

Every receiver is wrapped by ``_safe``: an exception here is logged and never reaches the learner's
action. Deleting an account deletes the person's events (``pre_delete`` on the user).
"""

import functools
import logging

from django.db.models.signals import post_save, pre_delete

from accounts.models import User
from certificates.models import Certificate
from courses.actions import enrolled, lesson_completed, lesson_viewed
from quizzes.actions import answer_checked, attempt_submitted
from tutor.answering import question_asked
from webinars.models import Attendance, Registration

from . import xapi
from .models.events import Kind, LearningEvent
from .recording import EventData, record

logger = logging.getLogger("sauat.analytics")

INTERACTION_TYPES = {
    "single": "choice",
    "multiple": "choice",
    "truefalse": "true-false",
    "matching": "matching",
    "ordering": "sequencing",
    "short": "fill-in",
    "likert": "likert",
    "choice": "choice",
    "multichoice": "choice",
    "number": "numeric",
    "text": "long-fill-in",
}
TEST_PHASES = {"pre_test": "pre", "post_test": "post", "survey": "survey"}


def _safe(receiver):
    @functools.wraps(receiver)
    def wrapper(*args, **kwargs):
        try:
            receiver(*args, **kwargs)
        except Exception:
            logger.exception("Learning event not recorded (%s)", receiver.__name__)

    return wrapper


_LOCALE_LANGUAGES = {}


def _language_of(page):
    """The page's language code without a query per request (locales are few and never renamed)."""
    if "locale" in page._state.fields_cache:
        return page.locale.language_code
    if page.locale_id not in _LOCALE_LANGUAGES:
        from wagtail.models import Locale

        _LOCALE_LANGUAGES.update(Locale.objects.values_list("pk", "language_code"))
    return _LOCALE_LANGUAGES.get(page.locale_id, "")


def _lesson_revision(lesson):
    return getattr(lesson, "live_revision_id", None)


@_safe
def on_enrolled(sender, user_ids, course, **kwargs):
    iri = xapi.course_iri(course.translation_key)
    language = _language_of(course)
    record(
        *(EventData(Kind.ENROLLED, uid, iri, course_key=course.translation_key, language=language) for uid in user_ids)
    )


def _lesson_event(kind, user, lesson, course):
    return EventData(
        kind,
        user.pk,
        xapi.lesson_iri(lesson.translation_key, _lesson_revision(lesson)),
        course_key=course.translation_key,
        parent_id=xapi.course_iri(course.translation_key),
        language=_language_of(lesson),
        result={"completion": True} if kind == Kind.LESSON_COMPLETED else {},
    )


@_safe
def on_lesson_viewed(sender, user, lesson, course, **kwargs):
    record(_lesson_event(Kind.LESSON_VIEWED, user, lesson, course))


@_safe
def on_lesson_completed(sender, user, lesson, course, **kwargs):
    record(_lesson_event(Kind.LESSON_COMPLETED, user, lesson, course))


def _assessment_context(attempt):
    assessment = attempt.assessment
    return {
        "test_phase": TEST_PHASES.get(assessment.kind, "practice"),
        "form_id": attempt.form or "",
        "attempt_id": str(attempt.pk),
        "instrument_version": assessment.consent_version if assessment.is_survey else None,
    }


def _course_key(assessment):
    return assessment.course.translation_key if assessment.course_id else None


def _response_string(kind, response):
    """The xAPI response string (option keys only; free text never leaves the platform)."""
    if not isinstance(response, dict) or kind in ("short", "text"):
        return None
    if "special" in response:
        return response["special"]
    if "choice" in response:
        return str(response["choice"])
    if "choices" in response:
        return "[,]".join(response["choices"])
    if "pairs" in response:
        return "[,]".join(f"{left}[.]{right}" for left, right in response["pairs"].items())
    if "order" in response:
        return "[,]".join(map(str, response["order"]))
    if "number" in response:
        return str(response["number"])
    return None


def _answered(attempt, item_key, version, kind, response, is_correct, score, *, course_key, at):
    result = {}
    text = _response_string(kind, response)
    if text is not None:
        result["response"] = text
    if is_correct is not None:
        result["success"] = bool(is_correct)
    if score is not None:
        result["score"] = {"raw": score}
    return EventData(
        Kind.ANSWERED,
        attempt.user_id,
        xapi.item_iri(item_key, version),
        course_key=course_key,
        parent_id=xapi.assessment_iri(attempt.assessment_id, attempt.assessment.slug),
        language=attempt.language,
        result=result,
        context={
            **_assessment_context(attempt),
            "interaction_type": INTERACTION_TYPES.get(kind, "other"),
            "item_version": version,
        },
        occurred_at=at,
    )


@_safe
def on_attempt_submitted(sender, attempt, **kwargs):
    if attempt.user_id is None:  # anonymous survey: no person, no event
        return
    from quizzes.models import Answer

    assessment = attempt.assessment
    course_key = _course_key(assessment)
    answers = Answer.objects.for_attempt(attempt).filter(checked=False).select_related("item", "version")
    events = [
        _answered(
            attempt,
            answer.item.key,
            answer.version.number,
            answer.version.content.get("kind", answer.item.kind),
            answer.response,
            answer.is_correct,
            answer.score,
            course_key=course_key,
            at=answer.saved_at,
        )
        for answer in answers
    ]
    result = {"completion": True, "duration": (attempt.submitted_at - attempt.started_at).total_seconds()}
    if assessment.is_graded and attempt.max_score:
        result["score"] = {
            "raw": attempt.score,
            "min": 0,
            "max": attempt.max_score,
            "scaled": round(attempt.score / attempt.max_score, 4),
        }
        if attempt.passed is not None:
            result["success"] = attempt.passed
    parent = ""
    if assessment.lesson_id:
        parent = xapi.lesson_iri(assessment.lesson.translation_key)
    elif course_key:
        parent = xapi.course_iri(course_key)
    events.append(
        EventData(
            Kind.ATTEMPT_SUBMITTED,
            attempt.user_id,
            xapi.assessment_iri(assessment.pk, assessment.slug),
            course_key=course_key,
            parent_id=parent,
            language=attempt.language,
            result=result,
            context=_assessment_context(attempt),
            occurred_at=attempt.submitted_at,
        )
    )
    record(*events)


@_safe
def on_answer_checked(sender, attempt, item_id, content, is_correct, **kwargs):
    """Immediate feedback: the answer is final when checked, so it is recorded now (not again at submit)."""
    if attempt.user_id is None:
        return
    from quizzes.models import Answer

    answer = Answer.objects.select_related("item", "version").get(attempt=attempt, item_id=item_id)
    record(
        _answered(
            attempt,
            answer.item.key,
            answer.version.number,
            content.get("kind", answer.item.kind),
            answer.response,
            is_correct,
            answer.score,
            course_key=_course_key(attempt.assessment),
            at=answer.saved_at,
        )
    )


def _webinar_course_key(webinar):
    return webinar.course.translation_key if webinar.course_id else None


@_safe
def on_registration_saved(sender, instance, created, **kwargs):
    if not created:
        return
    webinar = instance.webinar
    record(
        EventData(
            Kind.WEBINAR_REGISTERED,
            instance.user_id,
            xapi.webinar_iri(instance.webinar_key),
            course_key=_webinar_course_key(webinar),
            language=webinar.language,
            context={"mode": webinar.kind},
            occurred_at=instance.created_at,
        )
    )


@_safe
def on_attendance_saved(sender, instance, created, **kwargs):
    if not created:
        return
    webinar = instance.webinar
    result = {"duration": instance.minutes * 60} if instance.minutes else {}
    record(
        EventData(
            Kind.WEBINAR_ATTENDED,
            instance.user_id,
            xapi.webinar_iri(instance.webinar_key),
            course_key=_webinar_course_key(webinar),
            language=webinar.language,
            result=result,
            context={"mode": webinar.kind},
            occurred_at=instance.first_seen_at,
        )
    )


@_safe
def on_certificate_saved(sender, instance, created, **kwargs):
    if not created or instance.user_id is None:
        return
    if (
        Certificate.objects.filter(user_id=instance.user_id, course_key=instance.course_key)
        .exclude(pk=instance.pk)
        .exists()
    ):
        return  # a re-issue (name correction) or a renewal: the certificate was earned once
    record(
        EventData(
            Kind.CERTIFICATE_ISSUED,
            instance.user_id,
            xapi.certificate_iri(instance.course_key),
            course_key=instance.course_key,
            occurred_at=instance.issued_at,
        )
    )


@_safe
def on_question_asked(sender, user, reply, **kwargs):
    """Only the topic, the language and whether people were suggested: never the question's text."""
    from tutor.answering import threshold

    hits = getattr(reply, "hits", None) or []
    topic = hits[0].passage.topic_slug if hits and reply.score >= threshold() else ""
    record(
        EventData(
            Kind.TUTOR_ASKED,
            user.pk,
            xapi.tutor_iri(),
            language=reply.language,
            result={"topic": topic or "none", "handed_over": bool(reply.handover)},
        )
    )


def on_user_deleted(sender, instance, **kwargs):
    """Law 94-V: the person's learning events go with the account (not wrapped: deletion must not half-happen)."""
    LearningEvent.objects.erase_for(instance.pk)


def connect():
    enrolled.connect(on_enrolled, dispatch_uid="sauat_analytics_enrolled")
    lesson_viewed.connect(on_lesson_viewed, dispatch_uid="sauat_analytics_lesson_viewed")
    lesson_completed.connect(on_lesson_completed, dispatch_uid="sauat_analytics_lesson_completed")
    attempt_submitted.connect(on_attempt_submitted, dispatch_uid="sauat_analytics_attempt_submitted")
    answer_checked.connect(on_answer_checked, dispatch_uid="sauat_analytics_answer_checked")
    post_save.connect(on_registration_saved, sender=Registration, dispatch_uid="sauat_analytics_registration")
    post_save.connect(on_attendance_saved, sender=Attendance, dispatch_uid="sauat_analytics_attendance")
    post_save.connect(on_certificate_saved, sender=Certificate, dispatch_uid="sauat_analytics_certificate")
    question_asked.connect(on_question_asked, dispatch_uid="sauat_analytics_question_asked")
    pre_delete.connect(on_user_deleted, sender=User, dispatch_uid="sauat_analytics_account_deleted")
