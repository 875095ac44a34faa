"""Learner actions from the web pages: register, book, cancel, join the room, ask, vote; "My webinars"."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import access, actions, calendar
from .exceptions import WebinarError
from .forms import BookingForm, QuestionForm
from .models import CalendarFeed, Caption, Question, Registration, WebinarPage
from .presentation import free_slots


def _back(request, fallback):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect(fallback)


def _registered_message(registration):
    title = registration.webinar.title
    if registration.status == Registration.Status.WAITLISTED:
        return _("“%(title)s” is full. You are on the waiting list; we will write to you if a seat becomes free.") % {
            "title": title
        }
    return _("You are registered for “%(title)s”. A confirmation is on its way to your e-mail.") % {"title": title}


@login_required
@require_POST
def register_view(request, page_id):
    webinar = access.get_webinar(page_id)
    try:
        if webinar.is_consultation:
            form = BookingForm(request.POST, free_slots=free_slots(webinar))
            if not form.is_valid():
                for errors in form.errors.values():
                    for error in errors:
                        messages.error(request, error)
                return redirect(webinar.url)
            registration = actions.register(
                request.user,
                webinar,
                slot_start=form.cleaned_data["slot"],
                intake={"topic": form.cleaned_data["topic"], "question": form.cleaned_data["question"]},
            )
        else:
            registration = actions.register(request.user, webinar)
    except WebinarError as error:
        messages.error(request, str(error))
        return redirect(webinar.url)
    messages.success(request, _registered_message(registration))
    return _back(request, webinar.url)


@login_required
@require_POST
def cancel_view(request, registration_id):
    registration = access.get_own_registration(request.user, registration_id)
    try:
        actions.cancel(registration)
    except WebinarError as error:
        messages.error(request, str(error))
    else:
        messages.info(
            request, _("Your registration for “%(title)s” is cancelled.") % {"title": registration.webinar.title}
        )
    return _back(request, registration.webinar.url)


@login_required
def join_view(request, page_id):
    """The room link: registrants only, from shortly before the start; opening it records attendance."""
    webinar = access.get_webinar(page_id)
    registration = access.registration_for(request.user, webinar)
    now = timezone.now()
    if access.can_see_room(registration, now):
        actions.record_attendance(request.user, webinar, at=now)
        return redirect(webinar.room_url)
    if registration is None or not registration.is_confirmed:
        messages.error(request, _("The live room is open to registered participants only."))
    elif now >= registration.ends_at:
        messages.info(request, _("This session has ended."))
    else:
        opens = timezone.localtime(webinar.room_opens_at(registration.starts_at))
        messages.info(request, _("The room opens at %(time)s (Almaty time).") % {"time": time_format(opens, "H:i")})
    return redirect(webinar.url)


def webinar_ics_view(request, page_id):
    webinar = access.get_webinar(page_id)
    response = HttpResponse(calendar.webinar_ics(webinar), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{webinar.slug}.ics"'
    return response


def registration_ics_view(request, registration_id):
    """A person's own consultation slot as an .ics file."""
    if not request.user.is_authenticated:
        raise Http404
    registration = access.get_own_registration(request.user, registration_id)
    data = calendar.webinar_ics(registration.webinar, registration=registration)
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="consultation.ics"'
    return response


def calendar_feed_view(request, token):
    """The private feed: whoever has the unguessable URL gets that person's webinars. No login (calendar apps)."""
    feed = CalendarFeed.objects.filter(token=token).select_related("user").first()
    if feed is None or not feed.user.is_active:
        raise Http404("No such calendar.")
    response = HttpResponse(calendar.feed_ics(feed.user), content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=900"
    return response


@login_required
@require_POST
def ask_view(request, page_id):
    webinar = access.get_webinar(page_id)
    if not access.can_ask(request.user, webinar):
        messages.error(request, _("Register for the webinar to send a question."))
        return redirect(webinar.url)
    form = QuestionForm(request.POST)
    if form.is_valid():
        actions.ask_question(request.user, webinar, form.cleaned_data["text"])
        messages.success(request, _("Thank you! Your question is sent; the host will review it before the session."))
    else:
        for error in form.errors.get("text", []):
            messages.error(request, error)
    return redirect(webinar.url + "#questions")


@login_required
@require_POST
def vote_view(request, question_id):
    question = access.get_question_to_vote(request.user, question_id)
    try:
        actions.upvote(request.user, question)
    except WebinarError as error:
        messages.error(request, str(error))
    return redirect(question.webinar.url + "#questions")


@login_required
@require_POST
def moderate_view(request, question_id):
    question = access.get_question_to_moderate(request.user, question_id)
    status = request.POST.get("status", "")
    if status not in Question.Status.values:
        messages.error(request, _("Unknown moderation action."))
    else:
        try:
            question.moderate(status, by=request.user)
        except WebinarError as error:
            messages.error(request, str(error))
    return _back(request, question.webinar.url + "#questions")


@login_required
def bookings_view(request, page_id):
    """Consultation bookings with their intakes: for the specialist and the organisers only."""
    webinar = access.get_webinar(page_id)
    if not webinar.is_consultation or not access.can_see_intakes(request.user, webinar):
        raise Http404("No such page.")
    bookings = (
        Registration.objects.for_webinar(webinar).confirmed().select_related("user", "intake").order_by("slot_start")
    )
    return render(request, "webinars/bookings.html", {"webinar": webinar, "bookings": bookings})


@login_required
def my_webinars_view(request):
    registrations = list(
        Registration.objects.for_user(request.user).active().select_related("webinar").order_by("-created_at")
    )
    language = request.LANGUAGE_CODE
    pages = {
        page.translation_key: page
        for page in WebinarPage.objects.live().filter(
            translation_key__in=[r.webinar_key for r in registrations], locale__language_code=language
        )
    }
    now = timezone.now()
    rows = [
        {"registration": r, "webinar": pages.get(r.webinar_key, r.webinar), "upcoming": r.ends_at > now}
        for r in registrations
    ]
    feed = CalendarFeed.objects.filter(user=request.user).first()
    feed_url = calendar.absolute_url(reverse("webinars_calendar_feed", args=[feed.token])) if feed else None
    return render(
        request,
        "webinars/my_webinars.html",
        {
            "upcoming": [row for row in rows if row["upcoming"]],
            "past": [row for row in rows if not row["upcoming"]],
            "feed_url": feed_url,
        },
    )


@login_required
@require_POST
def calendar_feed_reset_view(request):
    actions.reset_calendar_feed(request.user)
    messages.success(request, _("Your private calendar link is ready. Any older link no longer works."))
    return redirect("webinars:my_webinars")


@login_required
@require_POST
def calendar_feed_revoke_view(request):
    actions.revoke_calendar_feed(request.user)
    messages.info(request, _("Your private calendar link is switched off."))
    return redirect("webinars:my_webinars")


def captions_view(request, caption_id):
    caption = get_object_or_404(Caption.objects.select_related("recording__webinar"), pk=caption_id)
    access.get_webinar(caption.recording.webinar_id)
    return HttpResponse(caption.vtt, content_type="text/vtt; charset=utf-8")
