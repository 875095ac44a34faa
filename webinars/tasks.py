"""Background tasks (django-tasks): e-mails about registrations and reminders.

Tasks take ids, not objects, and re-read the registration: a message that no longer fits (a
reminder for a cancelled seat) is not sent.
"""

from django_tasks import task

from .models import Registration

CONFIRMED, WAITLISTED, CANCELLED = Registration.Status
EXPECTED_STATUS = {
    "confirmed": {CONFIRMED},
    "promoted": {CONFIRMED},
    "waitlisted": {WAITLISTED},
    "cancelled": {CANCELLED},
    "rescheduled": {CONFIRMED, WAITLISTED},
    "24h": {CONFIRMED},
    "1h": {CONFIRMED},
}


@task()
def send_registration_email(registration_id: int, kind: str) -> bool:
    """Send one of the registration e-mails; returns whether it was sent."""
    from .notifications import send_registration_message

    registration = Registration.objects.select_related("user", "webinar").filter(pk=registration_id).first()
    if registration is None or registration.status not in EXPECTED_STATUS[kind] or not registration.user.is_active:
        return False
    send_registration_message(registration, kind)
    return True
