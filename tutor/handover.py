"""Hand-over to people: emergency numbers, free legal aid (E-Zan komegi, 1414), the nearest university
legal clinic by topic and region, and upcoming consultation hours on the topic."""

import logging

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import Topic
from universities.models import LegalClinic

from .retrieval.analysers import normalise

logger = logging.getLogger("sauat.tutor")

MAX_CLINICS = 2
MAX_CONSULTATIONS = 2

# City names (normalised stems) as people type them in kk, ru and en, mapped to the clinic directory's city.
CITIES = {
    "алмат": "Almaty",
    "almat": "Almaty",
    "астан": "Astana",
    "astan": "Astana",
    "шымкент": "Shymkent",
    "shymkent": "Shymkent",
    "қарағанд": "Karaganda",
    "караганд": "Karaganda",
    "karagand": "Karaganda",
    "ақтөбе": "Aktobe",
    "актобе": "Aktobe",
    "aktobe": "Aktobe",
}


def emergency_entries():
    return [
        {"name": _("Emergency services: 112"), "url": "tel:112", "phone": "112"},
        {"name": _("Police: 102"), "url": "tel:102", "phone": "102"},
    ]


def legal_aid_entries():
    return [
        {
            "name": _("E-Zan komegi: free legal aid online (Ministry of Justice)"),
            "url": settings.SAUAT_TUTOR_EZAN_KOMEGI_URL,
            "phone": "",
        },
        {"name": _("1414: single contact centre, free legal aid requests"), "url": "tel:1414", "phone": "1414"},
    ]


def city_in(question):
    text = normalise(question)
    for stem, city in CITIES.items():
        if stem in text:
            return city
    return ""


def _clinic_url(clinic):
    get_url = getattr(clinic, "get_absolute_url", None)
    if callable(get_url):
        try:
            return get_url()
        except Exception:  # the clinic directory pages may not be deployed yet
            logger.warning("No public page for clinic %s", clinic.pk)
    return clinic.website or ""


def clinic_entries(topic=None, city=""):
    clinics = list(LegalClinic.objects.for_topic(topic, city)[:20])
    if city:
        clinics.sort(key=lambda c: c.city.casefold() != city.casefold())
    return [
        {"name": f"{clinic.name} ({clinic.city})", "url": _clinic_url(clinic), "phone": clinic.phone}
        for clinic in clinics[:MAX_CLINICS]
    ]


def consultation_entries(topic=None, language=""):
    from webinars.access import visible_webinars
    from webinars.models import WebinarPage

    sessions = visible_webinars().filter(kind=WebinarPage.Kind.CONSULTATION).upcoming()
    if language:
        sessions = sessions.filter(locale__language_code=language)
    if topic is not None:
        sessions = sessions.filter(topic=topic)
    local_time = "%d.%m.%Y %H:%M"
    return [
        {
            "name": _("Consultation hours: %(title)s, %(when)s")
            % {"title": session.title, "when": timezone.localtime(session.start_at).strftime(local_time)},
            "url": session.url or "",
            "phone": "",
        }
        for session in sessions[:MAX_CONSULTATIONS]
    ]


def handover(*, emergency=False, topic_slug="", question="", language=""):
    """The list of people and services to offer, emergency numbers first when ``emergency``."""
    topic = Topic.objects.filter(slug=topic_slug).first() if topic_slug else None
    entries = emergency_entries() if emergency else []
    entries += legal_aid_entries()
    entries += clinic_entries(topic, city_in(question))
    entries += consultation_entries(topic, language)
    return entries
