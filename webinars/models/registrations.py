"""Seats: registrations (with the waiting list and consultation bookings), intakes, reminders, feeds."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from webinars.exceptions import InvalidTransitionError


class RegistrationQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def for_webinar(self, webinar):
        return self.filter(webinar_key=webinar.translation_key)

    def active(self):
        return self.exclude(status=Registration.Status.CANCELLED)

    def confirmed(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waitlisted(self):
        return self.filter(status=Registration.Status.WAITLISTED).order_by("waitlisted_at", "pk")


class Registration(models.Model):
    """One person's place at one webinar (any language version), or their booked consultation slot."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Registered")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    NEXT_STATUS = {
        Status.CONFIRMED: {Status.CANCELLED},
        Status.WAITLISTED: {Status.CONFIRMED, Status.CANCELLED},
        Status.CANCELLED: {Status.CONFIRMED, Status.WAITLISTED},
    }

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webinar_registrations")
    webinar = models.ForeignKey(
        "webinars.WebinarPage", verbose_name=_("webinar"), on_delete=models.CASCADE, related_name="registrations"
    )
    webinar_key = models.UUIDField(_("webinar key"), db_index=True, editable=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.CONFIRMED)
    slot_start = models.DateTimeField(_("slot start"), null=True, blank=True)
    slot_end = models.DateTimeField(_("slot end"), null=True, blank=True)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("seat given at"), null=True, blank=True)
    waitlisted_at = models.DateTimeField(_("waiting since"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "webinar_key"], name="unique_registration_per_webinar"),
            models.UniqueConstraint(
                fields=["webinar_key", "slot_start"],
                condition=Q(status="confirmed", slot_start__isnull=False),
                name="one_person_per_consultation_slot",
            ),
        ]
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")

    def __str__(self):
        return f"{self.user} → {self.webinar} ({self.get_status_display()})"

    @property
    def starts_at(self):
        return self.slot_start or self.webinar.start_at

    @property
    def ends_at(self):
        return self.slot_end or self.webinar.end_at

    @property
    def is_active(self):
        return self.status != self.Status.CANCELLED

    @property
    def is_confirmed(self):
        return self.status == self.Status.CONFIRMED

    def _move_to(self, status):
        if status not in self.NEXT_STATUS[self.status]:
            raise InvalidTransitionError(
                _("A registration cannot go from “%(old)s” to “%(new)s”.")
                % {"old": self.get_status_display(), "new": self.Status(status).label}
            )
        self.status = status

    def confirm(self, *, slot=None):
        """Give the person a seat (from the waiting list, or again after cancelling)."""
        self._move_to(self.Status.CONFIRMED)
        self.confirmed_at = timezone.now()
        self.cancelled_at = None
        if slot is not None:
            self.slot_start, self.slot_end = slot
        self.save(update_fields=["status", "confirmed_at", "cancelled_at", "slot_start", "slot_end"])

    def put_on_waitlist(self):
        self._move_to(self.Status.WAITLISTED)
        self.waitlisted_at = timezone.now()
        self.cancelled_at = None
        self.save(update_fields=["status", "waitlisted_at", "cancelled_at"])

    def cancel(self):
        self._move_to(self.Status.CANCELLED)
        self.cancelled_at = timezone.now()
        self.save(update_fields=["status", "cancelled_at"])


class ConsultationIntake(models.Model):
    """What a person wants to discuss at a consultation; readable only by them, the specialist and organisers."""

    class Topic(models.TextChoices):
        CONSUMER = "consumer", _("Consumer rights")
        LEGAL_AID = "legal-aid", _("Free legal aid and courts")
        PERSONAL_DATA = "personal-data", _("Personal data and AI")
        FAMILY = "family", _("Family and children")
        WORK = "work", _("Work and employment")
        HOUSING = "housing", _("Housing and property")
        OTHER = "other", _("Something else")

    CONSENT_VERSION = "2026-01"

    registration = models.OneToOneField(Registration, on_delete=models.CASCADE, related_name="intake")
    topic = models.CharField(_("topic"), max_length=16, choices=Topic.choices)
    question = models.TextField(_("question"), max_length=2000)
    consent_text_version = models.CharField(_("consent text version"), max_length=16)
    consent_given_at = models.DateTimeField(_("consent given at"))

    class Meta:
        verbose_name = _("consultation intake")
        verbose_name_plural = _("consultation intakes")

    def __str__(self):
        return f"{self.registration} · {self.get_topic_display()}"


class SentReminder(models.Model):
    """Proof that one reminder went out: the unique constraint makes each reminder go out once.

    Keyed on the start time it announced, so moving the webinar sends fresh reminders.
    """

    class Kind(models.TextChoices):
        DAY = "24h", _("24 hours before")
        HOUR = "1h", _("1 hour before")

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="sent_reminders")
    kind = models.CharField(max_length=4, choices=Kind.choices)
    starts_at = models.DateTimeField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["registration", "kind", "starts_at"], name="one_reminder_per_start_time")
        ]

    def __str__(self):
        return f"{self.registration_id} {self.kind} {self.starts_at:%Y-%m-%d %H:%M}"


def new_feed_token():
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A private calendar URL listing one person's webinars. Revoking deletes it; the old URL stops working."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webinar_feed")
    token = models.CharField(max_length=64, unique=True, default=new_feed_token, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self):
        return f"{self.user} calendar feed"
