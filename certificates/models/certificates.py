"""Issued certificates. One valid certificate per learner and course; revocation and re-issue are audited."""

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from certificates.exceptions import InvalidCertificateTransitionError
from cms.i18n import pick

# Bitstring Status List: at least 16 KB (131,072 entries) per list, so one bit says little about who it is.
STATUS_LIST_SIZE = 131_072


def new_public_id():
    """128 random bits, URL-safe (22 characters): the id in the verify URL and the QR code."""
    return secrets.token_urlsafe(16)


class CertificateQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def valid(self):
        return self.filter(status=Certificate.Status.VALID)

    def decided(self):
        """Certificates that stop automatic issue: a valid one, or one staff revoked."""
        return self.filter(status__in=[Certificate.Status.VALID, Certificate.Status.REVOKED])

    def withdrawn_indexes(self, status_list):
        """Status-list positions whose bit is set: revoked or replaced certificates."""
        return (
            self.filter(status_list=status_list)
            .exclude(status=Certificate.Status.VALID)
            .values_list("status_index", flat=True)
        )


class Certificate(models.Model):
    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Replaced by a newer certificate")

    public_id = models.CharField(_("public id"), max_length=32, unique=True, default=new_public_id, editable=False)
    credential_id = models.UUIDField(_("credential id"), unique=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    rule = models.ForeignKey(
        "certificates.CompletionRule", null=True, blank=True, on_delete=models.SET_NULL, related_name="certificates"
    )
    template = models.ForeignKey(
        "certificates.CertificateTemplate", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    holder_name = models.CharField(_("name as printed"), max_length=150)
    course_title_kk = models.CharField(_("course title (Kazakh)"), max_length=255, blank=True)
    course_title_ru = models.CharField(_("course title (Russian)"), max_length=255, blank=True)
    course_title_en = models.CharField(_("course title (English)"), max_length=255, blank=True)
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty: issued automatically."),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.VALID)
    status_list = models.PositiveIntegerField(default=1, editable=False)
    status_index = models.PositiveIntegerField(editable=False)
    key_id = models.CharField(_("signing key"), max_length=200, editable=False)
    credential = models.TextField(_("signed credential (VC-JWT)"), editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revocation_reason = models.TextField(_("reason"), blank=True)
    superseded_by = models.ForeignKey(
        "self", verbose_name=_("replaced by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_at", "-pk"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            # One valid certificate per learner and course: a retried task or a double click gives one.
            models.UniqueConstraint(
                fields=["user", "course_key"], condition=Q(status="valid"), name="one_valid_certificate_per_course"
            ),
            models.UniqueConstraint(fields=["status_list", "status_index"], name="one_certificate_per_status_bit"),
            models.CheckConstraint(
                condition=Q(status="valid") | Q(revoked_at__isnull=False), name="withdrawn_certificate_has_date"
            ),
        ]

    def __str__(self):
        return f"{self.holder_name} · {self.course_title()} ({self.public_id})"

    def course_title(self, language=None):
        return pick(self, "course_title", language)

    @property
    def is_expired(self):
        return self.expires_at is not None and self.expires_at <= timezone.now()

    @property
    def effective_status(self):
        """valid, expired, revoked or superseded: what the verify page and the API say."""
        if self.status == self.Status.VALID and self.is_expired:
            return "expired"
        return self.status

    @property
    def is_valid(self):
        return self.effective_status == self.Status.VALID

    def _withdraw(self, status, *, by, reason):
        if self.status != self.Status.VALID:
            raise InvalidCertificateTransitionError(_("This certificate has already been withdrawn."))
        self.status = status
        self.revoked_at = timezone.now()
        self.revoked_by = by
        self.revocation_reason = reason
        self.save(update_fields=["status", "revoked_at", "revoked_by", "revocation_reason"])

    def revoke(self, *, reason, by=None):
        """Withdraw the certificate; who, when and why are kept, and its status-list bit is set."""
        reason = (reason or "").strip()
        if not reason:
            raise InvalidCertificateTransitionError(_("Give a reason for the revocation."))
        self._withdraw(self.Status.REVOKED, by=by, reason=reason)

    def supersede(self, replacement, *, reason, by=None):
        """Mark this certificate replaced by ``replacement`` (e.g. after a name correction)."""
        self._withdraw(self.Status.SUPERSEDED, by=by, reason=reason)
        self.superseded_by = replacement
        self.save(update_fields=["superseded_by"])
