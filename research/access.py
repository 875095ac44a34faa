"""The one place that decides who sees which research project, export and download.

- A project is visible only to its researchers (principal investigator and members); anyone else,
  including researchers of other projects, gets "not found" (404) for it and for its exports.
- Only people in the "Researchers" group (or superusers) create projects.
- Only people with the ``research.approve_researchproject`` permission approve or reject them.
- Exports need an approved project whose end date has not passed (409 otherwise).
- Participants see the consent page of running projects only.
- A download link is signed for one researcher and one export and expires after
  SAUAT_RESEARCH_LINK_HOURS; the researcher must still be on the project when using it.
"""

import uuid

from django.conf import settings
from django.core import signing
from django.http import Http404
from django.utils.translation import gettext as _

from accounts import roles

from .exceptions import ProjectNotOpenError
from .models import ResearchExport, ResearchProject

DOWNLOAD_SALT = "research.download"


def _signed_in(user):
    return user is not None and user.is_authenticated and user.is_active


def can_create_projects(user) -> bool:
    if not _signed_in(user):
        return False
    return user.is_superuser or user.groups.filter(name=roles.RESEARCHERS).exists()


def can_review(user) -> bool:
    return _signed_in(user) and user.has_perm("research.approve_researchproject")


def researcher_projects(user):
    """The person's own projects, in every status."""
    if not _signed_in(user):
        return ResearchProject.objects.none()
    return ResearchProject.objects.for_researcher(user)


def get_project(user, project_id) -> ResearchProject:
    project = researcher_projects(user).filter(pk=_int(project_id)).first()
    if project is None:
        raise Http404("No such project.")
    return project


def get_running_project(user, project_id) -> ResearchProject:
    """The person's project, approved and not ended; 404 if not theirs, 409 if not running."""
    project = get_project(user, project_id)
    require_running(project)
    return project


def require_running(project):
    if not project.is_running:
        if project.status == ResearchProject.Status.APPROVED:
            raise ProjectNotOpenError(_("This project ended on %(date)s; no new exports.") % {"date": project.ends_on})
        raise ProjectNotOpenError(_("This project is not approved yet, so its data cannot be exported."))


def get_export(user, export_id) -> ResearchExport:
    try:
        export_id = uuid.UUID(str(export_id))
    except ValueError:
        raise Http404("No such export.") from None
    export = ResearchExport.objects.filter(pk=export_id, project__in=researcher_projects(user)).first()
    if export is None:
        raise Http404("No such export.")
    return export


def get_recruiting_project(project_id) -> ResearchProject:
    project = ResearchProject.objects.running().filter(pk=_int(project_id)).first()
    if project is None:
        raise Http404("No such study.")
    return project


def download_token(export, user) -> str:
    return signing.dumps({"e": export.pk.hex, "u": user.pk}, salt=DOWNLOAD_SALT, compress=True)


def export_for_token(user, token) -> ResearchExport:
    """The export a signed link names, for the researcher it was made for; 404 when expired or wrong."""
    try:
        data = signing.loads(token, salt=DOWNLOAD_SALT, max_age=settings.SAUAT_RESEARCH_LINK_HOURS * 3600)
    except signing.BadSignature:
        raise Http404("This download link is not valid or has expired.") from None
    if not _signed_in(user) or data.get("u") != user.pk:
        raise Http404("This download link is not valid or has expired.")
    export = get_export(user, data.get("e"))
    if not export.is_downloadable:
        raise Http404("This package is no longer available.")
    return export


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1
