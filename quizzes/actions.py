"""Attempt workflows: start, save an answer, submit, survey responses. Web views and the API both call these.

Guarantees (tested against PostgreSQL in tests/quizzes/test_concurrency.py):
- one open attempt per learner and assessment (a partial unique constraint);
- one answer per (attempt, question) (a unique constraint; saves are upserts);
- saving and submitting lock the attempt row, so no answer lands after submission;
- submission grades and changes state in one transaction; a repeated submit returns the first result.
"""

from django.db import IntegrityError, transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _

from . import access
from .exceptions import (
    AttemptClosedError,
    InvalidAnswerError,
    NoAttemptsLeftError,
    NotInAttemptError,
)
from .grading import grade, grade_attempt, validate_response
from .models import GRADED_KINDS, Answer, Assessment, Attempt, ItemVersion
from .models.attempts import SurveyParticipation
from .presentation import tokens_to_keys
from .selection import build_layout, form_for, new_seed

#: Sent after an attempt's submission is committed: ``attempt``. Tutor, certificates and analytics listen.
attempt_submitted = Signal()
#: Sent after an immediately graded answer is committed: ``attempt``, ``item_id``, ``content``, ``is_correct``.
answer_checked = Signal()


def _pre_test_form(user, assessment):
    if assessment.kind != Assessment.Kind.POST_TEST or not assessment.blueprint_id:
        return None
    return (
        Attempt.objects.for_user(user)
        .filter(assessment__kind=Assessment.Kind.PRE_TEST, assessment__blueprint_id=assessment.blueprint_id)
        .order_by("started_at")
        .values_list("form", flat=True)
        .first()
    )


def start_attempt(user, assessment, language):
    """Resume the learner's open attempt or start a new one; starting twice gives one attempt."""
    if assessment.is_survey:
        raise InvalidAnswerError(_("Surveys are answered in one go; send the responses instead."))
    open_attempt = Attempt.objects.in_progress().filter(user=user, assessment=assessment).first()
    if open_attempt is not None:
        if not open_attempt.is_past_deadline():
            return open_attempt
        submit(user, open_attempt.pk)
    submitted = Attempt.objects.for_user(user).filter(assessment=assessment).count()
    if assessment.max_attempts and submitted >= assessment.max_attempts:
        raise NoAttemptsLeftError(
            _("You have used all %(count)d attempts of this assessment.") % {"count": assessment.max_attempts}
        )
    seed = new_seed()
    form = form_for(assessment, seed, _pre_test_form(user, assessment))
    layout = build_layout(assessment, seed, form)
    if not layout:
        raise NoAttemptsLeftError(_("This assessment has no questions yet."))
    now = timezone.now()
    try:
        with transaction.atomic():
            return Attempt.objects.create(
                assessment=assessment,
                user=user,
                number=submitted + 1,
                language=language,
                seed=seed,
                form=form,
                layout=layout,
                started_at=now,
                deadline=now + assessment.time_limit if assessment.time_limit else None,
            )
    except IntegrityError:  # a concurrent start created the open attempt first
        return Attempt.objects.in_progress().get(user=user, assessment=assessment)


def _entry(attempt, item_key):
    for entry in attempt.layout:
        if entry["k"] == item_key:
            return entry
    raise NotInAttemptError(_("This question is not part of this attempt."))


def _clean_confidence(assessment, content, confidence):
    if not assessment.certainty_marking or content["kind"] not in (
        "single",
        "multiple",
        "truefalse",
        "matching",
        "ordering",
        "short",
    ):
        return None
    if confidence is None:
        return None
    if isinstance(confidence, bool) or confidence not in (1, 2, 3):
        raise InvalidAnswerError(_("Confidence must be 1 (not sure), 2 (fairly sure) or 3 (very sure)."))
    return confidence


def _shape(entry):
    """What validating an answer needs (type, option keys, survey limits), kept in the attempt's
    layout so an autosave does not have to read the question version."""
    return {"kind": entry["t"], "options": [{"key": key} for key in entry["options"]], "survey": entry.get("s") or {}}


def save_answer(user, attempt_id, item_key, response, confidence=None):
    """Autosave one answer (an upsert). Returns (answer, attempt, content) where ``content`` is the
    question version's content when the assessment gives immediate feedback and the answer was
    graded and made final, else None."""
    with transaction.atomic():
        attempt = access.get_attempt(user, attempt_id, for_update=True, only=access.AUTOSAVE_FIELDS)
        attempt.ensure_open()
        entry = _entry(attempt, item_key)
        immediate = attempt.assessment.gives_immediate_feedback and entry.get("t") in GRADED_KINDS
        if immediate or "t" not in entry:
            version = ItemVersion.objects.get(pk=entry["v"])
            content, item_id = version.content, version.item_id
        else:
            content, item_id = _shape(entry), entry["i"]
        if isinstance(response, dict) and isinstance(response.get("pairs"), dict):
            response = {**response, "pairs": tokens_to_keys(entry, response["pairs"])}
        cleaned = validate_response(content, response)
        confidence = _clean_confidence(attempt.assessment, content, confidence)
        fields = {
            "version_id": entry["v"],
            "response": cleaned,
            "confidence": confidence,
            "saved_at": timezone.now(),
            "checked": False,
            "score": None,
            "is_correct": None,
        }
        if immediate:
            if Answer.objects.filter(attempt=attempt, item_id=item_id, checked=True).exists():
                raise AttemptClosedError(_("You have already checked this answer; start a new try to answer again."))
            score, ok = grade(content, cleaned)
            fields.update(checked=True, score=score, is_correct=ok)
        # One upsert (INSERT ... ON CONFLICT DO UPDATE); the attempt row lock already serialises saves.
        answer = Answer(attempt=attempt, item_id=item_id, **fields)
        Answer.objects.upsert(answer, [name.removesuffix("_id") for name in fields])
        if immediate:
            transaction.on_commit(
                lambda: answer_checked.send(
                    sender=Answer, attempt=attempt, item_id=item_id, content=content, is_correct=answer.is_correct
                )
            )
    return answer, attempt, content if immediate else None


def submit(user, attempt_id, idempotency_key=None):
    """Grade and close the attempt in one transaction. Returns (attempt, duplicate).

    A second submit (retry, double click, a second tab) returns the first result with duplicate=True.
    """
    with transaction.atomic():
        attempt = access.get_attempt(user, attempt_id, for_update=True)
        if not attempt.is_open:
            return attempt, True
        versions = ItemVersion.objects.in_bulk(attempt.version_ids())
        contents = [versions[entry["v"]].content for entry in attempt.layout if entry["v"] in versions]
        answers = list(Answer.objects.for_attempt(attempt).select_related("item"))
        by_key = {answer.item.key: answer for answer in answers}
        result, per_item = grade_attempt(
            contents,
            {key: (answer.response, answer.confidence) for key, answer in by_key.items()},
            pass_mark=attempt.assessment.pass_mark,
            certainty=attempt.assessment.certainty_marking,
        )
        for key, answer in by_key.items():
            if key in per_item:
                answer.score, answer.is_correct = per_item[key]
        Answer.objects.bulk_update(answers, ["score", "is_correct"])
        if idempotency_key and not Attempt.objects.filter(idempotency_key=idempotency_key).exists():
            attempt.idempotency_key = idempotency_key
        attempt.mark_submitted(result)
        transaction.on_commit(lambda: attempt_submitted.send(sender=Attempt, attempt=attempt))
    return attempt, False


def close_if_expired(attempt):
    """Submit an attempt whose time ran out (answers saved before the deadline count)."""
    if attempt.is_open and attempt.is_past_deadline():
        attempt, _duplicate = submit(attempt.user, attempt.pk)
    return attempt


def submit_survey(assessment, user, responses, *, consent, language, idempotency_key=None):
    """Store one survey response in one transaction. Returns (attempt, duplicate).

    ``responses`` maps question keys to responses; unanswered questions are simply absent
    ("seen but unanswered" in exports). Anonymous surveys store no link to the person: a separate
    participation row only prevents answering twice.
    """
    if not assessment.is_survey:
        raise InvalidAnswerError(_("This assessment is not a survey."))
    if consent is not True:
        raise InvalidAnswerError(_("Please read the consent text and agree before answering."))
    if not isinstance(responses, dict):
        raise InvalidAnswerError(_("Send the answers as an object of question keys."))
    if idempotency_key:
        earlier = Attempt.objects.filter(assessment=assessment, idempotency_key=idempotency_key).first()
        if earlier is not None:
            return earlier, True
    if user is not None and not assessment.anonymous:
        earlier = Attempt.objects.for_user(user).filter(assessment=assessment).first()
        if earlier is not None:
            return earlier, True
    if user is not None and assessment.anonymous:
        if SurveyParticipation.objects.filter(user=user, assessment=assessment).exists():
            raise AttemptClosedError(_("You have already answered this survey. Thank you!"))

    seed = new_seed()
    layout = build_layout(assessment, seed)
    entries = {entry["k"]: entry for entry in layout}
    versions = ItemVersion.objects.in_bulk([entry["v"] for entry in layout])
    errors = {}
    cleaned = {}
    for key, response in responses.items():
        if key not in entries:
            errors[key] = _("This question is not part of this survey.")
            continue
        if response is None or response == {}:
            continue
        try:
            cleaned[key] = validate_response(versions[entries[key]["v"]].content, response)
        except InvalidAnswerError as error:
            errors[key] = str(error)
    if errors:
        raise InvalidAnswerError(
            _("Some answers are not valid: %(errors)s")
            % {"errors": "; ".join(f"{key}: {message}" for key, message in errors.items())}
        )
    now = timezone.now()
    try:
        with transaction.atomic():
            attempt = Attempt.objects.create(
                assessment=assessment,
                user=None if assessment.anonymous else user,
                language=language,
                seed=seed,
                layout=layout,
                state=Attempt.State.SUBMITTED,
                started_at=now,
                submitted_at=now,
                score=0.0,
                max_score=0.0,
                idempotency_key=idempotency_key or None,
                consent_version=assessment.consent_version,
            )
            Answer.objects.bulk_create(
                [
                    Answer(
                        attempt=attempt,
                        item_id=versions[entries[key]["v"]].item_id,
                        version_id=entries[key]["v"],
                        response=response,
                        saved_at=now,
                    )
                    for key, response in cleaned.items()
                ]
            )
            if user is not None and assessment.anonymous:
                SurveyParticipation.objects.create(
                    user=user, assessment=assessment, consent_version=assessment.consent_version
                )
    except IntegrityError:
        earlier = Attempt.objects.filter(assessment=assessment, idempotency_key=idempotency_key).first()
        if earlier is None:
            raise AttemptClosedError(_("You have already answered this survey. Thank you!")) from None
        return earlier, True
    transaction.on_commit(lambda: attempt_submitted.send(sender=Attempt, attempt=attempt))
    return attempt, False
