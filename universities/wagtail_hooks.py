"""Admin: universities and the legal clinic directory (Snippets → Universities)."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import LegalClinic, University


class UniversityViewSet(SnippetViewSet):
    model = University
    icon = "group"
    list_display = ["name", "city"]
    search_fields = ["name_kk", "name_ru", "name_en"]


class LegalClinicViewSet(SnippetViewSet):
    model = LegalClinic
    icon = "help"
    list_display = ["name", "university", "city", "is_active"]
    list_filter = ["is_active", "city", "specialisations"]
    search_fields = ["name_kk", "name_ru", "name_en"]


class UniversitiesGroup(SnippetViewSetGroup):
    menu_label = _("Universities")
    menu_icon = "group"
    items = (UniversityViewSet, LegalClinicViewSet)


register_snippet(UniversitiesGroup)
