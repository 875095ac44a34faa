"""Admin: universities, their staff and cohorts, the legal clinic directory and clinic staff.

Site administrators set these up here (Snippets → Universities); university and clinic staff do their
daily work on the front-end pages under /<lang>/university/ (docs/universities.md).
Clinic intakes are deliberately not in the admin: only the clinic's own staff may read them.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ClinicMembership, Cohort, LegalClinic, University, UniversityMembership


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


class UniversityMembershipViewSet(SnippetViewSet):
    model = UniversityMembership
    icon = "user"
    list_display = ["user", "university", "role"]
    list_filter = ["role", "university"]


class CohortViewSet(SnippetViewSet):
    model = Cohort
    icon = "group"
    list_display = ["name", "university", "term", "starts_on", "join_code"]
    list_filter = ["university"]
    search_fields = ["name", "term", "join_code"]


class ClinicMembershipViewSet(SnippetViewSet):
    model = ClinicMembership
    icon = "user"
    list_display = ["user", "clinic", "role"]
    list_filter = ["role", "clinic"]


class UniversitiesGroup(SnippetViewSetGroup):
    menu_label = _("Universities")
    menu_icon = "group"
    items = (UniversityViewSet, UniversityMembershipViewSet, CohortViewSet, LegalClinicViewSet, ClinicMembershipViewSet)


register_snippet(UniversitiesGroup)
