"""What the webinar page shows to whoever is reading: their seat, the room link, questions, the recording."""

from django.utils import timezone

from . import access, calendar
from .forms import BookingForm, QuestionForm
from .models import QuestionVote, Recording, Registration


def free_slots(webinar):
    taken = set(Registration.objects.for_webinar(webinar).confirmed().values_list("slot_start", flat=True))
    return [slot for slot in webinar.slots() if slot[0] not in taken]


def recording_context(webinar, language):
    recording = Recording.objects.for_webinar(webinar).select_related("media").prefetch_related("captions").first()
    if recording is None:
        return {"recording": None}
    caption = recording.caption_for(language)
    return {
        "recording": recording,
        "caption": caption,
        "cues": list(caption.cues.all()) if caption else [],
        "chapters": list(recording.chapters.all()),
        "caption_tracks": list(recording.captions.all()),
    }


def webinar_page_context(request, webinar):
    now = timezone.now()
    user = request.user
    registration = access.registration_for(user, webinar)
    active = registration if registration is not None and registration.is_active else None
    moderator = user.is_authenticated and access.can_moderate(user, webinar)
    questions = list(access.visible_questions(user if user.is_authenticated else None, webinar, moderator=moderator))
    voted = set()
    if user.is_authenticated and questions:
        voted = set(
            QuestionVote.objects.filter(user=user, question__in=[q.pk for q in questions]).values_list(
                "question_id", flat=True
            )
        )
    context = {
        "now": now,
        "registration": active,
        "is_open": webinar.is_open_for_registration(now),
        "has_ended": webinar.has_ended(now),
        "room_visible": access.can_see_room(active, now),
        "room_opens_at": webinar.room_opens_at(active.starts_at if active else None),
        "questions": questions,
        "voted": voted,
        "can_ask": user.is_authenticated and access.can_ask(user, webinar, active, now),
        "can_moderate": moderator,
        "question_form": QuestionForm(),
        "speakers": webinar.speakers(),
        "google_calendar_url": calendar.google_calendar_url(webinar),
        "outlook_calendar_url": calendar.outlook_calendar_url(webinar),
        "related_course": webinar.course.localized if webinar.course_id else None,
        **recording_context(webinar, webinar.locale.language_code),
    }
    if webinar.is_consultation:
        slots = free_slots(webinar)
        context["free_slots"] = slots
        context["booking_form"] = BookingForm(free_slots=slots)
        context["can_see_intakes"] = user.is_authenticated and access.can_see_intakes(user, webinar)
    else:
        from .actions import seats_taken

        context["seats_left"] = max(webinar.capacity - seats_taken(webinar), 0)
        if active is not None and active.status == Registration.Status.WAITLISTED:
            context["waitlist_position"] = (
                Registration.objects.for_webinar(webinar)
                .waitlisted()
                .filter(waitlisted_at__lte=active.waitlisted_at)
                .count()
            )
    return context
