"""Wagtail admin: a read-only list of learning events and the xAPI forwarding status.

Imported from AnalyticsConfig.ready() (not wagtail_hooks.py, which the dashboards own).
"""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permissions import register_permission_policy

from webinars.wagtail_hooks import ReadOnlyPermissionPolicy, ReadOnlyViewSet

from . import access
from .forwarding import is_configured
from .models import LearningEvent

register_permission_policy(LearningEvent, ReadOnlyPermissionPolicy(LearningEvent), exact_class=True)


class LearningEventViewSet(ReadOnlyViewSet):
    model = LearningEvent
    url_prefix = "analytics/events"
    url_namespace = "analytics_events"
    form_fields = ["kind"]
    icon = "list-ul"
    menu_label = _("Learning events")
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["kind", "occurred_at", "object_id", "language", "status", "attempts"]
    list_filter = ["kind", "status", "language"]
    inspect_view_fields = [
        "kind",
        "occurred_at",
        "actor",
        "course_key",
        "object_id",
        "parent_id",
        "registration",
        "language",
        "result",
        "context",
        "statement_id",
        "status",
        "attempts",
        "next_attempt_at",
        "sent_at",
        "last_error",
    ]


class XapiStatusView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "analytics/admin/xapi_status.html"
    page_title = _("xAPI forwarding")
    header_icon = "resubmit"

    def dispatch(self, request, *args, **kwargs):
        if not access.can_view_events(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        events = LearningEvent.objects.all()
        last_failure = events.exclude(last_error="").order_by("-pk").values("last_error", "occurred_at").first()
        context.update(
            counts=events.forwarding_summary(),
            configured=is_configured(),
            oldest_pending=events.pending().order_by("occurred_at").values_list("occurred_at", flat=True).first(),
            last_failure=last_failure,
            events_url=reverse("analytics_events:index"),
        )
        return context


@hooks.register("register_admin_viewset")
def register_learning_events():
    return LearningEventViewSet()


@hooks.register("register_admin_urls")
def register_xapi_status_url():
    return [path("analytics/xapi/", XapiStatusView.as_view(), name="analytics_xapi_status")]


class XapiMenuItem(MenuItem):
    def is_shown(self, request):
        return access.can_view_events(request.user)


@hooks.register("register_settings_menu_item")
def register_xapi_menu_item():
    return XapiMenuItem(_("xAPI forwarding"), reverse("analytics_xapi_status"), icon_name="resubmit", order=900)
