"""Reminders 24 hours and 1 hour before a session, each sent exactly once.

``manage.py send_webinar_reminders`` runs this every few minutes (cron or a systemd timer). A
reminder is sent when its time has come and the session has not started; a SentReminder row
(unique per registration, kind and start time) is written first, so a second run, or two runs at
once, never send it twice. Rules: the 24-hour reminder is skipped when the 1-hour one is already
due, and neither goes to someone whose seat was given after the reminder time (the confirmation
e-mail has just told them).
"""

from datetime import timedelta
from functools import partial

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from .models import Registration, SentReminder

LEAD_TIMES = {SentReminder.Kind.DAY: timedelta(hours=24), SentReminder.Kind.HOUR: timedelta(hours=1)}


def due_kind(registration, now):
    """The reminder due now for this registration, or None."""
    start = registration.starts_at
    if start <= now:
        return None
    for kind in (SentReminder.Kind.HOUR, SentReminder.Kind.DAY):  # the nearest one wins
        remind_at = start - LEAD_TIMES[kind]
        if remind_at <= now:
            return kind if registration.confirmed_at and registration.confirmed_at <= remind_at else None
    return None


def send_due_reminders(now=None) -> int:
    """Queue every reminder that is due and not yet sent; returns how many."""
    from .tasks import send_registration_email

    now = now or timezone.now()
    horizon = now + LEAD_TIMES[SentReminder.Kind.DAY]
    candidates = (
        Registration.objects.confirmed()
        .filter(
            Q(slot_start__gt=now, slot_start__lte=horizon)
            | Q(slot_start__isnull=True, webinar__start_at__gt=now, webinar__start_at__lte=horizon)
        )
        .select_related("webinar")
    )
    sent = 0
    for registration in candidates:
        kind = due_kind(registration, now)
        if kind is None:
            continue
        try:
            with transaction.atomic():
                SentReminder.objects.create(registration=registration, kind=kind, starts_at=registration.starts_at)
                transaction.on_commit(partial(send_registration_email.enqueue, registration.pk, str(kind)))
        except IntegrityError:
            continue  # already sent for this start time
        sent += 1
    return sent
