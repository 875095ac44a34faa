"""iCalendar (RFC 5545) files for one webinar and for one person's private feed, and "add to calendar" links.

The UID of a webinar is built from its translation_key, so every language version and every
download is the same event; SEQUENCE is the page's ics_sequence, raised whenever the time changes.
Times are written in UTC ("Z"). The live-room link is never put in a calendar file: it is shown on
the page to registrants shortly before the start.
"""

from datetime import UTC
from urllib.parse import urlencode

import icalendar

from django.conf import settings
from django.utils import timezone, translation

PRODID = "-//Sauat//Webinars//EN"
UID_DOMAIN = "sauat.kz"


def absolute_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _utc(value):
    return value.astimezone(UTC)


def _calendar(name=None):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    return calendar


def webinar_uid(webinar, registration=None):
    if registration is not None and registration.slot_start:
        return f"consultation-{registration.pk}@{UID_DOMAIN}"
    return f"webinar-{webinar.translation_key}@{UID_DOMAIN}"


def webinar_event(webinar, *, registration=None, now=None):
    """One VEVENT; with a consultation ``registration`` it covers that person's slot only."""
    url = absolute_url(webinar.url or "/")
    start = registration.starts_at if registration is not None else webinar.start_at
    end = registration.ends_at if registration is not None else webinar.end_at
    event = icalendar.Event()
    event.add("uid", webinar_uid(webinar, registration))
    event.add("dtstamp", _utc(now or timezone.now()))
    event.add("sequence", webinar.ics_sequence)
    event.add("dtstart", _utc(start))
    event.add("dtend", _utc(end))
    event.add("summary", webinar.title)
    event.add("description", f"{webinar.summary}\n\n{url}")
    event.add("url", url)
    event.add("location", url)
    event.add("status", "CONFIRMED")
    return event


def webinar_ics(webinar, *, registration=None):
    calendar = _calendar()
    calendar.add_component(webinar_event(webinar, registration=registration))
    return calendar.to_ical()


def feed_ics(user):
    """The person's confirmed registrations (past and upcoming), in their preferred language."""
    from .models import Registration, WebinarPage

    with translation.override(user.preferred_language):
        calendar = _calendar(name=translation.gettext("Sauat webinars"))
        registrations = list(Registration.objects.for_user(user).confirmed().select_related("webinar"))
        localized = {
            page.translation_key: page
            for page in WebinarPage.objects.live().filter(
                translation_key__in=[r.webinar_key for r in registrations],
                locale__language_code=user.preferred_language,
            )
        }
        for registration in registrations:
            page = localized.get(registration.webinar_key, registration.webinar)
            calendar.add_component(webinar_event(page, registration=registration))
        return calendar.to_ical()


def _compact(value):
    return _utc(value).strftime("%Y%m%dT%H%M%SZ")


def google_calendar_url(webinar, start=None, end=None):
    query = urlencode(
        {
            "action": "TEMPLATE",
            "text": webinar.title,
            "dates": f"{_compact(start or webinar.start_at)}/{_compact(end or webinar.end_at)}",
            "details": f"{webinar.summary}\n\n{absolute_url(webinar.url or '/')}",
        }
    )
    return f"https://calendar.google.com/calendar/render?{query}"


def outlook_calendar_url(webinar, start=None, end=None):
    query = urlencode(
        {
            "path": "/calendar/action/compose",
            "rru": "addevent",
            "subject": webinar.title,
            "startdt": _utc(start or webinar.start_at).isoformat().replace("+00:00", "Z"),
            "enddt": _utc(end or webinar.end_at).isoformat().replace("+00:00", "Z"),
            "body": f"{webinar.summary}\n\n{absolute_url(webinar.url or '/')}",
        }
    )
    return f"https://outlook.live.com/calendar/0/deeplink/compose?{query}"
