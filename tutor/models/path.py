"""Recommendations: the audit trail behind every "why this?" shown to a learner."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RecommendationQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def dismissed_since(self, since):
        return self.filter(status=Recommendation.Status.DISMISSED, decided_at__gte=since)


class Recommendation(models.Model):
    class Kind(models.TextChoices):
        REVIEW = "review", _("Review")
        REMEDIATION = "remediation", _("Practise again")
        LESSON = "lesson", _("Next lesson")
        COURSE = "course", _("New course")

    class Status(models.TextChoices):
        SHOWN = "shown", _("Shown")
        DISMISSED = "dismissed", _("Dismissed by the learner")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="recommendations")
    created_at = models.DateTimeField(default=timezone.now)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    target = models.CharField(_("target"), max_length=80, help_text=_("A skill code or a page translation key."))
    rule = models.CharField(_("rule"), max_length=40)
    inputs = models.JSONField(_("inputs"), default=dict)
    model_version = models.CharField(_("model version"), max_length=60)
    language = models.CharField(_("language"), max_length=8)
    title = models.CharField(_("title"), max_length=300)
    url = models.CharField(_("address"), max_length=300)
    reason = models.TextField(_("reason shown"))
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=5)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.SHOWN)
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = RecommendationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")
        indexes = [models.Index(fields=["user", "kind", "target"])]

    def __str__(self):
        return f"{self.user_id} {self.kind} {self.target}"

    def dismiss(self):
        """The learner does not want this suggestion; it is not offered again for a while."""
        if self.status != self.Status.DISMISSED:
            self.status = self.Status.DISMISSED
            self.decided_at = timezone.now()
            self.save(update_fields=["status", "decided_at"])
