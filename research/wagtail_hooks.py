"""Admin: "Research" → the projects waiting for review (approve or reject) and the research audit log.

Both are for people with the ``research.approve_researchproject`` permission (research/access.py);
state changes go through research/actions.py, which audits them. The audit log is read-only.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from universities.exceptions import InvalidStatusError

from . import access, actions
from .forms import ReviewApproveForm, ReviewRejectForm
from .models import ExportAuditEntry, ResearchProject

PAGE_SIZE = 50


class ReviewerReadOnlyPolicy(ModelPermissionPolicy):
    """Reviewers may list and inspect the audit log; nobody adds, edits or deletes its rows."""

    def user_has_permission(self, user, action):
        return action == "view" and access.can_review(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)


register_permission_policy(ExportAuditEntry, ReviewerReadOnlyPolicy(ExportAuditEntry), exact_class=True)


class AuditLogViewSet(ModelViewSet):
    model = ExportAuditEntry
    url_prefix = "research/audit"
    url_namespace = "research_audit"
    icon = "history"
    menu_label = gettext_lazy("Research audit log")
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = True
    search_backend_name = None
    form_fields = []  # never edited: the permission policy refuses add, change and delete
    list_display = ["at", "project", "actor_label", "action", "rows", "spec_hash"]
    list_filter = ["action", "project"]
    search_fields = ["actor_label", "spec_hash"]
    list_per_page = PAGE_SIZE
    inspect_view_fields = ["at", "project", "export", "actor_label", "action", "spec_hash", "rows", "detail"]


audit_log_viewset = AuditLogViewSet("research_audit")


class ReviewerRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        if not access.can_review(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ProjectListView(ReviewerRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """Every research project, those waiting for review first; filter by status."""

    template_name = "research/admin/projects.html"
    page_title = gettext_lazy("Research projects")
    header_icon = "clipboard-list"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        status = self.request.GET.get("status", "")
        projects = ResearchProject.objects.select_related("principal_investigator").annotate(
            waiting=Case(
                When(status=ResearchProject.Status.SUBMITTED, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        if status in ResearchProject.Status.values:
            projects = projects.filter(status=status)
        projects = projects.order_by("waiting", "-created_at", "-pk")
        context.update(
            page_obj=Paginator(projects, PAGE_SIZE).get_page(self.request.GET.get("page")),
            statuses=ResearchProject.Status.choices,
            status=status,
        )
        return context


class ProjectReviewView(ReviewerRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """All of one project, its consent texts and instruments, and Approve / Reject while it waits."""

    template_name = "research/admin/review.html"
    header_icon = "clipboard-list"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.project = get_object_or_404(
            ResearchProject.objects.select_related("principal_investigator", "reviewed_by"), pk=kwargs["pk"]
        )

    def get_page_title(self):
        return self.project.title

    def get_page_subtitle(self):
        return self.project.get_status_display()

    def get_context_data(self, approve_form=None, reject_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        project = self.project
        context.update(
            project=project,
            instruments=project.instruments.order_by("kind", "slug"),
            members=project.members.order_by("email"),
            consent_texts=project.consent_texts.order_by("-version"),
            approve_form=approve_form or ReviewApproveForm(project=project),
            reject_form=reject_form or ReviewRejectForm(),
            can_decide=project.status == ResearchProject.Status.SUBMITTED,
            index_url=reverse("research_review_projects"),
            audit_url=reverse("research_audit:index") + f"?project={project.pk}",
        )
        return context

    def post(self, request, *args, **kwargs):
        project = self.project
        decision = request.POST.get("decision")
        if decision == "approve":
            form = ReviewApproveForm(request.POST, project=project)
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(approve_form=form))
            return self._decide(
                lambda: actions.approve_project(
                    project,
                    by=request.user,
                    free_text=form.cleaned_data.get("free_text", False),
                    note=form.cleaned_data["note"],
                ),
                _("“%(title)s” is approved: its researchers can now export data.") % {"title": project.title},
            )
        if decision == "reject":
            form = ReviewRejectForm(request.POST)
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(reject_form=form))
            return self._decide(
                lambda: actions.reject_project(project, by=request.user, note=form.cleaned_data["note"]),
                _("“%(title)s” is not approved; the researchers see your note.") % {"title": project.title},
            )
        messages.error(request, _("Choose Approve or Reject."))
        return redirect("research_review_project", project.pk)

    def _decide(self, apply, success):
        try:
            apply()
        except InvalidStatusError as error:
            messages.error(self.request, str(error))
            return redirect("research_review_project", self.project.pk)
        messages.success(self.request, success)
        return redirect("research_review_projects")


@hooks.register("register_admin_viewset")
def register_audit_log_viewset():
    return audit_log_viewset


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("research/projects/", ProjectListView.as_view(), name="research_review_projects"),
        path("research/projects/<int:pk>/", ProjectReviewView.as_view(), name="research_review_project"),
    ]


class ReviewerMenuItem(MenuItem):
    def is_shown(self, request):
        return access.can_review(request.user)


@hooks.register("register_admin_menu_item")
def register_research_menu():
    items = [
        ReviewerMenuItem(
            gettext_lazy("Research projects"), reverse("research_review_projects"), icon_name="clipboard-list"
        ),
        ReviewerMenuItem(gettext_lazy("Research audit log"), reverse("research_audit:index"), icon_name="history"),
    ]
    return SubmenuMenuItem(gettext_lazy("Research"), Menu(items=items), icon_name="clipboard-list", order=860)
