"""Spaced review: one FSRS card per learner and missed question."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ReviewCardQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def due(self, now=None):
        return self.filter(due__lte=now or timezone.now())


class ReviewCard(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_cards")
    item = models.ForeignKey("quizzes.Item", on_delete=models.CASCADE, related_name="+")
    card = models.JSONField(_("FSRS card"))
    due = models.DateTimeField(_("due"), db_index=True)
    reviews = models.PositiveIntegerField(_("reviews"), default=0)
    lapses = models.PositiveIntegerField(_("times missed"), default=0)
    last_missed_at = models.DateTimeField(_("last missed"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects = ReviewCardQuerySet.as_manager()

    class Meta:
        ordering = ["due", "pk"]
        verbose_name = _("review card")
        verbose_name_plural = _("review cards")
        constraints = [models.UniqueConstraint(fields=["user", "item"], name="one_review_card_per_item")]

    def __str__(self):
        return f"{self.user_id} {self.item_id} due {self.due:%Y-%m-%d %H:%M}"
