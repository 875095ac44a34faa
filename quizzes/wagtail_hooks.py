"""Admin screens: the item bank (filter, preview, versions), scenarios, blueprints, assessments,
and results per assessment and per learner."""

import django_filters

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from courses.models import Skill

from . import admin_views
from .models import Assessment, Attempt, Blueprint, Item, Kind, Scenario

LANGUAGE_FILTER_CHOICES = [("kk", _("Kazakh")), ("ru", _("Russian")), ("en", _("English"))]


class ItemFilterSet(WagtailFilterSet):
    skills = django_filters.ModelChoiceFilter(label=_("Skill"), queryset=Skill.objects.all())
    kind = django_filters.ChoiceFilter(label=_("Type"), choices=Kind.choices)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Item.Status.choices)
    language = django_filters.ChoiceFilter(
        label=_("Written in"), choices=LANGUAGE_FILTER_CHOICES, method="filter_language"
    )
    missing = django_filters.ChoiceFilter(
        label=_("Translation missing"), choices=LANGUAGE_FILTER_CHOICES, method="filter_missing"
    )

    class Meta:
        model = Item
        fields = ["kind", "status", "skills", "difficulty"]

    def filter_language(self, queryset, name, value):
        return queryset.in_language(value)

    def filter_missing(self, queryset, name, value):
        return queryset.exclude(languages__contains=value)


class ItemViewSet(SnippetViewSet):
    model = Item
    icon = "help"
    menu_label = _("Question bank")
    list_display = ["key", "__str__", "kind", "status", "difficulty", "languages", "current_version"]
    filterset_class = ItemFilterSet
    search_fields = ["key", "stem_kk", "stem_ru", "stem_en"]
    list_per_page = 50


class ScenarioViewSet(SnippetViewSet):
    model = Scenario
    icon = "doc-full-inverse"
    menu_label = _("Case scenarios")
    search_fields = ["title_kk", "title_ru", "title_en"]


class BlueprintViewSet(SnippetViewSet):
    model = Blueprint
    icon = "table"
    menu_label = _("Blueprints")


class AssessmentFilterSet(WagtailFilterSet):
    class Meta:
        model = Assessment
        fields = ["kind", "is_published"]


class AssessmentViewSet(SnippetViewSet):
    model = Assessment
    icon = "tasks"
    menu_label = _("Assessments")
    list_display = ["slug", "title", "kind", "course", "is_published"]
    filterset_class = AssessmentFilterSet
    search_fields = ["slug", "title_kk", "title_ru", "title_en"]


class AssessmentsGroup(SnippetViewSetGroup):
    menu_label = _("Assessments")
    menu_icon = "tasks"
    menu_order = 230
    items = (AssessmentViewSet, ItemViewSet, ScenarioViewSet, BlueprintViewSet)


register_snippet(AssessmentsGroup)


class AttemptFilterSet(WagtailFilterSet):
    class Meta:
        model = Attempt
        fields = ["assessment", "state", "language"]


class AttemptViewSet(ModelViewSet):
    """Results per learner: every attempt, read-only, with its per-skill breakdown."""

    model = Attempt
    icon = "list-ol"
    menu_label = _("Attempts")
    add_to_admin_menu = False
    list_display = ["assessment", "user", "number", "state", "percent", "passed", "submitted_at"]
    filterset_class = AttemptFilterSet
    search_fields = ["user__email", "user__display_name"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "assessment",
        "user",
        "number",
        "language",
        "form",
        "seed",
        "state",
        "started_at",
        "deadline",
        "submitted_at",
        "score",
        "max_score",
        "percent",
        "passed",
        "cbm_score",
        "breakdown",
        "calibration",
    ]
    copy_view_enabled = False
    form_fields = []  # never edited: the permission policy refuses add, change and delete

    def get_permission_policy(self):
        return admin_views.ReadOnlyPermissionPolicy(self.model)


attempt_viewset = AttemptViewSet("quiz_attempts")


@hooks.register("register_admin_viewset")
def register_attempt_viewset():
    return attempt_viewset


@hooks.register("register_admin_urls")
def register_results_urls():
    return [
        path("quizzes/results/", admin_views.results_view, name="quizzes_results"),
        path("quizzes/import/", include("quizzes.imports.urls")),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("quizzes.add_item")


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(_("Import questions"), reverse("quiz_import:import"), icon_name="upload", order=231)


class ResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("quizzes.view_attempt")


@hooks.register("register_reports_menu_item")
def register_results_menu_item():
    return ResultsMenuItem(_("Assessment results"), reverse("quizzes_results"), icon_name="list-ol", order=300)
