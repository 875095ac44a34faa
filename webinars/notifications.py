"""E-mails to registrants, in each person's preferred language, with the webinar as an .ics attachment."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from . import calendar
from .models import WebinarPage

SUBJECTS = {
    "confirmed": lambda title: _("You are registered: %(title)s") % {"title": title},
    "promoted": lambda title: _("A seat has become free for you: %(title)s") % {"title": title},
    "waitlisted": lambda title: _("You are on the waiting list: %(title)s") % {"title": title},
    "cancelled": lambda title: _("Registration cancelled: %(title)s") % {"title": title},
    "rescheduled": lambda title: _("New time: %(title)s") % {"title": title},
    "24h": lambda title: _("Tomorrow: %(title)s") % {"title": title},
    "1h": lambda title: _("In one hour: %(title)s") % {"title": title},
}


def _page_in(registration, language):
    page = (
        WebinarPage.objects.live()
        .filter(translation_key=registration.webinar_key, locale__language_code=language)
        .first()
    )
    return page or registration.webinar


def send_registration_message(registration, kind):
    user = registration.user
    language = user.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        webinar = _page_in(registration, language)
        context = {
            "user": user,
            "webinar": webinar,
            "registration": registration,
            "kind": kind,
            "page_url": calendar.absolute_url(webinar.url or "/"),
            "room_minutes": int(webinar.room_lead_time().total_seconds() // 60),
        }
        message = EmailMultiAlternatives(
            subject=SUBJECTS[kind](webinar.title),
            body=render_to_string("webinars/email/registration.txt", context),
            to=[user.email],
        )
        if kind in {"confirmed", "promoted", "rescheduled"} and registration.is_confirmed:
            message.attach("webinar.ics", calendar.webinar_ics(webinar, registration=registration), "text/calendar")
        message.send()
