"""Research API (/api/v1/research/...): the caller's projects, and export jobs started and followed.

Access as everywhere in this app (research/access.py): another project's export is "not found".
"""

from ninja import Router, Status
from ninja.errors import HttpError

from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.auth import API_AUTH

from . import access, actions
from .models import ExportSpec
from .schemas import ExportIn, ExportOut, ProjectOut

router = Router(tags=["research"], auth=API_AUTH)


def _export_out(request, export) -> dict:
    download = None
    if export.is_downloadable:
        token = access.download_token(export, request.auth)
        download = request.build_absolute_uri(reverse("research_download", args=[token]))
    return {
        "id": export.pk,
        "project": export.project_id,
        "status": export.status,
        "progress": export.progress,
        "step": export.step,
        "spec": export.spec,
        "spec_hash": export.spec_hash,
        "created_at": export.created_at,
        "finished_at": export.finished_at,
        "expires_at": export.expires_at,
        "size": export.size,
        "sha256": export.sha256,
        "counts": export.counts,
        "failure": export.failure,
        "download_url": download,
        "url": request.build_absolute_uri(reverse("api:research_export", args=[export.pk])),
    }


@router.get("/projects", response=list[ProjectOut])
def my_projects(request):
    return [
        {
            "id": project.pk,
            "title": project.title,
            "institution": project.institution,
            "status": project.status,
            "ends_on": project.ends_on,
            "instruments": sorted(project.instruments.values_list("pk", flat=True)),
            "free_text_approved": project.free_text_approved,
        }
        for project in access.researcher_projects(request.auth).order_by("pk")
    ]


@router.post("/exports", response={200: ExportOut, 202: ExportOut})
def start_export(request, payload: ExportIn):
    """Start an export (202); the same ``idempotency_key`` again returns the first one (200)."""
    project = access.get_project(request.auth, payload.project)
    saved = None
    if payload.saved_spec is not None:
        saved = ExportSpec.objects.filter(pk=payload.saved_spec, project=project).first()
        if saved is None:
            raise HttpError(404, _("No such saved export in this project."))
        raw = saved.spec
    elif payload.spec is not None:
        raw = payload.spec.model_dump()
    else:
        raw = {}
    key = payload.idempotency_key or request.headers.get("Idempotency-Key") or None
    if key is not None and len(key) > 64:
        raise HttpError(422, _("The idempotency key is longer than 64 characters."))
    export, created = actions.request_export(project, request.auth, raw, saved_spec=saved, idempotency_key=key)
    export.refresh_from_db()
    return Status(202 if created else 200, _export_out(request, export))


@router.get("/exports", response=list[ExportOut])
def my_exports(request, project: int):
    project = access.get_project(request.auth, project)
    return [_export_out(request, export) for export in project.exports.order_by("-created_at")[:100]]


@router.get("/exports/{export_id}", response=ExportOut, url_name="research_export")
def export_state(request, export_id: str):
    return _export_out(request, access.get_export(request.auth, export_id))
