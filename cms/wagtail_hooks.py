"""Admin screens for site content: legal acts, menu, footer, and the "Needs legal review" report."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .models import Footer, LegalAct, MainMenu


class LegalActFilterSet(WagtailFilterSet):
    class Meta:
        model = LegalAct
        fields = ["status"]


class LegalActViewSet(SnippetViewSet):
    model = LegalAct
    icon = "doc-full"
    menu_label = _("Legal acts")
    list_display = ["__str__", "number", "status", "last_verified_on"]
    list_filter = ["status"]
    filterset_class = LegalActFilterSet
    search_fields = ["title_kk", "title_ru", "title_en", "number"]


class MainMenuViewSet(SnippetViewSet):
    model = MainMenu
    icon = "list-ul"
    menu_label = _("Main menu")


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "placeholder"
    menu_label = _("Footer")


class SiteContentGroup(SnippetViewSetGroup):
    menu_label = _("Site content")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (LegalActViewSet, MainMenuViewSet, FooterViewSet)


register_snippet(SiteContentGroup)


@hooks.register("register_admin_urls")
def register_review_url():
    return [path("legal-review/", admin_views.needs_legal_review_view, name="cms_needs_legal_review")]


class LegalReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("cms.change_legalact")


@hooks.register("register_admin_menu_item")
def register_review_menu_item():
    return LegalReviewMenuItem(
        _("Needs legal review"), reverse("cms_needs_legal_review"), icon_name="warning", order=210
    )


@hooks.register("after_edit_snippet")
def warn_about_citing_pages(request, instance):
    if isinstance(instance, LegalAct) and instance.needs_review:
        count = instance.citing_pages().count()
        if count:
            messages.warning(
                request,
                ngettext(
                    "%(count)s live page cites this act and now needs legal review.",
                    "%(count)s live pages cite this act and now need legal review.",
                    count,
                )
                % {"count": count},
            )
