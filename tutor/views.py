"""Tutor pages."""

# -- questions and answers (issue 7) ------------------------------------------------------------
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import answering, throttle
from .models import QuestionLog, Rating

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
                context["reply"] = answering.hint(question, language, asker=asker)
            else:
                context["reply"] = answering.ask(question, language, asker=asker)
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
