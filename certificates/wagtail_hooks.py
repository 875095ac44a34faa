"""Admin screens: certificate templates (editors), completion rules, and the certificates list with revoke,
name correction and manual/bulk issue (staff with "change certificate").

Certificates are read-only in the generic screens: their state changes only through actions.py.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from webinars.wagtail_hooks import ReadOnlyPermissionPolicy, ReadOnlyViewSet

from . import admin_views
from .models import Certificate, CertificateTemplate, CompletionRule

register_permission_policy(Certificate, ReadOnlyPermissionPolicy(Certificate), exact_class=True)


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["name", "layout", "is_default"]


register_snippet(CertificateTemplateViewSet)


class CompletionRuleViewSet(ModelViewSet):
    model = CompletionRule
    url_prefix = "certificates/rules"
    url_namespace = "certificates_rule"
    icon = "tasks"
    menu_label = _("Completion rules")
    copy_view_enabled = False
    search_backend_name = None
    list_display = ["course", "is_active", "require_all_lessons", "min_post_test_percent", "require_webinar", "survey"]


class ActionsColumn(Column):
    cell_template_name = "certificates/admin/actions_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["revoke_url"] = reverse("certificates_revoke", args=[instance.pk])
        context["reissue_url"] = reverse("certificates_reissue", args=[instance.pk])
        return context


class CertificateIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("issued_by", "revoked_by")

    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm(admin_views.PERMISSION):
            buttons.append(HeaderButton(_("Issue certificates"), url=reverse("certificates_issue"), icon_name="plus"))
        return buttons


class CertificateViewSet(ReadOnlyViewSet):
    model = Certificate
    url_prefix = "certificates/issued"
    url_namespace = "certificates_certificate"
    icon = "doc-full-inverse"
    menu_label = _("Certificates")
    index_view_class = CertificateIndexView
    form_fields = ["holder_name"]
    list_filter = ["status", "course_key"]
    search_fields = ["holder_name", "public_id"]
    list_export = [
        "public_id",
        "holder_name",
        "course_title_kk",
        "status",
        "issued_at",
        "revoked_at",
        "revocation_reason",
    ]
    export_filename = "certificates"

    @property
    def list_display(self):
        return [
            "holder_name",
            Column("course_title_kk", label=_("Course")),
            "status",
            "issued_at",
            "issued_by",
            "revoked_by",
            ActionsColumn("actions", accessor="pk", label=_("Actions")),
        ]


class CertificateAdminGroup(ViewSetGroup):
    menu_label = _("Certificates")
    menu_icon = "doc-full-inverse"
    menu_order = 241
    items = (CertificateViewSet, CompletionRuleViewSet)


@hooks.register("register_admin_viewset")
def register_certificate_admin():
    return CertificateAdminGroup()


@hooks.register("register_admin_urls")
def register_certificate_admin_urls():
    return [
        path("certificates/issue/", admin_views.issue_view, name="certificates_issue"),
        path("certificates/<int:pk>/revoke/", admin_views.revoke_view, name="certificates_revoke"),
        path("certificates/<int:pk>/reissue/", admin_views.reissue_view, name="certificates_reissue"),
    ]
