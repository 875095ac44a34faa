"""Research pages under /<lang>/research/: researchers' projects and exports, participants' consent pages.

Every researcher view resolves its object through research.access, so a project, export or saved
export the person does not work on is "not found" (404). Changes go through research.actions.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from quizzes.models import Assessment
from universities.exceptions import InvalidStatusError

from . import access, actions
from .exceptions import ExportSpecError, ProjectNotOpenError
from .forms import ExportForm, ProjectForm, SubmitProjectForm, new_request_key
from .models import DUA_VERSION, ExportAuditEntry, ExportSpec, ResearchConsent, ResearchExport, ResearchProject
from .specs import clean_spec

AUDIT_PAGE_SIZE = 50

#: Labels of the usual keys of ResearchExport.counts; other keys are shown as they are.
COUNT_LABELS = {
    "participants": gettext_lazy("Participants"),
    "responses": gettext_lazy("Responses"),
    "withdrawn": gettext_lazy("Withdrawn participants left out"),
    "suppressed_for_anonymity": gettext_lazy("Participants left out for anonymity"),
    "k_achieved": gettext_lazy("Smallest group of people sharing the same characteristics (k)"),
    "files": gettext_lazy("Files in the package"),
}


def _require_researcher(user):
    if not (access.can_create_projects(user) or access.researcher_projects(user).exists()):
        raise Http404("Not a researcher.")


# -- projects -------------------------------------------------------------------------------------


@login_required
def projects_view(request):
    _require_researcher(request.user)
    projects = access.researcher_projects(request.user).select_related("principal_investigator")
    context = {"projects": projects, "can_create": access.can_create_projects(request.user)}
    return render(request, "research/projects.html", context)


@login_required
def project_new_view(request):
    if not access.can_create_projects(request.user):
        raise Http404("Not a researcher.")
    return _project_form(request, ResearchProject(principal_investigator=request.user))


@login_required
def project_edit_view(request, project_id):
    project = access.get_project(request.user, project_id)
    if not project.is_editable:
        messages.error(
            request,
            _("Only a draft can be changed. This project is “%(status)s”.") % {"status": project.get_status_display()},
        )
        return redirect(project.get_absolute_url())
    return _project_form(request, project)


def _project_form(request, project):
    creating = project.pk is None
    form = ProjectForm(request.POST or None, instance=project, creator=project.principal_investigator or request.user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            # Another tab may have submitted the project meanwhile: only a draft is saved.
            if not creating and not ResearchProject.objects.select_for_update().get(pk=project.pk).is_editable:
                messages.error(request, _("This project was submitted meanwhile; your changes were not saved."))
                return redirect(project.get_absolute_url())
            project = form.save()
            project.members.set(form.cleaned_data["members"])
            actions.save_consent_text(project, **form.consent_texts())
        messages.success(request, _("The project is saved as a draft."))
        return redirect(project.get_absolute_url())
    return render(request, "research/project_form.html", {"form": form, "project": project, "creating": creating})


def _project_context(request, project, export_form=None):
    consents = ResearchConsent.objects.current_for(project)
    context = {
        "project": project,
        "instruments": project.instruments.order_by("kind", "slug"),
        "members": project.members.order_by("email"),
        "consent_text": project.current_consent_text(),
        "agreed": consents.filter(granted=True).count(),
        "withdrawn": consents.filter(granted=False).count(),
        "dua_version": DUA_VERSION,
        "can_edit": project.is_editable,
        "shows_exports": project.status in (ResearchProject.Status.APPROVED, ResearchProject.Status.CLOSED),
    }
    if project.is_editable:
        context["submit_form"] = SubmitProjectForm()
    if context["shows_exports"]:
        specs = list(project.specs.select_related("created_by"))
        for spec in specs:
            spec.run_key = new_request_key()
        audit = ExportAuditEntry.objects.filter(project=project).select_related("export")
        context.update(
            specs=specs,
            exports=project.exports.select_related("requested_by", "saved_spec")[:50],
            audit_page=Paginator(audit, AUDIT_PAGE_SIZE).get_page(request.GET.get("page")),
        )
        if project.is_running:
            context["export_form"] = export_form or ExportForm(project=project)
    return context


@login_required
def project_view(request, project_id):
    project = access.get_project(request.user, project_id)
    return render(request, "research/project.html", _project_context(request, project))


@login_required
@require_POST
def project_submit_view(request, project_id):
    project = access.get_project(request.user, project_id)
    form = SubmitProjectForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Tick “I accept the data use agreement” to submit the project."))
    elif project.current_consent_text() is None:
        messages.error(request, _("Write the consent text before submitting the project."))
    else:
        try:
            actions.submit_project(project, by=request.user)
        except InvalidStatusError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The project is submitted. The platform team reviews it and writes to you."))
    return redirect(project.get_absolute_url())


@login_required
@require_POST
def project_reopen_view(request, project_id):
    project = access.get_project(request.user, project_id)
    try:
        project.reopen()
    except InvalidStatusError as error:
        messages.error(request, str(error))
        return redirect(project.get_absolute_url())
    messages.info(request, _("The project is a draft again: revise it and submit it once more."))
    return redirect("research:project_edit", project.pk)


# -- exports --------------------------------------------------------------------------------------


def _request_key(request, project):
    """The form's one-time token; a token another project's export used is dropped (tokens are random)."""
    key = request.POST.get("idempotency_key", "").strip()[:64]
    if key and ResearchExport.objects.filter(idempotency_key=key).exclude(project=project).exists():
        return ""
    return key


def _start_export(request, project, raw_spec, *, saved_spec=None):
    """Queue the export and go to its page; a refusal becomes a message on the project page."""
    try:
        export, _created = actions.request_export(
            project,
            request.user,
            raw_spec,
            saved_spec=saved_spec,
            idempotency_key=_request_key(request, project) or None,
        )
    except (ProjectNotOpenError, ExportSpecError) as error:
        messages.error(request, str(error))
        return redirect(project.get_absolute_url())
    return redirect(export.get_absolute_url())


@login_required
@require_POST
def export_new_view(request, project_id):
    project = access.get_project(request.user, project_id)
    try:
        access.require_running(project)
    except ProjectNotOpenError as error:
        messages.error(request, str(error))
        return redirect(project.get_absolute_url())
    key = _request_key(request, project)
    earlier = ResearchExport.objects.filter(project=project, idempotency_key=key).first() if key else None
    if earlier is not None:  # the same form sent twice: one export
        return redirect(earlier.get_absolute_url())
    form = ExportForm(request.POST, project=project)
    if form.is_valid():
        raw = form.raw_spec()
        try:
            spec = clean_spec(project, raw)
            with transaction.atomic():
                saved = None
                if form.cleaned_data["save_as"]:
                    saved = ExportSpec.objects.create(
                        project=project, name=form.cleaned_data["save_as"], spec=spec, created_by=request.user
                    )
                export, created = actions.request_export(
                    project, request.user, raw, saved_spec=saved, idempotency_key=key or None
                )
                if saved is not None and not created:
                    saved.delete()  # a concurrent double submit won: keep its spec only
        except ExportSpecError as error:
            form.add_error(None, str(error))
        except ProjectNotOpenError as error:
            messages.error(request, str(error))
            return redirect(project.get_absolute_url())
        else:
            return redirect(export.get_absolute_url())
    context = _project_context(request, project, export_form=form)
    return render(request, "research/project.html", context)


@login_required
@require_POST
def spec_run_view(request, spec_id):
    spec = get_object_or_404(
        ExportSpec.objects.select_related("project"), pk=spec_id, project__in=access.researcher_projects(request.user)
    )
    return _start_export(request, spec.project, spec.spec, saved_spec=spec)


@login_required
@require_POST
def export_again_view(request, export_id):
    export = access.get_export(request.user, export_id)
    return _start_export(request, export.project, export.spec, saved_spec=export.saved_spec)


@login_required
def export_view(request, export_id):
    export = access.get_export(request.user, export_id)
    context = {
        "export": export,
        "project": export.project,
        "instruments": Assessment.objects.filter(pk__in=export.spec.get("instruments") or []).order_by("kind", "slug"),
        "refresh": export.status in (ResearchExport.Status.QUEUED, ResearchExport.Status.RUNNING),
        "expired": export.status == ResearchExport.Status.EXPIRED
        or (export.status == ResearchExport.Status.DONE and not export.is_downloadable),
        "counts": [(COUNT_LABELS.get(key, key), value) for key, value in (export.counts or {}).items()],
        "failure": (export.failure.strip().splitlines() or [""])[0][:300],
        "link_hours": settings.SAUAT_RESEARCH_LINK_HOURS,
        "again_key": new_request_key(),
    }
    if export.is_downloadable:
        context["download_url"] = reverse("research_download", args=[access.download_token(export, request.user)])
    return render(request, "research/export.html", context)


# -- participants ---------------------------------------------------------------------------------


@login_required
def studies_view(request):
    studies = [
        (project, actions.consent_state(project, request.user))
        for project in ResearchProject.objects.running().order_by("ends_on", "pk")
    ]
    return render(request, "research/studies.html", {"studies": studies})


def study_view(request, project_id):
    project = access.get_recruiting_project(project_id)
    context = {
        "project": project,
        "consent_text": project.current_consent_text(),
        "decision": actions.consent_state(project, request.user),
        "instruments": project.instruments.order_by("kind", "slug"),
        "operator_name": settings.SAUAT_OPERATOR_NAME,
        "operator_bin": settings.SAUAT_OPERATOR_BIN,
    }
    return render(request, "research/study.html", context)


@login_required
@require_POST
def study_consent_view(request, project_id):
    project = access.get_recruiting_project(project_id)
    decision = request.POST.get("decision")
    if decision not in ("agree", "withdraw"):
        messages.error(request, _("Choose “I agree” or “Withdraw my consent”."))
        return redirect("research:study", project.pk)
    granted = decision == "agree"
    try:
        consent, _created = actions.record_consent(
            project, request.user, granted=granted, language=get_language() or ""
        )
    except ProjectNotOpenError as error:
        messages.error(request, str(error))
        return redirect("research:study", project.pk)
    if granted:
        messages.success(
            request, _("Thank you: you take part in this study. You can withdraw at any time on this page.")
        )
    elif consent is None:
        messages.info(request, _("You had not agreed to this study, so nothing changed."))
    else:
        messages.success(
            request, _("Your consent is withdrawn: your answers are left out of this study's later exports.")
        )
    return redirect("research:study", project.pk)
