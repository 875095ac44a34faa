"""Attempts and answers: one answer row per (attempt, item), graded on the server at submission."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from quizzes.exceptions import AttemptClosedError

from .assessments import Assessment
from .items import Item, ItemVersion


class AttemptQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def in_progress(self):
        return self.filter(state=Attempt.State.IN_PROGRESS)

    def submitted(self):
        return self.filter(state=Attempt.State.SUBMITTED)

    def expired(self, now=None):
        return self.in_progress().filter(deadline__lt=now or timezone.now())


class Attempt(models.Model):
    class State(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        SUBMITTED = "submitted", _("Submitted")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    assessment = models.ForeignKey(Assessment, on_delete=models.PROTECT, related_name="attempts")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="attempts"
    )
    number = models.PositiveIntegerField(_("attempt number"), default=1)
    language = models.CharField(_("language"), max_length=8)
    seed = models.BigIntegerField(_("seed"))
    form = models.CharField(_("form"), max_length=1, blank=True)
    layout = models.JSONField(_("questions as drawn"), default=list)
    state = models.CharField(_("state"), max_length=12, choices=State.choices, default=State.IN_PROGRESS)
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    idempotency_key = models.CharField(max_length=64, null=True, blank=True, unique=True)
    consent_version = models.PositiveIntegerField(null=True, blank=True)
    # Results, written in the same transaction as the state change.
    score = models.FloatField(_("score"), null=True, blank=True)
    max_score = models.FloatField(_("maximum score"), null=True, blank=True)
    percent = models.FloatField(_("percent"), null=True, blank=True)
    passed = models.BooleanField(_("passed"), null=True, blank=True)
    cbm_score = models.FloatField(_("certainty-based score"), null=True, blank=True)
    breakdown = models.JSONField(_("per-skill breakdown"), default=dict, blank=True)
    calibration = models.JSONField(_("calibration"), default=dict, blank=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        constraints = [
            # One open attempt per learner and assessment: a double click on "start" resumes it.
            models.UniqueConstraint(
                fields=["user", "assessment"],
                condition=Q(state="in_progress"),
                name="one_open_attempt_per_assessment",
            ),
            models.CheckConstraint(
                condition=Q(state="in_progress") | Q(submitted_at__isnull=False, score__isnull=False),
                name="submitted_attempt_has_score",
            ),
        ]

    def __str__(self):
        return f"{self.assessment.slug} #{self.number} ({self.state})"

    @property
    def is_open(self):
        return self.state == self.State.IN_PROGRESS

    def is_past_deadline(self, now=None, grace_seconds=0):
        if self.deadline is None:
            return False
        return (now or timezone.now()) > self.deadline + timezone.timedelta(seconds=grace_seconds)

    def seconds_left(self, now=None):
        if self.deadline is None:
            return None
        return max(0, int((self.deadline - (now or timezone.now())).total_seconds()))

    def version_ids(self):
        return [entry["v"] for entry in self.layout]

    def ensure_open(self, now=None):
        """Raise AttemptClosedError unless answers may still be saved."""
        if not self.is_open:
            raise AttemptClosedError(_("This attempt has already been submitted; answers can no longer change."))
        if self.is_past_deadline(now, grace_seconds=settings.SAUAT_QUIZ_GRACE_SECONDS):
            raise AttemptClosedError(_("Time is up for this attempt; answers can no longer change."))

    def mark_submitted(self, result, *, now=None):
        """The one transition from in progress to submitted; the caller holds the row lock."""
        if not self.is_open:
            raise AttemptClosedError(_("This attempt has already been submitted."))
        self.state = self.State.SUBMITTED
        self.submitted_at = now or timezone.now()
        self.score = result.score
        self.max_score = result.max_score
        self.percent = result.percent
        self.passed = result.passed
        self.cbm_score = result.cbm_score
        self.breakdown = result.breakdown
        self.calibration = result.calibration
        self.save()


class AnswerQuerySet(models.QuerySet):
    def for_attempt(self, attempt):
        return self.filter(attempt=attempt)

    def upsert(self, answer, fields):
        """Insert ``answer`` or overwrite ``fields`` of the existing row for its (attempt, item), in one
        ``INSERT ... ON CONFLICT DO UPDATE`` statement (PostgreSQL and SQLite).

        Written out because this is the hottest write of the platform: the ORM's ``bulk_create(...,
        update_conflicts=True)`` spends about 1 ms per call building the same statement (bench/answers.py).
        """
        from django.db import connections

        meta = self.model._meta
        connection = connections[self.db]
        quote = connection.ops.quote_name
        names = ["attempt", "item", *fields]
        columns = [meta.get_field(name).column for name in names]
        values = [
            meta.get_field(name).get_db_prep_save(getattr(answer, meta.get_field(name).attname), connection)
            for name in names
        ]
        updates = ", ".join(f"{quote(column)} = excluded.{quote(column)}" for column in columns[2:])
        # Only quoted column and table names from the model's own metadata are formatted in; every
        # value is a query parameter.
        sql = (
            f"INSERT INTO {quote(meta.db_table)} ({', '.join(map(quote, columns))}) "  # noqa: S608
            f"VALUES ({', '.join(['%s'] * len(columns))}) "
            f"ON CONFLICT ({quote(columns[0])}, {quote(columns[1])}) DO UPDATE SET {updates}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, values)


class Answer(models.Model):
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    item = models.ForeignKey(Item, on_delete=models.PROTECT, related_name="answers")
    version = models.ForeignKey(ItemVersion, on_delete=models.PROTECT, related_name="answers")
    response = models.JSONField(_("response"))
    confidence = models.PositiveSmallIntegerField(_("confidence"), null=True, blank=True)
    saved_at = models.DateTimeField(_("saved"), default=timezone.now)
    checked = models.BooleanField(_("checked"), default=False, help_text=_("Immediate feedback was shown; final."))
    is_correct = models.BooleanField(_("correct"), null=True, blank=True)
    score = models.FloatField(_("score"), null=True, blank=True)

    objects = AnswerQuerySet.as_manager()

    class Meta:
        ordering = ["attempt", "pk"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [models.UniqueConstraint(fields=["attempt", "item"], name="one_answer_per_item")]

    def __str__(self):
        return f"{self.attempt_id} {self.item_id}"


class SurveyParticipation(models.Model):
    """That a person answered an anonymous survey, kept apart from the response so the two cannot be linked."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="participations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="survey_participations")
    consent_version = models.PositiveIntegerField()
    answered_on = models.DateField(default=timezone.localdate)

    class Meta:
        verbose_name = _("survey participation")
        verbose_name_plural = _("survey participations")
        constraints = [models.UniqueConstraint(fields=["assessment", "user"], name="one_participation_per_survey")]

    def __str__(self):
        return f"{self.user_id} {self.assessment_id}"
