"""Admin: turn a logged question and its answer into a draft answer card."""

# -- questions and answers (issue 7) ------------------------------------------------------------
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from .models import QuestionLog


def make_answer_card_view(request, log_id):
    """GET: confirm; POST: create (once) a draft card from the question and open it for editing."""
    if not (request.user.has_perm("tutor.add_answercard") and request.user.has_perm("tutor.view_questionlog")):
        raise PermissionDenied
    log = get_object_or_404(QuestionLog, pk=log_id)
    if request.method == "POST":
        card = log.make_answer_card()
        return redirect(reverse("wagtailsnippets_tutor_answercard:edit", args=[card.pk]))
    return render(request, "tutor/admin/make_answer_card.html", {"log": log})
