"""Learner actions from the web pages (enrol, leave, complete a lesson) and "My learning"."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import access, actions, tracking


def _back(request, fallback):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect(fallback)


@login_required
@require_POST
def enrol_view(request, page_id):
    course = access.get_course(page_id)
    actions.enrol(request.user, course)
    messages.success(request, _("You are enrolled in “%(course)s”.") % {"course": course.title})
    return _back(request, course.url)


@login_required
@require_POST
def leave_view(request, page_id):
    course = access.get_course(page_id)
    actions.leave(request.user, course)
    messages.info(
        request, _("You have left “%(course)s”. Your progress is kept if you come back.") % {"course": course.title}
    )
    return _back(request, course.url)


@require_POST
def complete_lesson_view(request, page_id):
    lesson = access.get_lesson(page_id)
    tracking.mark_complete(request, lesson)
    if request.headers.get("accept", "").startswith("application/json"):
        return JsonResponse({"lesson": lesson.pk, "completed": True})
    return _back(request, lesson.url)


@login_required
def my_learning_view(request):
    rows = tracking.learning_overview(request.user, get_language())
    return render(request, "courses/my_learning.html", {"rows": rows})
