"""Saved export specifications, export jobs (queued → running → done or failed) and the audit log."""

import hashlib
import json
import uuid
from datetime import datetime, time, timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from universities.models.states import GuardedStatusMixin

from .projects import ResearchProject


def spec_hash(spec: dict) -> str:
    """SHA-256 of the spec's canonical JSON: the same choices give the same hash."""
    return hashlib.sha256(json.dumps(spec, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


class ExportSpec(models.Model):
    """What a researcher asked for, saved so that it can be run again after new data arrive.

    ``spec`` holds instrument ids (a subset of the project's), optional item keys (empty: all), and the
    options ``free_text`` and ``excel_csv`` (CSV copies with a BOM for Excel). research/specs.py checks it.
    """

    project = models.ForeignKey(ResearchProject, on_delete=models.CASCADE, related_name="specs")
    name = models.CharField(_("name"), max_length=120)
    spec = models.JSONField(_("specification"), default=dict)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["project", "name", "pk"]
        verbose_name = _("saved export")
        verbose_name_plural = _("saved exports")

    def __str__(self):
        return self.name


class ResearchExportQuerySet(models.QuerySet):
    def for_project(self, project):
        return self.filter(project=project)

    def prunable(self, now=None):
        """Finished exports whose file is past its retention date."""
        return self.exclude(file_name="").filter(expires_at__lt=now or timezone.now())


class ResearchExport(GuardedStatusMixin, models.Model):
    """One run of a spec: a background job that writes one Research Data Package (zip)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")
        EXPIRED = "expired", _("Expired")

    NEXT_STATUS = {
        Status.QUEUED: {Status.RUNNING, Status.FAILED},
        Status.RUNNING: {Status.DONE, Status.FAILED},
        Status.DONE: {Status.EXPIRED},
        Status.FAILED: set(),
        Status.EXPIRED: set(),
    }
    invalid_move_message = _("This export cannot go from “%(old)s” to “%(new)s”.")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    project = models.ForeignKey(ResearchProject, on_delete=models.CASCADE, related_name="exports")
    saved_spec = models.ForeignKey(ExportSpec, null=True, blank=True, on_delete=models.SET_NULL, related_name="runs")
    spec = models.JSONField(_("specification"), default=dict)
    spec_hash = models.CharField(max_length=64)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="research_exports"
    )
    idempotency_key = models.CharField(max_length=64, null=True, blank=True, unique=True)
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    step = models.CharField(_("step"), max_length=60, blank=True)
    file_name = models.CharField(max_length=200, blank=True)
    size = models.PositiveBigIntegerField(_("size (bytes)"), default=0)
    sha256 = models.CharField(max_length=64, blank=True)
    counts = models.JSONField(_("counts"), default=dict, blank=True)
    failure = models.TextField(_("failure"), blank=True)
    created_at = models.DateTimeField(_("requested"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    expires_at = models.DateTimeField(_("file kept until"), null=True, blank=True)

    objects = ResearchExportQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("research export")
        verbose_name_plural = _("research exports")

    def __str__(self):
        return f"{self.project} {self.created_at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self):
        return reverse("research:export", args=[self.pk])

    @property
    def is_finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED, self.Status.EXPIRED)

    @property
    def is_downloadable(self):
        return self.status == self.Status.DONE and bool(self.file_name) and self.expires_at > timezone.now()

    @property
    def download_name(self):
        return f"rdp_{self.project_id}_{self.pk.hex[:12]}.zip"

    def retention_end(self, now=None):
        """Packages are kept SAUAT_RESEARCH_RETENTION_DAYS, never past the end of the project's last day."""
        now = now or timezone.now()
        kept = now + timedelta(days=settings.SAUAT_RESEARCH_RETENTION_DAYS)
        last_day = timezone.make_aware(datetime.combine(self.project.ends_on, time.max))
        return min(kept, last_day)

    # Transitions (the worker calls these; research/actions.py) -------------------------------------

    def start(self) -> bool:
        """Queued → running, once: a second worker picking the same export gets False."""
        self._move_to(self.Status.RUNNING)
        taken = ResearchExport.objects.filter(pk=self.pk, status=self.Status.QUEUED).update(status=self.Status.RUNNING)
        return bool(taken)

    def record_progress(self, percent, step):
        ResearchExport.objects.filter(pk=self.pk).update(progress=percent, step=step[:60])
        self.progress, self.step = percent, step

    def finish(self, *, file_name, size, sha256, counts):
        self._move_to(self.Status.DONE)
        self.file_name, self.size, self.sha256, self.counts = file_name, size, sha256, counts
        self.progress, self.step = 100, ""
        self.finished_at = timezone.now()
        self.expires_at = self.retention_end(self.finished_at)
        self.save()

    def fail(self, message):
        self._move_to(self.Status.FAILED)
        self.failure = message[:2000]
        self.finished_at = timezone.now()
        self.save(update_fields=["status", "failure", "finished_at"])

    def expire(self):
        self._move_to(self.Status.EXPIRED)
        self.file_name = ""
        self.save(update_fields=["status", "file_name"])


class ExportAuditEntry(models.Model):
    """Who did what with research data, and when. Rows are only ever added."""

    class Action(models.TextChoices):
        REQUESTED = "requested", _("Export requested")
        COMPLETED = "completed", _("Export completed")
        FAILED = "failed", _("Export failed")
        DOWNLOADED = "downloaded", _("Package downloaded")
        EXPIRED = "expired", _("Package deleted (retention)")
        APPROVED = "approved", _("Project approved")
        REJECTED = "rejected", _("Project not approved")
        SUBMITTED = "submitted", _("Project submitted with the data use agreement")

    project = models.ForeignKey(ResearchProject, on_delete=models.CASCADE, related_name="audit_entries")
    export = models.ForeignKey(ResearchExport, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(_("by"), max_length=254, blank=True)
    action = models.CharField(_("action"), max_length=12, choices=Action.choices)
    at = models.DateTimeField(_("when"), default=timezone.now)
    spec_hash = models.CharField(max_length=64, blank=True)
    rows = models.PositiveIntegerField(_("participants"), null=True, blank=True)
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("research audit entry")
        verbose_name_plural = _("research audit log")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action}"
