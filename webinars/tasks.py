"""Background tasks (django-tasks): e-mails about registrations and reminders.

Tasks take ids, not objects, and re-read the registration: a message that no longer fits (a
reminder for a cancelled seat) is not sent.
"""

from django_tasks import task

from .models import Registration

EXPECTED_STATUS = {
    "confirmed": Registration.Status.CONFIRMED,
    "promoted": Registration.Status.CONFIRMED,
    "waitlisted": Registration.Status.WAITLISTED,
    "cancelled": Registration.Status.CANCELLED,
    "24h": Registration.Status.CONFIRMED,
    "1h": Registration.Status.CONFIRMED,
}


@task()
def send_registration_email(registration_id: int, kind: str) -> bool:
    """Send one of the registration e-mails; returns whether it was sent."""
    from .notifications import send_registration_message

    registration = Registration.objects.select_related("user", "webinar").filter(pk=registration_id).first()
    if registration is None or registration.status != EXPECTED_STATUS[kind] or not registration.user.is_active:
        return False
    send_registration_message(registration, kind)
    return True
