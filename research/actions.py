"""Research workflows with side effects: review, consent, export jobs, downloads and retention.

Views, the API, the admin and the management commands all call these, so each change is checked
and audited the same way wherever it starts.
"""

import contextlib
import logging
import os

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import access
from .exceptions import ProjectNotOpenError
from .models import ConsentText, ExportAuditEntry, ResearchConsent, ResearchExport, ResearchProject, spec_hash
from .specs import clean_spec

logger = logging.getLogger("sauat.research")


def audit(project, action, *, actor=None, export=None, spec_hash="", rows=None, **detail):
    return ExportAuditEntry.objects.create(
        project=project,
        export=export,
        actor=actor,
        actor_label=getattr(actor, "email", "") or "",
        action=action,
        spec_hash=spec_hash,
        rows=rows,
        detail=detail,
    )


# -- projects -------------------------------------------------------------------------------------


def save_consent_text(project, *, text_kk, text_ru="", text_en="") -> ConsentText:
    """Keep the project's consent wording; a changed wording becomes the next version."""
    current = project.current_consent_text()
    texts = {"text_kk": text_kk.strip(), "text_ru": text_ru.strip(), "text_en": text_en.strip()}
    if current is not None and all(getattr(current, name) == value for name, value in texts.items()):
        return current
    version = (current.version + 1) if current else 1
    return ConsentText.objects.create(project=project, version=version, **texts)


def submit_project(project, *, by) -> ResearchProject:
    """The researcher accepts the data use agreement and asks the platform for approval."""
    with transaction.atomic():
        project.submit()
        audit(project, ExportAuditEntry.Action.SUBMITTED, actor=by, dua_version=project.dua_version)
    return project


def approve_project(project, *, by, free_text=False, note="") -> ResearchProject:
    with transaction.atomic():
        project.approve(by=by, free_text=free_text, note=note)
        audit(project, ExportAuditEntry.Action.APPROVED, actor=by, free_text=project.free_text_approved, note=note)
    return project


def reject_project(project, *, by, note="") -> ResearchProject:
    with transaction.atomic():
        project.reject(by=by, note=note)
        audit(project, ExportAuditEntry.Action.REJECTED, actor=by, note=note)
    return project


def close_ended_projects(today=None) -> int:
    """Approved projects past their end date become closed (no consent page, no exports)."""
    today = today or timezone.localdate()
    closed = 0
    for project in ResearchProject.objects.approved().filter(ends_on__lt=today):
        project.close()
        closed += 1
    return closed


# -- consent --------------------------------------------------------------------------------------


def record_consent(project, user, *, granted, language="") -> tuple[ResearchConsent, bool]:
    """Store a participant's "yes" or "no" to the project's current consent text: (row, created).

    Saying the same thing twice (a double click, a retried request) stores one decision.
    """
    access.require_running(project)
    text = project.current_consent_text()
    if text is None:
        raise ProjectNotOpenError(_("This study has no consent text yet."))
    with transaction.atomic():
        latest = ResearchConsent.objects.select_for_update().filter(project=project, user=user).first()
        if latest is not None and latest.granted == granted and (latest.text_version == text.version or not granted):
            return latest, False
        if latest is None and not granted:
            return None, False
        consent = ResearchConsent.objects.create(
            project=project, user=user, text_version=text.version, granted=granted, language=language[:2]
        )
    return consent, True


def consent_state(project, user):
    """The person's latest decision for the project, or None."""
    if not (user and user.is_authenticated):
        return None
    return ResearchConsent.objects.filter(project=project, user=user).first()


# -- exports --------------------------------------------------------------------------------------


def request_export(project, user, raw_spec, *, saved_spec=None, idempotency_key=None) -> tuple[ResearchExport, bool]:
    """Queue an export of ``raw_spec`` for a running project: (export, created).

    The same idempotency key returns the first export (a retried POST starts one job, not two).
    """
    access.require_running(project)
    if idempotency_key:
        earlier = ResearchExport.objects.filter(project=project, idempotency_key=idempotency_key).first()
        if earlier is not None:
            return earlier, False
    spec = clean_spec(project, raw_spec)
    digest = spec_hash(spec)
    try:
        with transaction.atomic():
            export = ResearchExport.objects.create(
                project=project,
                saved_spec=saved_spec,
                spec=spec,
                spec_hash=digest,
                requested_by=user,
                idempotency_key=idempotency_key or None,
            )
            audit(project, ExportAuditEntry.Action.REQUESTED, actor=user, export=export, spec_hash=digest, spec=spec)
            transaction.on_commit(lambda: _enqueue(export.pk))
    except IntegrityError:
        earlier = ResearchExport.objects.filter(idempotency_key=idempotency_key).first()
        if earlier is None or earlier.project_id != project.pk:
            raise
        return earlier, False
    return export, True


def _enqueue(export_id):
    from .tasks import run_research_export

    run_research_export.enqueue(str(export_id))


def export_path(file_name):
    return settings.SAUAT_RESEARCH_EXPORT_ROOT / file_name


def run_export(export_id) -> ResearchExport:
    """Build the package of one queued export (the background worker runs this)."""
    from analytics.research import build_package

    export = ResearchExport.objects.select_related("project").get(pk=export_id)
    if export.status != ResearchExport.Status.QUEUED or not export.start():
        return export  # already picked up by another worker, or finished
    root = settings.SAUAT_RESEARCH_EXPORT_ROOT
    file_name = f"{export.pk.hex}.zip"
    partial = root / f"{file_name}.partial"
    try:
        root.mkdir(parents=True, exist_ok=True)
        package = build_package(export.project, export.spec, on_progress=export.record_progress, destination=partial)
        size = partial.stat().st_size
        os.replace(partial, root / file_name)  # the file appears whole or not at all
    except Exception as error:
        logger.exception("Research export %s failed", export.pk)
        with contextlib.suppress(OSError):
            partial.unlink()
        export.fail(str(error) or error.__class__.__name__)
        audit(export.project, ExportAuditEntry.Action.FAILED, export=export, spec_hash=export.spec_hash)
        raise
    export.finish(file_name=file_name, size=size, sha256=package.sha256, counts=package.counts)
    audit(
        export.project,
        ExportAuditEntry.Action.COMPLETED,
        export=export,
        spec_hash=export.spec_hash,
        rows=package.counts.get("participants"),
        sha256=export.sha256,
        counts=package.counts,
    )
    return export


def record_download(export, user):
    audit(
        export.project,
        ExportAuditEntry.Action.DOWNLOADED,
        actor=user,
        export=export,
        spec_hash=export.spec_hash,
        rows=export.counts.get("participants"),
    )


def prune_exports(now=None) -> int:
    """Delete package files past their retention date (SAUAT_RESEARCH_RETENTION_DAYS or the project's end)."""
    pruned = 0
    for export in ResearchExport.objects.prunable(now).select_related("project"):
        path = export_path(export.file_name)
        path.unlink(missing_ok=True)
        export.expire()
        audit(export.project, ExportAuditEntry.Action.EXPIRED, export=export, spec_hash=export.spec_hash)
        pruned += 1
    return pruned
