"""Registration, waiting list, booking, attendance and caption workflows.

One place for the web views, the API, the admin and the demo loader. Every change to who holds a
seat runs inside one transaction that first locks the webinar's page rows (all language versions,
``SELECT ... FOR UPDATE``), so concurrent requests for the same webinar are served one at a time
and the seat count can never exceed the capacity. On SQLite the database has one writer at a time
(``transaction_mode = IMMEDIATE`` in settings), which gives the same guarantee. E-mails go out
through background tasks after the transaction commits.
"""

from functools import partial

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .captions import to_webvtt
from .exceptions import RegistrationClosedError, SlotUnavailableError, WebinarError, WebinarFullError
from .models import (
    Attendance,
    CalendarFeed,
    Caption,
    CaptionCue,
    ConsultationIntake,
    Question,
    QuestionVote,
    Registration,
    WebinarPage,
)


def _lock(webinar):
    """Lock every language version of the webinar until the transaction ends."""
    list(
        WebinarPage.objects.select_for_update(of=("self",))
        .filter(translation_key=webinar.translation_key)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def _notify(registration, kind):
    from .tasks import send_registration_email

    transaction.on_commit(partial(send_registration_email.enqueue, registration.pk, kind))


def _find_slot(webinar, slot_start):
    for slot in webinar.slots():
        if slot[0] == slot_start:
            return slot
    raise SlotUnavailableError(_("There is no such time slot. Please choose one from the list."))


def seats_taken(webinar):
    return Registration.objects.for_webinar(webinar).confirmed().count()


def register(user, webinar: WebinarPage, *, slot_start=None, intake=None, now=None) -> Registration:
    """Give ``user`` a seat, a place on the waiting list, or (consultation hours) the chosen slot.

    Registering again while registered returns the same registration. ``intake`` is a dict with
    ``topic`` and ``question`` for consultation hours; the caller has checked consent.
    """
    if not webinar.is_open_for_registration(now):
        raise RegistrationClosedError(
            _("Registration for “%(title)s” has closed: the session has already started.") % {"title": webinar.title}
        )
    slot = None
    if webinar.is_consultation:
        if slot_start is None or intake is None:
            raise SlotUnavailableError(_("Choose a time slot and describe your question to book a consultation."))
        slot = _find_slot(webinar, slot_start)
    elif slot_start is not None:
        raise SlotUnavailableError(_("This webinar has no time slots; register without choosing one."))

    with transaction.atomic():
        _lock(webinar)
        registration = Registration.objects.filter(user=user, webinar_key=webinar.translation_key).first()
        if registration is not None and registration.is_active:
            if slot is not None and registration.slot_start != slot[0]:
                raise SlotUnavailableError(_("You have already booked a slot. Cancel it first to choose another."))
            return registration
        if slot is not None:
            if Registration.objects.for_webinar(webinar).confirmed().filter(slot_start=slot[0]).exists():
                raise SlotUnavailableError(_("Someone has just booked this slot. Please choose another."))
            status = Registration.Status.CONFIRMED
        elif seats_taken(webinar) < webinar.capacity:
            status = Registration.Status.CONFIRMED
        elif webinar.waitlist_enabled:
            status = Registration.Status.WAITLISTED
        else:
            raise WebinarFullError(_("“%(title)s” is full and has no waiting list.") % {"title": webinar.title})

        if registration is None:
            at = timezone.now()
            try:
                with transaction.atomic():
                    registration = Registration.objects.create(
                        user=user,
                        webinar=webinar,
                        webinar_key=webinar.translation_key,
                        status=status,
                        slot_start=slot[0] if slot else None,
                        slot_end=slot[1] if slot else None,
                        confirmed_at=at if status == Registration.Status.CONFIRMED else None,
                        waitlisted_at=at if status == Registration.Status.WAITLISTED else None,
                    )
            except IntegrityError as error:  # only without row locks; the constraints still hold
                raise SlotUnavailableError(_("Someone has just taken this place. Please try again.")) from error
        elif status == Registration.Status.CONFIRMED:
            registration.confirm(slot=slot)
        else:
            registration.put_on_waitlist()

        if intake is not None:
            ConsultationIntake.objects.update_or_create(
                registration=registration,
                defaults={
                    "topic": intake["topic"],
                    "question": intake["question"],
                    "consent_text_version": ConsultationIntake.CONSENT_VERSION,
                    "consent_given_at": timezone.now(),
                },
            )
        _notify(registration, "confirmed" if status == Registration.Status.CONFIRMED else "waitlisted")
    return registration


def _promote(webinar):
    """Give free seats to the people waiting, first come first served (the caller holds the lock)."""
    free = webinar.capacity - seats_taken(webinar)
    promoted = list(Registration.objects.for_webinar(webinar).waitlisted()[: max(free, 0)])
    for registration in promoted:
        registration.confirm()
        _notify(registration, "promoted")
    return promoted


def fill_free_seats(webinar: WebinarPage) -> list:
    """Promote people from the waiting list while seats are free (e.g. after the capacity was raised)."""
    if webinar.is_consultation or not webinar.is_open_for_registration():
        return []
    with transaction.atomic():
        _lock(webinar)
        return _promote(webinar)


def cancel(registration: Registration, *, now=None) -> Registration:
    """Cancel a seat, place on the waiting list, or booking; a freed seat goes to the first person waiting."""
    webinar = WebinarPage.objects.get(pk=registration.webinar_id)
    if not webinar.is_open_for_registration(now):
        raise RegistrationClosedError(
            _("The session has already started; the registration can no longer be cancelled.")
        )
    with transaction.atomic():
        _lock(webinar)
        registration.refresh_from_db()
        if not registration.is_active:
            return registration
        was_confirmed = registration.is_confirmed
        registration.cancel()
        _notify(registration, "cancelled")
        if was_confirmed and not webinar.is_consultation:
            _promote(webinar)
    return registration


def announce_new_time(webinar: WebinarPage) -> int:
    """E-mail everyone registered or waiting that the session moved (with the updated calendar event)."""
    registrations = list(Registration.objects.for_webinar(webinar).active().filter(slot_start__isnull=True))
    for registration in registrations:
        _notify(registration, "rescheduled")
    return len(registrations)


def release_seats_of(user) -> int:
    """Before an account is deleted: cancel its upcoming seats so people waiting get them."""
    count = 0
    now = timezone.now()
    for registration in Registration.objects.for_user(user).active().select_related("webinar"):
        if registration.webinar.is_open_for_registration(now):
            cancel(registration, now=now)
            count += 1
    return count


def record_attendance(user, webinar: WebinarPage, *, source=Attendance.Source.ROOM_LINK, at=None) -> Attendance:
    """Remember that ``user`` attended (idempotent: the first record is kept)."""
    at = at or timezone.now()
    try:
        with transaction.atomic():
            attendance, _created = Attendance.objects.get_or_create(
                user=user,
                webinar_key=webinar.translation_key,
                defaults={"webinar": webinar, "source": source, "first_seen_at": at},
            )
    except IntegrityError:  # the same person opened the link twice at once
        attendance = Attendance.objects.get(user=user, webinar_key=webinar.translation_key)
    return attendance


def ask_question(user, webinar: WebinarPage, text: str) -> Question:
    return Question.objects.create(user=user, webinar=webinar, webinar_key=webinar.translation_key, text=text)


def upvote(user, question: Question) -> bool:
    """One vote per person and question (a unique constraint); returns False if they had voted already."""
    if question.user_id == user.pk:
        raise WebinarError(_("You cannot upvote your own question."))
    try:
        with transaction.atomic():
            QuestionVote.objects.create(user=user, question=question)
    except IntegrityError:
        return False
    return True


def replace_captions(recording, language, cues, source_format="vtt") -> Caption:
    """Store a validated caption track (as WebVTT) and its cues for the transcript and search."""
    with transaction.atomic():
        Caption.objects.filter(recording=recording, language=language).delete()
        caption = Caption.objects.create(
            recording=recording, language=language, vtt=to_webvtt(cues), source_format=source_format
        )
        CaptionCue.objects.bulk_create(
            CaptionCue(
                caption=caption,
                position=position,
                start_ms=cue.start_ms,
                end_ms=cue.end_ms,
                text=cue.plain_text,
                text_folded=cue.plain_text.casefold(),
            )
            for position, cue in enumerate(cues)
        )
    return caption


def calendar_feed_for(user) -> CalendarFeed:
    feed, _created = CalendarFeed.objects.get_or_create(user=user)
    return feed


def reset_calendar_feed(user) -> CalendarFeed:
    """Revoke the old private URL and make a new one."""
    with transaction.atomic():
        CalendarFeed.objects.filter(user=user).delete()
        return CalendarFeed.objects.create(user=user)


def revoke_calendar_feed(user) -> None:
    CalendarFeed.objects.filter(user=user).delete()
