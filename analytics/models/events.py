"""Learning events: an append-only record of what learners did, and its xAPI forwarding state.

A row is written once (after the action's transaction commits, analytics/recording.py) and never
changed, except for the forwarding columns that the forwarder moves from pending to sent or failed.
Rows name no person: the actor is a keyed HMAC pseudonym of the user id (``pseudonym_for``). When an
account is deleted, its events are deleted with it (``LearningEventQuerySet.erase_for``; see
docs/data_protection.md). Statements already forwarded to an LRS are the LRS operator's to delete.
"""

import hashlib
import hmac
import uuid
from datetime import UTC

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: Namespace of deterministic statement ids and registrations (uuid5).
STATEMENT_NAMESPACE = uuid.UUID("6b1f3a52-58c4-4f0e-9a52-2f0f5f4c7e21")

#: The only columns that may change after a row is written (forwarding state).
FORWARDING_FIELDS = frozenset({"status", "attempts", "next_attempt_at", "sent_at", "last_error", "in_flight"})


class AppendOnlyError(Exception):
    """A learning event was about to be changed or deleted outside the allowed paths."""


def analytics_key() -> bytes:
    """The pseudonym key: SAUAT_ANALYTICS_KEY, else derived from SECRET_KEY (never SECRET_KEY itself)."""
    if settings.SAUAT_ANALYTICS_KEY:
        return settings.SAUAT_ANALYTICS_KEY.encode()
    return hmac.new(settings.SECRET_KEY.encode(), b"sauat-analytics-pseudonym", hashlib.sha256).digest()


def pseudonym_for(user_id) -> str:
    """The LRS-scoped pseudonym of a user id: keyed HMAC-SHA256, 32 hex characters. Never an e-mail."""
    return hmac.new(analytics_key(), f"user:{user_id}".encode(), hashlib.sha256).hexdigest()[:32]


def registration_for(actor: str, course_key) -> uuid.UUID | None:
    """One registration UUID per learner x course (xAPI ``context.registration``), stable across re-enrolment."""
    if not course_key:
        return None
    return uuid.uuid5(STATEMENT_NAMESPACE, f"registration|{actor}|{course_key}")


class Kind(models.TextChoices):
    ENROLLED = "enrolled", _("Enrolled in a course")
    LESSON_VIEWED = "lesson_viewed", _("Lesson viewed")
    LESSON_COMPLETED = "lesson_completed", _("Lesson completed")
    ANSWERED = "answered", _("Question answered")
    ATTEMPT_SUBMITTED = "attempt_submitted", _("Attempt submitted")
    WEBINAR_REGISTERED = "webinar_registered", _("Webinar registered")
    WEBINAR_ATTENDED = "webinar_attended", _("Webinar attended")
    RECORDING_WATCHED = "recording_watched", _("Recording watched")
    CERTIFICATE_ISSUED = "certificate_issued", _("Certificate issued")
    TUTOR_ASKED = "tutor_asked", _("Tutor asked")


class ForwardingStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class LearningEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        extra = set(kwargs) - FORWARDING_FIELDS
        if extra:
            raise AppendOnlyError(f"Learning events are append-only; cannot update {sorted(extra)}.")
        return super().update(**kwargs)

    def delete(self):
        raise AppendOnlyError("Learning events are append-only; use erase_for(user) when an account is deleted.")

    def erase_for(self, user_id) -> int:
        """Delete every event of one person (account deletion, Law 94-V). The only delete path."""
        return models.QuerySet.delete(self.filter(actor=pseudonym_for(user_id)))[0]

    def for_user(self, user):
        return self.filter(actor=pseudonym_for(user.pk))

    def of_kind(self, *kinds):
        return self.filter(kind__in=kinds)

    def pending(self):
        return self.filter(status=ForwardingStatus.PENDING)

    def due(self, now=None):
        """Pending events whose next forwarding attempt is due, oldest first."""
        now = now or timezone.now()
        return (
            self.pending()
            .filter(models.Q(next_attempt_at__isnull=True) | models.Q(next_attempt_at__lte=now))
            .order_by("pk")
        )

    def count_by_kind(self, **filters) -> dict:
        """{kind: count} for the events matching ``filters`` (e.g. course_key=...), every kind present."""
        counts = dict.fromkeys(Kind.values, 0)
        rows = self.filter(**filters).values("kind").annotate(n=models.Count("pk")).order_by()
        counts.update({row["kind"]: row["n"] for row in rows})
        return counts

    def forwarding_summary(self) -> dict:
        """{"pending": n, "sent": n, "failed": n}."""
        counts = dict.fromkeys(ForwardingStatus.values, 0)
        rows = self.values("status").annotate(n=models.Count("pk")).order_by()
        counts.update({row["status"]: row["n"] for row in rows})
        return counts


class LearningEvent(models.Model):
    Kind = Kind
    ForwardingStatus = ForwardingStatus

    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices, db_index=True)
    occurred_at = models.DateTimeField(_("occurred at"), db_index=True)
    actor = models.CharField(_("actor (pseudonym)"), max_length=64, db_index=True)
    course_key = models.UUIDField(_("course"), null=True, blank=True, db_index=True)
    object_id = models.CharField(_("object IRI"), max_length=500)
    parent_id = models.CharField(_("parent IRI"), max_length=500, blank=True)
    registration = models.UUIDField(_("registration"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    result = models.JSONField(_("result"), default=dict, blank=True)
    context = models.JSONField(_("context"), default=dict, blank=True)
    statement_id = models.UUIDField(_("statement id"), unique=True, editable=False)
    status = models.CharField(
        _("forwarding"), max_length=8, choices=ForwardingStatus.choices, default=ForwardingStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("forwarding attempts"), default=0)
    in_flight = models.BooleanField(
        _("maybe in the LRS"),
        default=False,
        help_text=_("Posted, but the outcome is unknown: checked before resending."),
    )
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)

    objects = LearningEventQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="analytics_event_forwarding")]
        verbose_name = _("learning event")
        verbose_name_plural = _("learning events")

    def __str__(self):
        return f"{self.kind} {self.object_id} @ {self.occurred_at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("Learning events are append-only.")
        if self.statement_id is None:
            self.statement_id = self.derive_statement_id()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Learning events are append-only; use erase_for(user) when an account is deleted.")

    def derive_statement_id(self) -> uuid.UUID:
        """uuid5 over actor + verb + object + timestamp: a retried write or POST keeps the same id."""
        from analytics.xapi import VERBS

        stamp = self.occurred_at.astimezone(UTC).isoformat(timespec="microseconds")
        return uuid.uuid5(STATEMENT_NAMESPACE, f"{self.actor}|{VERBS[self.kind]}|{self.object_id}|{stamp}")
