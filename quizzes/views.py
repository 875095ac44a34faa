"""Assessment pages: introduction and start, the attempt form (autosaved), results, and surveys.

Every page works without JavaScript: the attempt form posts all answers; with JavaScript each
answer is also autosaved through the API as soon as it changes.
"""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import access, actions
from .exceptions import AttemptClosedError, InvalidAnswerError, NoAttemptsLeftError, NotInAttemptError
from .forms import confidence_from_post, response_from_post
from .models import Attempt
from .presentation import present_attempt, present_survey


def confidence_levels():
    return [(1, _("Not sure")), (2, _("Fairly sure")), (3, _("Very sure"))]


def _language():
    return (get_language() or "kk")[:2]


def assessment_view(request, assessment_id):
    """Introduction, attempts so far and the start button; for surveys the consent screen and form."""
    assessment = access.get_assessment(assessment_id)
    language = _language()
    if assessment.is_survey:
        return _survey(request, assessment, language)
    attempts = []
    open_attempt = None
    if request.user.is_authenticated:
        attempts = list(Attempt.objects.for_user(request.user).filter(assessment=assessment))
        open_attempt = next((a for a in attempts if a.is_open), None)
    used = len(attempts)
    attempts_left = max(0, assessment.max_attempts - used) if assessment.max_attempts else None
    return render(
        request,
        "quizzes/assessment.html",
        {
            "assessment": assessment,
            "attempts": [a for a in attempts if not a.is_open],
            "open_attempt": open_attempt,
            "attempts_left": attempts_left,
            "can_start": open_attempt is not None or attempts_left is None or attempts_left > 0,
        },
    )


def _survey(request, assessment, language):
    questions = present_survey(assessment, language)
    if not access.can_take(request.user, assessment):
        return redirect_to_login(request.get_full_path())
    errors = None
    if request.method == "POST":
        responses = {}
        for question in questions:
            response = response_from_post(request.POST, question)
            if response is not None:
                responses[question["key"]] = response
        try:
            _attempt, duplicate = actions.submit_survey(
                assessment,
                request.user if request.user.is_authenticated else None,
                responses,
                consent=request.POST.get("consent") == "yes",
                language=language,
                idempotency_key=(request.POST.get("idempotency_key") or "")[:64] or None,
            )
        except InvalidAnswerError as error:
            errors = str(error)
            for question in questions:
                question["answer"] = responses.get(question["key"])
        except AttemptClosedError as error:
            messages.info(request, str(error))
            return render(request, "quizzes/survey_thanks.html", {"assessment": assessment})
        else:
            if duplicate:
                messages.info(request, _("We already have your answers. Thank you!"))
            return render(request, "quizzes/survey_thanks.html", {"assessment": assessment})
    return render(
        request,
        "quizzes/survey.html",
        {
            "assessment": assessment,
            "questions": questions,
            "errors": errors,
            "idempotency_key": request.POST.get("idempotency_key") or uuid.uuid4().hex,
        },
    )


@login_required
@require_POST
def start_view(request, assessment_id):
    assessment = access.get_assessment(assessment_id)
    try:
        attempt = actions.start_attempt(request.user, assessment, _language())
    except (NoAttemptsLeftError, InvalidAnswerError) as error:
        messages.error(request, str(error))
        return redirect("quizzes:assessment", assessment_id=assessment.pk)
    return redirect("quizzes:attempt", attempt_id=attempt.pk)


def _save_posted(request, attempt, questions, only=None):
    """Save every answered question of the form; returns {question key: error message}."""
    errors = {}
    for question in questions:
        if only and question["key"] != only:
            continue
        if question.get("review"):
            continue  # already checked: final
        response = response_from_post(request.POST, question)
        if response is None:
            continue
        try:
            actions.save_answer(
                request.user, attempt.pk, question["key"], response, confidence_from_post(request.POST, question)
            )
        except (InvalidAnswerError, NotInAttemptError) as error:
            errors[question["key"]] = str(error)
    return errors


@login_required
def attempt_view(request, attempt_id):
    attempt = actions.close_if_expired(access.get_attempt(request.user, attempt_id))
    if not attempt.is_open:
        return redirect("quizzes:result", attempt_id=attempt.pk)
    language = _language()
    errors = {}
    if request.method == "POST":
        data = present_attempt(attempt, language)
        check = request.POST.get("check", "")
        try:
            errors = _save_posted(request, attempt, data["questions"], only=check or None)
            if not errors and "submit" in request.POST:
                actions.submit(request.user, attempt.pk, (request.POST.get("idempotency_key") or "")[:64] or None)
                return redirect("quizzes:result", attempt_id=attempt.pk)
        except AttemptClosedError as error:
            messages.error(request, str(error))
            attempt.refresh_from_db()
            if not attempt.is_open:
                return redirect("quizzes:result", attempt_id=attempt.pk)
        if not errors:
            messages.success(request, _("Your answers are saved."))
            anchor = f"#q-{check}" if check else ""
            return redirect(reverse("quizzes:attempt", args=[attempt.pk]) + anchor)
    data = present_attempt(attempt, language)
    for question in data["questions"]:
        question["error"] = errors.get(question["key"])
    return render(
        request,
        "quizzes/attempt.html",
        {
            "attempt": attempt,
            "data": data,
            "assessment": attempt.assessment,
            "idempotency_key": uuid.uuid4().hex,
            "confidence_levels": confidence_levels(),
        },
    )


@login_required
def result_view(request, attempt_id):
    attempt = actions.close_if_expired(access.get_attempt(request.user, attempt_id))
    if attempt.is_open:
        raise Http404("This attempt is not submitted yet.")
    data = present_attempt(attempt, _language())
    return render(
        request,
        "quizzes/result.html",
        {
            "attempt": attempt,
            "data": data,
            "assessment": attempt.assessment,
            "show_review": attempt.assessment.is_graded,
        },
    )
