"""Tutor web pages."""

import uuid

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from quizzes.exceptions import InvalidAnswerError
from quizzes.grading import grade, validate_response
from quizzes.presentation import text_in

from . import access as path_access
from . import actions as path_actions
from . import answering, throttle
from . import path as learning_path
from . import review as path_review
from .models import Observation, QuestionLog, Rating, SkillState, TutorProfile
from .path_forms import PreferencesForm

# Learning path (issue 6): /<lang>/learning/path/, review, how it works, settings, overrides ----------

# Tutor pages.

# -- questions and answers (issue 7) ------------------------------------------------------------


@login_required
def path_view(request):
    language = get_language()
    profile = TutorProfile.for_user(request.user)
    states = list(SkillState.objects.for_user(request.user).select_related("skill").order_by("skill__code"))
    return render(
        request,
        "tutor/path.html",
        {
            "steps": learning_path.next_steps(request.user, language),
            "states": states,
            "profile": profile,
            "form": PreferencesForm(instance=profile),
        },
    )


@login_required
@require_POST
def path_preferences_view(request):
    form = PreferencesForm(request.POST, instance=TutorProfile.for_user(request.user))
    if form.is_valid():
        form.save()
        messages.success(request, _("Your settings are saved."))
    else:
        messages.error(request, _("Please check your settings and try again."))
    return redirect("tutor:path")


@login_required
@require_POST
def path_dismiss_view(request, recommendation_id):
    path_access.get_recommendation(request.user, recommendation_id).dismiss()
    messages.success(request, _("We will not suggest this again for a week."))
    return redirect("tutor:path")


@login_required
@require_POST
def mastery_reset_view(request, code):
    path_actions.reset_skill(request.user, path_access.get_skill(code))
    messages.success(request, _("Your progress on this skill was reset."))
    return redirect("tutor:path")


def _review_question(card, language):
    content = card.item.current_version.content
    return {
        "key": content["key"],
        "kind": content["kind"],
        "stem": text_in(content["stem"], language),
        "options": [{"key": o["key"], "text": text_in(o["text"], language)} for o in content["options"]],
        "card": card,
    }


def _response(kind, post, key):
    if kind in ("single", "truefalse"):
        choice = post.get(f"q-{key}")
        return {"choice": choice} if choice else None
    if kind == "multiple":
        choices = post.getlist(f"q-{key}")
        return {"choices": choices} if choices else None
    text = post.get(f"q-{key}", "").strip()
    return {"text": text} if text else None


@login_required
def path_review_view(request):
    """The daily review: due questions on one page, checked together; works without JavaScript."""
    language = get_language()
    now = timezone.now()
    cards = path_review.due_cards(request.user, now, with_content=True)
    if request.method == "POST":
        try:
            session = uuid.UUID(request.POST.get("session", ""))
        except ValueError:
            session = uuid.uuid4()
        results, answers = [], []
        for card in cards:
            content = card.item.current_version.content
            response = _response(content["kind"], request.POST, content["key"])
            if response is None:
                continue
            try:
                _score, correct = grade(content, validate_response(content, response))
            except InvalidAnswerError:
                continue
            answers.append((card.item_id, content.get("skills", []), correct))
            results.append(
                {
                    "question": _review_question(card, language),
                    "correct": correct,
                    "explanation": text_in(content.get("explanation"), language),
                }
            )
        if answers:
            path_actions.record_answers(request.user, answers, attempt_id=session, source=Observation.Source.REVIEW)
        elif Observation.objects.filter(user=request.user, attempt_id=session).exists():
            messages.info(request, _("These answers were already checked."))
            return redirect("tutor:path_review")
        else:
            messages.error(request, _("Answer at least one question."))
            return redirect("tutor:path_review")
        return render(request, "tutor/review.html", {"results": results, "questions": [], "session": session})
    return render(
        request,
        "tutor/review.html",
        {
            "questions": [_review_question(card, language) for card in cards],
            "minutes": path_review.session_minutes(len(cards)),
            "session": uuid.uuid4(),
            "results": None,
        },
    )


def path_how_view(request):
    """How Sauat personalises learning: what data, which model, how to turn it off (public page)."""
    profile = TutorProfile.objects.filter(user=request.user).first() if request.user.is_authenticated else None
    threshold = round(100 * settings.SAUAT_TUTOR_MASTERY_THRESHOLD)
    return render(request, "tutor/how_it_works.html", {"profile": profile, "threshold": threshold})


@login_required
def path_next_view(request):
    """The next step as an HTML fragment for the end of a lesson (fetched by sauat.js)."""
    steps = learning_path.next_steps(request.user, get_language())
    lesson_key = request.GET.get("lesson", "")
    skippable = False
    if lesson_key:
        from courses.models import LessonPage

        lessons = LessonPage.objects.live().filter(translation_key=lesson_key)[:1] if _is_uuid(lesson_key) else []
        skippable = bool(lessons) and bool(learning_path.skippable_keys(request.user, lessons))
    steps = [s for s in steps if s.target != lesson_key]
    return render(
        request, "tutor/includes/next_step.html", {"step": steps[0] if steps else None, "skippable": skippable}
    )


def _is_uuid(value):
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


LANGUAGE_CODES = ("kk", "ru", "en")


def tutor_page_view(request):
    """The tutor page: ask a legal question (POST) and see the cited answer, refusal or hand-over."""
    context = {"question": "", "reply": None, "mode": "answer"}
    status = 200
    if request.method == "POST":
        question = request.POST.get("question", "").strip()[: answering.MAX_QUESTION]
        mode = "hint" if request.POST.get("mode") == "hint" else "answer"
        context.update(question=question, mode=mode)
        if not question:
            context["error"] = _("Type a question first.")
            status = 422
        elif not throttle.allow(request):
            context["error"] = _("Too many questions. Please wait a while and try again.")
            status = 429
        else:
            language = (get_language() or "kk")[:2]
            language = language if language in LANGUAGE_CODES else "kk"
            asker = throttle.asker_key(request)
            if mode == "hint":
                context["reply"] = answering.hint(question, language, asker=asker, user=request.user)
            else:
                context["reply"] = answering.ask(question, language, asker=asker, user=request.user)
    context["verdicts"] = Rating.Verdict.choices
    return render(request, "tutor/ask.html", context, status=status)


@require_POST
def ask_rate_view(request, answer_id):
    """A learner rates the answer they got; only the person who asked may (others get 404)."""
    log = get_object_or_404(QuestionLog, pk=answer_id, asker=throttle.asker_key(request))
    verdict = request.POST.get("verdict", "")
    if verdict not in Rating.Verdict.values:
        messages.error(request, _("Choose helpful, wrong or unclear."))
    else:
        log.rate(log.asker, verdict)
        messages.success(request, _("Thank you: editors review answers marked wrong or unclear."))
    return redirect(reverse("tutor_page"))
