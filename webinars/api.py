"""Webinar API: upcoming webinars, register, cancel, my registrations (/api/v1/webinars/, /api/v1/me/webinars)."""

from ninja import Router, Status
from ninja.pagination import LimitOffsetPagination, paginate

from django.utils import translation

from accounts.auth import API_AUTH, OptionalAuth

from . import access, actions
from .models import ConsultationIntake, Registration, WebinarPage
from .presentation import free_slots
from .schemas import RegistrationIn, RegistrationSchema, WebinarSchema

router = Router(tags=["webinars"])


def _webinar_data(page, request, seats):
    with translation.override(page.locale.language_code):
        return {
            "id": page.pk,
            "key": page.translation_key,
            "language": page.locale.language_code,
            "spoken_language": page.language,
            "kind": page.kind,
            "title": page.title,
            "summary": page.summary,
            "start_at": page.start_at,
            "end_at": page.end_at,
            "capacity": page.capacity,
            "seats_left": None if page.is_consultation else max(page.capacity - seats.get(page.translation_key, 0), 0),
            "free_slots": [start for start, _end in free_slots(page)] if page.is_consultation else [],
            "waitlist_enabled": page.waitlist_enabled,
            "speakers": [
                {"name": s.name, "role": s.get_role_display(), "affiliation": s.affiliation} for s in page.speakers()
            ],
            "url": page.get_url(request=request),
        }


def _registration_data(registration, page=None):
    page = page or registration.webinar
    position = None
    if registration.status == Registration.Status.WAITLISTED:
        position = (
            Registration.objects.filter(webinar_key=registration.webinar_key)
            .waitlisted()
            .filter(waitlisted_at__lte=registration.waitlisted_at)
            .count()
        )
    return {
        "id": registration.pk,
        "webinar_id": page.pk,
        "webinar_key": registration.webinar_key,
        "title": page.title,
        "status": registration.status,
        "waitlist_position": position,
        "starts_at": registration.starts_at,
        "ends_at": registration.ends_at,
        "registered_at": registration.created_at,
        "url": page.url or "",
    }


@router.get("/webinars/", response=list[WebinarSchema], auth=OptionalAuth())
@paginate(LimitOffsetPagination)
def list_upcoming_webinars(request, lang: str = "kk"):
    """Upcoming webinars and consultation hours in one language, soonest first."""
    from django.db.models import Count

    pages = list(access.visible_webinars().filter(locale__language_code=lang).for_listing().upcoming())
    seats = dict(
        Registration.objects.confirmed()
        .filter(webinar_key__in=[p.translation_key for p in pages])
        .values("webinar_key")
        .annotate(n=Count("pk"))
        .values_list("webinar_key", "n")
    )
    return [_webinar_data(page, request, seats) for page in pages]


@router.post("/webinars/{int:webinar_id}/registration", response={200: RegistrationSchema, 422: dict}, auth=API_AUTH)
def register(request, webinar_id: int, payload: RegistrationIn | None = None):
    """Register the caller: confirmed, or waitlisted when full (409 when full without a waiting list or started).

    For consultation hours send ``slot_start``, ``topic``, ``question`` and ``consent: true``.
    """
    webinar = access.get_webinar(webinar_id)
    payload = payload or RegistrationIn()
    intake = None
    if webinar.is_consultation:
        problems = []
        if payload.topic not in ConsultationIntake.Topic.values:
            problems.append("topic: choose one of " + ", ".join(ConsultationIntake.Topic.values))
        if not payload.question.strip():
            problems.append("question: describe your question")
        if not payload.consent:
            problems.append("consent: must be true to book a consultation")
        if problems:
            return Status(422, {"message": "The request is not valid. " + "; ".join(problems)})
        intake = {"topic": payload.topic, "question": payload.question.strip()}
    registration = actions.register(request.auth, webinar, slot_start=payload.slot_start, intake=intake)
    return _registration_data(registration, webinar)


@router.delete("/me/webinars/{int:registration_id}", response=RegistrationSchema, auth=API_AUTH)
def cancel(request, registration_id: int):
    """Cancel one of the caller's registrations (404 for anyone else's; 409 once the session has started)."""
    registration = access.get_own_registration(request.auth, registration_id)
    return _registration_data(actions.cancel(registration))


@router.get("/me/webinars", response=list[RegistrationSchema], auth=API_AUTH)
def list_my_registrations(request, lang: str = "kk"):
    """The caller's current registrations (not cancelled), newest first, pages in ``lang`` when translated."""
    registrations = list(
        Registration.objects.for_user(request.auth).active().select_related("webinar").order_by("-created_at")
    )
    pages = {
        page.translation_key: page
        for page in WebinarPage.objects.live().filter(
            translation_key__in=[r.webinar_key for r in registrations], locale__language_code=lang
        )
    }
    return [_registration_data(r, pages.get(r.webinar_key)) for r in registrations]
