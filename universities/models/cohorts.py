"""Cohorts (a group of students taking some courses in one term), their members and enrolment imports."""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from .organisations import University
from .states import GuardedStatusMixin

# No 0/O, 1/I/L: codes are read aloud in class and typed on phones.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8


def new_join_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _i in range(CODE_LENGTH))


class CohortQuerySet(models.QuerySet):
    def for_university(self, university):
        return self.filter(university=university)

    def with_counts(self):
        return self.annotate(student_count=models.Count("members", distinct=True))


class Cohort(models.Model):
    university = models.ForeignKey(
        University, verbose_name=_("university"), on_delete=models.CASCADE, related_name="cohorts"
    )
    name = models.CharField(_("name"), max_length=200)
    term = models.CharField(_("term"), max_length=100, blank=True, help_text=_("For example: 2026–2027, autumn."))
    courses = models.ManyToManyField("courses.CoursePage", verbose_name=_("courses"), blank=True, related_name="+")
    instructors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("instructors"), blank=True, related_name="taught_cohorts"
    )
    starts_on = models.DateField(_("starts on"), default=timezone.localdate)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    join_code = models.CharField(_("join code"), max_length=16, unique=True, default=new_join_code)
    joining_open = models.BooleanField(_("students may join with the code"), default=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    objects = CohortQuerySet.as_manager()

    panels = [
        FieldPanel("university"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("term")]),
        FieldPanel("courses"),
        FieldPanel("instructors"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        MultiFieldPanel([FieldPanel("join_code"), FieldPanel("joining_open")], heading=_("Joining")),
    ]

    class Meta:
        ordering = ["-starts_on", "name"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")

    def __str__(self):
        return f"{self.name} ({self.term})" if self.term else self.name

    def get_absolute_url(self):
        return reverse("universities:roster", args=[self.pk])

    def get_join_url(self):
        return reverse("universities:join", args=[self.join_code])

    def accepts_joins(self, today=None):
        today = today or timezone.localdate()
        return self.joining_open and (self.ends_on is None or today <= self.ends_on)

    def course_list(self):
        """The cohort's courses (any language version chosen by staff), in a stable order."""
        return list(self.courses.select_related("locale").order_by("path"))


class CohortMembershipQuerySet(models.QuerySet):
    def for_cohort(self, cohort):
        return self.filter(cohort=cohort)


class CohortMembership(models.Model):
    class Source(models.TextChoices):
        CODE = "code", _("Joined with the code")
        IMPORT = "import", _("Enrolled from a file")

    cohort = models.ForeignKey(Cohort, verbose_name=_("cohort"), on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("student"), on_delete=models.CASCADE, related_name="cohort_memberships"
    )
    student_id = models.CharField(_("student ID"), max_length=50, blank=True)
    group = models.CharField(_("group"), max_length=50, blank=True)
    source = models.CharField(_("source"), max_length=8, choices=Source.choices, default=Source.CODE)
    joined_at = models.DateTimeField(_("joined at"), default=timezone.now)

    objects = CohortMembershipQuerySet.as_manager()

    class Meta:
        ordering = ["group", "user__display_name", "user__email"]
        verbose_name = _("cohort member")
        verbose_name_plural = _("cohort members")
        constraints = [models.UniqueConstraint(fields=["cohort", "user"], name="one_membership_per_cohort")]

    def __str__(self):
        return f"{self.user} · {self.cohort}"


class EnrolmentImport(GuardedStatusMixin, models.Model):
    """One uploaded CSV/XLSX file: checked first (preview), then run in the background after confirmation."""

    class Status(models.TextChoices):
        PREVIEW = "preview", _("Checked, waiting for confirmation")
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    NEXT_STATUS = {
        Status.PREVIEW: {Status.QUEUED},
        Status.QUEUED: {Status.RUNNING, Status.FAILED},
        Status.RUNNING: {Status.DONE, Status.FAILED},
        Status.DONE: set(),
        Status.FAILED: set(),
    }
    invalid_move_message = _("This import cannot go from “%(old)s” to “%(new)s”.")

    cohort = models.ForeignKey(Cohort, verbose_name=_("cohort"), on_delete=models.CASCADE, related_name="imports")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    filename = models.CharField(_("file name"), max_length=255)
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.PREVIEW)
    rows = models.JSONField(_("valid rows"), default=list, blank=True)
    errors = models.JSONField(_("rejected rows"), default=list, blank=True)
    summary = models.JSONField(_("summary"), default=dict, blank=True)
    total_rows = models.PositiveIntegerField(_("rows in the file"), default=0)
    processed_rows = models.PositiveIntegerField(_("rows processed"), default=0)
    created_at = models.DateTimeField(_("uploaded at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    failure = models.TextField(_("failure"), blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("enrolment import")
        verbose_name_plural = _("enrolment imports")

    def __str__(self):
        return f"{self.filename} → {self.cohort}"

    def get_absolute_url(self):
        return reverse("universities:import", args=[self.pk])

    @property
    def percent(self):
        if not self.rows:
            return 100 if self.status == self.Status.DONE else 0
        return round(100 * self.processed_rows / len(self.rows))

    @property
    def is_finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED)

    def confirm(self):
        """Staff confirmed the preview: queue the import. Returns False when it was already confirmed."""
        updated = EnrolmentImport.objects.filter(pk=self.pk, status=self.Status.PREVIEW).update(
            status=self.Status.QUEUED
        )
        self.refresh_from_db(fields=["status"])
        return bool(updated)

    def start(self):
        self._move_to(self.Status.RUNNING)
        self.save(update_fields=["status"])

    def record_progress(self, processed):
        self.processed_rows = processed
        self.save(update_fields=["processed_rows"])

    def finish(self, summary):
        self._move_to(self.Status.DONE)
        self.summary = {**self.summary, "result": summary}
        self.processed_rows = len(self.rows)
        self.finished_at = timezone.now()
        self.save(update_fields=["status", "summary", "processed_rows", "finished_at"])

    def fail(self, message):
        self._move_to(self.Status.FAILED)
        self.failure = message
        self.finished_at = timezone.now()
        self.save(update_fields=["status", "failure", "finished_at"])
