"""Admin menu: "Analytics" opens the editor dashboard (a front-end page) for editors and superusers."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import access


class AnalyticsMenuItem(MenuItem):
    """Links to /<admin language>/analytics/editor/: reversed when shown, not once at start-up."""

    @property
    def url(self):
        return reverse("analytics:editor")

    @url.setter
    def url(self, value):
        pass

    def is_shown(self, request):
        return access.is_editor(request.user)


@hooks.register("register_admin_menu_item")
def register_analytics_menu_item():
    return AnalyticsMenuItem(_("Analytics"), "", icon_name="report", order=850)
